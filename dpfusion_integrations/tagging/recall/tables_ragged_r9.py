"""Round 9 (tables): rows of a CSV, semicolon or tab table whose cell count differs from the header's.

Exports and hand-kept logs write free text unquoted: an address "Unit 3, Acacia Court" or "Av. Vallarta
143E, Col. Americana, Mérida" in a comma-separated call log splits into several cells, so the row has
more cells than the header; a value left out without its separator gives fewer. Round 8's table blocks
(:mod:`~dpfusion_integrations.tagging.recall.tables_layout_r8`) need the same cell count on every line,
so such a row breaks the block and its cells (the caller's name, a firm calling, the street) go
untagged.

Here a header row (the same test as round 8: short labels, one of them a known column word) starts a
*ragged block*: the following lines that split on the header's delimiter into a nearby number of cells.
Each row is aligned with the header by the convention of the format: the columns before the field that
holds the extra separators keep their cells from the left, the columns after it from the right, and that
field takes the run between (with fewer cells, a run of columns gets none). Which field it is follows
from the cells themselves: every place for it is scored by how well the cells then fit their columns
(a cell holding a span of another detector's of the column's type counts for, of another type against;
an untagged cell that fits its header-typed column counts for, one that does not against; a run that
joins a cell wholly tagged as a date, code or phone number, a field of its own, counts against).
Among equal scores an address column is preferred (free-text addresses are the usual carrier of
commas); a column whose cells still differ between the equally good places is left alone. The cells
of header-typed columns are then tagged as round 8 tags them
(:func:`~dpfusion_integrations.tagging.recall.tables_companions_r9.cell_span`): a ``caller`` or
``customer`` cell is a person or, ending in a legal form, an organisation; an address column's run is
one place ("Kungsportsavenyen 50, lgh 32703").

Public look-alikes: product lists, configuration exports and changelogs with commas in a description;
wrapped lines of prose with commas, which can read as a header ("hyphenated, double surnames, middle
names.") over lines of other comma counts. A block is read only when its header types at least two
columns as private (a ``name`` column beside ``price`` and ``description`` is not enough); a comma or
semicolon header must write its separators bare and end without a full stop (as exports do; prose
writes ", "); cells must fit their column's type (no figures, placeholders or ordinary lower-case
words). Linear time: lines are split once per delimiter and each line is read by at most one block;
a row has at most 34 cells, so its alignments are scored in bounded time per character.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    DATE,
    ID,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall.base import line_ranges
from dpfusion_integrations.tagging.recall.tables_cells_r8 import _public_header
from dpfusion_integrations.tagging.recall.tables_companions_r9 import cell_span
from dpfusion_integrations.tagging.recall.tables_headers_r8 import column_type
from dpfusion_integrations.tagging.recall.tables_layout_r8 import (
    Cell,
    _is_header,
    _row_ok,
    _split,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["RaggedBlock", "align_row", "find_ragged_blocks", "grow_ragged_rows"]

_DELIMITERS = ("\t", ";", ",")
#: How many cells more (or fewer) than the header a row of the block may have.
_MAX_SURPLUS = 4
_MAX_SHORTFALL = 2
#: Characters and words of one cell of a data row.
_MAX_CELL = 80
_MAX_WORDS = 10
#: Types that count as one family when a tagged cell is matched with its column.
_FAMILY = {CONTACT: ID, ID: ID, ORGANIZATION: PERSON, PERSON: PERSON}
#: A column's cells: ``(first, last)`` cell indexes of the row, or ``None`` for no cell.
Slot = tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class RaggedBlock:
    """A header and the rows below it, at least one of them with another cell count than the header."""

    delimiter: str
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _header_at(text: str, line: tuple[int, int]) -> tuple[str, tuple[Cell, ...]] | None:
    """The delimiter and cells of a header row at ``line``: round 8's header test, and for commas and
    semicolons bare separators and no full stop (an export's header, not a wrapped line of prose, which
    writes ", " and may read as labels: "hyphenated, double surnames, middle names.")."""
    body = text[line[0] : line[1]]
    for delimiter in _DELIMITERS:
        if delimiter != "\t" and (f"{delimiter} " in body or body.rstrip().endswith(".")):
            continue
        cells = _split(text, line[0], line[1], delimiter)
        if (cells is not None and len(cells) >= 3 and _row_ok(text, cells, delimiter)
                and _is_header(text, tuple(cells))):
            return delimiter, tuple(cells)
    return None


def _data_row(text: str, cells: list[Cell]) -> bool:
    """A row under a header: some value, and cells short enough to be fields rather than prose (looser
    than round 8's comma rows, which have no header to go by: a phone number with an extension is
    seven words)."""
    return len(cells) >= 2 and not all(c.empty for c in cells) and all(
        c.end - c.start <= _MAX_CELL and len(text[c.start : c.end].split()) <= _MAX_WORDS for c in cells)


def find_ragged_blocks(text: str) -> list[RaggedBlock]:
    """Every header row followed by at least two rows of a nearby cell count, one of them ragged."""
    lines = list(line_ranges(text))
    blocks: list[RaggedBlock] = []
    i = 0
    while i < len(lines):
        found = _header_at(text, lines[i])
        if found is None:
            i += 1
            continue
        delimiter, header = found
        n = len(header)
        rows: list[tuple[Cell, ...]] = []
        j = i + 1
        while j < len(lines):
            cells = _split(text, lines[j][0], lines[j][1], delimiter)
            if (cells is None or not n - _MAX_SHORTFALL <= len(cells) <= n + _MAX_SURPLUS
                    or not _data_row(text, cells)):
                break
            rows.append(tuple(cells))
            j += 1
        if len(rows) >= 2 and any(len(row) != n for row in rows):
            blocks.append(RaggedBlock(delimiter, header, tuple(rows)))
        i = max(j, i + 1)
    return blocks


def _placements(n: int, m: int) -> Iterator[tuple[int, list[Slot]]]:
    """Every way to line ``m`` cells up with ``n`` columns: ``(p, slots)`` where column ``p`` takes
    the surplus run (or, with fewer cells, columns ``p`` onwards go without for the shortfall)."""
    if m == n:
        yield -1, [(k, k) for k in range(n)]
        return
    if m > n:
        s = m - n
        for p in range(n):
            yield p, [(k, k) if k < p else (p, p + s) if k == p else (k + s, k + s) for k in range(n)]
        return
    d = n - m
    for p in range(n - d + 1):
        yield p, [(k, k) if k < p else None if k < p + d else (k - d, k - d) for k in range(n)]


class _Scorer:
    """How well a placement fits a row, from the header's types and the spans already found inside
    the cells (a span reaching over a separator says nothing about either cell)."""

    def __init__(self, text: str, types: list[str | None], public: list[bool], spans: list[Span],
                 starts: list[int], words: WordLists) -> None:
        """``spans`` sorted by start, ``starts`` their starts."""
        self.text, self.types, self.public, self.words = text, types, public, words
        self.spans, self.starts = spans, starts
        #: Scores of ``(column, cell start, cell end)`` already computed: the placements of one row
        #: share most of their cells, so each pair is scored once (a wide row costs columns x surplus).
        self._memo: dict[tuple[int, int, int], int] = {}

    def _families(self, start: int, end: int) -> set[str]:
        """The type families of the spans lying wholly inside ``[start, end)``."""
        found: set[str] = set()
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.spans) and self.spans[k].start < end:
            span = self.spans[k]
            if span.end <= end:
                found.add(_FAMILY.get(span.entity_type, span.entity_type))
            k += 1
        return found

    def _whole(self, start: int, end: int) -> str | None:
        """The type family of a span covering all of ``[start, end)``, else ``None``."""
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and self.spans[k].end >= end:
            return _FAMILY.get(self.spans[k].entity_type, self.spans[k].entity_type)
        return None

    def _cell(self, k: int, start: int, end: int) -> int:
        key = (k, start, end)
        score = self._memo.get(key)
        if score is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            score = self._memo[key] = self._cell_score(k, start, end)
        return score

    def _cell_score(self, k: int, start: int, end: int) -> int:
        typed = self.types[k]
        found = self._families(start, end)
        if typed is None:
            return -1 if found and self.public[k] else 0
        if found:
            return 2 if found == {_FAMILY.get(typed, typed)} else -2
        return 1 if cell_span(self.text, start, end, typed, self.words) is not None else -1

    def slot(self, row: tuple[Cell, ...], k: int, slot: Slot) -> int:
        """The score of column ``k`` taking the cells ``slot`` of ``row``. One cell: +2 when the spans
        inside are all of the column's type, -2 when not; without spans +1 when the value fits the
        column's type, -1 when not; a public column holding spans -1; else 0. A run of cells: its worst
        cell when one is against, else its best; a run of an untyped column that holds a cell wholly
        taken by a date, code or contact (a field of its own) -1."""
        if slot is None:
            return 0
        first, last = slot
        scores = [self._cell(k, row[i].start, row[i].end) for i in range(first, last + 1) if not row[i].empty]
        if not scores:
            return 0
        if first == last:
            return scores[0]
        if self.types[k] is None:
            cells = (row[i] for i in range(first, last + 1) if not row[i].empty)
            fields = {self._whole(cell.start, cell.end) for cell in cells}
            return -1 if ID in fields or DATE in fields else min(0, *scores)
        if cell_span(self.text, row[first].start, row[last].end, self.types[k], self.words) is None:
            return -1
        return min(scores) if min(scores) < 0 else max(scores)


def align_row(row: tuple[Cell, ...], n: int, scorer: _Scorer) -> list[Slot]:
    """The cells of each of the ``n`` columns for one row (see the module docstring): the best-scored
    placement; among equals one whose surplus run is an address column; a column whose cells differ
    between the remaining placements gets ``None``."""
    scored: list[tuple[int, int, list[Slot]]] = []
    for p, slots in _placements(n, len(row)):
        scored.append((sum(scorer.slot(row, k, slot) for k, slot in enumerate(slots)), p, slots))
    best = max(score for score, _, _ in scored)
    tied = [(p, slots) for score, p, slots in scored if score == best]
    if len(row) > n and len(tied) > 1:
        places = [(p, slots) for p, slots in tied if scorer.types[p] == LOCATION]
        tied = places or tied
    return [tied[0][1][k] if all(slots[k] == tied[0][1][k] for _, slots in tied) else None for k in range(n)]


def grow_ragged_rows(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a span over each value of a header-typed column in the rows of ragged blocks (see
    the module docstring); the caller merges overlaps."""
    blocks = find_ragged_blocks(text)
    if not blocks:
        return spans
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts = [s.start for s in ordered]
    added: list[Span] = []
    for block in blocks:
        labels = [text[c.start : c.end] for c in block.header]
        types = [column_type(label) for label in labels]
        if sum(typed is not None for typed in types) < 2:
            continue
        public = [_public_header(text, c) for c in block.header]
        scorer = _Scorer(text, types, public, ordered, starts, words)
        for row in block.rows:
            for k, slot in enumerate(align_row(row, len(block.header), scorer)):
                typed = types[k]
                if typed is None or slot is None:
                    continue
                span = cell_span(text, row[slot[0]].start, row[slot[1]].end, typed, words)
                if span is not None:
                    added.append(span)
    return [*spans, *added] if added else spans
