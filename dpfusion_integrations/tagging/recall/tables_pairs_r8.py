"""Round 8 (tables): values of ``key=value`` pairs whose key names a private field.

Exports, logs and query strings write a record as ``key=value`` pairs rather than as columns
("kit_owner=...; kit_id=...", "user=... src=... action=login", "?name=...&email=..."). The key is read
like a column header (:func:`~dpfusion_integrations.tagging.recall.tables_headers_r8.column_type`:
"owner" is a person, "tel" a contact, "dob" a date, "plate" an identifier, "epsilon" or "status" public)
and the value is tagged when it looks like a value of that type
(:func:`~dpfusion_integrations.tagging.recall.tables_cells_r8.fits_cell`). A value ends at ``;``,
``,``, ``&``, a line end or the next ``key=``; a quoted value at its closing quote.

Over-tagging risk: code written in prose (``name=...`` of a function call) when the key is a private
field word; pairs inside backticks are skipped, and keys of settings ("model", "version") are public.
Linear time: one bounded regex pass; the inline-code check uses binary searches over the text's
backtick and newline positions.
"""

from __future__ import annotations

import bisect
import re

from dpfusion_integrations.tagging.recall.tables_cells_r8 import HEADER_SCORE, fits_cell
from dpfusion_integrations.tagging.recall.tables_headers_r8 import column_type
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["grow_pairs"]

_PAIR = re.compile(
    r"(?<![\w.=/-])(?P<key>[^\W\d][\w.-]{0,30})[ \t]?=[ \t]?"
    r"(?:\"(?P<quoted>[^\"\n]{1,80})\"|'(?P<single>[^'\n]{1,80})'"
    r"|(?P<plain>[^\s;,&=\"'`][^\s;,&=`]{0,60}(?:[ \t]+(?![\w.-]{1,40}[ \t]?=)[^\s;,&=`]{1,60}){0,7}))"
)

_TICK = re.compile("`")
_NEWLINE = re.compile("\n")


def _inside_code(ticks: list[int], newlines: list[int], pos: int) -> bool:
    """Whether an odd number of backticks lies between ``pos``'s line start and ``pos`` (inline code).
    ``ticks`` and ``newlines`` are the sorted positions of those characters; two binary searches per
    pair keep the step linear on one long line of many pairs."""
    line = bisect.bisect_left(newlines, pos)
    line_start = newlines[line - 1] + 1 if line else 0
    return (bisect.bisect_left(ticks, pos) - bisect.bisect_left(ticks, line_start)) % 2 == 1


def grow_pairs(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a span over each ``key=value`` value whose key names a private field (see the
    module docstring); the caller merges overlaps."""
    if "=" not in text:
        return spans
    added: list[Span] = []
    ticks = [m.start() for m in _TICK.finditer(text)]
    newlines = [m.start() for m in _NEWLINE.finditer(text)] if ticks else []
    for match in _PAIR.finditer(text):
        if ticks and _inside_code(ticks, newlines, match.start()):
            continue
        group_type = column_type(match.group("key"))
        if group_type is None:
            continue
        name = next(n for n in ("quoted", "single", "plain") if match.group(n) is not None)
        start, end = match.span(name)
        value = text[start:end].rstrip(".")
        if fits_cell(value, group_type, words):
            added.append(Span(start, start + len(value), group_type, HEADER_SCORE))
    return [*spans, *added] if added else spans
