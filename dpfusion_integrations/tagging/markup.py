"""Inline markup for private spans: ``<private>John</private>`` or ``<private group="PERSON">…</private>``.

Markup lets a caller mark what is private right inside the text. :func:`parse_markup` removes the
tags and returns spans with offsets into the clean text. The grammar is strict and fails closed:
anything that starts like a ``<private`` tag but is not a well-formed one (unknown attribute,
missing ``>``, nesting, a close without an open, an unclosed element, an empty element) raises
:class:`InvalidParameterError` rather than leaving a would-be-private value in the public text.
Error messages give offsets into the input, never any of its text (or the bad group name, which a
confused caller may have filled with a value).

Grammar (the tag name and ``group`` are case-insensitive; either quote style works)::

    open  := "<" ws* "private" (ws+ "group" ws* "=" ws* quoted-name)? ws* ">"
    close := "<" ws* "/" ws* "private" ws* ">"
    quoted-name := '"' [A-Za-z0-9_-]+ '"' | "'" [A-Za-z0-9_-]+ "'"

Without ``group`` the span's group is ``"PRIVATE"``. Surrounding whitespace inside an element is not
part of the span (``<private> John </private>`` marks ``John``).

:func:`parse_markup_lenient` is for markup that arrives inside data (retrieved chunks, tool results), where it
only adds spans to the tagger's: it never raises, and when in doubt it protects more. Well-formed
elements become spans; any other ``<private…>`` tag (``<private/>``, unquoted or unknown attributes)
opens an element too; an unclosed element runs to the end of the text; a nested open tag is dropped
and its element runs to its matching close; a close without an open protects everything back to the
end of the previous element (or the start of the text), since its open tag was lost; a group name
that is not one of the fixed public entity types (:data:`DATA_MARKUP_GROUPS`) becomes ``"PRIVATE"``,
since a label from data could hold a value and labels are released in reports; an empty element
marks nothing. Tags are removed from the text. ``malformed`` in
the result counts those repairs (a number, never text).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.spans import Span, is_valid_group_name, resolve_overlaps, trim_span, validate_spans

__all__ = ["DATA_MARKUP_GROUPS", "DEFAULT_MARKUP_GROUP", "LenientMarkup", "has_markup", "parse_markup",
           "parse_markup_lenient"]

#: Group of a ``<private>`` element without a ``group`` attribute.
DEFAULT_MARKUP_GROUP = "PRIVATE"

#: The only group names markup found in data may use (case-insensitive): public entity types. Group
#: labels are released in reports, so an arbitrary label from a retrieved chunk could carry a value.
DATA_MARKUP_GROUPS = frozenset({
    "PRIVATE", "PERSON", "ORGANIZATION", "LOCATION", "ADDRESS", "DATE", "DATE_TIME", "CONTACT", "ID",
    "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
    "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER", "MEDICAL_LICENSE", "MEDICAL_RECORD_NUMBER",
    "ACCOUNT_ID", "NRP",
})  # fmt: skip

# Anything that looks like the start of a <private> or </private> tag. "private" must not be
# followed by a name character, so "<privateer>" or "<private-key>" are ordinary text.
_CANDIDATE = re.compile(r"<\s*/?\s*private(?![A-Za-z0-9_-])", re.IGNORECASE)
_OPEN = re.compile(
    r"<\s*private(?:\s+group\s*=\s*(?:\"(?P<dq>[^\"<>]*)\"|'(?P<sq>[^'<>]*)'))?\s*>",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"<\s*/\s*private\s*>", re.IGNORECASE)
_CLOSE_LIKE = re.compile(r"<\s*/", re.IGNORECASE)
#: How far a malformed tag may run to its ">" (further, or past another "<", only the name is dropped).
_MAX_TAG = 200


def _tag_end(text: str, after: int) -> int:
    """End of a malformed tag starting before ``after``: just past its ``>`` if that comes soon and
    before any other ``<``, else ``after`` (only ``<private`` itself is dropped)."""
    stop = text.find(">", after, after + _MAX_TAG)
    if stop < 0 or "<" in text[after:stop]:
        return after
    return stop + 1


def has_markup(text: str) -> bool:
    """Whether ``text`` contains anything that looks like a ``<private>`` tag.

    Malformed tags count too, so that a caller who checks ``has_markup`` before choosing between
    markup and automatic tagging sends malformed markup to :func:`parse_markup`, which rejects it.
    """
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    return _CANDIDATE.search(text) is not None


class LenientMarkup(NamedTuple):
    """What :func:`parse_markup_lenient` found: the clean text, its spans and how many tag-like
    pieces were malformed (and repaired or left as text)."""

    clean: str
    spans: list[Span]
    malformed: int


def parse_markup_lenient(text: str) -> LenientMarkup:
    """Strip well-formed ``<private>`` tags from ``text`` without ever raising (see the module doc)."""
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    pieces: list[str] = []
    clean_len, cursor, malformed, depth = 0, 0, 0, 0
    open_clean = last_end = 0  # where the open element starts / the last element ended (clean offsets)
    open_group = DEFAULT_MARKUP_GROUP
    raw_spans: list[tuple[int, int, str]] = []
    for candidate in _CANDIDATE.finditer(text):
        pos = candidate.start()
        if pos < cursor:
            continue
        pieces.append(text[cursor:pos])
        clean_len += pos - cursor
        closing = _CLOSE_LIKE.match(text, pos) is not None
        tag = _CLOSE.match(text, pos) if closing else _OPEN.match(text, pos)
        if tag is None:  # tag-like but not well formed (<private/>, unquoted or unknown attributes...)
            malformed += 1
        cursor = tag.end() if tag is not None else _tag_end(text, candidate.end())
        if not closing:
            if depth:  # nested: the tag goes, the outer element continues to its matching close
                malformed += 1
            else:
                group = None if tag is None else (tag.group("dq") if tag.group("dq") is not None else tag.group("sq"))
                label = group.strip().upper() if group is not None else DEFAULT_MARKUP_GROUP
                if label not in DATA_MARKUP_GROUPS:
                    malformed += 1
                    label = DEFAULT_MARKUP_GROUP
                open_clean, open_group = clean_len, label
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                if clean_len > open_clean:  # an empty element protects nothing
                    raw_spans.append((open_clean, clean_len, open_group))
                last_end = clean_len
        else:  # a close without an open: its open tag was lost, so protect back to the last element
            malformed += 1
            if clean_len > last_end:
                raw_spans.append((last_end, clean_len, DEFAULT_MARKUP_GROUP))
            last_end = clean_len
    pieces.append(text[cursor:])
    clean_len += len(text) - cursor
    if depth:  # never closed: protect everything after it
        malformed += 1
        raw_spans.append((open_clean, clean_len, open_group))
    clean = "".join(pieces)
    spans = []
    for start, end, group in raw_spans:
        trimmed = trim_span(clean, Span(start, end, group)) if end > start else None
        if trimmed is not None:
            spans.append(trimmed)
    return LenientMarkup(clean, resolve_overlaps(spans), malformed)


def parse_markup(text: str) -> tuple[str, list[Span]]:
    """Strip ``<private>`` tags from ``text``; return ``(clean_text, spans)``.

    Spans are sorted, non-overlapping, whitespace-trimmed and index into ``clean_text``. Text
    without markup is returned unchanged with no spans.
    """
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    pieces: list[str] = []
    clean_len = 0
    cursor = 0
    open_at: int | None = None  # offset in the input of the open tag of the current element
    open_clean = 0  # offset in the clean text where the current element's content starts
    open_group = DEFAULT_MARKUP_GROUP
    raw_spans: list[tuple[int, int, str]] = []

    for candidate in _CANDIDATE.finditer(text):
        pos = candidate.start()
        pieces.append(text[cursor:pos])
        clean_len += pos - cursor
        opened = _OPEN.match(text, pos)
        if opened is not None:
            if open_at is not None:
                raise InvalidParameterError(
                    f"nested <private> tag at offset {pos} (the element opened at offset {open_at} "
                    "is not closed); <private> elements cannot nest"
                )
            group = opened.group("dq") if opened.group("dq") is not None else opened.group("sq")
            if group is None:
                group = DEFAULT_MARKUP_GROUP
            elif not is_valid_group_name(group):
                raise InvalidParameterError(
                    f"invalid group name in the <private> tag at offset {pos}: it must be a "
                    "non-empty string of [A-Za-z0-9_-]"
                )
            open_at, open_clean, open_group = pos, clean_len, group
            cursor = opened.end()
            continue
        closed = _CLOSE.match(text, pos)
        if closed is not None:
            if open_at is None:
                raise InvalidParameterError(f"</private> at offset {pos} has no matching <private>")
            if clean_len == open_clean:
                raise InvalidParameterError(f"empty <private> element at offset {open_at}")
            raw_spans.append((open_clean, clean_len, open_group))
            open_at = None
            cursor = closed.end()
            continue
        raise InvalidParameterError(
            f"malformed <private> tag at offset {pos}: expected <private>, "
            '<private group="NAME"> or </private>'
        )

    if open_at is not None:
        raise InvalidParameterError(f"<private> at offset {open_at} is never closed")
    pieces.append(text[cursor:])
    clean = "".join(pieces)
    try:
        spans = validate_spans(clean, raw_spans)
    except InvalidParameterError:
        # Only whitespace inside an element; name the element, not the clean-text span index.
        raise InvalidParameterError(
            "a <private> element contains only whitespace; it would protect nothing"
        ) from None
    return clean, spans
