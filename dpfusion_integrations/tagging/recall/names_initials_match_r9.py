"""Round 9 (growth): initials that stand for a person of the text or fill a people column of a table.

Records name a person in full once and by initials elsewhere: a log stamped "TK" by instructor
Tiyani Khosa, a release countersigned "BN" by the location manager, a quoted e-mail signed "thanks!!
CP" by catine pascut. Two growth steps read the merged spans:

- **initials of a named person**: two or three capitals standing alone that are the initials of a
  PERSON span of the same text of two or three words, titles and role words left out (its capitalised
  words when it has some, else all its words: "Instructor Tiyani Khosa" -> "TK", "catine pascut" ->
  "CP"; a three-word name also gives the initials of its first and last words);
- **a people column of a pipe table**: a cell that is only initials, in a column whose header is a word
  for who acted or signed ("stamp", "initials", "by", "staff", "instructor", "checked"...), or, when the
  header is no word for a code, place or category, in a row where another cell is a PERSON span
  ("| Khibla Tarba | TK |").

Public look-alikes: acronyms that match a name's initials by chance or sit in such a column ("PDF",
"OK", "UK": ``names_initials_cues_r9.placed_public``, and in a column without a people header every
acronym of round 8's hard list, stay public), country, currency,
status or size columns (headers in :data:`CODE_HEADERS` stay public). Decisions depend on the spans,
the layout and the capitals only. Typed PERSON. Linear: one pass over the spans, one over the text.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TITLES
from dpfusion_integrations.tagging.recall.names_chat_labels_r8 import ROLE_LABEL_WORDS
from dpfusion_integrations.tagging.recall.names_initials_cues_r9 import (
    PARTY_NOUNS,
    initials_letters,
    placed_public,
    public_initials,
)
from dpfusion_integrations.tagging.recall.names_role_initials_r8 import ACTION_CUES
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["CODE_HEADERS", "PEOPLE_HEADERS", "name_initials", "named_initials", "table_initials"]

MATCH_SCORE = 0.5

#: Header words of a column that holds who acted or signed.
PEOPLE_HEADERS = ACTION_CUES | PARTY_NOUNS | frozenset({
    "stamp", "stamped", "initials", "init", "inits", "ini", "sig", "sign", "signature", "signed", "staff",
    "who", "name", "names", "person", "people", "buddy", "guide", "instructor", "leader", "lead", "owner",
    "contact", "rep", "user", "staffer", "employee", "author", "tech", "technician", "engineer", "nurse",
    "doctor", "dr", "vet", "rider", "driver", "host", "trainer", "coach", "teacher", "tutor", "examiner",
})  # fmt: skip
#: Header words of a column of codes, places or categories, whose two-letter cells are no initials.
CODE_HEADERS = frozenset({
    "country", "countries", "state", "province", "region", "county", "code", "codes", "iso", "currency", "ccy",
    "cur", "lang", "language", "locale", "status", "size", "unit", "units", "type", "kind", "grade", "level",
    "class", "category", "cat", "gender", "sex", "blood", "group", "dept", "department", "team", "site",
    "room", "zone", "area", "ward", "bay", "bed", "gate", "terminal", "route", "line", "flag", "flags",
    "result", "outcome", "rating", "score", "priority", "severity", "tier", "plan", "cert", "certification",
    "qualification", "licence", "license", "nat", "nationality", "airline", "carrier", "id", "ref", "no",
})  # fmt: skip

_UPPER = r"[^\W\d_]"
#: Titles and role words a PERSON span may hold before the name ("Instructor Sanji Kugultinov").
_NOT_NAME_WORDS = TITLES | ROLE_LABEL_WORDS | PARTY_NOUNS | PEOPLE_HEADERS
_STANDALONE = re.compile(rf"(?<![\w.&/@'’-])(?P<value>{_UPPER}{{2,3}})(?![\w@/&'’-])")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
#: A header separator row, read on the stripped line (no blank run at either end to backtrack over).
_SEPARATOR = re.compile(r"\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?\Z")
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 3


def name_initials(text: str, span: Span) -> set[str]:
    """The initials a PERSON span's name gives (see module doc)."""
    words = [m.group() for m in _NAME_WORD.finditer(text, span.start, span.end)]
    words = [w for w in words if w.lower() not in _NOT_NAME_WORDS]
    capital = [w for w in words if w[0].isupper()]
    parts = capital if capital else words
    if not _MIN_NAME_WORDS <= len(parts) <= _MAX_NAME_WORDS:
        return set()
    found = {"".join(p[0] for p in parts).upper()}
    if len(parts) == _MAX_NAME_WORDS:
        found.add((parts[0][0] + parts[-1][0]).upper())
    return found


def named_initials(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON span at standalone initials of a person named in the text."""
    initials: set[str] = set()
    for span in spans:
        if span.entity_type == PERSON:
            initials |= name_initials(text, span)
    initials = {i for i in initials if not placed_public(i)}
    if not initials:
        return spans
    added = [Span(*m.span("value"), PERSON, MATCH_SCORE) for m in _STANDALONE.finditer(text)
             if m.group("value") in initials]
    return merge_spans([*spans, *added]) if added else spans


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the stripped cells of a pipe-table line."""
    cells = []
    pos = start
    if text[pos : pos + 1] == "|":
        pos += 1
    while pos <= end:
        bar = text.find("|", pos, end)
        stop = end if bar < 0 else bar
        left, right = pos, stop
        while left < right and text[left] in " \t":
            left += 1
        while right > left and text[right - 1] in " \t":
            right -= 1
        if bar >= 0 or left < right:
            cells.append((left, right))
        if bar < 0:
            break
        pos = bar + 1
    return cells


def _person_cells(cells: list[tuple[int, int]], persons: list[tuple[int, int]], k: int, end: int) -> set[int]:
    """Indices of the cells that overlap a PERSON span (``persons`` sorted, read from ``k`` up to ``end``)."""
    named: set[int] = set()
    index = 0
    while k < len(persons) and persons[k][0] < end and index < len(cells):
        start, stop = persons[k]
        a, b = cells[index]
        if b <= start:
            index += 1
        elif stop <= a:
            k += 1
        else:
            named.add(index)
            index += 1
    return named


def _people_header(header: str) -> bool:
    return any(w in PEOPLE_HEADERS for w in re.findall(r"[a-z]+", header.lower()))


def _code_header(header: str) -> bool:
    return any(w in CODE_HEADERS for w in re.findall(r"[a-z]+", header.lower()))


def table_initials(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON span at initials cells of a pipe table's people column (see module doc)."""
    persons = sorted((s.start, s.end) for s in spans if s.entity_type == PERSON)
    added: list[Span] = []
    header: list[str] | None = None
    previous: list[str] | None = None
    k = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        if not stripped.startswith("|"):
            header = previous = None
        elif _SEPARATOR.match(stripped):
            header = previous
        else:
            cells = _cells(text, line_start + (len(line) - len(line.lstrip())), line_end)
            values = [text[a:b] for a, b in cells]
            previous = values
            while k < len(persons) and persons[k][1] <= line_start:
                k += 1
            named = _person_cells(cells, persons, k, line_end)
            for index, (a, b) in enumerate(cells):
                value = text[a:b]
                if not (2 <= len(value) <= 3 and value.isalpha() and value.isupper()):
                    continue
                letters = initials_letters(value)
                head = header[index] if header is not None and index < len(header) else ""
                other_named = len(named) > (index in named)
                if _people_header(head) and not placed_public(letters) or (
                        not public_initials(letters) and not _code_header(head) and other_named):
                    added.append(Span(a, b, PERSON, MATCH_SCORE))
        line_start = line_end + 1
    return merge_spans([*spans, *added]) if added else spans
