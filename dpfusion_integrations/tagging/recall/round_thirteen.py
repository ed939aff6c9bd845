"""The round-13 step (``recall-v13``): ``recall-v12``, then the release of spans that hold no value.

Every earlier round only added spans, and on documents with no private data at all ``recall-v12`` tags
about one word in eight; much of it is not the sweep's guesswork at names but schedules and tables
that spaCy labels as dates or the sweep takes for unlabelled numbers ("every 10 years", "19:00 to 21:30",
"Mon-Fri", "| dry stout | 4.2 | 38 |"). A tagged word costs utility: a faithful release has to
regenerate it, and the public context loses the timetable or the price list a reader came for.

Round 13 **releases** a final span (removes it whole; no span is ever cut or shrunk) when all of these hold:

1. its type is DATE or ID, or it is typeless (added by the residual sweep or value completion): a span
   a detector typed as a name, an organisation, a place or a contact is never released;
2. every letter and digit of it is part of a public time form
   (:func:`~dpfusion_integrations.tagging.recall.release_times_r13.public_time_ranges`: recurring weekdays,
   valid clock times, durations after a length cue, recurrence words), a quantity cell of a table
   (:func:`~dpfusion_integrations.tagging.recall.release_quantities_r13.quantity_cells`) or a connector
   between them, and at least one such form or cell;
3. nothing in its clause names a secret, a personal number or a personal event ("the door code is 12:34",
   "seat 14-18", "born at 04:17": :func:`~dpfusion_integrations.tagging.recall.release_times_r13.names_a_secret`),
   and the word right before it is no identifier's label
   (:data:`~dpfusion_integrations.tagging.recall.release_quantities_r13.PERSONAL_COLUMNS`);
4. its context holds no kept value: nothing else in its sentence (a final mark before whitespace ends a
   sentence, unless it ends an abbreviation such as "approx.") or, in a table, in its row, its table's
   title line or its header stays tagged: "Mr Okafor works Mon-Fri", "| 12 | Okafor | 54 |" and
   "Timesheet Anna Berg" over "| Mon | 07:30-16:00 |" keep every span, since a schedule or a number next to
   a person is that person's; and a span with a clock time is kept in any document with a kept date, since
   with a date a time of day pins an event;
5. it is not written next to a DATE span that stays tagged (whitespace, punctuation and at most one short
   word between, in any language: "4 mars 2024 à 14h30"), directly or through other such spans.

Rules 4 and 5 are applied until nothing changes, so a span they keep counts as kept for the others; a
span still undecided after :data:`_MAX_PASSES` passes is kept (fail closed).

So every span ``recall-v13`` tags is one of the spans value completion gave the release, unchanged (and
round 13's completion only adds to ``recall-v12``'s: property tests check both). Why this releases no identifier, and what it cannot rule out, is argued in
``docs/guarantee.md`` ("What the tagger releases"); ``recall-v12`` stays selectable, as measured.
"""

from __future__ import annotations

import bisect
import re

from dpfusion_integrations.tagging.group_types import DATE, ID
from dpfusion_integrations.tagging.recall.release_quantities_r13 import (
    PERSONAL_COLUMNS,
    quantity_cells,
    read_tables,
    table_heads,
)
from dpfusion_integrations.tagging.recall.release_times_r13 import (
    CLOCK,
    CONNECTORS,
    names_a_secret,
    public_time_ranges,
)
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["release_public_values"]

#: What may separate a span from the kept date it belongs to: whitespace (any), punctuation and at most
#: one short word ("at", "à", "um", "approx.", "ca.").
_DATE_GAP = re.compile(r"[\W_]*(?:[^\W\d_]{1,7}\.?[\W_]*)?")
#: The word written right before a span, with the marks that may follow a label.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:#.]?[ \t]*$")
#: The end of a sentence: a final mark before whitespace, unless it ends an abbreviation or an initial.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_ABBREVIATION = re.compile(
    r"(?i)(?:^|[\s(])(?:[^\W\d_]|approx|ca|circa|dr|mr|mrs|ms|mx|prof|st|no|nr|vs|etc|e\.g|i\.e|cf|fig|tel|ext|dept"
    r"|jr|sr|mt|ft|inc|ltd|co|apt|vol|pp|a\.m|p\.m|min|max)$"
)
_CLOCK = re.compile(CLOCK, re.IGNORECASE)
#: Context passes at most (each keeps more; a span still undecided after them is kept).
_MAX_PASSES = 8


def _eligible(span: Span) -> bool:
    return span.entity_type in (DATE, ID) or span.score <= RESIDUAL_SCORE


def _only_public(text: str, span: Span, public: bytearray) -> bool:
    """Whether every letter and digit of ``span`` is public (a time form, a quantity cell or a connector)
    and at least one is a form or a cell (``public`` holds 1 for forms and cells, 2 for connectors)."""
    part = public[span.start : span.end]
    chars = text[span.start : span.end]
    return 1 in part and all(flag or not ch.isalnum() for flag, ch in zip(part, chars, strict=True))


def _labelled(text: str, span: Span) -> bool:
    """Whether the word right before ``span`` on its line is an identifier's label."""
    m = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    return m is not None and m.group(1).lower() in PERSONAL_COLUMNS


def _unit_bounds(text: str, tables: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[int]:
    """The offsets where a sentence or a line ends (sorted): a newline, or just after a sentence's final
    mark outside tables (a table row is one unit), unless the mark ends an abbreviation ("approx.")."""
    points = {m.start() for m in re.finditer("\n", text)}
    starts = [whole[0] for whole, _head in tables]
    for m in _SENTENCE_END.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and tables[k][0][0] <= m.start() < tables[k][0][1]:
            continue
        if not _ABBREVIATION.search(text, max(0, m.start() - 10), m.start()):
            points.add(m.end())
    return sorted(points)


def _around(bounds: list[int], span: Span, length: int) -> tuple[int, int]:
    """The unit (``bounds``: sorted offsets where units end) holding ``span``."""
    k = bisect.bisect_right(bounds, span.start) - 1
    j = bisect.bisect_left(bounds, span.end)
    return (bounds[k] if k >= 0 else 0), (bounds[j] if j < len(bounds) else length)


def _holds(start: int, end: int, spans: list[Span], starts: list[int]) -> bool:
    """Whether a span of ``spans`` (sorted, with their ``starts``) overlaps ``[start, end)``."""
    j = bisect.bisect_left(starts, start)
    return (j > 0 and spans[j - 1].end > start) or (j < len(spans) and spans[j].start < end)


def release_public_values(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (final, sorted, non-overlapping) without the spans that hold only public time forms and
    table quantities (see the module doc); the others are returned unchanged."""
    tables = read_tables(text)
    public = bytearray(len(text))
    for m in CONNECTORS.finditer(text):
        public[m.start() : m.end()] = b"\x02" * (m.end() - m.start())
    cells = [cell for _row, found in quantity_cells(text, tables) for cell in found]
    for start, end in [*public_time_ranges(text), *cells]:
        public[start:end] = b"\x01" * (end - start)
    released = [
        _eligible(s) and _only_public(text, s, public) and not names_a_secret(text, s.start) and not _labelled(text, s)
        for s in spans
    ]
    if any(released):
        _keep_in_context(text, spans, released, sorted(table_heads(text, tables)))
    return [s for s, gone in zip(spans, released, strict=True) if not gone]


def _keep_in_context(text: str, spans: list[Span], released: list[bool],
                     tables: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Keep (in place) each released span whose context holds a kept value, until nothing changes: its
    sentence or table row, its table's title or header, any kept date when it holds a clock time, and a
    kept date written next to it."""
    bounds = _unit_bounds(text, tables)
    table_starts = [whole[0] for whole, _head in tables]
    for _ in range(_MAX_PASSES):
        kept = [s for s, gone in zip(spans, released, strict=True) if not gone]
        kept_starts = [s.start for s in kept]
        any_date = any(s.entity_type == DATE for s in kept)
        changed = False
        for k, span in enumerate(spans):
            if released[k] and (
                _holds(*_around(bounds, span, len(text)), kept, kept_starts)
                or _head_holds(span, tables, table_starts, kept, kept_starts)
                or (any_date and _CLOCK.search(text, span.start, span.end) is not None)
            ):
                released[k] = False
                changed = True
        changed = _keep_next_to_dates(text, spans, released) or changed
        if not changed:
            return
    released[:] = [False] * len(released)  # undecided after the passes: keep everything (fail closed)


def _head_holds(span: Span, tables: list[tuple[tuple[int, int], tuple[int, int]]], table_starts: list[int],
                kept: list[Span], kept_starts: list[int]) -> bool:
    """Whether ``span`` lies in a table whose title line or header holds a kept span."""
    k = bisect.bisect_right(table_starts, span.start) - 1
    if k < 0 or not span.start < tables[k][0][1]:
        return False
    head = tables[k][1]
    return head[0] < head[1] and _holds(head[0], head[1], kept, kept_starts)


def _keep_next_to_dates(text: str, spans: list[Span], released: list[bool]) -> bool:
    """Keep (in place) each released span written next to a kept DATE span, through chains of such spans,
    in both directions; whether any was kept."""
    changed = False
    order = list(range(len(spans)))
    for sweep in (order, order[::-1]):
        anchor: int | None = None
        for k in sweep:
            if not released[k]:
                anchor = k if spans[k].entity_type == DATE else None
                continue
            if anchor is not None:
                a, b = sorted((spans[anchor], spans[k]), key=lambda s: s.start)
                if _DATE_GAP.fullmatch(text, a.end, b.start):
                    released[k] = False
                    changed = True
                    anchor = k
                    continue
            anchor = None
    return changed
