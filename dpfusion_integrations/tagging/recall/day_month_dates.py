"""Round 5: a day and a month with a final dot and no year ("by 4.9.", "Screened 26.9.", "Viewed
9.12. by ..."), the short German, Scandinavian and Central European form.

The final dot tells it from a decimal number ("3.4" stays public); a version or section number
written that way is left public after a word that introduces one ("version 3.4.", "section 2.1.",
"v1.2.", "room 4.12."). Also weekdays written in lower case ("coming thurs"). Typed DATE."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["DAY_MONTH_RULE", "LOWER_WEEKDAY_RULE", "day_month_detector"]

_NUMBERED = re.compile(
    r"(?i)(?:version|release|v|ver|python|section|sec|chapter|ch|step|figure|fig|table|item|rule|clause|art"
    r"|article|paragraph|para|page|p|pp|no|nr|number|level|grade|class|vol|volume|part|§|room|rm|flat|apt|unit"
    r"|suite|floor|platform|gate|seat|row|bay|ward|building|lot|issue|ticket|score|rating)\.?[ ]*\Z"
)


def _not_numbered(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _NUMBERED.search(before) is None


DAY_MONTH_RULE = RegexRule(
    "day and month with a final dot", DATE,
    re.compile(r"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?!\w|\.\w|,\d)"),
    0.8, _not_numbered, keep_end=True,
)


#: Weekdays in lower case, as chats write them ("coming thurs", "see u friday"); the short forms that
#: are also words ("sat", "sun", "wed", "mon") are left out.
LOWER_WEEKDAY_RULE = RegexRule(
    "weekday in lower case", DATE,
    re.compile(r"(?<![\w-])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs|thur)(?![\w-])"),
    0.7,
)


def day_month_detector() -> RegexDetector:
    return RegexDetector("day-month-date", [DAY_MONTH_RULE, LOWER_WEEKDAY_RULE])
