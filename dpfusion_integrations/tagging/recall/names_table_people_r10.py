"""Round 10 (growth): the people cells of tables that round 8 could not type.

Round 8's cell rule (``tables_cells_r8``) types a column by its header or by cells that spans cover
*wholly*; three kinds of people columns slipped through:

- **people headers outside round 8's word list**: "patron", "purchaser", "visitor", "player",
  "entrant", "competitor", "renter", "traveller", "diner", "booker", "White"/"Black" of a chess pairing
  (both in one header), and any "<verb>_by"/"<verb> by" header ("approved_by", "packed by",
  "handled_by") whose cells are the initials or names of staff;
- **columns whose names were found in part**: "NICOLAIDI Tache" where only "Tache" is a span, "GICA
  Marghioala" where the capitals were left: a column where at least two cells, and at least half of
  its non-empty cells, hold a PERSON span is a people column;
- **CSV rows round 8 leaves out of the block**: a comma row with a cell of more than six words (a phone
  number with an extension word, "+998 97 905 58 49 дотор 39") ends round 8's block; the rows right
  after a comma block that split into as many cells (at most 80 characters each) are read as its rows
  here;
- there every cell that fits as a person's name (round 8's
  :func:`~dpfusion_integrations.tagging.recall.tables_cells_r8.fits_cell`: at most six words of
  letters, initials included, not a placeholder, not ordinary lower-case words) becomes a PERSON.

Public look-alikes: columns with a public header word stay public (round 8's list: "status", "type",
"amount", ...); "bye" and "n/a" cells are placeholders or ordinary words, and in a column typed by its
spans only a cell needs a capital and a word that is no ordinary word (a header row read as data:
"White", "Black"); a column of products where
one cell happens to hold a name has no majority. Decisions depend on the layout, the spans and the
words only. Typed PERSON. Linear: every cell is visited a fixed number of times.
"""

from __future__ import annotations

import bisect

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.tables_cells_r8 import fits_cell
from dpfusion_integrations.tagging.recall.tables_headers_r8 import PUBLIC_WORDS, column_type, header_words
from dpfusion_integrations.tagging.recall.tables_layout_r8 import Cell, Table, find_tables
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["PEOPLE_HEADER_WORDS", "grow_people_columns"]

PEOPLE_COLUMN_SCORE = 0.6

#: Header words of people columns that round 8's header table leaves untyped.
PEOPLE_HEADER_WORDS = frozenset({
    "patron", "patrons", "purchaser", "visitor", "visitors", "player", "players", "entrant", "competitor",
    "runner", "renter", "lessee", "traveller", "traveler", "athlete", "swimmer", "diner", "booker", "captain",
    "host", "guestname", "attendee", "contestant", "opponent", "partner", "spouse", "sitter", "walker",
    "groomer", "handler", "rider", "jockey", "trainer", "caller", "cardholder", "claimant", "complainant",
    "defendant", "plaintiff", "witness", "victim", "suspect", "heir", "payor", "debtor", "creditor",
    "signatory", "inviter", "invitee", "mentee", "mentor", "volunteer", "helper", "carer", "caregiver",
})  # fmt: skip
_CHESS = frozenset({"white", "black"})
_MIN_SEEDS = 2
_MAX_CELL = 80
_MAX_LINE = 600
_MAX_TRAILING = 200


def _trimmed(text: str, start: int, end: int) -> Cell:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Cell(start, end)


def _comma_row(text: str, start: int, end: int, width: int) -> tuple[Cell, ...] | None:
    """The cells of one unquoted comma line with ``width`` cells, else ``None``."""
    if end - start > _MAX_LINE or '"' in text[start:end] or text.count(",", start, end) != width - 1:
        return None
    cells, pos = [], start
    for _ in range(width - 1):
        k = text.index(",", pos, end)
        cells.append(_trimmed(text, pos, k))
        pos = k + 1
    cells.append(_trimmed(text, pos, end))
    return tuple(cells) if all(c.end - c.start <= _MAX_CELL for c in cells) else None


def _with_trailing_rows(text: str, table: Table) -> Table:
    """A comma table with the rows right after its block that round 8 left out (module doc)."""
    if table.delimiter != ",":
        return table
    extra: list[tuple[Cell, ...]] = []
    pos = text.find("\n", table.rows[-1][-1].end)
    while pos >= 0 and len(extra) < _MAX_TRAILING:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        row = _comma_row(text, pos + 1, end, table.width)
        if row is None:
            break
        extra.append(row)
        pos = end if end < len(text) else -1
    return Table(table.delimiter, table.header, (*table.rows, *extra)) if extra else table


def _header_is_people(label: str, table_words: set[str]) -> bool:
    parts = header_words(label)
    if not parts or any(p in PUBLIC_WORDS for p in parts) or column_type(label) not in (None, PERSON):
        return False
    if column_type(label) == PERSON:
        return True  # round 8 tags it already, but not in the rows it left out
    if parts[-1] == "by" and len(parts) >= 2:
        return True
    if any(p in PEOPLE_HEADER_WORDS for p in parts):
        return True
    return len(parts) == 1 and parts[0] in _CHESS and _CHESS <= table_words


class _People:
    """Whether a PERSON span starts inside a cell (sorted PERSON spans, binary search)."""

    def __init__(self, spans: list[Span]) -> None:
        self._people = sorted((s.start, s.end) for s in spans if s.entity_type == PERSON)
        self._starts = [s for s, _ in self._people]

    def inside(self, cell: Cell) -> bool:
        k = bisect.bisect_left(self._starts, cell.start)
        return k < len(self._starts) and self._starts[k] < cell.end


def _propagated_fit(value: str, words: WordLists) -> bool:
    """A cell of a column typed by its spans only: a capital, and a word that is no ordinary word
    ("White", "bye" and "Total" stay public)."""
    return (any(c.isupper() for c in value) and fits_cell(value, PERSON, words)
            and not all(words.is_safe(w.strip(".,'’").lower()) for w in value.split()))


def _people_columns(text: str, table: Table, people: _People) -> list[tuple[int, bool]]:
    """The people columns of ``table``: (index, typed by its header)."""
    out: list[tuple[int, bool]] = []
    table_words: set[str] = set()
    if table.header is not None:
        for cell in table.header:
            table_words.update(header_words(text[cell.start : cell.end]))
    for k in range(table.width):
        header = table.header[k] if table.header is not None else None
        if header is not None:
            label = text[header.start : header.end]
            if _header_is_people(label, table_words):
                out.append((k, True))
                continue
            if column_type(label) is not None or any(p in PUBLIC_WORDS for p in header_words(label)):
                continue
        cells = [cell for cell in table.column(k) if not cell.empty]
        seeds = sum(people.inside(cell) for cell in cells)
        if seeds >= _MIN_SEEDS and 2 * seeds >= len(cells):
            out.append((k, False))
    return out


def grow_people_columns(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span over every name-shaped cell of a people column (module doc)."""
    tables = find_tables(text)
    if not tables:
        return spans
    people = _People(spans)
    added: list[Span] = []
    for table in map(lambda t: _with_trailing_rows(text, t), tables):
        for k, by_header in _people_columns(text, table, people):
            fits = (lambda v: fits_cell(v, PERSON, words)) if by_header else (lambda v: _propagated_fit(v, words))
            for cell in table.column(k):
                if not cell.empty and fits(text[cell.start : cell.end]):
                    added.append(Span(cell.start, cell.end, PERSON, PEOPLE_COLUMN_SCORE))
    return merge_spans([*spans, *added]) if added else spans
