"""merge_spans: the union rule of the recall profile (covers exactly what any input span covers)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.tagging import Span, merge_spans

_TYPES = ["PERSON", "ID", "DATE"]
spans_strategy = st.lists(
    st.builds(lambda a, n, t, s: Span(a, a + n, t, s), st.integers(0, 60), st.integers(1, 15), st.sampled_from(_TYPES),
              st.sampled_from([0.3, 0.5, 0.85, 1.0])),
    max_size=12,
)


def _chars(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


@settings(max_examples=300, deadline=None)
@given(spans_strategy)
def test_when_spans_are_merged_then_exactly_the_same_characters_are_covered(spans: list[Span]) -> None:
    merged = merge_spans(spans)
    assert _chars(merged) == _chars(spans)
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:]))


@settings(max_examples=200, deadline=None)
@given(spans_strategy)
def test_when_merging_twice_or_in_another_order_then_the_result_is_the_same(spans: list[Span]) -> None:
    merged = merge_spans(spans)
    assert merge_spans(merged) == merged
    assert merge_spans(list(reversed(spans))) == merged


def test_when_spans_overlap_then_the_best_one_types_the_merged_span() -> None:
    merged = merge_spans([Span(0, 10, "PERSON", 0.5), Span(5, 20, "ORGANIZATION", 0.9), Span(30, 35, "ID", 0.6)])
    assert merged == [Span(0, 20, "ORGANIZATION", 0.9), Span(30, 35, "ID", 0.6)]


def test_when_spans_only_touch_then_they_stay_separate() -> None:
    assert merge_spans([Span(0, 5, "PERSON"), Span(5, 9, "ID")]) == [Span(0, 5, "PERSON"), Span(5, 9, "ID")]
