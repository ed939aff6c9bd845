"""Round 8 (tables): tag the cells of private columns (a growth step run after every other one).

Values in the cells of CSV, semicolon, tab, pipe and aligned tables often carry no cue of their own:
a lower-case name, initials ("MK"), a user name, a plate in a "vehicle" column. The column says what
they are, in two ways:

- *header-cued columns*: a header typed by
  :func:`~dpfusion_integrations.tagging.recall.tables_headers_r8.column_type` ("driver_name",
  "Requester", "Geburtsdatum", "contact") makes every cell of its column a value of that type;
- *header-less propagation*: in a column of a table without a typed header where at least two cells,
  and at least half of its non-empty cells, are already wholly covered by spans of one type (or of
  identifiers and contacts together), the other cells become spans of that type too ("AIKHAL
  NEUSTROEV" among tagged names, "7D5 6633" among plates, a card code among badge numbers).

A cell is tagged only when it looks like a value of the type: not a placeholder or yes/no word in any
of many languages ("-", "n/a", "hidden", "none", "ja", "non"), not a number of at most three digits,
not a decimal, a percentage or an amount; people's cells are at most six words of letters (initials
count, in lower case too); other lower-case cells made only of ordinary words are kept public ("late
night", "platform team"); dates and identifiers hold a digit; code in backticks is never a value. Columns with a public header (score,
count, status, type, ...) are never tagged.

Over-tagging risk: the cells of public tables whose header names a person or an identifier ("owner" of
a code path, "reference" of a citation) and columns of figures that other detectors partly tagged;
the look-alike tests hold both low. Linear time: each table cell is visited a fixed number of times.
"""

from __future__ import annotations

import bisect
import re

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    DATE,
    ID,
    LOCATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall.base import fold
from dpfusion_integrations.tagging.recall.tables_headers_r8 import (
    PUBLIC_WORDS,
    column_type,
    header_words,
)
from dpfusion_integrations.tagging.recall.tables_layout_r8 import (
    Cell,
    Table,
    find_tables,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["HEADER_SCORE", "PROPAGATED_SCORE", "fits_cell", "grow_table_cells", "is_placeholder"]

#: Score of a cell typed by its column's header.
HEADER_SCORE = 0.72
#: Score of a cell typed by the spans of the other cells of its column.
PROPAGATED_SCORE = 0.6

#: Cells that say "no value" or yes/no, in many languages (lower-case, accents folded).
_PLACEHOLDER_WORDS = """
- -- --- – — _ __ ? ?? * . .. ... / x n/a na n.a. n.a n.v.t. k.a. s.o. s/o nil null none nothing empty blank
unknown unk tbd tba tbc pending hidden redacted withheld private anonymous anon masked removed deleted
not_given not_provided not-given not-provided same idem ditto see above below other various all any
me you him her us we them they myself nobody noone everyone everybody someone anyone
yes no y n true false ok okay on off
ja nein kein keine keiner unbekannt oui non aucun aucune inconnu si sí ninguno ninguna desconocido
sim não nenhum nenhuma desconhecido nessuno nessuna sconosciuto nee geen onbekend tak nie brak
igen nem nincs ano ne nic neznámý evet hayır yok da nu nej ej inget ingen kyllä ei jah tidak ada ya
"""
_PLACEHOLDERS = frozenset(fold(w) for w in _PLACEHOLDER_WORDS.split())

_DIGIT = re.compile(r"\d")
_SHORT_NUMBER = re.compile(r"[+-]?\d{1,3}")
#: A figure, not a value: a decimal ("0.956", "4,8"), a percentage or an amount of money.
_FIGURE = re.compile(r"[+-]?\d*[.,]\d+|[+-]?[$€£¥]\s?\d[\d,.]*|[+-]?\d[\d,.]*\s?(?:%|‰|[$€£¥]|EUR|USD|GBP)")
_PERSON_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*\.?", re.UNICODE)
_CODE_MARK = re.compile(r"[`*<>{}\[\]=]")
#: A tagged cell counts towards a column's type only when it shows a sign of a value of its own (a
#: capital, a digit, "@", "." or "_"): a lone lower-case word tagged by a name list ("alto", "bass")
#: does not make a column of voice parts a column of names.
_SEED_MARKS = frozenset("@._")


def is_placeholder(value: str) -> bool:
    """Whether a cell's text means "no value" or yes/no ("n/a", "hidden", "nein", "—")."""
    folded = fold(value.strip()).lower()
    return folded in _PLACEHOLDERS or (folded.startswith("(") and folded.endswith(")")
                                       and folded[1:-1].strip() in _PLACEHOLDERS)


def _strong_seed(value: str) -> bool:
    return any(c.isupper() or c.isdigit() or c in _SEED_MARKS for c in value)


def _all_safe_lower(value: str, words: WordLists) -> bool:
    parts = value.split()
    return value == value.lower() and all(words.is_safe(part.strip(".,'’").lower()) for part in parts)


def fits_cell(value: str, group_type: str, words: WordLists) -> bool:
    """Whether a cell's text can be a value of ``group_type`` (the shape rules of the docstring)."""
    if (not value or len(value) > 80 or is_placeholder(value) or _SHORT_NUMBER.fullmatch(value)
            or _FIGURE.fullmatch(value) or _CODE_MARK.search(value)):
        return False
    n_words = len(value.split())
    if group_type in (DATE, ID):
        return _DIGIT.search(value) is not None and n_words <= 6
    if group_type == PERSON and value.isalpha() and len(value) <= 3:
        return True  # initials, also in lower case ("rt", "mk")
    if _all_safe_lower(value, words):
        return False
    if group_type == PERSON:
        return n_words <= 6 and all(_PERSON_WORD.fullmatch(part.strip(",()")) for part in value.split())
    if group_type == CONTACT:
        return n_words <= 6
    return n_words <= (10 if group_type == LOCATION else 8)


class _Coverage:
    """Which characters the merged spans cover, and with which type (sorted, non-overlapping spans)."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self._spans]

    def type_of(self, text: str, cell: Cell) -> str | None:
        """The one type whose spans cover every non-blank character of ``cell``, else ``None``."""
        k = bisect.bisect_right(self._starts, cell.start) - 1
        k = max(k, 0)
        types: set[str] = set()
        pos = cell.start
        while k < len(self._spans) and self._spans[k].start < cell.end:
            span = self._spans[k]
            if span.end > pos:
                if any(not c.isspace() for c in text[pos : max(pos, span.start)]):
                    return None
                types.add(span.entity_type)
                pos = max(pos, span.end)
            k += 1
        if pos < cell.end and any(not c.isspace() for c in text[pos : cell.end]):
            return None
        return types.pop() if len(types) == 1 else None


def _public_header(text: str, cell: Cell) -> bool:
    return any(word in PUBLIC_WORDS for word in header_words(text[cell.start : cell.end]))


def _column_types(text: str, table: Table, coverage: _Coverage) -> list[tuple[str, float] | None]:
    """The type and score each column's cells get, or ``None`` for a column left alone."""
    out: list[tuple[str, float] | None] = []
    for k in range(table.width):
        header = table.header[k] if table.header is not None else None
        if header is not None:
            typed = column_type(text[header.start : header.end])
            if typed is not None:
                out.append((typed, HEADER_SCORE))
                continue
            if _public_header(text, header):
                out.append(None)
                continue
        cells = [cell for cell in table.column(k) if not cell.empty]
        counts: dict[str, int] = {}
        for cell in cells:
            covered = coverage.type_of(text, cell)
            if covered is not None and _strong_seed(text[cell.start : cell.end]):
                counts[covered] = counts.get(covered, 0) + 1
        out.append(_majority(counts, len(cells)))
    return out


def _majority(counts: dict[str, int], n_cells: int) -> tuple[str, float] | None:
    """The type covering at least two and at least half of a column's cells; identifiers and contacts
    count together (a column of badge numbers, card codes and phone-like numbers is one column of codes)
    and the column then takes the more frequent of the two (identifier on a tie)."""
    best = max(sorted(counts), key=lambda t: counts[t], default=None)
    if best is not None and counts[best] >= 2 and 2 * counts[best] >= n_cells:
        return best, PROPAGATED_SCORE
    codes = counts.get(ID, 0) + counts.get(CONTACT, 0)
    if codes >= 2 and 2 * codes >= n_cells:
        return (CONTACT if counts.get(CONTACT, 0) > counts.get(ID, 0) else ID), PROPAGATED_SCORE
    return None


def grow_table_cells(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a span over every cell of a private column that looks like a value of its type
    (see the module docstring); the caller merges overlaps."""
    tables = find_tables(text)
    if not tables:
        return spans
    coverage = _Coverage(spans)
    added: list[Span] = []
    for table in tables:
        for k, typed in enumerate(_column_types(text, table, coverage)):
            if typed is None:
                continue
            group_type, score = typed
            for cell in table.column(k):
                if not cell.empty and fits_cell(text[cell.start : cell.end], group_type, words):
                    added.append(Span(cell.start, cell.end, group_type, score))
    return [*spans, *added] if added else spans
