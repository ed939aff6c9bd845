"""Round 7: day and month without a year in positions round 6's cues did not reach.

Class: a short date ("10/12", "9/23", "28/2"), in either order (day/month or US month/day), standing
where a record puts its date rather than after a scheduling word:

- **at the end of a heading or subject line after a dash** ("Telephone note – 10/12", "Subject:
  Lost bag – 3/9", "#newsdesk – Daily – 9/23", "Call log - 4/11");
- **between commas after a flight, train or reference code** ("Flight TR 902, 14/7, aircraft ...",
  "Booking QX-41, 3/5; seat 12A");
- **after a record word of life events, courts, care and logistics**, with or without a colon:
  "Died 2/3", "Order made: 6/18", "Issued 4/9", "Hearing: 12/1", "Incident 5/30", "Shipped 7/2",
  "Admitted 3/4" (in English and common forms of other languages: "décédé", "falleció", "gest.",
  "verstorben", "ausgestellt", "emitido");
- **alone in a table cell or form field**, set off by a tab, two spaces or a bar on both sides
  ("Room: Caterpillars    28/2    Keyworker: ...", "| 14/6 |").

The parts must make a calendar date either way round, and "24/7", "7/24", "9/11" stay public. In the
dash, comma and cell positions, where ratings and fractions also stand, simple fractions (a second
part of 2 to 4 above the first), marks out of 5 or 10 ("4/5", "8/10") and "1/1" are left out; so is a
value followed by a unit or "of". Typed DATE. Over-tagging risk: a fraction or score of another shape
in a table cell ("| 5/6 |") or after a record word ("Issued 2/7 of the stock").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["RECORD_WORDS", "SHORT_DATE_POSITION_RULES", "short_date_position_detector"]

_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_DM = rf"(?:{_D}/{_M}|{_M}/{_D})"
_VALUE = rf"(?P<value>{_DM})"
_UNIT = (
    r"[ ]?(?:%|(?i:of|cup|cups|tsp|tbsp|inch|inches|mile|miles|hours?|hrs?|mins?|days?|weeks?|months?|years?"
    r"|kg|g|oz|mm|cm|m|km|ml|l|times|dose|doses|tablets?|pills?|scale|split|ratio|odds|points?|pts|stars?"
    r"|marks?|score|slices?|portions?|size)\b)"
)
_END = rf"(?![\w/]|[.,:]\d|{_UNIT})"
#: Where no word cue stands before the value, "in" after it is read as inches ("3/4 in").
_BARE_END = rf"{_END}(?![ ]?(?i:in)\b)"
_PHRASES = frozenset({"24/7", "7/24", "9/11"})

#: Record words after which a day and month is the event's date (regex alternatives, any case).
RECORD_WORDS = (
    r"died|deceased|death|passed[ ]away|passed|buried|burial|funeral|cremated|cremation|baptised|baptized|married"
    r"|wedding|order[ ]made|made|issued|granted|heard|sentenced|judgment|judgement|decided|ruled|filed|lodged"
    r"|served|hearing|listed|adjourned|incident|injury|accident|onset|surgery|operation|procedure|dob|d\.o\.b"
    r"|dod|exam|interview|meeting|session|shift|lesson|trip|departure|arrival|dep|arr|sailed|posted|published"
    r"|updated|edited|modified|created|submitted|approved|rejected|cancelled|canceled|confirmed|requested"
    r"|ordered|shipped|dispatched|printed|as[ ]of|as[ ]at|w/b|admitted|transferred|injured|arrested|charged"
    r"|convicted|released|registered|enrolled|graduated|hired|terminated|resigned|joined|left|moved[ ]in"
    r"|moved[ ]out|last[ ]seen|last[ ]contact|contacted|vaccinated|tested|inspected|audited|renewed|expired"
    r"|d[ée]c[ée]d[ée]e?|n[ée]e?|falleci[óo]|fallecido|naci[óo]|gest|geb|verstorben|ausgestellt|emitido|emitida"
    r"|overleden|geboren|morto|morta|nato|nata|decesso|[üu]ld[üu]"
)
#: Cues of a flight, train or reference code before a date between commas.
_CODE_CUE = (
    r"flight|flt|vuelo|vol|flug|volo|voo|train|zug|tren|bus|coach|voyage|vessel|sailing|ref|reference|booking"
    r"|case|ticket|order|invoice|claim|file|job|pnr|service"
)


def _calendar(value: str) -> bool:
    first, second = (int(part) for part in value.split("/"))
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _cued(match: re.Match[str]) -> bool:
    value = match.group("value")
    return value not in _PHRASES and _calendar(value)


def _bare(match: re.Match[str]) -> bool:
    """A date standing without a word cue: not a simple fraction, a mark out of 5 or 10, or "1/1"."""
    if not _cued(match):
        return False
    first, second = (int(part) for part in match.group("value").split("/"))
    if second in (5, 10) and first <= second:
        return False
    return not (second <= 4 and first <= second)


SHORT_DATE_POSITION_RULES = (
    RegexRule("day and month ending a line after a dash", DATE,
              re.compile(rf"(?m)[ \t][–—-][ \t]{{1,2}}{_VALUE}(?=[ \t]*$|[ \t]+[–—-][ \t]){_BARE_END}"), 0.75, _bare),
    RegexRule("day and month between commas after a code", DATE,
              re.compile(rf"(?<![\w])(?i:{_CODE_CUE})\.?:?[ ](?:(?i:no|nr|#)\.?[ ]?)?[A-Z0-9]{{1,4}}(?:[ -]?\d{{1,6}})?"
                         rf",[ ]{_VALUE}(?=[,;]|[ \t]*$){_BARE_END}"), 0.75, _bare),
    RegexRule("day and month after a record word", DATE,
              re.compile(rf"(?<![\w/])(?i:{RECORD_WORDS})\.?(?:[ ](?i:on))?:?[ \t]{{1,3}}{_VALUE}{_END}"), 0.75, _cued),
    RegexRule("day and month alone in a table cell", DATE,
              re.compile(rf"(?m)(?:(?<=\t)|(?<=[ ]{{2}})|(?<=\|)[ ]?){_VALUE}(?=[ ]{{2}}|\t|[ ]?\||[ \t]*$){_BARE_END}"),
              0.7, _bare),
)  # fmt: skip


def short_date_position_detector() -> RegexDetector:
    return RegexDetector("short-date-positions-r7", SHORT_DATE_POSITION_RULES)
