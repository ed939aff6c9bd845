"""Postcodes of the major countries: UK (``NW1 6XE``), Canada (``M5V 2T6``), US ZIP+4 and state +
ZIP (``OR 97477``), Australian and Canadian province + code (``NSW 2007``), Dutch (``1016 DV``
before a town), Polish, Portuguese and Brazilian hyphenated codes before a town (``00-017
Warszawa``), Swedish/Czech/Greek ``111 22`` before a town, Japanese ``150-0002``, and a 4-5 digit
code next to a town name that is not an ordinary word
(``10115 Berlin``, ``Auckland 1010``). Plain 5-digit codes are also caught by the digit-run rule.
A capitalised town right before a UK or Canadian code is part of the span ("Leith, EH6 6QQ"),
whether or not it is an ordinary word ("Reading, RG1 1AA").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import MONTHS, TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["POSTCODE_PATTERNS", "PostcodeRule"]

POSTCODE_SCORE = 0.9

_REGIONS = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY"
    "|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"  # US states
    "|NSW|VIC|QLD|SA|TAS|ACT|NT"  # Australia
    "|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU"  # Canada
)
_TOWN = r"[A-ZÀ-ÖØ-ÝŁŚŻŹĆŃ][\w'’-]{1,40}"

#: Patterns whose match is a postcode (group ``value``) without further checks.
POSTCODE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<value>[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})\b"),  # UK
    re.compile(r"\b(?P<value>[A-Z]\d[A-Z][ -]?\d[A-Z]\d)\b"),  # Canada
    re.compile(r"(?<![\d-])(?P<value>\d{5}-\d{4})(?![\d-])"),  # US ZIP+4
    re.compile(rf"\b(?P<value>(?:{_REGIONS})[ ]{{1,2}}\d{{4,5}}(?:-\d{{4}})?)(?![\w-])"),  # state + code
    re.compile(rf"(?<![\w-])(?P<value>[1-9]\d{{3}}[ ]?[A-Z]{{2}})(?=[ ]+{_TOWN})"),  # NL before a town
    re.compile(rf"(?<![\w-])(?P<value>\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{5}}-\d{{3}})(?=[ ]+{_TOWN})"),  # PL/PT/BR
    re.compile(rf"(?<![\w-])(?P<value>\d{{3}}[ ]\d{{2}})(?=[ ]+{_TOWN})"),  # SE/CZ/SK/GR ("111 22 Stockholm")
    re.compile(r"(?<![\w-])(?P<value>\d{3}-\d{4})(?![\w-])"),  # JP
)
_TOWN_BEFORE = re.compile(rf"(?<![\w'’-]){_TOWN},?[ ]+\Z")
# A 4-5 digit code before or after a town name; the town must not be an ordinary word.
_CODE_TOWN = re.compile(rf"(?<![\w.,/-])(?P<code>\d{{4,5}})[ ]+(?P<town>{_TOWN})")
_TOWN_CODE = re.compile(rf"\b(?P<town>{_TOWN})[ ]+(?P<code>\d{{4,5}})(?![\w/-]|[.,]\d)")


def _is_year(code: str) -> bool:
    return len(code) == 4 and code[:2] in ("19", "20")


class PostcodeRule:
    """Postcodes (see module doc); typed LOCATION."""

    name = "postcode"

    def __repr__(self) -> str:
        return "PostcodeRule()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out: list[Span] = []
        for index, pattern in enumerate(POSTCODE_PATTERNS):
            for match in pattern.finditer(text):
                start = match.start("value")
                if index < 2:  # UK and Canadian codes take the town before them: "Leith, EH6 6QQ"
                    town = _TOWN_BEFORE.search(text, max(0, start - 60), start)
                    if town is not None:
                        start = town.start()
                out.append(Span(start, match.end("value"), LOCATION, POSTCODE_SCORE))
        safe = view.words.safe
        for pattern in (_CODE_TOWN, _TOWN_CODE):
            for match in pattern.finditer(text):
                town = match.group("town").lower()
                if town in safe or town in MONTHS or _is_year(match.group("code")):
                    continue
                out.append(Span(match.start(), match.end(), LOCATION, POSTCODE_SCORE))
        return out
