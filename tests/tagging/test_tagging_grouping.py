"""Privacy groups under the three policies, and their unit ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpfusion_integrations import GroupPolicy as RootGroupPolicy
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import GroupPolicy, Span, group_spans, parse_policy, unit_id

KEY = b"k" * 32
TEXT = "John Smith met Mary Jones in Paris; john  smith. left Paris."
#       0    5    10   15   20   25   30   35   40   45   50   55
SPANS = [
    Span(0, 10, "PERSON"),    # John Smith
    Span(15, 25, "PERSON"),   # Mary Jones
    Span(29, 34, "LOCATION"),  # Paris
    Span(36, 48, "PERSON"),   # john  smith.
    Span(54, 59, "LOCATION"),  # Paris
]


def _values(grouping_spans: tuple[Span, ...]) -> list[str]:
    return [TEXT[s.start : s.end] for s in grouping_spans]


def test_when_spans_fixture_is_read_then_it_covers_the_intended_values() -> None:
    assert _values(tuple(SPANS)) == ["John Smith", "Mary Jones", "Paris", "john  smith.", "Paris"]


def test_when_policy_is_entity_type_then_one_group_per_type_in_order_of_first_occurrence() -> None:
    grouping = group_spans(TEXT, SPANS, "entity_type", unit_key=KEY)
    assert grouping.labels == ("PERSON", "LOCATION")
    assert grouping.span_group == (0, 0, 1, 0, 1)
    assert grouping.groups[0].spans == (SPANS[0], SPANS[1], SPANS[3])
    assert grouping.groups[0].units == tuple(sorted({unit_id("John Smith", key=KEY), unit_id("Mary Jones", key=KEY)}))
    assert grouping.groups[1].units == (unit_id("Paris", key=KEY),)


def test_when_policy_is_entity_then_one_group_per_normalized_value_numbered_per_type() -> None:
    grouping = group_spans(TEXT, SPANS, GroupPolicy.ENTITY, unit_key=KEY)
    assert grouping.labels == ("PERSON_1", "PERSON_2", "LOCATION_1")
    assert grouping.span_group == (0, 1, 2, 0, 2)
    assert grouping.groups[0].units == (unit_id("john smith", key=KEY),)


def test_when_policy_is_single_then_every_span_is_in_one_private_group() -> None:
    grouping = group_spans(TEXT, SPANS, "single", unit_key=KEY)
    assert grouping.labels == ("PRIVATE",)
    assert grouping.span_group == (0,) * 5
    assert grouping.groups[0].units == grouping.units
    assert len(grouping.units) == 3


def test_when_same_value_has_two_types_then_it_is_one_unit_in_two_groups() -> None:
    text = "Jordan visited Jordan"
    grouping = group_spans(text, [(0, 6, "PERSON"), (15, 21, "LOCATION")], "entity", unit_key=KEY)
    assert grouping.labels == ("PERSON_1", "LOCATION_1")
    assert grouping.units == (unit_id("Jordan", key=KEY),)


def test_when_spans_are_unsorted_tuples_with_whitespace_then_they_are_validated_first() -> None:
    grouping = group_spans("a Bob b Al", [(7, 10, "P"), (1, 6, "P")], unit_key=KEY)
    assert grouping.spans == (Span(2, 5, "P"), Span(8, 10, "P"))


def test_when_there_are_no_spans_then_grouping_is_empty() -> None:
    grouping = group_spans("nothing private", [], unit_key=KEY)
    assert (grouping.spans, grouping.groups, grouping.span_group, grouping.units) == ((), (), (), ())


def test_when_unit_key_is_not_bytes_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError):
        group_spans(TEXT, SPANS, unit_key="secret")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        group_spans(TEXT, SPANS, unit_key=b"short")


@pytest.mark.parametrize(
    ("given_policy", "expected"),
    [("entity_type", GroupPolicy.ENTITY_TYPE), ("ENTITY", GroupPolicy.ENTITY), (" single ", GroupPolicy.SINGLE),
     (GroupPolicy.ENTITY, GroupPolicy.ENTITY)],
)
def test_when_policy_is_known_then_it_parses(given_policy: object, expected: GroupPolicy) -> None:
    assert parse_policy(given_policy) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["per_entity", "", None, 3])
def test_when_policy_is_unknown_then_error_lists_valid_policies(bad: object) -> None:
    with pytest.raises(InvalidParameterError, match="'entity_type', 'entity', 'single'"):
        parse_policy(bad)  # type: ignore[arg-type]


def test_when_root_package_exports_group_policy_then_it_is_the_tagging_enum() -> None:
    assert RootGroupPolicy is GroupPolicy


_WORDS = ["Ann", "ann", "Bob", "Cy", "Bob."]


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
    types = draw(st.lists(st.sampled_from(["PERSON", "LOCATION"]), min_size=len(words), max_size=len(words)))
    private = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    text, spans = "", []
    for word, kind, is_private in zip(words, types, private):
        if is_private:
            spans.append((len(text), len(text) + len(word), kind))
        text += word + " "
    return text, spans


@given(text_and_spans(), st.sampled_from(list(GroupPolicy)))
def test_when_grouping_any_spans_then_groups_partition_spans_in_first_occurrence_order(
    case: tuple[str, list[tuple[int, int, str]]], policy: GroupPolicy
) -> None:
    text, spans = case
    grouping = group_spans(text, spans, policy, unit_key=KEY)
    assert len(grouping.span_group) == len(grouping.spans) == len(spans)
    first_seen = [grouping.span_group.index(g) for g in range(len(grouping.groups))]
    assert first_seen == sorted(first_seen)
    for index, group in enumerate(grouping.groups):
        assert group.spans == tuple(s for s, g in zip(grouping.spans, grouping.span_group) if g == index)
        assert list(group.units) == sorted(set(group.units))
    assert set(grouping.units) == {u for g in grouping.groups for u in g.units}
    assert len(set(grouping.labels)) == len(grouping.labels)
    if policy is GroupPolicy.ENTITY:
        for group in grouping.groups:
            assert len(group.units) == 1
