"""Round 9: every speaker of a timed chat export once one of its speakers is a name ("ni luh 18:03").

Exported chats (Slack, Teams, Discord copied as text) put the speaker first and the time after it:
"tawonga 18:02  fall in the bouldering room". Round 8's chat labels (``names_chat_labels_r8.py``) take a
label only when one of its words is no ordinary word, so speakers whose names are also words ("ni luh",
"rose", "long") stay public. In such an export the speaker column holds people: once one timed label
of the text is taken as a name by that rule's test, every other label of one or two words that speaks
twice or more (a speaker, not a one-off timetable entry) is a PERSON too, unless a word of it is a role,
kinship, title, line-label, chat-slang, month or weekday word ("bot 09:00", "Reminder 10:00").

Public look-alikes: timetables ("lunch 12:30", "Zurich 09:14  Bern 10:02"): entries rarely repeat, and a
timetable without a name-like label is left alone. Handles ("@gamzat 18:20") are left to the handle
detectors. Decisions depend on the layout and the labels' words only. Typed PERSON.
"""

from __future__ import annotations

import re
from collections import Counter

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import MONTHS, WEEKDAYS, TextView
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import CHAT_SPELLINGS
from dpfusion_integrations.tagging.recall.names_chat_labels_r8 import ROLE_LABEL_WORDS
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import strong_name
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["TimedSpeakers"]

TIMED_SPEAKER_SCORE = 0.66

_WORD = r"[^\W\d_][\w'’.-]{0,30}"
_TIME = r"(?:\[|\()?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:\]|\))?"
_TIMED = re.compile(rf"(?m)^[ \t]*(?:[-•*>][ \t]*)?(?P<label>{_WORD}(?:[ ]{_WORD})?)[ \t]+{_TIME}(?=[ \t]|$)")
_MIN_LINES = 2
_MIN_TURNS = 2


def _not_name(word: str) -> bool:
    lower = word.lower().strip(".'’-")
    return (not lower or lower in ROLE_LABEL_WORDS or lower in CHAT_SLANG or lower in CHAT_SPELLINGS
            or lower in MONTHS or lower in WEEKDAYS)


def _name_label(label: str, words: WordLists) -> bool:
    """Round 8's test: no role word, and one word that is no ordinary word."""
    parts = label.split(" ")
    return not any(_not_name(p) for p in parts) and any(strong_name(p.strip(".'’-"), words) for p in parts)


class TimedSpeakers:
    """Speakers of a timed chat export, once one of them is a name (see module doc)."""

    name = "timed-speakers-r9"

    def __repr__(self) -> str:
        return "TimedSpeakers()"

    def detect(self, view: TextView) -> list[Span]:
        words = view.words
        timed = list(_TIMED.finditer(view.text))
        if len(timed) < _MIN_LINES:
            return []
        labels = [m.group("label") for m in timed]
        if not any(_name_label(label, words) for label in labels):
            return []
        turns = Counter(label.lower() for label in labels)
        out: list[Span] = []
        for match in timed:
            label = match.group("label")
            if turns[label.lower()] < _MIN_TURNS or any(_not_name(p) for p in label.split(" ")):
                continue
            out.append(Span(*match.span("label"), PERSON, TIMED_SPEAKER_SCORE))
        return out
