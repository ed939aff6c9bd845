"""Round 6: unit, floor and house-number designators of many countries, as parts of an address line.

Used by :mod:`~dpfusion_integrations.tagging.recall.address_lines_r6` to tell whether a comma-separated
part next to an address is a unit ("stan 12", "kv. 34", "Căn hộ 25C", "House No. 216", "piso 9 depto.
C"), a floor ("12F.", "B1", "23/F", "3rd floor", "Level 4") or a house number alone ("No. 47", "12A").
These words are never taken on their own ("stan" and "kat" are ordinary words elsewhere): only as a
whole part beside an address, or as the last words of a part just before one.

The unit words are written from general knowledge of address layouts: English (flat, unit, suite,
level, house, plot, stand, erf, lot), Slavic (stan, kv., kvartira, byt, lok., kom., m., d., korp.,
pod., et., ulaz, sprat), Nordic (lgh, leil.), Turkish (daire, kat), Romanian (ap., et., sc., bl.),
Iberian (piso, puerta, apto, depto, andar, bloco) and Vietnamese (căn hộ, phòng, tầng, lầu, nhà số).
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.recall.address_blocks import UNIT_PATTERNS
from dpfusion_integrations.tagging.recall.addresses import UNIT_ADDRESS_PATTERNS

__all__ = ["HOUSE_NUMBER", "UNIT_TAIL", "is_unit_part"]

_UNIT_WORDS = (
    r"stan|kv|kvartira|kvartyra|kv-ra|byt|lgh|leil|lok|lokal|kom|m|d|dom|korp|korpus|k|stroenie|pod|et|etazh|etaj"
    r"|sprat|ulaz|kat|daire|apt|ap|app|appt|apto|apartment|apartman|flat|unit|suite|ste|level|lvl|floor|fl|storey"
    r"|house|plot|stand|erf|lot|villa|shop|stall|door|block|blk|bl|sc|bldg|building|room|rm|office|piso|puerta"
    r"|depto|dpto|andar|bloco|sala|int|scala|whg|wohnung|top|stiege|căn[ ]hộ|can[ ]ho|phòng|phong|tầng|tang|lầu"
    r"|lau|nhà[ ]số|nhà|số|tòa|lô"
)
_CODE = r"(?:\#?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?|[A-Z]{1,2}\d{0,3})"
_NO = r"(?:(?i:no|nr|n[º°])\.?[ ]?)"
_UNIT = rf"(?i:{_UNIT_WORDS})\.?[ ]?{_NO}?{_CODE}"
_FLOOR = (
    r"\d{1,3}F\.?|B\d{1,2}F?\.?|(?:\d{1,3}|G|LG|UG)/F|\d{1,3}(?i:st|nd|rd|th)[ ](?i:floor|fl\.?)"
)
_DESIGNATOR = rf"(?:{_FLOOR}|{_UNIT})"
#: A house number alone, with or without a label ("No. 47", "Nr. 5", "12A", "4-3").
HOUSE_NUMBER = re.compile(rf"{_NO}?\#?\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?){{0,2}}\.?")
_WHOLE = re.compile(rf"{_DESIGNATOR}(?:[ ]{_DESIGNATOR}){{0,2}}")
#: A floor, a unit word with its number (not a letter alone) or a labelled house number, ending a
#: longer part ("the flat is 12F.", "Property: No. 47").
UNIT_TAIL = re.compile(
    rf"(?<![^ ])(?:{_FLOOR}|(?i:{_UNIT_WORDS})\.?[ ]?{_NO}?\#?\d{{1,5}}[A-Za-z]?|{_NO}\#?\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?)\Z"
)
_EARLIER = (*UNIT_PATTERNS, *UNIT_ADDRESS_PATTERNS)


def is_unit_part(part: str) -> bool:
    """Whether all of ``part`` (stripped) is one to three unit or floor designators."""
    stripped = part.strip(" \t")
    if not stripped:
        return False
    if _WHOLE.fullmatch(stripped) is not None:
        return True
    return any((m := p.fullmatch(stripped)) is not None and m.group("value") == stripped for p in _EARLIER)
