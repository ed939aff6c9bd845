"""Round 8 (codes): plates and short codes by their separators and positions rather than a country layout.

Round 7 knew plates by country layouts and after vehicle cues, with groups joined by a space or a
hyphen. Plates and short codes are also written

- with other group separators: middle dots and bullets ("KH·CJ·99", "4K•771•Z", "B∙MK∙4721"), which
  ordinary text writes between words, never between short upper-case letter/digit groups;
- as a whole table cell of letter/digit groups ("7D5 6633", "NR 29 988", "KL 4410 T") between ";",
  "|", tabs or commas, where a column holds one value per row;
- as a second code right after a first one in a subject or heading, joined by a dash, a bar or a
  slash ("Claim C/26/54545 – NR 29 988", "Incident 88123 | PLK 4410"): the reference of the record
  and the vehicle or object it is about.

Three rules, typed ID. A code must hold a letter and a digit, four to ten characters without its
separators, and its letter groups may not be public prefixes, field labels or upper-case function words
(:func:`~dpfusion_integrations.tagging.recall.public_prefixes_r6.is_public_prefix`: "ISO 9001", "FY
2024", "Q3 2024" stay public); with middle dots or after a code, where the writing says what it is,
only upper-case function words are refused. Over-tagging risk: a product code alone in a table cell is tagged.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import (
    STOP_WORDS,
    is_public_prefix,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["PLATE_RULES_R8", "grow_codes_after_codes", "plate_shape_detector"]

PLATE_SCORE = 0.8
_GROUP = r"[A-Z0-9]{1,4}"
_DOTS = r"[·•∙⋅・]"
_DOTTED = re.compile(rf"(?<![\w·•∙⋅・.-])(?P<value>{_GROUP}(?:{_DOTS}{_GROUP}){{1,3}})(?![\w·•∙⋅・-])")
_CELL = re.compile(
    r"(?m)(?:^|(?<=[;|\t,]))[ ]?(?P<value>[A-Z0-9]{1,4}(?:[ ][A-Z0-9]{1,4}){1,2})[ ]?(?=[;|\t,]|$)"
)
#: A second code after a first one (see module doc), up to its segment's end.
_AFTER = re.compile(
    r"[ ]?[–—|/-][ ]?(?P<value>[A-Z]{0,4}\d{0,4}[A-Z]{0,3}(?:[ ][A-Z0-9]{1,4}){0,2})"
    r"(?=[ ]*(?:\n|\Z|[,;)]|\.(?:[ ]|\n|\Z)|[ ]{2}|\t|[ ][–—|(]))"
)


def _groups_ok(value: str, *, strong: bool = False) -> bool:
    """Four to ten characters with a letter and a digit; letter groups not public (with middle dots or
    after a code, where the writing says it is a code, only upper-case function words are refused:
    "GB·SE·19", "NR 29 988")."""
    groups = re.split(r"[ ·•∙⋅・-]", value)
    compact = "".join(groups)
    if not 4 <= len(compact) <= 10 or not any(c.isdigit() for c in compact) or not any(c.isalpha() for c in compact):
        return False
    if strong:
        return not any(g in STOP_WORDS for g in groups)
    return not any(g.isalpha() and len(g) > 1 and is_public_prefix(g) for g in groups)


def _dotted_plate(match: re.Match[str]) -> bool:
    return _groups_ok(match.group("value"), strong=True)


def _plate(match: re.Match[str]) -> bool:
    return _groups_ok(match.group("value"))


def _cell_plate(match: re.Match[str]) -> bool:
    """A cell of two or three groups where a group mixes letters and digits or letters lead the digits."""
    value = match.group("value")
    groups = value.split(" ")
    mixed = any(any(c.isalpha() for c in g) and any(c.isdigit() for c in g) and len(g) >= 3 for g in groups)
    leading = groups[0].isalpha() and all(g.isdigit() for g in groups[1:]) and sum(map(len, groups[1:])) >= 3
    return (mixed or leading) and _plate(match)


#: Round 8's plate rules without a cue (see module doc).
PLATE_RULES_R8 = (
    RegexRule("plate with middle dots", ID, _DOTTED, PLATE_SCORE, accept=_dotted_plate),
    RegexRule("plate alone in a cell", ID, _CELL, 0.7, accept=_cell_plate),
)


def plate_shape_detector() -> RegexDetector:
    """Plates joined by middle dots and plates alone in a table cell."""
    return RegexDetector("codes-plate-shapes-r8", PLATE_RULES_R8)


def grow_codes_after_codes(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with an ID span followed by a dash, bar or slash and a short code ending its segment
    joined by that code as a second ID span (see module doc)."""
    extra: list[Span] = []
    for span in spans:
        if span.entity_type != ID:
            continue
        match = _AFTER.match(text, span.end)
        if match is None or not match.group("value"):
            continue
        value = match.group("value")
        if _groups_ok(value, strong=True):
            start, end = match.span("value")
            extra.append(Span(start, end, ID, PLATE_SCORE))
    return merge_spans([*spans, *extra]) if extra else spans
