"""Round 6: a hyphenated number standing on its own as a list item, a table cell or the tail of a
subject line ("23-7052 | OKAFOR, Ben | visit 1", "Subject: Withdrawal – 41-8830"): participant,
study, file and member numbers that registers print without a label.

The number is two or three digits, a hyphen and four to six digits (or four and four to six, not a
range of years such as "2019-2020"); it must be the whole of its cell: at a line start (after an
optional bullet) or after a separator (``|``, a dash, a colon, an opening bracket), and followed by
the end of the line, another separator, a comma or a semicolon. Section numbers ("3-2"), scores
("2-1") and ranges in prose ("10-1500 Hz") do not have that shape or that place. Over-tagging risk:
a numeric range alone in a table cell. Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["CELL_NUMBER_RULE", "cell_number_detector"]

_YEAR = re.compile(r"(?:18|19|20)\d{2}\Z")


def _not_year_range(match: re.Match[str]) -> bool:
    first, _, second = match.group("value").partition("-")
    return not (_YEAR.match(first) and (_YEAR.match(second) or len(second) <= 2))


CELL_NUMBER_RULE = RegexRule(
    "hyphenated number alone in a cell", ID,
    re.compile(r"(?m)(?:^[ \t]*(?:[-*•·][ \t]+)?|[|–—:(\[][ \t]*|[ \t]-[ \t]+)"
               r"(?P<value>\d{2,4}-\d{4,6})(?=[ \t]*(?:[|–—,;)\]]|[ \t]-[ \t]|$))"),
    0.7, _not_year_range,
)  # fmt: skip


def cell_number_detector() -> RegexDetector:
    return RegexDetector("cell-number-r6", [CELL_NUMBER_RULE])
