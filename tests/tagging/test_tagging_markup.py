"""Inline <private> markup: parsing, strictness, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import Span, has_markup, parse_markup


def test_when_private_tag_has_no_group_then_group_is_private() -> None:
    assert parse_markup("Hi <private>John</private>!") == ("Hi John!", [Span(3, 7, "PRIVATE")])


def test_when_private_tag_names_a_group_then_span_has_that_group() -> None:
    clean, spans = parse_markup('Call <private group="PERSON">Ann Lee</private> at <private group=\'PHONE\'>555</private>')
    assert clean == "Call Ann Lee at 555"
    assert spans == [Span(5, 12, "PERSON"), Span(16, 19, "PHONE")]


def test_when_tags_use_other_case_and_spacing_then_they_are_still_parsed() -> None:
    clean, spans = parse_markup('<PRIVATE  Group = "X_1" >ab</ private >')
    assert (clean, spans) == ("ab", [Span(0, 2, "X_1")])


def test_when_element_content_has_surrounding_whitespace_then_span_is_trimmed() -> None:
    assert parse_markup("a<private> John </private>b") == ("a John b", [Span(2, 6, "PRIVATE")])


def test_when_elements_are_adjacent_then_both_spans_are_returned() -> None:
    clean, spans = parse_markup("<private>a</private><private group=\"B\">b</private>")
    assert (clean, spans) == ("ab", [Span(0, 1, "PRIVATE"), Span(1, 2, "B")])


def test_when_text_has_no_markup_then_it_is_returned_unchanged() -> None:
    text = "a < b and <privateer> or <private-key> are not tags"
    assert not has_markup(text)
    assert parse_markup(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    ["<private>x</private>", "<Private group='A'>x", "</private>", "< private >", "x <private"],
)
def test_when_text_has_tag_like_markup_then_has_markup_is_true(text: str) -> None:
    assert has_markup(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<private>a <private>b</private></private>", "nested"),
        ("a</private>", "no matching"),
        ("<private>a", "never closed"),
        ('<private group="bad name">a</private>', "invalid group"),
        ('<private group="">a</private>', "invalid group"),
        ('<private kind="X">a</private>', "malformed"),
        ("<private group=X>a</private>", "malformed"),
        ("<private a</private>", "malformed"),
        ("<private></private>", "empty"),
        ("<private>   </private>", "whitespace"),
    ],
)
def test_when_markup_is_malformed_then_invalid_parameter_error(text: str, reason: str) -> None:
    with pytest.raises(InvalidParameterError, match=reason):
        parse_markup(text)


def test_when_input_is_not_a_string_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError):
        parse_markup(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        has_markup(b"<private>")  # type: ignore[arg-type]


_TEXT = st.text(st.characters(blacklist_characters="<>", blacklist_categories=("Cs",)), max_size=40)
_GROUPS = st.sampled_from(["PRIVATE", "PERSON", "X-1", "a_b", "Z9"])


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """Random text and sorted, non-overlapping spans without whitespace at their ends."""
    text = draw(_TEXT)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=10)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        if text[start].isspace() or text[end - 1].isspace():
            continue
        spans.append(Span(start, end, draw(_GROUPS)))
    return text, spans


def _to_markup(text: str, spans: list[Span]) -> str:
    out, cursor = [], 0
    for span in spans:
        tag = "<private>" if span.entity_type == "PRIVATE" else f'<private group="{span.entity_type}">'
        out += [text[cursor : span.start], tag, text[span.start : span.end], "</private>"]
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out)


@given(text_and_spans())
def test_when_markup_is_built_from_text_and_spans_then_parsing_returns_them(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    assert parse_markup(_to_markup(text, spans)) == (text, spans)


@given(_TEXT)
def test_when_text_has_no_angle_brackets_then_it_has_no_markup(text: str) -> None:
    assert not has_markup(text)
    assert parse_markup(text) == (text, [])
