"""Span, resolve_overlaps and validate_spans: the overlap rule and span validation."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import Span, resolve_overlaps, validate_spans

TYPES = ("A", "B", "PERSON")


@st.composite
def spans_strategy(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 40))
    end = draw(st.integers(start + 1, start + 12))
    score = draw(st.sampled_from([0.2, 0.5, 0.85, 1.0]))
    return Span(start, end, draw(st.sampled_from(TYPES)), score)


span_lists = st.lists(spans_strategy(), max_size=25)


def _non_overlapping_sorted(spans: list[Span]) -> bool:
    return all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_when_span_is_repr_then_only_offsets_label_and_score_show() -> None:
    assert repr(Span(3, 7, "PERSON", 0.85)) == "Span(start=3, end=7, entity_type='PERSON', score=0.85)"


@pytest.mark.parametrize(
    "args",
    [(-1, 2, "A"), (2, 2, "A"), (5, 2, "A"), (True, 2, "A"), (0, 2.0, "A"), (0, 2, ""), (0, 2, "a b"),
     (0, 2, "A", 1.5), (0, 2, "A", -0.1), (0, 2, "A", math.nan), (0, 2, "A", True)],
)
def test_when_span_fields_are_invalid_then_invalid_parameter_error(args: tuple) -> None:
    with pytest.raises(InvalidParameterError):
        Span(*args)


def test_when_spans_overlap_then_higher_score_wins() -> None:
    low, high = Span(0, 10, "A", 0.5), Span(5, 8, "B", 0.9)
    assert resolve_overlaps([low, high]) == [high]


def test_when_scores_tie_then_longer_span_wins() -> None:
    short, long = Span(0, 4, "A", 0.8), Span(2, 9, "B", 0.8)
    assert resolve_overlaps([short, long]) == [long]


def test_when_score_and_length_tie_then_earlier_span_wins() -> None:
    first, second = Span(0, 5, "A"), Span(3, 8, "B")
    assert resolve_overlaps([second, first]) == [first]


def test_when_same_range_has_two_types_then_alphabetically_first_type_wins() -> None:
    assert resolve_overlaps([Span(0, 5, "B"), Span(0, 5, "A")]) == [Span(0, 5, "A")]


def test_when_exact_duplicates_then_merged_keeping_highest_score() -> None:
    assert resolve_overlaps([Span(0, 5, "A", 0.3), Span(0, 5, "A", 0.7)]) == [Span(0, 5, "A", 0.7)]


def test_when_spans_only_touch_then_both_are_kept() -> None:
    spans = [Span(5, 9, "B"), Span(0, 5, "A")]
    assert resolve_overlaps(spans) == [Span(0, 5, "A"), Span(5, 9, "B")]


def test_when_a_non_span_is_given_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError):
        resolve_overlaps([(0, 1, "A")])  # type: ignore[list-item]


@given(span_lists)
def test_when_resolving_any_spans_then_result_is_sorted_non_overlapping_subset(spans: list[Span]) -> None:
    result = resolve_overlaps(spans)
    assert _non_overlapping_sorted(result)
    assert set(result) <= set(spans)


@given(span_lists)
def test_when_resolving_twice_then_result_is_unchanged(spans: list[Span]) -> None:
    once = resolve_overlaps(spans)
    assert resolve_overlaps(once) == once


@given(span_lists, st.randoms(use_true_random=False))
def test_when_input_order_changes_then_result_is_the_same(spans: list[Span], rnd: random.Random) -> None:
    shuffled = list(spans)
    rnd.shuffle(shuffled)
    assert resolve_overlaps(shuffled) == resolve_overlaps(spans)


@given(span_lists)
def test_when_a_span_is_dropped_then_it_overlaps_a_kept_span_or_duplicates_one(spans: list[Span]) -> None:
    kept = resolve_overlaps(spans)
    kept_ranges = {(s.start, s.end, s.entity_type) for s in kept}
    for span in spans:
        if span not in kept:
            assert (span.start, span.end, span.entity_type) in kept_ranges or any(
                span.overlaps(k) for k in kept
            )


def test_when_tuples_are_given_then_spans_are_built_with_score_one() -> None:
    assert validate_spans("John met Mary", [(9, 13, "PERSON"), [0, 4, "PERSON"]]) == [
        Span(0, 4, "PERSON"),
        Span(9, 13, "PERSON"),
    ]


def test_when_span_has_surrounding_whitespace_then_offsets_shrink() -> None:
    assert validate_spans("say  John \n now", [(3, 11, "P")]) == [Span(5, 9, "P")]


def test_when_span_score_is_given_then_it_is_kept_after_trimming() -> None:
    assert validate_spans(" ab ", [Span(0, 4, "P", 0.6)]) == [Span(1, 3, "P", 0.6)]


@pytest.mark.parametrize(
    "spans",
    [[(0, 99, "P")], [(-1, 2, "P")], [(3, 3, "P")], [(2, 1, "P")], [(0, 2, "bad group")], [(0, 2, "")],
     [(0, 2)], [(0, 2, "P", 1.0)], [("0", 2, "P")], [(False, 2, "P")], [(0, 2, 5)], ["x"]],
)
def test_when_span_is_invalid_then_invalid_parameter_error(spans: list) -> None:
    with pytest.raises(InvalidParameterError):
        validate_spans("some text", spans)


def test_when_span_covers_only_whitespace_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError, match="whitespace"):
        validate_spans("a    b", [(1, 5, "P")])


def test_when_explicit_spans_overlap_then_they_are_resolved() -> None:
    assert validate_spans("abcdefghijklmno", [(5, 15, "B"), (0, 10, "A")]) == [Span(0, 10, "A")]


def test_when_text_or_spans_have_wrong_types_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError):
        validate_spans(b"bytes", [])  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        validate_spans("text", "PERSON")  # type: ignore[arg-type]


def test_when_no_spans_then_empty_list() -> None:
    assert validate_spans("", []) == []
