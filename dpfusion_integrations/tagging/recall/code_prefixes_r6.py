"""Round 6: an identifier written with its issuer's short upper-case prefix ("SR 2554904", "CLM 0451227",
"SUBJ 7731", "JOB 44120", "PO 5512-07", "SN KX3PQ88ZRT", "CASE 1085084", "Rx 551902"), as one span.

**Why the prefix is taken, and when it is not.** Record systems print many numbers with a short code
for the series they belong to: a service request, a claim, a study participant, a job card, a
purchase order, a serial number. Written directly before the value (one space, no colon, no
"number"), the prefix and digits are the identifier as the issuer writes it; the earlier rules took
only the digits and left the prefix readable. A *field label* is different: ``MRN``, ``NHS``,
``SSN``, ``IBAN``, ``ID``, ``No``, ``Ref``, ``Tel``, ``DOB`` name a well-known kind of number, say
nothing about the record beyond its kind, and stand before values in the same way in every
document, so they stay public ("(MRN 483920)" reads "(MRN [ID])"). They are listed in
:data:`~dpfusion_integrations.tagging.recall.public_prefixes_r6.FIELD_LABELS`; currency codes,
standards, units, eras, hardware series and upper-case function words ("USD 2500", "ISO 9001",
"FY 2024", "RTX 4090", "IN 2024") are public too
(:data:`~dpfusion_integrations.tagging.recall.public_prefixes_r6.PUBLIC_PREFIXES`). A prefix followed
by a colon or "no." is a label and is left to the labelled rules.

Shapes: a prefix of two to five upper-case letters (or one upper-case and one lower-case letter,
as "Rx", before five digits or more), one space, and four to twelve digits (with up to two
``-``/``/`` groups: "6665-03", "8103256/2025") or an upper-case code of six to fourteen characters
with two digits or more. A bare four-digit year after a prefix ("FIFA 2022", "COP 2028") is left
public, and so are a numeric date after a word ("LOG 2023/03/25") and a flight number after a flight
word ("flight AF 1381": a timetable code, not a record's), unless the same prefix heads a non-year code elsewhere in the text (so "SUBJ 2024" in a list
of "SUBJ" numbers is taken: the decision follows the prefix, not the value).

After the union, :func:`grow_code_prefixes` applies the same prefix test to any span that is a code
(letters and digits, or four digits or more) so that prefixes before codes found by other detectors
("KR 1AB23") join them. Over-tagging risk: an unlisted upper-case abbreviation before a number
("NGC 2024" would be left as a year, "XYZ 44120" taken); prose written in capitals ("WE HIRED 1500
PEOPLE") is recognised by its upper-case function words and left alone. Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import (
    FIELD_LABELS,
    STOP_WORDS,
    is_public_prefix,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["PREFIXED_CODE", "PrefixedCodes", "grow_code_prefixes"]

PREFIXED_CODE = re.compile(
    r"(?<![\w#/.&'’-])(?P<prefix>[A-Z]{2,5}|[A-Z][a-z])[ ]"
    r"(?P<code>\d{4,12}(?:[-/]\d{1,8}){0,2}|(?=[A-Z0-9]{6,14}(?![\w]))(?=(?:[A-Z]{0,13}\d){2})[A-Z0-9]{6,14})"
    r"(?![\w/@-]|[.,:]\d)"
)
_YEAR = re.compile(r"(?:18|19|20)\d{2}")
#: A numeric date after a word ("LOG 2023/03/25"): the date rules take it; the word stays public.
_DATE = re.compile(r"(?:18|19|20)\d{2}[-/](?:0?[1-9]|1[0-2])[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/](?:18|19|20)\d{2}")
#: A flight number ("flight AF 1381", "Flug LH 2031") is a public timetable code, not a record's.
_FLIGHT = re.compile(r"(?i:flight|flt|flug|vuelo|vol|voo|volo|vlucht|lot)\.?[ ]*(?:(?i:no|nr|number)\.?[ ]*)?:?[ ]*\Z")
_DIGIT = re.compile(r"\d")
_BEFORE_CODE = re.compile(r"(?<![\w#/.&'’-])([A-Z]{2,5})[ ]\Z")
_CODE_SPAN = re.compile(r"[A-Z0-9][A-Z0-9 /-]{2,30}")
SCORE = 0.85


def _public_context(text: str, start: int, code: str) -> bool:
    return _DATE.fullmatch(code) is not None or _FLIGHT.search(text, max(0, start - 16), start) is not None


def _prefix_ok(prefix: str, code: str) -> bool:
    if prefix[1:].islower():  # "Rx": a mixed-case prefix only before a long number, and not a label or word
        upper = prefix.upper()
        return len(_DIGIT.findall(code)) >= 5 and upper not in FIELD_LABELS and upper not in STOP_WORDS
    if not code.replace("-", "").replace("/", "").isdigit():  # a currency, unit or standard precedes digits only
        upper = prefix.upper()
        return upper not in FIELD_LABELS and upper not in STOP_WORDS
    return not is_public_prefix(prefix)


_CAPS_WORD = re.compile(r"(?<![\w'’-])[A-Z]{1,8}(?![\w'’-])")


def _caps_prose(text: str, start: int) -> bool:
    """Whether the line around ``start`` is prose in capitals: two upper-case function words or more."""
    low = max(0, start - 200)
    begin = text.rfind("\n", low, start) + 1 or low  # the line's start, at most 200 characters back
    end = text.find("\n", start, start + 200)
    line = text[begin:end if end >= 0 else start + 200]
    return sum(w.group() in STOP_WORDS for w in _CAPS_WORD.finditer(line)) >= 2


class PrefixedCodes:
    """Detector of codes written with a short upper-case prefix (see module doc)."""

    name = "prefixed-code-r6"

    def __repr__(self) -> str:
        return "PrefixedCodes()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The prefixed codes in ``text`` (no parse needed)."""
        matches = [m for m in PREFIXED_CODE.finditer(text)
                   if _prefix_ok(m.group("prefix"), m.group("code")) and not _caps_prose(text, m.start())
                   and not _public_context(text, m.start(), m.group("code"))]
        series = {m.group("prefix") for m in matches if _YEAR.fullmatch(m.group("code")) is None}
        return [Span(m.start(), m.end(), ID, SCORE) for m in matches
                if _YEAR.fullmatch(m.group("code")) is None or m.group("prefix") in series]


def grow_code_prefixes(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each code span (upper-case letters and digits with a letter, or four digits or more)
    grown over an upper-case prefix right before it that is not a label or public prefix."""
    out: list[Span] = []
    for span in spans:
        value = text[span.start:span.end]
        before = _BEFORE_CODE.search(text, max(0, span.start - 8), span.start)
        digits = len(_DIGIT.findall(value))
        code = _CODE_SPAN.fullmatch(value) is not None and (digits >= 4 or (digits and any(c.isalpha() for c in value)))
        if before is not None and code and _YEAR.fullmatch(value) is None and _prefix_ok(before.group(1), value) \
                and not _public_context(text, before.start(1), value):
            out.append(Span(before.start(1), span.end, span.entity_type, span.score))
        else:
            out.append(span)
    return merge_spans(out)
