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
only upper-case function words are refused. A number with a unit ("80 GB", "12V") is a quantity and
never a code; two model groups in a cell ("H100 SXM5") are a product; the next cell of a table row
is never a second code. Over-tagging risk: a product code alone in a table cell is tagged.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
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


#: Units written after a number, in capitals ("80GB", "2.4 GHZ", "12V"); a number with one is a
#: quantity, not a code.
UNITS = frozenset({
    "KB", "MB", "GB", "TB", "PB", "KIB", "MIB", "GIB", "TIB", "KBPS", "MBPS", "GBPS", "HZ", "KHZ", "MHZ", "GHZ",
    "MM", "CM", "DM", "KM", "NM", "MG", "KG", "LB", "LBS", "OZ", "ML", "CL", "DL", "KW", "MW", "KWH", "MWH",
    "MAH", "AH", "VA", "KVA", "DB", "FPS", "RPM", "MPH", "KMH", "PX", "DPI", "MP", "IN", "FT", "YD", "MI",
})  # fmt: skip
#: One-letter units, taken only when written against the number ("12V", "60W", "5L").
_SHORT_UNITS = frozenset({"V", "W", "A", "G", "L", "M", "K"})
_NUMBER_UNIT = re.compile(r"(?P<number>\d{1,5})(?P<unit>[A-Z]{1,4})")
#: A product model group: capitals then digits ("H100", "SXM5", "RTX4090").
_MODEL = re.compile(r"[A-Z]{1,4}\d{1,4}")


def _unit_group(group: str, previous: str) -> bool:
    """Whether a group is a quantity: a number with a unit against it ("80GB", "12V") or a unit after a
    number group ("80 GB")."""
    match = _NUMBER_UNIT.fullmatch(group)
    if match is not None and (match.group("unit") in UNITS or match.group("unit") in _SHORT_UNITS):
        return True
    return group in UNITS and previous.isdigit()


def _has_quantity(groups: list[str]) -> bool:
    """Whether any group is a quantity (see :func:`_unit_group`)."""
    return any(_unit_group(group, groups[k - 1] if k else "") for k, group in enumerate(groups))


def _groups_ok(value: str, *, strong: bool = False) -> bool:
    """Four to ten characters with a letter and a digit, and no quantity ("80 GB", "2400MHZ"); letter
    groups not public (with middle dots or after a code, where the writing says it is a code, only
    upper-case function words are refused: "GB·SE·19", "NR 29 988")."""
    groups = re.split(r"[ ·•∙⋅・-]", value)
    compact = "".join(groups)
    if not 4 <= len(compact) <= 10 or not any(c.isdigit() for c in compact) or not any(c.isalpha() for c in compact):
        return False
    if _has_quantity(groups):
        return False
    if strong:
        return not any(g in STOP_WORDS for g in groups)
    return not any(g.isalpha() and len(g) > 1 and is_public_prefix(g) for g in groups)


def _dotted_plate(match: re.Match[str]) -> bool:
    return _groups_ok(match.group("value"), strong=True)


def _plate(match: re.Match[str]) -> bool:
    return _groups_ok(match.group("value"))


def _cell_plate(match: re.Match[str]) -> bool:
    """A cell of two or three groups where a group mixes letters and digits or letters lead the digits;
    not a product's cell: two model groups ("H100 SXM5") or a quantity ("A100 80GB")."""
    value = match.group("value")
    groups = value.split(" ")
    if sum(_MODEL.fullmatch(g) is not None for g in groups) >= 2:
        return False
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


def _table_row(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a table row: it starts with "|" or holds two bars or more (only
    :data:`_ROW_REACH` characters either side are read)."""
    start, end = near_line_bounds(text, pos, _ROW_REACH)
    line = text[start:end]
    return line.lstrip().startswith("|") or line.count("|") >= 2


#: How far either side of a code :func:`_table_row` reads its line.
_ROW_REACH = 200


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
        if "|" in text[span.end : match.start("value")] and _table_row(text, span.end):
            continue  # the next cell of a table row is another column, not a second code
        value = match.group("value")
        if _groups_ok(value, strong=True):
            start, end = match.span("value")
            extra.append(Span(start, end, ID, PLATE_SCORE))
    return merge_spans([*spans, *extra]) if extra else spans
