"""Round 9 (dates): a bare month/day or day/month after a word of scheduling ("can come 3/25 between 1-3").

Class: messages, chats and notes that book, move or promise something give the day without a year,
in either order, right after a verb or preposition of scheduling: "the tech can come 3/25 between
1-3", "moved to 11/5", "see you on 4/2", "due by 12/1", "closed until 6/30", "arriving 14/8",
"free from 2/9". Round 6 and 7 read such a value after a few cues of their own ("on", "from ... to")
and round 8 one that ends a question in a chat line; verbs of coming and delivering, "by", "until",
"till", "due" and "before" were not among them.

One rule (:data:`SCHEDULED_DATE_RULE`): a cue of :data:`SCHEDULING_CUES` in any case, one space, and
``d/d`` or ``dd/dd`` that makes a calendar date either way round, not followed by another "/", a digit
group, a unit or "of". Scores, ratios and fractions are written after the same words ("won 3/1",
"reduce by 1/2", "open 24/7", "3/4 cup", "on 2/3 of the days"), so: "won", "scored", "lost" and the
like are no cue; a common phrase or ratio (:data:`PUBLIC_PAIRS`: "24/7", "9/11", "16/9", ...) is never
taken; a simple fraction (second part 2 to 4 above the first: "1/2", "3/4") is not taken after "by",
"from", "free" or "open" ("cut by 1/2", "from 1/3 to 1/2") nor before "of", a unit or a noun of
quantity ("on 2/3 of the days", "1/2 price"); a mark out of 5 or 10 ("4/5",
"8/10") is not taken. Typed DATE. Over-tagging risk: a score after a cue of coming ("came 3/7 in the
race"), a word or two.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["PUBLIC_PAIRS", "SCHEDULED_DATE_RULE", "SCHEDULING_CUES", "scheduled_date_detector"]

SCHEDULED_SCORE = 0.8
#: Verbs and prepositions after which a bare day and month is a date (regex alternatives, any case).
SCHEDULING_CUES = (
    r"on|by|until|untill|till|til|before|after|from|since|starting|start|starts|come|comes|coming|came"
    r"|arrive|arrives|arriving|arrival|visit|visiting|due|back|return|returning|returns|leave|leaves|leaving"
    r"|moved?[ ]to|move|moving|postponed?[ ]to|rescheduled?(?:[ ]to|[ ]for)?|booked(?:[ ]for|[ ]in)?|book"
    r"|scheduled(?:[ ]for)?|planned(?:[ ]for)?|expected|deliver|delivered|delivery|deliveries|ship|ships"
    r"|shipped|pickup|pick-up|collect|collection|ready|open|opens|reopens|closed|closes|w/c|wc|week[ ]of"
    r"|wk[ ]of|through|thru|free|avail|available"
)
#: Day/month pairs that are phrases or ratios, not dates.
PUBLIC_PAIRS = frozenset({"24/7", "7/24", "9/11", "4/3", "3/2", "16/9", "21/9", "1/1", "50/50", "20/20"})
#: Cues after which a simple fraction reads as a share ("cut by 1/2").
_SHARE_CUES = frozenset({"by", "from", "free", "open"})
#: What after the value makes it a quantity: "of", a unit, a noun of amount.
_QUANTITY_AFTER = re.compile(
    r"[ ]?(?:of|cup|cups|tsp|tbsp|teaspoons?|tablespoons?|inch|inches|in\.|mile|miles|lb|lbs|oz|kg|g|mm|cm|m"
    r"|km|l|ml|pints?|gallons?|hours?|hrs?|mins?|times|x|pts?|points?|marks?|stars?|goals?|shots?|scale"
    r"|share|shares|split|odds|rating|score|price|off|portion|dose|strength)(?![\w])",
    re.IGNORECASE,
)
_PAIR = re.compile(
    rf"(?<![\w/.:-])(?P<cue>(?i:{SCHEDULING_CUES}))[ ](?P<value>(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}}))"
    r"(?![\d/]|[.,:-]\d|%|[^\W\d_])"
)


def _scheduled_date(match: re.Match[str]) -> bool:
    """A calendar date either way round that is no phrase, ratio, mark or (after a share cue) fraction."""
    value = match.group("value")
    first, second = int(match.group("a")), int(match.group("b"))
    calendar = (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)
    if not calendar or value in PUBLIC_PAIRS:
        return False
    if second in (5, 10) and first <= second:
        return False  # a mark out of 5 or 10 ("4/5", "8/10")
    fraction = second <= 4 and first < second
    if fraction and match.group("cue").lower() in _SHARE_CUES:
        return False
    tail = match.string[match.end() : match.end() + 14]
    return _QUANTITY_AFTER.match(tail) is None


SCHEDULED_DATE_RULE = RegexRule("r9 day and month after a scheduling word", DATE, _PAIR, SCHEDULED_SCORE, _scheduled_date)


def scheduled_date_detector() -> RegexDetector:
    """A bare day and month after a verb or preposition of scheduling."""
    return RegexDetector("scheduled-dates-r9", [SCHEDULED_DATE_RULE])
