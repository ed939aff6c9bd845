"""Round 13 (release): the numbers of a table's quantity columns.

Round 11's sweep tags every number it cannot read as a quantity, and a bare number in a table cell
has no unit to read: so a price list, a timetable or a results table is tagged cell by cell, though
its numbers are prices, counts and scores. A column is a **quantity column** when

* its table has at least two data rows (:func:`~dpfusion_integrations.tagging.recall.tables_layout_r8.find_tables`),
* every non-empty data cell of it is one quantity: a number with no leading zero of at most three
  digits, or of four or more written as an amount (thousands separator, decimal part, currency or
  unit: "85", "1,250", "4.2", "£42", "from 90", "25-30", "12 %", "6 °C", "2 weeks"), or a dash or "n/a";
  a bare four-digit number ("4821", "2019") can be a PIN, a year or a postcode and is no quantity,
* its header, if the table has one, holds no word of :data:`PERSONAL_COLUMNS` (an identifier's label or
  a date part, in several languages: room, bed, seat, age, day, month, Platz, habitación, ...) and is
  no column :func:`~dpfusion_integrations.tagging.recall.tables_headers_r8.column_type` types.

:func:`quantity_cells` returns the cells of such columns **row by row**. In a table with no header, only
amounts that say what they are ("£42", "4.2", "6 °C", "2 weeks"; not "43" or "719") and only in rows
with a label of letters: "| Mother | 43 |" may be an age and "| Garage | 719 |" a code. No row whose
other cells hold a word of :data:`PERSONAL_COLUMNS` (plurals folded) gives any ("| key safe code | 482 |",
"| room | 12 |"). Round 13
releases a row's cells only when nothing else in that row stays tagged, so "| 12 | Okafor | 54 |" keeps
its bed number and age while "| dry stout | 4.2 | 38 |" is released. A leading zero ("017"), five digits
or more, or letters in a cell make it no quantity: row numbers, codes and postcodes stay tagged.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.recall.base import line_bounds
from dpfusion_integrations.tagging.recall.tables_headers_r8 import (
    column_type,
    header_words,
)
from dpfusion_integrations.tagging.recall.tables_layout_r8 import (
    Cell,
    Table,
    find_tables,
)

__all__ = ["PERSONAL_COLUMNS", "quantity_cells", "read_tables", "table_heads"]

#: Header or row-label words (lower case, accents folded) whose numbers belong to a person, a place or a
#: date: never a quantity column. English, German, French, Spanish, Italian, Portuguese, Dutch.
PERSONAL_COLUMNS = frozenset({
    # identifier labels
    "no", "nr", "num", "number", "id", "ref", "code", "pin", "account", "order", "invoice", "ticket", "booking",
    "reservation", "policy", "claim", "case", "file", "badge", "card", "member", "membership", "patient", "client",
    "customer", "guest", "guests", "staff", "employee", "student", "name", "who", "passenger", "vehicle", "reg",
    "plate", "tel", "phone", "mobile", "ext", "extension", "fax", "nummer", "numero", "codigo", "codice", "kod",
    # secrets
    "pins", "codes", "passcode", "password", "passwort", "combination", "combo", "safe", "keysafe", "lockbox", "alarm",
    "lock", "keypad", "otp", "token",
    # places a number points to
    "room", "rooms", "bed", "beds", "ward", "house", "flat", "unit", "apt", "apartment", "suite", "door", "floor",
    "locker", "seat", "seats", "row", "berth", "cabin", "coach", "car", "pitch", "plot", "lot", "bay", "stall",
    "box", "table", "street", "address", "zip", "postcode", "plz", "zimmer", "platz", "sitz", "bett", "wagen",
    "haus", "wohnung", "habitacion", "cuarto", "asiento", "cama", "piso", "chambre", "siege", "lit", "place",
    "camera", "posto", "letto", "quarto", "assento", "kamer", "stoel", "cot", "crib", "cradle", "pod", "incubator",
    "bunk", "rum", "sang", "lozko", "miejsce", "pokoj", "ledge", "kabine", "stuga",
    # ages and date parts
    "age", "ages", "aged", "born", "dob", "birth", "year", "years", "yr", "yrs", "month", "months", "day", "days",
    "date", "dates", "week", "alter", "jahr", "monat", "tag", "datum", "edad", "ano", "mes", "dia", "fecha", "annee",
    "mois", "jour", "eta", "anno", "anni", "mese", "giorno", "idade", "leeftijd", "maand", "dag", "jaar", "alder",
    "wiek", "rok", "lat", "gestation", "gest", "dol",
})  # fmt: skip

_CURRENCY = r"[£$€¥₹]"
_AMOUNT = r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,3}|0)(?:[.,]\d{1,2})?"
_UNIT = (r"(?:%|°C|°F|°|kg|g|mg|ml|l|cl|m|cm|mm|km|min|mins|h|hrs?|hours?|days?|nights?|weeks?|months?|ct|p|x"
         r"|pcs)")
_QUANTITY = re.compile(
    rf"(?i)(?:from\s+|up\s+to\s+|ca\.?\s*|~\s*)?{_CURRENCY}?\s?{_AMOUNT}"
    rf"(?:\s*(?:-|–|to)\s*{_CURRENCY}?{_AMOUNT})?\s*{_UNIT}?(?:\s+each|\s+per\s+[^\W\d]+)?"
)
_BARE_FOUR = re.compile(r"\d{4}")
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na"})
_LETTERS = re.compile(r"[^\W\d_]{2,}")
#: An amount that says it is one: a currency, a unit, a decimal part or a thousands separator.
_MARKED = re.compile(rf"(?i).*(?:{_CURRENCY}|[.,]\d|\d\s*{_UNIT}\b|\d\s*%|°).*")


_WORDS_ONLY = re.compile(r"[^\W\d_][^\d]{0,40}")


def read_tables(text: str) -> list[Table]:
    """:func:`~dpfusion_integrations.tagging.recall.tables_layout_r8.find_tables`, sorted, with one more
    reading of a header: a first row of short labels with no digit over two or more data rows is the
    header, though no known column word says so ("| fineness | we pay per g |")."""
    tables = []
    for table in find_tables(text):
        first = table.rows[0]
        labels = [text[c.start : c.end] for c in first]
        if (table.header is None and len(table.rows) >= 3
                and all(_WORDS_ONLY.fullmatch(label) and len(label.split()) <= 4 for label in labels)):
            table = Table(table.delimiter, first, table.rows[1:])
        tables.append(table)
    return sorted(tables, key=lambda t: (t.header or t.rows[0])[0].start)


def _is_quantity(value: str) -> bool:
    return _QUANTITY.fullmatch(value) is not None and _BARE_FOUR.fullmatch(value) is None


def _forms(word: str) -> tuple[str, ...]:
    """``word`` and its singular guesses in the listed languages ("weeks", "jahre", "anni", "camas")."""
    forms = [word]
    if len(word) > 3 and word[-1] in "sein":
        forms.append(word[:-1])
    if len(word) > 4 and word[-2:] in ("es", "en", "er"):
        forms.append(word[:-2])
    return tuple(forms)


def _personal(label: str) -> bool:
    return any(form in PERSONAL_COLUMNS for word in header_words(label) for form in _forms(word))


def _quantity_columns(text: str, table: Table) -> list[int]:
    columns: list[int] = []
    for k in range(table.width):
        values = [text[c.start : c.end] for c in table.column(k)]
        filled = [v for v in values if v.lower() not in _EMPTY]
        if len(filled) < 2 or not all(_is_quantity(v) for v in filled):
            continue
        if table.header is not None:
            label = text[table.header[k].start : table.header[k].end]
            if column_type(label) is not None or _personal(label):
                continue
        columns.append(k)
    return columns


def _row_cells(text: str, table: Table, row: tuple[Cell, ...], columns: list[int]) -> list[tuple[int, int]]:
    """The quantity cells of ``row``: none if a cell names something personal; in a table with no header,
    only amounts marked as such (a currency, a unit, a decimal part) in a row that has a label."""
    others = [text[c.start : c.end] for k, c in enumerate(row) if k not in columns]
    if any(_personal(value) for value in others):
        return []
    cells = [(row[k].start, row[k].end) for k in columns if text[row[k].start : row[k].end].lower() not in _EMPTY]
    if table.header is None:  # no header names the column: only amounts that say what they are, in labelled rows
        if not any(_LETTERS.search(value) for value in others):
            return []
        cells = [(start, end) for start, end in cells if _MARKED.fullmatch(text[start:end])]
    return cells


def quantity_cells(text: str, tables: list[Table]) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """For each data row of ``tables`` (:func:`read_tables` of ``text``) with a quantity column that gives cells (module doc): the row's line ``(start, end)`` and
    the ``(start, end)`` of its quantity cells."""
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for table in tables:
        if len(table.rows) < 2:
            continue
        columns = _quantity_columns(text, table)
        if not columns:
            continue
        for row in table.rows:
            cells = _row_cells(text, table, row, columns)
            if cells:
                out.append((line_bounds(text, row[0].start), cells))
    return out


def table_heads(text: str, tables: list[Table]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For each of ``tables``: the ``(start, end)`` of the whole table and of its head, the line above it
    (its title, unless blank) and its header row: "Timesheet Anna Berg" above "| Mon | 07:30-16:00 |"."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for table in tables:
        first = table.header if table.header is not None else table.rows[0]
        start, first_end = line_bounds(text, first[0].start)
        end = line_bounds(text, table.rows[-1][0].start)[1]
        head_start = start
        if start > 0:
            above = line_bounds(text, start - 1)
            if text[above[0] : above[1]].strip():
                head_start = above[0]
        out.append(((head_start, end), (head_start, first_end if table.header is not None else start)))
    return out
