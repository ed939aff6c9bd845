"""Round 8: a day and month without a year asked about in a chat message ("as well, 9/5?").

Class: in a chat transcript, a message that proposes or checks a day ends the question with a bare
day and month ("can u do the one after as well, 9/5?", "[10:02] ana: or 14/8 ?", "Kofi: moving it to
12/6?"), in either order (day/month or US month/day). Round 6 and 7 read such a value only after a
scheduling cue or in a record position; a question mark right after it, in a line that starts with a
speaker label (an optional "[time]", one to four words and a colon), is the cue here.

Scores and fractions are asked about in chats too ("is it 3/4?", "did u get 8/10?"), so the value must
make a calendar date either way round and not be a simple fraction (a second part of 2 to 4 above
the first), a mark out of 5 or 10 ("4/5", "8/10"), "1/1", a common ratio ("4/3", "16/9") or "24/7",
"7/24", "9/11"; a unit or "of"
cannot follow before the question mark. Outside a chat line nothing is read. Typed DATE.
Over-tagging risk: a score of another shape asked about in a chat ("we won 7/8?").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import DAY, MONTH

__all__ = ["CHAT_QUESTION_DATE_RULE", "chat_question_date_detector"]

#: A chat line's start: an optional "[time]" and a speaker label of one to four words and a colon.
_SPEAKER = r"(?m)^(?:\[[^\]\n]{1,24}\][ ]?)?[^\W\d][\w.'’-]{0,24}(?:[ ][^\W\d][\w.'’-]{0,24}){0,3}:[ ]"
#: Phrases and screen or photo ratios that are not dates.
_PHRASES = frozenset({"24/7", "7/24", "9/11", "4/3", "3/2", "16/9", "21/9"})


def _date_not_score(match: re.Match[str]) -> bool:
    """A calendar date either way round that is not a simple fraction, a mark out of 5 or 10 or a phrase."""
    value = match.group("value")
    if value in _PHRASES:
        return False
    first, second = (int(part) for part in value.split("/"))
    calendar = (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)
    if not calendar or (second in (5, 10) and first <= second):
        return False
    return not (second <= 4 and first <= second)


CHAT_QUESTION_DATE_RULE = RegexRule(
    "r8 day and month asked in a chat message", DATE,
    re.compile(rf"{_SPEAKER}[^\n?]{{0,160}}?(?<=[ ,(])(?P<value>(?:{DAY}/{MONTH}|{MONTH}/{DAY}))[ ]?\?"),
    0.75, _date_not_score,
)  # fmt: skip


def chat_question_date_detector() -> RegexDetector:
    """Day and month without a year ending a question in a chat message."""
    return RegexDetector("chat-question-dates-r8", [CHAT_QUESTION_DATE_RULE])
