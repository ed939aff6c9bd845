"""The language check (issue 15): text the tagger cannot read is refused before tagging, English
full of foreign names and short texts are not, and every entry point goes through the check.

The notes below were written for this test (names invented); Faker (test data only) generates names,
companies and foreign word lists. Nothing here decodes more than it must: the wiring tests stop at
the decode with a sentinel.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.errors import DPFusionError, InvalidParameterError, UnsupportedLanguageError
from dpfusion_integrations.prepare import find_spans
from dpfusion_integrations.tagging import (
    LanguageCheck,
    PresidioTagger,
    RecallTagger,
    Span,
    default_tagger,
    preview_text,
)
from dpfusion_integrations.tagging.language import (
    assess_language,
    check_language,
    normalize_language,
    validate_languages,
)

faker = pytest.importorskip("faker")

FOREIGN_NOTES: list[tuple[str, str]] = [
    ("de", "Patientin Zebulina Quartermaine, geb. 14.03.1958, wurde am 2. Mai mit Brustschmerzen aufgenommen. "
           "Diagnose: instabile Angina pectoris. Ehemann Klaus ist unter 0171 2345678 erreichbar."),
    ("de", "Sehr geehrte Frau Becker, wie besprochen sende ich Ihnen die Unterlagen zu Ihrem Arbeitsvertrag. "
           "Bitte melden Sie sich bis Freitag bei Herrn Yilmaz in der Personalabteilung."),
    ("de", "hey lena, kommst du morgen zum essen? tobias bringt den kuchen mit und wir treffen uns um sieben"),
    ("fr", "Mme Claire Dubois, 72 ans, hospitalisée le 3 juin pour une pneumonie. Antécédents : diabète de type 2. "
           "Sa fille, Sophie Martin, souhaite être informée de l'évolution."),
    ("fr", "salut camille, tu viens ce soir chez nicolas ? on mange vers huit heures et il faut apporter du vin"),
    ("es", "Paciente: María González López, 45 años. Acude a urgencias el 12 de marzo por dolor abdominal intenso. "
           "Se sospecha apendicitis aguda y se programa cirugía."),
    ("es", "El cliente Alejandro Torres no puede acceder a su banca en línea desde ayer. Dice que no recibe el "
           "código de verificación en su móvil."),
    ("nl", "Mevrouw Sanne de Vries, 63 jaar, werd op 8 april opgenomen met een gebroken heup na een val thuis. "
           "Zij woont alleen in Utrecht en haar zoon belt dagelijks."),
    ("it", "Il paziente Marco Rossi, di 58 anni, è stato ricoverato il 4 febbraio per un infarto miocardico. La "
           "moglie chiede di essere avvisata per ogni cambiamento."),
    ("pt", "A paciente Ana Paula Ferreira, de 39 anos, deu entrada no hospital no dia 15 de julho com febre alta e "
           "tosse. O marido acompanha a internação."),
    ("pl", "Pacjentka Katarzyna Nowak, lat 52, została przyjęta do szpitala 9 października z powodu silnego bólu "
           "głowy. Mąż prosi o informacje telefoniczne."),
    ("sv", "Patienten Erik Johansson, 70 år, kom till akuten den 3 november med andnöd. Hans dotter vill bli "
           "kontaktad om något förändras."),
    ("tr", "Hasta Ayşe Yılmaz, 61 yaşında, 20 Ocak tarihinde göğüs ağrısı şikayetiyle acil servise başvurdu. "
           "Oğlu hastaneye refakat ediyor."),
    ("vi", "Bệnh nhân Nguyễn Văn An, 58 tuổi, nhập viện ngày 4 tháng 5 vì đau ngực. Vợ ông là người liên hệ chính."),
    ("zh", "患者王秀英，女，68岁，因反复咳嗽两周于2023年5月3日入院。诊断为社区获得性肺炎。家属张伟，电话13812345678。"),
    ("zh", "客户赵磊反映他的银行卡在上海被盗刷了三千元，请尽快冻结账户并联系他本人。"),
    ("ja", "患者：佐藤花子（72歳、女性）。2023年4月10日、発熱と咳のため入院しました。長男の佐藤健一さんが付き添っています。"),
    ("ko", "환자 김민수, 남성, 55세. 2023년 6월 1일 흉통으로 응급실에 내원하였습니다. 부인 이지은 씨가 보호자로 동행했습니다."),
    ("ru", "Пациентка Иванова Мария Петровна, 64 года, поступила 5 марта с жалобами на боли в груди. Сын просит "
           "сообщать о состоянии по телефону."),
    ("uk", "Пацієнтка Олена Коваленко, 59 років, надійшла до лікарні 7 травня зі скаргами на головний біль. "
           "Чоловік просить повідомляти про стан."),
    ("ar", "المريض أحمد محمد علي، ٥٨ عامًا، دخل المستشفى يوم ١٢ مارس بسبب ألم في الصدر. "
           "التشخيص: ذبحة صدرية. ابنه خالد هو جهة الاتصال."),
    ("el", "Ο ασθενής Γιώργος Παπαδόπουλος, 66 ετών, εισήχθη στις 2 Απριλίου με δύσπνοια. Η κόρη του είναι το "
           "πρόσωπο επικοινωνίας."),
    ("he", "המטופלת שרה כהן, בת 70, אושפזה ב-4 במאי עקב נפילה בבית. בנה דוד כהן הוא איש הקשר."),
    ("hi", "मरीज राहुल शर्मा, 45 वर्ष, को 10 जून को सीने में दर्द के कारण अस्पताल में भर्ती किया गया। "
           "उनकी पत्नी संपर्क व्यक्ति हैं।"),
]

ENGLISH_WITH_FOREIGN_NAMES = [
    "Pt Nguyễn Thị Minh, 67F, referred by Dr. Ngozi Okonkwo-Adeyemi for worsening dyspnea. Daughter Siobhán Ní "
    "Bhriain and son-in-law Jürgen Großmann at bedside. Lives at Hauptstraße 12, 10115 Berlin.",
    "Meeting notes: Søren Kierkegaard-Hansen, Zhang Wei (张伟), Olumide Bankole, María José García Fernández and "
    "Ilse van der Berg agreed to move the launch to Tuesday. Action: Kowalczyk to email François Lefèvre.",
    "Ticket 88213: customer Abdulrahman bin Rashid Al-Farsi says his card ending 4421 was declined at Café de la "
    "Paix, 12 rue de la Paix, Paris. Callback to +971 50 123 4567.",
    "Attendees: José Luis Rodríguez Zapatero, Giuseppe Verdi, Ólafur Ragnar Grímsson, Đorđe Petrović, Şebnem Kaya, "
    "Łukasz Wiśniewski, Nguyễn Văn An, Kwame Mensah, Ngũgĩ wa Thiong'o.",
    "Patient 王秀英 (Wang Xiuying), 68, admitted with community-acquired pneumonia. Her son 张伟 can be reached on "
    "138 1234 5678. Address: 吉林省欣县淄川惠州街B座 674391.",
    "Client Сазонов Арсений Дмитриевич, ст. Североморск, бул. Воровского, д. 81 к. 166, asked us to close his "
    "account and transfer the balance to his daughter.",
    "The supplier, Bùi và đối tác Công ty Cổ phần, invoiced us twice; please ask Hồng Nhung to check the payment "
    "and call them back today.",
    "hey jürgen, did you talk to siobhán and nguyễn about the party? tell ngozi to bring the cake",
    "PATIENT IS A 54 YEAR OLD MAN WITH CHEST PAIN SINCE THIS MORNING. WIFE MARÍA JOSÉ GARCÍA AT BEDSIDE. PLAN "
    "ADMIT TO CARDIOLOGY.",
    "He kept saying 'ich weiß es nicht' when the nurse asked him where he lived, so we called his daughter Anke.",
    "Status post appendectomy, per os intake tolerated, ad lib diet; de novo mutation, et al. reported similar cases.",
    "The tenant at Calle de Alcalá 45, 3º izquierda, Madrid, paid in full; ship the keys to Keizersgracht 221, 1016 "
    "DZ Amsterdam, t.a.v. de heer Visser.",
]

SHORT_TEXTS = [
    "Call me at 555-0100", "IDs: A-44821, B-99310, C-12001", "thanks!", "Meet Jürgen at Café Müller tomorrow",
    "Ask 王小明 about the invoice", "Kind regards, Olumide", "ok see you at 5", "danke schön! the package",
    "BP 142/88, HR 76, afebrile", "Re: your application", "",
]

TEMPLATES = [
    "Patient {name}, seen today for follow-up of type 2 diabetes with {name2}. Blood sugar is better controlled; "
    "continue metformin and review in three months.",
    "Hi {name}, thanks for your application to {company}. Could you come in for an interview on Tuesday? Please "
    "ask for {name2} at reception.",
    "Customer {name} reports that a payment to {company} was taken twice from the account. Please refund the "
    "duplicate and call back.",
    "{name} and {name2} from {company} will join the call at 3pm to go over the budget for next year.",
    "Referral letter: I would be grateful if you could see {name}, who has had headaches for two weeks. Their GP "
    "is {name2} in {city}.",
    "hey {lower}, are you still coming to dinner with {name2} tomorrow? bring the wine and the photos",
    "Witness statement of {name}, taken by {name2}. I saw the car hit the cyclist near {city} at about ten in the "
    "evening.",
]
# Names in Latin script with diacritics and particles, and in their own scripts (Faker's locales).
LOCALES = ["ar_AA", "az_AZ", "bg_BG", "bn_BD", "cs_CZ", "de_DE", "el_GR", "en_IN", "en_US", "es_ES", "fa_IR",
           "fi_FI", "fr_FR", "ga_IE", "he_IL", "hi_IN", "hu_HU", "hy_AM", "id_ID", "it_IT", "ja_JP", "ka_GE",
           "ko_KR", "nl_NL", "pl_PL", "pt_BR", "ro_RO", "ru_RU", "sv_SE", "ta_IN", "th_TH", "tr_TR", "uk_UA",
           "vi_VN", "yo_NG", "zh_CN", "zu_ZA"]  # fmt: skip
WORD_LIST_LOCALES = ["ar_AA", "cs_CZ", "da_DK", "de_DE", "el_GR", "es_ES", "fa_IR", "fr_FR", "hy_AM", "it_IT",
                     "ja_JP", "nl_NL", "pl_PL", "ru_RU", "th_TH", "uk_UA", "vi_VN", "zh_CN"]  # fmt: skip


def _fake(fake: Any, field: str, fallback: str) -> str:
    try:
        return str(getattr(fake, field)())
    except AttributeError:  # a locale without that provider
        return fallback


_FAKERS: dict[str, Any] = {}


def _faker(locale: str) -> Any:
    """One Faker per locale for the whole module (building one takes about 50 ms)."""
    if locale not in _FAKERS:
        _FAKERS[locale] = faker.Faker(locale)
    return _FAKERS[locale]


def _english_document(locale: str, template: str, seed: int) -> str:
    fake = _faker(locale)
    fake.seed_instance(seed)
    name = fake.name()
    return template.format(name=name, name2=fake.name(), company=_fake(fake, "company", "Northwind Ltd"),
                           city=_fake(fake, "city", "Springfield"), lower=name.lower())


class SpyTagger:
    """Tags one fixed word as PERSON and counts its calls; declares its languages and check."""

    name = "spy-tagger"

    def __init__(self, languages: tuple[str, ...] = ("en",), language_check: str = "refuse") -> None:
        self.languages = languages
        self.language_check = language_check
        self.calls = 0

    def tag(self, text: str) -> list[Span]:
        self.calls += 1
        start = text.find("Quartermaine")
        return [] if start < 0 else [Span(start, start + len("Quartermaine"), "PERSON")]


class ReachedDecode(Exception):
    """Raised instead of decoding: the call got past tagging."""


def _stop_at_decode(*args: object, **kwargs: object) -> None:
    raise ReachedDecode


GERMAN = FOREIGN_NOTES[0][1]
ENGLISH = ("Patient Zebulon Quartermaine was admitted on May 2 with chest pain. His wife can be reached at the "
           "number on file and will be informed of any change.")


# ------------------------------------------------------------------ the rule


@pytest.mark.parametrize(("language", "note"), FOREIGN_NOTES, ids=[f"{lang}-{i}" for i, (lang, _) in
                                                                   enumerate(FOREIGN_NOTES)])
def test_when_a_note_is_in_another_language_then_the_english_tagger_refuses_it(language: str, note: str) -> None:
    assessment = assess_language(note, ["en"])
    assert assessment.refused and assessment.language == language
    assert assessment.rule in ("script", "identifier")


@pytest.mark.parametrize("text", ENGLISH_WITH_FOREIGN_NAMES)
def test_when_english_is_full_of_foreign_names_words_or_addresses_then_it_is_accepted(text: str) -> None:
    assessment = assess_language(text, ["en"])
    assert not assessment.refused and assessment.rule in ("short", "supported")


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_when_a_text_is_too_short_to_judge_then_it_passes_unjudged(text: str) -> None:
    assessment = assess_language(text, ["en"])
    assert not assessment.refused and assessment.rule == "short" and assessment.language is None


@settings(max_examples=100, deadline=None, derandomize=True)
@given(locale=st.sampled_from(LOCALES), template=st.sampled_from(TEMPLATES), seed=st.integers(0, 10**6))
def test_when_english_templates_hold_names_of_any_locale_then_they_are_never_refused(
    locale: str, template: str, seed: int
) -> None:
    text = _english_document(locale, template, seed)
    assert not assess_language(text, ["en"]).refused


@settings(max_examples=60, deadline=None, derandomize=True)
@given(locale=st.sampled_from(WORD_LIST_LOCALES), seed=st.integers(0, 10**6), words=st.integers(16, 40))
def test_when_a_text_is_made_of_another_languages_words_then_it_is_refused(locale: str, seed: int, words: int) -> None:
    fake = _faker(locale)
    fake.seed_instance(seed)
    text = fake.sentence(nb_words=words, variable_nb_words=False)
    assessment = assess_language(text, ["en"])
    assert assessment.refused and assessment.language == locale.split("_")[0]


def test_when_the_tagger_reads_another_language_then_that_language_passes_and_english_is_refused() -> None:
    for language, note in FOREIGN_NOTES:
        assert assess_language(note, [language]).refused is False, language
    for text in ENGLISH_WITH_FOREIGN_NAMES[:3]:
        assert assess_language(text, ["de"]).refused
    japanese = [note for language, note in FOREIGN_NOTES if language == "ja"]
    assert all(assess_language(note, ["zh"]).refused for note in japanese)  # same script, another language
    assert not assess_language(GERMAN, ["en", "de"]).refused


def test_when_language_codes_are_written_differently_then_they_are_normalized() -> None:
    assert [normalize_language(c) for c in ("en", "EN", "en-US", "en_GB", "nb", "yue")] == ["en"] * 4 + ["no", "zh"]
    with pytest.raises(InvalidParameterError):
        normalize_language("")
    with pytest.raises(InvalidParameterError, match="cannot identify 'tlh'"):
        validate_languages(["en", "tlh"])
    with pytest.raises(InvalidParameterError, match="cannot identify"):
        PresidioTagger(language="tlh")
    with pytest.raises(InvalidParameterError, match="cannot identify"):
        check_language(ENGLISH, SpyTagger(languages=("tlh",)))
    with pytest.raises(InvalidParameterError, match="collection of language codes"):
        check_language(ENGLISH, SpyTagger(languages="en"))  # type: ignore[arg-type]
    assert check_language(GERMAN, SpyTagger(languages=("tlh",), language_check="off")) is None
    with pytest.raises(InvalidParameterError, match="unknown language_check"):
        RecallTagger(language_check="warn")


# ------------------------------------------------------------------ the error


def test_when_a_text_is_refused_then_the_error_names_the_languages_and_ways_out_but_no_text() -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        check_language(GERMAN, SpyTagger())
    error = caught.value
    assert isinstance(error, InvalidParameterError) and isinstance(error, DPFusionError)
    assert isinstance(error, ValueError)
    assert error.language == "de" and error.supported == ("en",) and 0.5 <= error.confidence <= 1.0
    message = str(error)
    for way_out in ("'de'", "'en'", "spans=", "markup='exclusive'", "Adding a language", "language_check='off'"):
        assert way_out in message
    shown = " ".join([message, repr(error), *map(str, error.args)])
    for word in {w.strip(".,:()") for w in GERMAN.split()}:
        if len(word) >= 4 and not word.isdigit():
            assert word not in shown, word
    assert error.__cause__ is None and error.__context__ is None


# ------------------------------------------------------------------ the wiring


def test_when_find_spans_tags_a_german_note_then_it_is_refused_before_the_tagger_runs() -> None:
    spy = SpyTagger()
    with pytest.raises(UnsupportedLanguageError):
        find_spans(GERMAN, None, spy)
    with pytest.raises(UnsupportedLanguageError):  # markup added to a tagged text: the tagger still runs
        find_spans(GERMAN.replace("Klaus", "<private>Klaus</private>"), None, spy)
    assert spy.calls == 0
    _, spans, source = find_spans(ENGLISH, None, spy)
    assert spy.calls == 1 and source == "spy-tagger" and [s.entity_type for s in spans] == ["PERSON"]


def test_when_spans_or_exclusive_markup_are_given_then_the_tagger_does_not_run_and_nothing_is_checked() -> None:
    from dpfusion_integrations.prepare import MarkupMode

    spy = SpyTagger()
    start = GERMAN.index("Zebulina")
    _, spans, source = find_spans(GERMAN, [(start, start + 8, "PERSON")], spy)
    assert source == "explicit-spans" and len(spans) == 1
    marked = GERMAN.replace("Klaus", "<private>Klaus</private>")
    clean, spans, source = find_spans(marked, None, spy, MarkupMode.EXCLUSIVE)
    assert source == "inline-markup" and clean == GERMAN and len(spans) == 1
    assert spy.calls == 0


def test_when_the_check_is_off_or_the_tagger_reads_german_then_a_german_note_is_tagged() -> None:
    off = SpyTagger(language_check="off")
    find_spans(GERMAN, None, off)
    german = SpyTagger(languages=("de",))
    find_spans(GERMAN, None, german)
    assert off.calls == german.calls == 1
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        find_spans(ENGLISH, None, german)


def test_when_a_recall_tagger_is_built_for_german_then_its_languages_follow_the_configuration(recall_tagger) -> None:
    assert recall_tagger.languages == {"en"} and recall_tagger.language_check is LanguageCheck.REFUSE
    german = RecallTagger(language="de")  # another Presidio language over the same offline spaCy model
    assert german.languages == {"de"}
    _, spans, _ = find_spans(GERMAN, None, german)
    assert spans  # tagged, not refused
    with pytest.raises(UnsupportedLanguageError):
        find_spans(ENGLISH, None, german)


def test_when_previewing_with_the_default_tagger_then_a_german_note_is_refused(recall_tagger) -> None:
    with pytest.raises(UnsupportedLanguageError):
        preview_text(GERMAN, tagger=recall_tagger)
    assert preview_text(ENGLISH, tagger=recall_tagger).spans


def test_when_privatizing_a_german_note_then_nothing_is_tagged_decoded_or_charged(tiny_model, tokenizer, tmp_path,
                                                                                 monkeypatch) -> None:
    from dpfusion_integrations import DPFusion, PrivacyLedger

    spy = SpyTagger()
    dp = DPFusion(tiny_model, tokenizer, tagger=spy, unit_key=b"k" * 32)
    monkeypatch.setattr(dp, "_run", _stop_at_decode)
    monkeypatch.setattr(dp, "_run_faithful", _stop_at_decode)
    ledger = PrivacyLedger.open(f"sqlite:///{tmp_path / 'ledger.db'}", create=True)
    with pytest.raises(UnsupportedLanguageError):
        dp.privatize(GERMAN, epsilon=4.0, max_new_tokens=4, ledger=ledger, units=["patient-1"])
    with pytest.raises(UnsupportedLanguageError):
        dp.privatize(GERMAN, epsilon=4.0, release="faithful", ledger=ledger, units=["patient-1"])
    with pytest.raises(UnsupportedLanguageError):
        dp.privatize_many([ENGLISH, GERMAN], epsilon=4.0, max_new_tokens=4, ledger=ledger)
    with pytest.raises(UnsupportedLanguageError):
        dp.preview(GERMAN)
    assert ledger.audit() == [] and ledger.spent("patient-1", 1e-5) == 0.0
    assert spy.calls == 1  # only the English document of the batch was tagged
    start = GERMAN.index("Zebulina")
    with pytest.raises(ReachedDecode):  # explicit spans: no tagger, no check
        dp.privatize(GERMAN, epsilon=4.0, max_new_tokens=4, spans=[(start, start + 8, "PERSON")])
    assert spy.calls == 1


def test_when_a_chat_holds_a_german_message_then_only_the_tagged_content_is_checked(tiny_model, tokenizer,
                                                                                   monkeypatch) -> None:
    from dpfusion_integrations import DPFusion

    dp = DPFusion(tiny_model, tokenizer, tagger=SpyTagger(), unit_key=b"k" * 32)
    monkeypatch.setattr(dp, "_run", _stop_at_decode)
    with pytest.raises(UnsupportedLanguageError):
        dp.generate([{"role": "user", "content": GERMAN}], epsilon=4.0, max_new_tokens=4)
    public_german = {"role": "system", "content": GERMAN, "public": True}  # not tagged, so not checked
    with pytest.raises(ReachedDecode):
        dp.generate([public_german, {"role": "user", "content": ENGLISH}], epsilon=4.0, max_new_tokens=4)


def test_when_dpfusion_opts_out_then_its_default_tagger_does_not_check(tiny_model, tokenizer) -> None:
    from dpfusion_integrations import DPFusion

    dp = DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, language_check="off")
    assert dp.tagger is default_tagger("recall", language_check="off")
    assert dp.tagger.language_check is LanguageCheck.OFF and dp.tagger is not default_tagger("recall")
    assert dp.preview(GERMAN).redacted_text  # tagged (badly, as the issue describes), not refused
    with pytest.raises(InvalidParameterError, match="on the tagger itself"):
        DPFusion(tiny_model, tokenizer, tagger=SpyTagger(), language_check="off")
    with pytest.raises(InvalidParameterError, match="unknown language_check"):
        DPFusion(tiny_model, tokenizer, language_check="maybe")


def test_when_dpfusion_tag_reads_a_german_file_then_it_fails_without_printing_the_text(tmp_path, capsys) -> None:
    from dpfusion_integrations.cli import main

    note = tmp_path / "note.txt"
    note.write_text(GERMAN, encoding="utf-8")
    assert main(["tag", str(note)]) == 1
    captured = capsys.readouterr()
    assert "'de'" in captured.err and "Quartermaine" not in captured.err + captured.out
    assert "Brustschmerzen" not in captured.err + captured.out


# ------------------------------------------------------------------ cost (reported, not asserted)


def test_when_many_english_documents_are_checked_then_none_is_refused_and_the_cost_is_reported(recall_tagger) -> None:
    docs = [_english_document(LOCALES[i % len(LOCALES)], TEMPLATES[i % len(TEMPLATES)], i) for i in range(400)]
    docs += ENGLISH_WITH_FOREIGN_NAMES
    assess_language(docs[0], ["en"])  # the identifier loads once per process
    started = time.perf_counter()
    refused = [doc for doc in docs if assess_language(doc, ["en"]).refused]
    check_ms = (time.perf_counter() - started) / len(docs) * 1000
    assert refused == []
    sample = docs[:20]
    started = time.perf_counter()
    for doc in sample:
        recall_tagger.tag(doc)
    tag_ms = (time.perf_counter() - started) / len(sample) * 1000
    print(f"\nlanguage check: {check_ms:.2f} ms/document; recall tagging: {tag_ms:.1f} ms/document")
