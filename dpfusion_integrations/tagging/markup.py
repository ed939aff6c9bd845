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
"""

from __future__ import annotations

import re

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.spans import Span, is_valid_group_name, validate_spans

__all__ = ["DEFAULT_MARKUP_GROUP", "has_markup", "parse_markup"]

#: Group of a ``<private>`` element without a ``group`` attribute.
DEFAULT_MARKUP_GROUP = "PRIVATE"

# Anything that looks like the start of a <private> or </private> tag. "private" must not be
# followed by a name character, so "<privateer>" or "<private-key>" are ordinary text.
_CANDIDATE = re.compile(r"<\s*/?\s*private(?![A-Za-z0-9_-])", re.IGNORECASE)
_OPEN = re.compile(
    r"<\s*private(?:\s+group\s*=\s*(?:\"(?P<dq>[^\"<>]*)\"|'(?P<sq>[^'<>]*)'))?\s*>",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"<\s*/\s*private\s*>", re.IGNORECASE)


def has_markup(text: str) -> bool:
    """Whether ``text`` contains anything that looks like a ``<private>`` tag.

    Malformed tags count too, so that a caller who checks ``has_markup`` before choosing between
    markup and automatic tagging sends malformed markup to :func:`parse_markup`, which rejects it.
    """
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    return _CANDIDATE.search(text) is not None


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
