"""Round 9 (tables): the value of one typed cell, with a companion marker after a name.

Guest lists, bookings and registers write a person together with the people who come with them:
"Ann Lee +1", "Ann Lee (+2)", "Ann Lee & guest", "Ann Lee x2", "Ann Lee plus one", "Ann Lee und Begleitung".
Round 8's cell rule (:func:`~dpfusion_integrations.tagging.recall.tables_cells_r8.fits_cell`) rejects
such a cell as a whole (``+1`` is no name word), so the name went untagged. Here a cell of a person
column that does not fit as it stands is read once more without a trailing companion marker, and the
name part becomes the span when it fits. The same function types a person column's cell that ends in
a legal form ("Teknav GmbH", "Eatalmi B.V." in a ``caller`` or ``customer`` column) as an organisation:
callers and customers are people or firms, both private.

Public look-alikes: the marker is read only at the end of a cell of a person column (typed by round 8), and
the name part must still fit as a person's name (no digits, first and last word capitalised), so
"USB cable x2" in a ``name`` column stays public and a product "Widget Pro x2" is as public as round 8
left "Widget Pro"; "& Co" and "& Partner" are no companions (they make a firm).
Linear time: one anchored regex over the last 40 characters of a cell, no nested unbounded quantifier.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.org_words_r5 import LEGAL_FORMS_R5
from dpfusion_integrations.tagging.recall.tables_cells_r8 import (
    HEADER_SCORE,
    _column_types,
    _Coverage,
    fits_cell,
)
from dpfusion_integrations.tagging.recall.tables_layout_r8 import find_tables
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["cell_span", "grow_companions", "name_without_companion"]

#: Who comes along, in a few languages ("guest", "Begleitung", "invité", "acompañante"; not
#: "partner", which after "&" makes a firm: "Lee & Partner").
_COMPANIONS = (
    r"guests?|spouse|wife|husband|family|kids?|children|child|friend|date|plus[ -]?one|one"
    r"|begleitung|begleiter|invit[ée]e?|accompagnant|acompa[ñn]ante|acompanhante|ospite"
)
#: A trailing companion marker after a blank or an opening bracket: "+1", "(+2)", "x2", "×3",
#: "& guest", "+ partner", "and guest", "plus one".
_MARKER = re.compile(
    r"(?:[ \t]*[(\[][ \t]?|[ \t]*(?=[+&])|[ \t]+)"
    r"(?:\+[ \t]?\d{1,2}|[x×][ \t]?\d{1,2}"
    r"|(?:[+&][ \t]?|(?:and|plus|und|et|y|e|en|mit|avec|con|com)[ \t])"
    rf"(?:(?:a|an|one|her|his|their)[ \t])?(?:{_COMPANIONS}|\d{{1,2}}))"
    r"[ \t]?[)\]]?[ \t]*$",
    re.IGNORECASE,
)


def name_without_companion(value: str) -> str | None:
    """``value`` without a trailing companion marker ("Ann Lee +1" -> "Ann Lee"), or ``None``."""
    match = _MARKER.search(value[-40:])
    if match is None:
        return None
    head = value[: len(value) - len(value[-40:]) + match.start()].rstrip(" ,;")
    return head or None


def _legal_form_last(value: str) -> bool:
    words = value.split()
    return len(words) >= 2 and words[-1].lower().rstrip(".") in LEGAL_FORMS_R5


def _capitalised_ends(value: str) -> bool:
    """Whether the first and last words start with a capital ("Ann van Lee"; not "USB cable")."""
    parts = value.split()
    return parts[0][:1].isupper() and parts[-1][:1].isupper()


def cell_span(text: str, start: int, end: int, group_type: str, words: WordLists) -> Span | None:
    """The span a cell ``text[start:end]`` of a column typed ``group_type`` gets, or ``None``.

    A cell that fits as it stands is the span (a person column's cell ending in a legal form is an
    organisation); a person column's cell that does not fit is read without a companion marker."""
    value = text[start:end]
    if fits_cell(value, group_type, words):
        kind = ORGANIZATION if group_type == PERSON and _legal_form_last(value) else group_type
        return Span(start, end, kind, HEADER_SCORE)
    if group_type != PERSON:
        return None
    head = name_without_companion(value)
    if head is not None and _capitalised_ends(head) and fits_cell(head, PERSON, words):
        return Span(start, start + len(head), PERSON, HEADER_SCORE)
    return None


def grow_companions(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus the name part of every cell of a person column of round 8's tables that holds a
    name with a companion marker (round 8 left the whole cell untagged); the caller merges overlaps."""
    if not _MARKER_HINT.search(text):
        return spans
    added: list[Span] = []
    coverage = _Coverage(spans)
    for table in find_tables(text):
        for k, typed in enumerate(_column_types(text, table, coverage)):
            if typed is None or typed[0] != PERSON:
                continue
            for cell in table.column(k):
                value = text[cell.start : cell.end]
                if cell.empty or fits_cell(value, PERSON, words):
                    continue  # round 8 tagged it already
                span = cell_span(text, cell.start, cell.end, PERSON, words)
                if span is not None:
                    added.append(span)
    return [*spans, *added] if added else spans


#: A cheap test whether a text can hold a companion marker at all (skips the table pass otherwise).
_MARKER_HINT = re.compile(r"[+&×]|\b(?:x\d|and|plus|und|et|y|e|en|mit|avec|con|com)\b", re.IGNORECASE)
