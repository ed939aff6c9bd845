"""Round 8 (codes): the whole value of a form field whose label names a number, up to the field's end.

Forms print national, tax, voter and member numbers in spaced groups, often with a check digit and a
letter group at the end ("NI no. provided: 24973441 2 JX9", "Tax number: 482 551 903 B", "Member
no. (old): AB 44 12 9C", "Voter ID on file: 1093 4471 K"). Earlier rules took the first group or two
and left the rest readable (or read the digits as a date). Here a field whose label ends in a number
word (:data:`NUMBER_WORDS`: "no.", "nr", "number", "ID", "code", "ref", "Nº", "#"...), optionally
followed by up to two lower-case words and a bracket ("provided", "on file", "(old)"), and a colon,
at a line's start or after a field separator (two spaces, a tab, "|", ";"), gives its value as one ID
span: the groups after the colon, single spaces between them, for as long as each group holds a digit
or is an upper-case group of up to four letters ("JX9", "B", "K"), up to the field's end. The value
must hold a digit.

The decision follows the label and the groups' shapes, never the value's digits. Over-tagging risk: a
field "Version no.: 3 SP2" is tagged, a word or two.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.codes_references_r8 import NUMBER_SIGN
from dpfusion_integrations.tagging.recall.field_starts import opens_field
from dpfusion_integrations.tagging.spans import Span

__all__ = ["NUMBER_WORDS", "NumberFields"]

FIELD_SCORE = 0.88
#: Words that end a label of a number field (regex alternatives, any case), in several languages.
NUMBER_WORDS = (
    rf"{NUMBER_SIGN}|number|numbers|id|ids|code|ref|reference|#|nummer|numéro|numero|número"
    r"|broj|číslo|cislo|numer|szám|szam|numara|αριθμός|номер|kod|kód|kennziffer|kennung"
)
#: A field from its label's first letter; the field start before it (a line's start, two spaces, a tab,
#: "|" or ";", then optional spaces) is checked by
#: :func:`~dpfusion_integrations.tagging.recall.field_starts.opens_field` on the blank run before it, so a
#: long run of spaces before a label costs linear time.
_FIELD = re.compile(
    r"(?m)(?<![\w-])(?P<label>[^\W\d_][^\n:|;\t]{0,40}?"
    rf"(?<![\w])(?i:{NUMBER_WORDS})\.?(?:[ ][^\W\d_A-Z][\w-]{{1,12}}){{0,2}}(?:[ ]\([^)\n]{{1,24}}\))?)"
    r"[ ]?:[ ]*(?P<value>[A-Za-z0-9][^\n\t|;]{0,80})"
)
_GROUP_SPLIT = re.compile(r"[ ]")
_MAX_GROUPS = 6


def _code_group(group: str) -> bool:
    """A group of the value: letters and digits (with inner "/", "-", "."), holding a digit or short capitals."""
    core = group.rstrip(".,")
    if not core or not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9/.-]{0,24})", core):
        return False
    return any(c.isdigit() for c in core) or (core.isupper() and core.isalpha() and len(core) <= 4)


class NumberFields:
    """Values of fields whose label names a number, up to the field's end (see module doc)."""

    name = "codes-number-fields-r8"

    def __repr__(self) -> str:
        return "NumberFields()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The number fields' values in ``text`` (no parse needed)."""
        out: list[Span] = []
        pos = 0
        while (match := _FIELD.search(text, pos)) is not None:
            if not opens_field(text, match.start()):
                # A label may start at a later word of the same field ("Our tax no.: ..."): retry there.
                pos = match.start() + 1
                continue
            pos = match.end()
            start = match.start("value")
            value = match.group("value")
            cut = value.find("  ")
            if cut >= 0:
                value = value[:cut]
            end, pos = start, start
            for k, group in enumerate(_GROUP_SPLIT.split(value)):
                if k >= _MAX_GROUPS or not _code_group(group):
                    break
                pos_end = pos + len(group.rstrip(".,"))
                end = pos_end
                pos += len(group) + 1
            if end > start and any(c.isdigit() for c in text[start:end]):
                out.append(Span(start, end, ID, FIELD_SCORE))
        return out
