"""Round 10, dates, identifiers and phone numbers: Mongolian and Turkic dates, ordinals in a date position,
a numeric date's own dot, series document numbers, keypad codes, wrapped references, identifier labels,
extension words of more languages and slash-separated area codes, each on its own with negative cases;
then the recall profile on its round-10 set (floors are what recall-v10 reaches when written, not
targets), against recall-v9, and on public look-alikes of the cues."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from recall_dev_set_r10_values import DEV_SENTENCES_R10_VALUES, PUBLIC_SENTENCES_R10_VALUES
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import CONTACT, DATE, ID
from dpfusion_integrations.tagging.recall import RecallTagger, values_r10
from dpfusion_integrations.tagging.recall.values_dates_r10 import grow_date_dots, values_date_detector
from dpfusion_integrations.tagging.recall.values_ids_r10 import (
    grow_id_labels,
    grow_keypad_marks,
    values_id_detector,
)
from dpfusion_integrations.tagging.recall.values_phones_r10 import grow_phone_extensions_r10, slash_phone_detector
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

#: What recall-v10 reached on each class when the set was written.
_FLOORS = {"dates": 1.0, "ids": 1.0, "phones": 1.0}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


def _span(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.8)


def _found(spans: list[Span], text: str) -> list[str]:
    return [text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start)]


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("Ээлж: 2025 оны 3 сарын 8 from the office", "2025 оны 3 сарын 8"),
    ("valid until 2029 оны 12 сарын 31-нд only", "2029 оны 12 сарын 31-нд"),
    ("printed 2024 он 6 сар 2 by clerk", "2024 он 6 сар 2"),
    ("Opening (17-aprel 2026)", "17-aprel 2026"),
    ("signup, 4-iyul\n#", "4-iyul"),
    ("held 12 dekabr 2025 in Baku", "12 dekabr 2025"),
    ("2026 жылғы 5 қазан", "2026 жылғы 5 қазан"),
    ("due 1-may, then", "1-may"),
    ("3rd 07:15  anvar: hi", "3rd"),
    ("ok. 15th at 9? fine", "15th"),
    ("Out: 6th   Due: 11th", "6th"),
    ("van booked for 2nd (evening).", "2nd"),
    ("delivery rota 19th\n08:00 north", "19th"),
    ("walls to be painted 12/9.", "12/9"),
])  # fmt: skip
def test_when_a_date_of_the_new_conventions_is_written_then_it_is_found(text: str, date: str) -> None:
    found = values_date_detector().find(text)
    assert date in _found(found, text) and all(s.entity_type == DATE for s in found)


@pytest.mark.parametrize("text", [
    "the 5th edition", "on the 3rd floor", "the 21st century", "came 2nd.", "Floor: 3rd", "Rank: 1st",
    "may 5 people come", "on 3 mart street", "finished 5th at 10 km", "Symphony No. 5 in the 2nd half",
    "to be reduced 1/2.", "to be scored 4/5.", "her 40th birthday", "year 2025 and 10 more",
])  # fmt: skip
def test_when_an_ordinal_or_month_word_is_no_date_then_nothing_is_found(text: str) -> None:
    assert values_date_detector().find(text) == []


def test_when_a_numeric_date_is_written_with_its_own_dot_then_the_dot_joins_the_date() -> None:
    text = "received 4.3.2026., ref 7 and on 2024. 06. 18.. End 12.5.2027.5"
    spans = [_span(text, "4.3.2026", DATE), _span(text, "2024. 06. 18", DATE), _span(text, "12.5.2027", DATE)]
    assert _found(grow_date_dots(text, spans), text) == ["4.3.2026.", "2024. 06. 18.", "12.5.2027"]
    assert grow_date_dots("ref 12.5.2027.", [Span(4, 13, ID, 0.8)]) == [Span(4, 13, ID, 0.8)]


# --- identifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("invoice F 2231/26 to", "F 2231/26"), ("Račun R 12/2024.", "R 12/2024"), ("FV 123/24,", "FV 123/24"),
    ("FA 2025/0113 paid", "FA 2025/0113"), ("Gate code: *33019*\n", "*33019*"), ("door code 7781#", "7781#"),
    ("the case ref is\n4410/25. ok", "4410/25"), ("Claim number:\n  AB-77120\n", "AB-77120"),
])  # fmt: skip
def test_when_an_identifier_of_the_new_conventions_is_written_then_it_is_found(text: str, value: str) -> None:
    assert value in _found(values_id_detector().find(text), text)


@pytest.mark.parametrize("text", [
    "F 1/2 lens", "A 3/4 turn", "I 100/25 think", "size M 10/12", "code 12", "the code is\nfine",
    "the ref is\n12 people", "page 1920/21", "UK 10/12",
])  # fmt: skip
def test_when_a_capital_fraction_or_short_code_is_no_identifier_then_nothing_is_found(text: str) -> None:
    assert values_id_detector().find(text) == []


def test_when_an_identifier_label_is_written_with_its_value_then_the_id_takes_it() -> None:
    text = "Seen (MRN TX118204) and NHS 485 777 3610; MRN: 55120; THE 4471; xMRN 9988"
    spans = [_span(text, v, ID) for v in ("TX118204", "485 777 3610", "55120", "4471", "9988")]
    assert _found(grow_id_labels(text, spans), text) == ["MRN TX118204", "NHS 485 777 3610", "55120", "4471", "9988"]


def test_when_keypad_marks_surround_a_code_then_the_code_takes_them() -> None:
    text = "code: *5521* and 8830# and x*7712*y and 1234#5"
    spans = [_span(text, v, ID) for v in ("5521", "8830", "7712", "1234")]
    assert _found(grow_keypad_marks(text, spans), text) == ["*5521*", "8830#", "7712", "1234"]


# --- phones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "phone", "grown"), [
    ("call 876-412-9931 lisa 42.", "876-412-9931", "876-412-9931 lisa 42"),
    ("+976 7011 2288 дотор 06,2026", "+976 7011 2288", "+976 7011 2288 дотор 06"),
    ("(09) 4321 7766 (alanumero 31)", "(09) 4321 7766", "(09) 4321 7766 (alanumero 31)"),
    ("+994 12 498 11 20 daxili 5", "+994 12 498 11 20", "+994 12 498 11 20 daxili 5"),
])  # fmt: skip
def test_when_an_extension_word_of_another_language_follows_a_phone_then_the_phone_takes_it(
        text: str, phone: str, grown: str) -> None:
    out = grow_phone_extensions_r10(text, [_span(text, phone, DATE)])
    assert _found(out, text) == [grown] and out[0].entity_type == CONTACT


@pytest.mark.parametrize(("text", "phone"), [
    ("call 876-412-9931 Lisa 42 answered", "876-412-9931"),  # a name
    ("call 876-412-9931\nlisa 42", "876-412-9931"),  # the next line
    ("in 2024 lisa 42", "2024"),  # no phone
])  # fmt: skip
def test_when_the_word_after_a_phone_is_a_name_or_on_another_line_then_the_span_stays(text: str, phone: str) -> None:
    spans = [_span(text, phone, CONTACT)]
    assert grow_phone_extensions_r10(text, spans) == spans


def test_when_an_area_code_is_set_off_by_a_slash_then_the_phone_is_found_and_dates_are_not() -> None:
    text = "cell 078/979-622, Büro 0316/872-4410; on 12/05/2027, 1/2 of 3/4, 07/08/2025, 01/2026, 0/12345"
    assert _found(slash_phone_detector().find(text), text) == ["078/979-622", "0316/872-4410"]


# --- linear time --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2025 оны " * 4000 + "3 сарын 8", "12-" * 6000 + "aprel", "5th " * 6000 + "09:12", "In: " * 5000 + "4th",
    "booked for the " * 3000 + "21st", "F " * 8000 + "1329/25", "code " * 6000 + "*1234*",
    "ref is\n" * 4000 + "0503/23", "MRN " * 5000 + "PC1234", "1 " * 8000 + "lisa 28", "0" * 20_000 + "/979-622",
    " " * 20_000 + "lisa 12", "\n" * 20_000 + "5th 09:12", "+372 5123 4567 lisa 12 " * 4_000,
], ids=lambda text: f"{text[:12]!r}x{len(text)}")  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_values_steps_finish_with_valid_spans(words, text: str) -> None:
    # A guard against rescanning a line per candidate; the bound is generous.
    start = time.perf_counter()
    found = [s for d in values_r10.detectors() for s in d.find(text)]
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    spans = [Span(m.start(), m.end(), (ID, CONTACT, DATE)[k % 3], 0.8)
             for k, m in enumerate(re.finditer(r"[\w+][\w ./-]{0,20}\d", text))]
    out = values_r10.grow(text, spans, words)
    assert time.perf_counter() - start < 20.0
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_ten_values_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R10_VALUES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R10_VALUES) >= 50


@pytest.fixture(scope="module")
def recall_v9(recall_tagger) -> RecallTagger:
    """The round-9 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v9")


def test_when_the_round_ten_values_set_is_tagged_then_each_class_reaches_its_floor_and_beats_recall_v9(
        recall_tagger, recall_v9) -> None:
    for domain, floor in _FLOORS.items():
        sentences = [s for s in DEV_SENTENCES_R10_VALUES if s.domain == domain]
        assert _rate(recall_tagger, sentences) >= floor, domain
    assert _rate(recall_v9, DEV_SENTENCES_R10_VALUES) + 0.3 < _rate(recall_tagger, DEV_SENTENCES_R10_VALUES)


def test_when_public_look_alikes_of_the_values_cues_are_tagged_then_no_more_words_are_tagged(
        recall_v10_tagger, recall_v9) -> None:
    tagged, words_ = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R10_VALUES))
    before, _ = tagged_word_share(recall_v9, list(PUBLIC_SENTENCES_R10_VALUES))
    assert words_ > 120 and tagged <= before, (tagged, before, words_)


def test_when_only_the_private_values_differ_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    texts = [f"{day} 09:12  me: invoice {inv}, gate code: {code}\ncall {phone} lisa {ext} from {mn}"
             for day, inv, code, phone, ext, mn in (
                 ("5th", "F 1329/25", "*08753*", "876-479-1604", "89", "2025 оны 10 сарын 1"),
                 ("8th", "R 77/2026", "4471#", "612-330-9018", "7", "2027 оны 3 сарын 19"))]
    values = r"5th|8th|F 1329/25|R 77/2026|\*08753\*|4471#|876-479-1604 lisa 89|612-330-9018 lisa 7|20\d\d оны \d+ сарын \d+"
    shapes = [[re.sub(values, "X", text[s.start : s.end]) for s in recall_tagger.tag(text)] for text in texts]
    assert shapes[0] == shapes[1]
    assert shapes[0].count("X") >= 5
