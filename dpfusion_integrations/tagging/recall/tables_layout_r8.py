"""Round 8 (tables): find table blocks in any text and their cells, header row and columns.

A *table block* is a run of consecutive lines that split on the same delimiter into the same number of
cells: tab, pipe (Markdown tables, their outer bars and ``|---|`` rule rows included), semicolon,
comma (CSV, with double-quoted cells), or runs of two or more spaces (aligned columns). Delimiters are
tried in that order and a line belongs to at most one block. The first row is the block's header when
its cells all read as column labels (letters, at most four words, no digits) and at least one of them
is a known column word (:func:`~dpfusion_integrations.tagging.recall.tables_headers_r8.is_known_label`).

Only offsets are kept (no text), so blocks are safe to hand around. Over-tagging risk: none here (this
module only describes layout); a prose paragraph whose lines have the same number of commas may look
like a CSV block, so comma blocks need at least three cells of at most six words each, and the cell
rules of :mod:`~dpfusion_integrations.tagging.recall.tables_cells_r8` decide what is tagged. Linear
time: every line is split once per delimiter, and very long lines are not read as rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dpfusion_integrations.tagging.recall.base import line_ranges
from dpfusion_integrations.tagging.recall.tables_headers_r8 import is_known_label

__all__ = ["Cell", "Table", "find_tables"]

#: Lines longer than this are not read as table rows (prose paragraphs, minified data).
_MAX_LINE = 600
#: Cells per row (more is a data dump, not a table a person reads).
_MAX_CELLS = 30
_DELIMITERS = ("\t", "|", ";", ",", "  ")
_SPACE_RUN = re.compile(r" {2,}")
_LABEL = re.compile(r"(?:[#№]|N°|[^\W\d_])[^\W\d]?(?:[^\W\d]|[ .#/()'’&+°-]){0,38}")


@dataclass(frozen=True, slots=True)
class Cell:
    """The content of one cell: ``[start, end)`` without surrounding blanks or quotes (may be empty)."""

    start: int
    end: int

    @property
    def empty(self) -> bool:
        """Whether the cell holds nothing."""
        return self.start >= self.end


@dataclass(frozen=True, slots=True)
class Table:
    """A block of rows with the same cell count; ``header`` is ``None`` when the first row is data."""

    delimiter: str
    header: tuple[Cell, ...] | None
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def width(self) -> int:
        """Number of columns."""
        return len(self.rows[0])

    def column(self, k: int) -> list[Cell]:
        """The data cells of column ``k``, top to bottom."""
        return [row[k] for row in self.rows]


def _trim(text: str, start: int, end: int) -> Cell:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
        return _trim(text, start + 1, end - 1)
    return Cell(start, end)


def _split_quoted(text: str, start: int, end: int, delimiter: str) -> list[Cell] | None:
    """Cells of ``text[start:end]`` split on a one-character delimiter; a cell opening with ``"``
    runs to its closing quote (CSV). ``None`` when a quote is left open."""
    cells: list[Cell] = []
    i = cell_start = start
    while i < end:
        if text[i] == '"' and (i == cell_start or text[cell_start:i].isspace()):
            close = text.find('"', i + 1, end)
            if close < 0:
                return None
            i = close + 1
            continue
        if text[i] == delimiter:
            cells.append(_trim(text, cell_start, i))
            cell_start = i + 1
        i += 1
    cells.append(_trim(text, cell_start, end))
    return cells


def _split(text: str, start: int, end: int, delimiter: str) -> list[Cell] | None:
    """The cells of one line for one delimiter, or ``None`` when the line is no row for it."""
    line = text[start:end]
    if not line.strip() or len(line) > _MAX_LINE:
        return None
    if delimiter == "  ":
        inner = line.strip()
        if "\t" in inner or _SPACE_RUN.search(inner) is None:
            return None
        offset = start + len(line) - len(line.lstrip())
        cells, pos = [], 0
        for match in _SPACE_RUN.finditer(inner):
            cells.append(_trim(text, offset + pos, offset + match.start()))
            pos = match.end()
        cells.append(_trim(text, offset + pos, offset + len(inner)))
        return cells
    if delimiter not in line:
        return None
    if delimiter == "|":
        inner_start = start + len(line) - len(line.lstrip())
        inner_end = start + len(line.rstrip())
        if text[inner_start] == "|":
            inner_start += 1
        if inner_end > inner_start and text[inner_end - 1] == "|":
            inner_end -= 1
        if inner_end <= inner_start or "|" not in text[inner_start:inner_end]:
            return None
        return [_trim(text, a, b) for a, b in _pieces(text, inner_start, inner_end, "|")]
    return _split_quoted(text, start, end, delimiter)


def _pieces(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    out, pos = [], start
    while True:
        k = text.find(delimiter, pos, end)
        if k < 0:
            out.append((pos, end))
            return out
        out.append((pos, k))
        pos = k + 1


def _is_rule(text: str, line: tuple[int, int]) -> bool:
    """A Markdown/ASCII rule row (``|---|:--:|``, ``=====``) under a header or between rows."""
    body = text[line[0] : line[1]]
    return bool(body.strip()) and set(body) <= set("|-:=+ \t") and ("-" in body or "=" in body)


def _row_ok(text: str, cells: list[Cell], delimiter: str) -> bool:
    if not 2 <= len(cells) <= _MAX_CELLS or all(c.empty for c in cells):
        return False
    if delimiter == ",":
        return len(cells) >= 3 and all(c.end - c.start <= 60 and len(text[c.start : c.end].split()) <= 6
                                       for c in cells)
    if delimiter == "  ":
        return not any(c.empty for c in cells) and all(len(text[c.start : c.end].split()) <= 8 for c in cells)
    return True


def _is_header(text: str, cells: tuple[Cell, ...]) -> bool:
    """Whether a row reads as column labels: every cell a short label and one of them a known word."""
    labels = [text[c.start : c.end] for c in cells]
    if not all(_LABEL.fullmatch(label) and len(label.split()) <= 4 for label in labels):
        return False
    return any(is_known_label(label) for label in labels)


def _blocks_for(text: str, lines: list[tuple[int, int]], taken: list[bool], delimiter: str) -> list[Table]:
    tables: list[Table] = []
    run: list[tuple[int, tuple[Cell, ...]]] = []

    def close() -> None:
        if len(run) >= 2:
            rows = tuple(cells for _, cells in run)
            header = rows[0] if _is_header(text, rows[0]) else None
            data = rows[1:] if header is not None else rows
            if len(data) >= 2 or (header is not None and data and delimiter not in (",", "  ")):
                tables.append(Table(delimiter, header, data))
                for index, _ in run:
                    taken[index] = True
        run.clear()

    for index, line in enumerate(lines):
        if taken[index]:
            close()
            continue
        if run and delimiter in ("|", "  ") and _is_rule(text, line):
            taken[index] = True  # a rule row under a header stays inside the block
            continue
        cells = _split(text, line[0], line[1], delimiter)
        if cells is None or not _row_ok(text, cells, delimiter) or (run and len(cells) != len(run[0][1])):
            close()
            if cells is None or not _row_ok(text, cells, delimiter):
                continue
        run.append((index, tuple(cells)))
    close()
    return tables


def find_tables(text: str) -> list[Table]:
    """Every table block of ``text`` (see the module docstring), delimiters in a fixed order."""
    lines = list(line_ranges(text))
    taken = [False] * len(lines)
    tables: list[Table] = []
    for delimiter in _DELIMITERS:
        tables.extend(_blocks_for(text, lines, taken, delimiter))
    return tables
