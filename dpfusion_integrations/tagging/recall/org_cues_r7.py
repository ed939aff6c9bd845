"""Round 7 (organisations): organisations named right after a cue that says what follows is one.

Two cues that earlier rounds lacked, whatever words the name is made of:

- **organisation field labels** (detector :class:`OrgFieldLabels`): a form label of
  :data:`ORG_FIELD_LABELS` ("Operator:", "Carrier:", "Supplier:", "Publication:", "Funeral director:",
  "Lender:", "Workspace:") at a line's start or after a separator, with its value up to the line's end,
  a tab, a double space, ";" or "|", as :class:`~dpfusion_integrations.tagging.recall.labelled_fields.LabelledFields`
  does for its labels (whose list stops at employers, schools, banks and shops);
- **press cues** (detector :class:`PressCues`): after "article in", "story in", "piece in", "letter
  in", "published in", "quoted in", "appeared in", "writes for", "reporter for" (an optional "the"
  joins), a capitalised run of one to five words (particles inside) is a publication ("article in the
  <Town> Bugle", "quoted in <Words> Weekly"); months, weekdays and language names after the cue
  ("published in March", "an article in English") are not.

The decision depends on the cue, never on the value's characters. Over-tagging risk: a public
publication after a press cue ("an article in Nature") or a public value after a label ("Provider:
NHS") is tagged, which is an organisation anyway. Typed ORGANIZATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    fold,
)
from dpfusion_integrations.tagging.recall.field_starts import field_matches
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ORG_FIELD_LABELS", "OrgFieldLabels", "PressCues"]

CUE_SCORE = 0.7

#: Form labels (regex, case-insensitive) whose value is an organisation.
ORG_FIELD_LABELS = (
    r"(?:aircraft[ ]|tour[ ]|bus[ ]|ferry[ ]|network[ ])?operator|carrier|airline|(?:ground[ ])?handler"
    r"|handling[ ]agent|(?:sub-?)?contractor|supplier|vendor|(?:service[ ]|care[ ]|training[ ]|childcare[ ])?provider"
    r"|publication|newspaper|(?:media[ ])?outlet|broadcaster|publisher|masthead|funeral[ ](?:director|directors|home)"
    r"|undertakers?|crematorium|lender|creditor|sponsor|organi[sz]er|venue|workspace|guild|subreddit"
    r"|discord(?:[ ]server)?|care[ ]agency|forwarder|freight[ ]forwarder|haulier|courier[ ]company|landlord[ ]company"
    r"|managing[ ]agent|letting[ ]agent|estate[ ]agent|property[ ]manager|utility|energy[ ]supplier"
)
_FIELD = re.compile(
    r"(?i)(?P<label>" + ORG_FIELD_LABELS + r")[ \t]*+(?:\([^)\n]{0,20}\))?[ \t]*+:[ \t]*"
    r"(?P<value>[^\n\t|;]{1,120})"
)
_CUT = re.compile(r"[ ]{2,}")
_SENTENCE_END = re.compile(r"[.!?][ ]+(?=[A-Z])")

_PRESS_CUE = re.compile(
    r"(?i)(?<![\w])(?:(?:article|story|piece|column|op-ed|editorial|interview|feature|report|obituary|notice|advert"
    r"|advertisement|letter|review|photo|photograph|headline|articles|stories)[ ]in|published[ ](?:in|by)|printed[ ]in"
    r"|quoted[ ](?:in|by)|appeared[ ]in|ran[ ]in|writes[ ]for|wrote[ ]for|writing[ ]for|reporter[ ](?:for|at|with)"
    r"|journalist[ ](?:for|at|with)|columnist[ ](?:for|at|with)|editor[ ](?:of|at)|subscriber[ ]to|subscribed[ ]to)"
    r"[ ](?:(?P<the>the|The)[ ])?"
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’&-]|\.(?=\w)){0,30}")
_PARTICLES = frozenset({"de", "del", "do", "da", "di", "du", "des", "della", "la", "le", "el", "of", "on", "upon", "am",
                        "im", "y", "&"})  # fmt: skip
#: Capitalised words after a press cue that are no publication: languages and parts of a paper.
_NOT_PUBLICATION = frozenset({
    "english", "french", "spanish", "german", "italian", "portuguese", "dutch", "arabic", "chinese", "japanese",
    "russian", "turkish", "polish", "korean", "hindi", "urdu", "swedish", "norwegian", "danish", "finnish",
    "greek", "hebrew", "persian", "welsh", "irish", "print", "full", "part", "issue", "volume", "section",
    "page", "january", "i", "we", "you", "he", "she", "they", "it", "my", "our", "your", "his", "her", "their",
    "this", "that", "which", "what", "who", "whom", "june", "spring", "summer", "autumn", "winter", "fall",
})  # fmt: skip
#: The most capitalised words a press cue takes.
MAX_WORDS = 5


class OrgFieldLabels:
    """Values of form fields whose label names an organisation (see module doc)."""

    name = "organization-field-labels-r7"

    def __repr__(self) -> str:
        return "OrgFieldLabels()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The labelled organisations in ``text`` (no parse needed)."""
        out: list[Span] = []
        for match in field_matches(_FIELD, text):
            start, end = match.span("value")
            cut = _CUT.search(match.group("value"))
            if cut is not None:
                end = start + cut.start()
            stop = _SENTENCE_END.search(text, start, end)
            if stop is not None:
                end = stop.start()
            while end > start and text[end - 1] in " .,":
                end -= 1
            while start < end and text[start] == " ":
                start += 1
            if end > start and (text[start].isupper() or text[start].isdigit()) and any(c.isalpha() for c in text[start:end]):
                out.append(Span(start, end, ORGANIZATION, CUE_SCORE))
        return out


class PressCues:
    """Publications named after a press cue (see module doc)."""

    name = "organization-press-cues-r7"

    def __repr__(self) -> str:
        return "PressCues()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The publications in ``text`` (no parse needed)."""
        out: list[Span] = []
        for cue in _PRESS_CUE.finditer(text):
            end = self._run_end(text, cue.end())
            if end > cue.end():
                start = cue.start("the") if cue.group("the") else cue.end()
                out.append(Span(start, end, ORGANIZATION, CUE_SCORE))
        return out

    @staticmethod
    def _run_end(text: str, pos: int) -> int:
        """End of the capitalised run at ``pos`` (single spaces, particles inside), or ``pos``."""
        end, taken, at = pos, 0, pos
        while taken < MAX_WORDS:
            match = _WORD.match(text, at)
            if match is None:
                break
            word = match.group()
            lower = fold(word.lower())
            if word[0].isupper():
                if lower in MONTHS or lower in WEEKDAYS or lower in _NOT_PUBLICATION or lower.rstrip(".") in TITLES:
                    break
                end, taken = match.end(), taken + 1
            elif lower not in _PARTICLES or taken == 0:
                break
            if text[match.end() : match.end() + 1] != " ":
                break
            at = match.end() + 1
        return end
