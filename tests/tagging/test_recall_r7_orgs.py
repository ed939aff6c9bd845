"""Round 7, organisations: media names (title runs, pre-posed heads, media tails and their article),
business kinds round 6 lacked (kind tails, kind phrases, pre-posed heads, communities with "the") and
position cues (heading phrases, a standalone "The", a title before a practice), each on its own with
negative cases; then the recall profile on its round-7 organisation set (floors are what recall-v7
reaches when written, not targets), against recall-v6, and on public look-alikes of the new cues."""

from __future__ import annotations

import itertools
import re

import pytest
from recall_dev_set_r7_orgs import DEV_SENTENCES_R7_ORGS, PUBLIC_SENTENCES_R7_ORGS
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall import RecallTagger, org_names_r7
from dpfusion_integrations.tagging.recall.org_cues_r7 import OrgFieldLabels, PressCues
from dpfusion_integrations.tagging.recall.org_kinds_r7 import KindPhrases, grow_kinds
from dpfusion_integrations.tagging.recall.org_media_r7 import MediaNames, grow_media
from dpfusion_integrations.tagging.recall.org_positions_r7 import (
    grow_heading_phrases,
    grow_practice_titles,
    grow_standalone_the,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_DOMAINS = {"media", "kinds", "positions", "cues"}


def _span(text: str, value: str, kind: str = PERSON, score: float = 0.8) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, score)


def _values(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


def _found(detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.find(text)]


# --- media -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "paper"), [
    ("Photo: A. Owusu for the Sunyani Herald", "the Sunyani Herald"),
    ("quoted in the San Pedro de Atacama Gazette", "the San Pedro de Atacama Gazette"),
    ("By Aino Sara, Kautokeino Evening Star", "Kautokeino Evening Star"),
    ("Correction: Diario de Oruro, page 4", "Diario de Oruro"),
    ("She writes for Radio Tórshavn weekly", "Radio Tórshavn"),
    ("Leserbrief an die Lienzer Zeitung.", "Lienzer Zeitung"),
    ("Sent from Jornal de Bragança", "Jornal de Bragança"),
])  # fmt: skip
def test_when_a_name_and_a_media_word_form_a_title_then_the_paper_is_found(text: str, paper: str) -> None:
    assert paper in _found(MediaNames(), text)


@pytest.mark.parametrize("text", [
    "Parcels go from the Post Office on the high street.",
    "The Annual Review is out; Daily News Digest below.",
    "Journal Entry 12 and the Evening Standard guidance.",
    "Choosing Herald angels for the play.",  # a heading verb does not start a name
    "the herald of spring is the cuckoo",
])  # fmt: skip
def test_when_a_media_word_has_no_name_or_is_weak_then_no_paper_is_found(text: str) -> None:
    assert MediaNames().find(text) == []


def test_when_media_words_follow_a_tagged_place_then_it_grows_and_takes_its_article() -> None:
    text = "a story in the Khovd Times and on Hilo FM today"
    spans = [_span(text, "Khovd", LOCATION), _span(text, "Hilo", LOCATION)]
    assert _values(text, grow_media(text, spans)) == [(ORGANIZATION, "the Khovd Times"), (ORGANIZATION, "Hilo FM")]
    plain = "a walk in the Khovd valley"
    assert grow_media(plain, [_span(plain, "Khovd", LOCATION)]) == [_span(plain, "Khovd", LOCATION)]


# --- kinds -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ("Collection by Zebbug Funeral Directors, tel.", "Zebbug Funeral Directors"),
    ("FUNERAL PLAN – Vella Monumental Masons\n", "Vella Monumental Masons"),
    ("Invoice from Funeraria Huarachi for the wake", "Funeraria Huarachi"),
    ("Body released to Bestattungen Valmiro today", "Bestattungen Valmiro"),
    ("Cremation with Pompes Funèbres Lurasse on Friday", "Pompes Funèbres Lurasse"),
    ("Handler: Nuuk Ground Handling    Flight", "Nuuk Ground Handling"),
    ("Pick-up from Kita Sonnenberg moved", "Kita Sonnenberg"),
])  # fmt: skip
def test_when_a_kind_phrase_or_head_stands_by_a_name_then_the_business_is_found(text: str, firm: str) -> None:
    assert firm in _found(KindPhrases(), text)


@pytest.mark.parametrize("text", [
    "Funeral home costs rose by five per cent.",
    "Our Funeral Directors are available.",
    "Choosing Funeral Directors: a guide",
    "Ground handling agents wear vests.",
    "Kita is the German word for a day nursery.",
])  # fmt: skip
def test_when_a_kind_phrase_has_no_name_then_nothing_is_found(text: str) -> None:
    assert KindPhrases().find(text) == []


def test_when_kind_words_follow_a_tagged_name_then_it_grows_into_a_business() -> None:
    text = "Headstone from Tavaque Memorials; pick-up at Valmiro Tots; handled by Nuuk Airport Handling."
    spans = [_span(text, "Tavaque"), _span(text, "Valmiro"), _span(text, "Nuuk Airport", LOCATION)]
    assert _values(text, grow_kinds(text, spans)) == [
        (ORGANIZATION, "Tavaque Memorials"), (ORGANIZATION, "Valmiro Tots"), (ORGANIZATION, "Nuuk Airport Handling")]


def test_when_a_community_is_named_then_its_article_joins_but_a_plain_name_keeps_none() -> None:
    text = "posted in the Kelpor Discord and told the Tavaque family"
    spans = [_span(text, "Kelpor Discord"), _span(text, "Tavaque")]
    assert _values(text, grow_kinds(text, spans)) == [(ORGANIZATION, "the Kelpor Discord"), (PERSON, "Tavaque")]


# --- positions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "org"), [
    ("Open Doors Sucre – intake form\nName: x", "Sucre", "Open Doors Sucre"),
    ("[Meals for Tarija volunteers – chat]\nwara: ok", "Tarija", "Meals for Tarija"),
    ("FAMILY FILE – Little Acorns Żejtun\nChild", "Żejtun", "Little Acorns Żejtun"),
])  # fmt: skip
def test_when_title_case_words_and_a_place_head_a_document_then_they_are_one_organisation(
        text: str, value: str, org: str) -> None:
    assert _values(text, grow_heading_phrases(text, [_span(text, value, LOCATION)])) == [(ORGANIZATION, org)]


@pytest.mark.parametrize(("text", "value"), [
    ("Notes for Tarija – week 2", "Tarija"),  # a document word
    ("Dear Wara Ticona,\nthanks", "Wara Ticona"),  # a courtesy title
    ("Intro\nOpen Doors Sucre – second line", "Sucre"),  # not the first line nor a chat title
    ("Trip to Sucre – photos", "Sucre"),  # a lower-case word between
    ("VISIT – SUCRE TEAM Sucre", "Sucre"),  # capitals only
])  # fmt: skip
def test_when_the_words_before_a_place_are_no_heading_title_then_it_stays_as_it_is(text: str, value: str) -> None:
    spans = [_span(text, value, LOCATION)]
    assert grow_heading_phrases(text, spans) == spans


def test_when_the_and_a_name_stand_alone_in_a_signature_or_letterhead_then_they_are_an_organisation() -> None:
    text = "The Sornavel\nCHECK-IN\nRegards, Oyuun Bat, Front Office, The Mirrowan\nShift to Ragnar. The Tessaly"
    spans = [_span(text, "Sornavel"), _span(text, "Oyuun Bat"), _span(text, "Mirrowan"), _span(text, "Ragnar"),
             _span(text, "Tessaly")]
    out = _values(text, grow_standalone_the(text, spans))
    assert (ORGANIZATION, "The Sornavel") in out and (ORGANIZATION, "The Mirrowan") in out
    assert (ORGANIZATION, "The Tessaly") in out and (PERSON, "Ragnar") in out


@pytest.mark.parametrize("text", ["I met The Mirrowan twice.", "The Mirrowan family came over today."])
def test_when_the_and_a_name_sit_inside_a_sentence_then_no_standalone_name_is_made(text: str) -> None:
    spans = [_span(text, "Mirrowan")]
    assert grow_standalone_the(text, spans) == spans


def test_when_a_title_precedes_a_practice_named_after_a_person_then_it_joins() -> None:
    text = "Copy to Dr Valmiro's Practice and to Dr Fenech. Prof. Dornisek's Surgery too."
    spans = [_span(text, "Valmiro's Practice", ORGANIZATION), _span(text, "Fenech"),
             _span(text, "Dornisek's Surgery", ORGANIZATION)]
    assert _values(text, grow_practice_titles(text, spans)) == [
        (ORGANIZATION, "Dr Valmiro's Practice"), (PERSON, "Fenech"), (ORGANIZATION, "Prof. Dornisek's Surgery")]


def test_when_a_titled_name_is_followed_by_a_lower_case_practice_word_then_it_is_the_practice() -> None:
    text = "registered with Dr Tavaque's practice; Ms Fenech's car; Valmiro's surgery"
    spans = [_span(text, "Tavaque"), _span(text, "Fenech"), _span(text, "Valmiro")]
    assert _values(text, grow_practice_titles(text, spans)) == [
        (ORGANIZATION, "Dr Tavaque's practice"), (PERSON, "Fenech"), (PERSON, "Valmiro")]  # no title: unchanged


def test_when_the_and_a_name_precede_a_lower_case_community_word_then_they_are_one_community() -> None:
    text = "mods of the Vorlix server and Vorlix forum posts"
    spans = [_span(text, "Vorlix"), Span(text.rindex("Vorlix"), text.rindex("Vorlix") + 6, PERSON, 0.8)]
    assert _values(text, grow_kinds(text, spans)) == [(ORGANIZATION, "the Vorlix server"), (PERSON, "Vorlix")]


# --- cues --------------------------------------------------------------------------------------


def test_when_an_organisation_label_heads_a_field_then_its_value_is_an_organisation() -> None:
    text = "Operator: Quellmar Aero Services    Tail: x\nSupplier: Pelkaro Bros | Note: y\nOperator manual: p. 4"
    assert _found(OrgFieldLabels(), text) == ["Quellmar Aero Services", "Pelkaro Bros"]
    assert OrgFieldLabels().find("The operator said: call back later\nOperator: see the list below. Supplier: none") == []


def test_when_a_press_cue_precedes_a_capitalised_run_then_it_is_a_publication() -> None:
    text = "Your article in the Tromsø Bugle; he writes for Kavelle Valley Living; quoted in Open Sky Weekly."
    assert _found(PressCues(), text) == ["the Tromsø Bugle", "Kavelle Valley Living", "Open Sky Weekly"]
    assert PressCues().find("an article in English, published in March, a story in the news, quoted in part") == []


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_seven_org_set_is_parsed_then_it_covers_every_failure_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R7_ORGS} == _DOMAINS
    assert sum(len(s.gold) for s in DEV_SENTENCES_R7_ORGS) >= 50
    assert all(s.text.strip() and s.gold for s in DEV_SENTENCES_R7_ORGS)


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_round_seven_org_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R7_ORGS if s.domain == domain]) >= 0.95


@pytest.fixture(scope="module")
def recall_v6(recall_tagger) -> RecallTagger:
    """The round-6 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v6")


def test_when_recall_v6_tags_the_round_seven_org_set_then_it_misses_more(recall_tagger, recall_v6) -> None:
    assert _rate(recall_v6, DEV_SENTENCES_R7_ORGS) + 0.25 < _rate(recall_tagger, DEV_SENTENCES_R7_ORGS)


def test_when_public_look_alikes_of_the_org_cues_are_tagged_then_few_words_are_tagged(
        recall_tagger, recall_v6) -> None:
    tagged, words = tagged_word_share(recall_tagger, list(PUBLIC_SENTENCES_R7_ORGS))
    before, _ = tagged_word_share(recall_v6, list(PUBLIC_SENTENCES_R7_ORGS))
    assert words > 200 and tagged <= before + 4 and tagged / words < 0.15, (tagged, before, words)


def test_when_only_the_private_name_differs_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    texts = [f"The photos are by Aino Sara for the {name} Herald.\nHeadstone from {name} Memorials." for name in
             ("Kautokeino", "Tavaque", "Pelkaro")]
    shapes = []
    for text in texts:
        spans = recall_tagger.tag(text)
        shapes.append([re.sub(r"Kautokeino|Tavaque|Pelkaro", "X", text[s.start : s.end]) for s in spans])
    assert shapes[0] == shapes[1] == shapes[2]
    assert any(shape.endswith("the X Herald") for shape in shapes[0]) and "X Memorials" in shapes[0]


@pytest.mark.parametrize("text", [
    "Herald " * 300, "the " * 300 + "Kelpor Discord", "Diario de " * 200 + "Oruro", "Pompes Funèbres " * 200,
    "[" + "Open " * 300 + "Sucre]", "The " * 300 + "Tessaly", "Dr " * 300 + "Valmiro's Surgery",
])  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_org_steps_return_valid_spans(text: str) -> None:
    found = MediaNames().find(text) + KindPhrases().find(text)
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    spans = [Span(m.start(), m.end(), (PERSON, ORGANIZATION, LOCATION, CONTACT)[k % 4], 0.8)
             for k, m in enumerate(re.finditer(r"[A-Z][\w']*", text))]
    out = org_names_r7.grow(text, spans, load_wordlists())
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert all(0 <= s.start < s.end <= len(text) for s in out)
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))  # growth never uncovers
