"""Round 8: chat speaker labels of one to three words, before a time or a colon, as whole names.

Round 5's chat speakers (``chat_speakers.py``) and round 7's lower-case speakers
(``name_lower_layouts_r7.py``) take a label before a colon word by word, and only words that are no
ordinary words (or given names): "dil bahadur:" leaves "dil", "saw eh:" leaves "saw". Exported chats
(Slack, Teams, IRC, WhatsApp) also put the time after the speaker with no colon at all: "selorm 09:14
i can do half". This rule reads a speaker line's label as a whole:

- **timed labels**: a line that opens with one to three words, then a time ("09:14", "9.14", "09:14:05",
  "9:14 pm", "[09:14]") and a space or the line's end;
- **colon labels**: a line that opens (after an optional time or date stamp, "[...]" or "12/03/24, 09:14 -")
  with one to three words and a colon;

in a text with two such timed lines at least, or with three colon lines at least of which one label
repeats and two differ (a conversation; one-off form labels are not). The label is tagged whole from
its first word that is no role, kinship, title or line-label word ("Agent Mele Taufa" -> "Mele Taufa"),
unless every word of it is such a word or an ordinary word ("Customer:", "JUDGE:", "Breakfast 08:00",
"Note:"): one word that is no ordinary word suffices to take the ordinary words beside it ("dil
bahadur", "Saw Eh", "men camenisch").

Over-tagging risk: timetables of places ("Zurich 09:14  Bern 10:02": places, private-ish) and
two-word form labels with an unknown word in a conversation-like layout. Decisions depend on the
layout and the label's words only. Typed PERSON.
"""

from __future__ import annotations

import re
from collections import Counter

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TITLES, TextView
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.chat_speakers import KINSHIP_WORDS
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import (
    CHAT_SPELLINGS,
    LINE_LABELS,
)
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import strong_name
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["ROLE_LABEL_WORDS", "ChatLabels"]

LABEL_SCORE = 0.69

#: Speaker labels that name a role, not a person (lower case).
ROLE_LABEL_WORDS = LINE_LABELS | KINSHIP_WORDS | TITLES | frozenset({
    "agent", "customer", "client", "caller", "callee", "operator", "judge", "counsel", "interpreter", "witness",
    "clerk", "usher", "court", "defendant", "plaintiff", "claimant", "respondent", "appellant", "prosecutor",
    "prosecution", "defence", "defense", "bot", "chatbot", "assistant", "ai", "gpt", "support", "helpdesk",
    "service", "system", "sys", "automated", "auto", "me", "you", "i", "we", "they", "him", "her", "them",
    "staff", "team", "advisor", "adviser", "rep", "representative", "dispatcher", "dispatch", "control",
    "patient", "doctor", "nurse", "pharmacist", "teacher", "student", "pupil", "parent", "tutor",
    "instructor", "examiner", "interviewer", "interviewee", "candidate", "applicant", "host", "guest",
    "moderator", "chair", "chairperson", "speaker", "audience", "member", "members", "panel", "council",
    "officer", "constable", "sergeant", "inspector", "detective", "paramedic", "driver", "passenger", "pilot",
    "tower", "ground", "crew", "captain", "landlord", "tenant", "buyer", "seller", "vendor", "owner", "manager",
    "supervisor", "lead", "unknown", "anonymous", "participant", "q", "a", "ans", "resp", "mr", "ms",
})  # fmt: skip
_WORD = r"[^\W\d_][\w'’.-]{0,30}"
_TIME = r"(?:\[|\()?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:\]|\))?"
_TIMED = re.compile(rf"(?m)^[ \t]*(?:[-•*>][ \t]*)?(?P<label>{_WORD}(?:[ ]{_WORD}){{0,2}})[ \t]+{_TIME}(?=[ \t]|$)")
_STAMP = (
    r"(?:\[[^\]\n]{1,40}\]|\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?)[ \t]*(?:[-–—][ \t]*)?"
)
_COLON = re.compile(
    rf"(?m)^[ \t]*(?:{_STAMP})?(?:[-•*>][ \t]*)?(?P<label>{_WORD}(?:[ ]{_WORD}){{0,2}})[ \t]*:(?=[ \t])"
)
_MIN_TIMED = 2
_MIN_COLON = 3


def _role(word: str, words: WordLists) -> bool:
    """A label word that names a role, a kinship, a title, a line label or chat slang."""
    lower = word.lower().strip(".'’-")
    return lower in ROLE_LABEL_WORDS or lower in CHAT_SLANG or lower in CHAT_SPELLINGS or not lower


def _label_span(match: re.Match[str], words: WordLists) -> Span | None:
    """The label from its first word that is no role word, when some word of it is no ordinary word."""
    label = match.group("label")
    parts = list(re.finditer(r"\S+", label))
    keep = [p for p in parts if not _role(p.group(), words)]
    if not keep or not any(strong_name(p.group().strip(".'’-"), words) for p in keep):
        return None
    offset = match.start("label")
    first = next(k for k, p in enumerate(parts) if not _role(p.group(), words))
    if any(_role(p.group(), words) for p in parts[first:]):
        return None  # a role word after the name part is a sentence, not a label ("mele said ok:")
    return Span(offset + parts[first].start(), offset + parts[-1].end(), PERSON, LABEL_SCORE)


class ChatLabels:
    """Whole speaker labels before a time or a colon in conversation layouts (see module doc)."""

    name = "chat-labels-r8"

    def __repr__(self) -> str:
        return "ChatLabels()"

    def detect(self, view: TextView) -> list[Span]:
        text, words = view.text, view.words
        out: list[Span] = []
        timed = list(_TIMED.finditer(text))
        if len(timed) >= _MIN_TIMED:
            out.extend(s for s in (_label_span(m, words) for m in timed) if s is not None)
        colon = list(_COLON.finditer(text))
        counts = Counter(m.group("label").lower() for m in colon)
        conversation = len(colon) >= _MIN_COLON and len(counts) >= 2 and max(counts.values(), default=0) >= 2
        if conversation or (view.transcript and colon):
            out.extend(s for s in (_label_span(m, words) for m in colon) if s is not None)
        return out
