"""Round 4: a lower-case name after a self-introduction, in any text: "I'm dilnoza, the new
volunteer", "my name is tahu", "this is kwame from the library", "it's ngozi again", "call me
sione", "name's aroha".

After such a cue a lower-case word that is not an ordinary word nor chat slang is the writer's
name (the cue with an ordinary word, "I'm tired", "this is ridiculous", stays public); a second
lower-case word of that kind joins it ("my name is aigul ibraeva"). The decision depends on the cue
and the candidate words only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, fold
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["IntroducedNames"]

INTRODUCED_SCORE = 0.7

_CUE = re.compile(
    r"(?i)(?<![\w'’])(?:i[’']?m|i[ ]am|my[ ]name[ ]is|my[ ]name[’']s|name[’']s|this[ ]is|it[’']s|call[ ]me"
    r"|here[ ]is|here[’']s|i[ ]go[ ]by)[ ]+(?P<first>[a-z][a-z’'-]{1,30})(?:[ ]+(?P<second>[a-z][a-z’'-]{1,30}))?"
    r"(?![\w@])"
)


class IntroducedNames:
    """Lower-case names after a self-introduction (see module doc)."""

    name = "introduced-names"

    def __repr__(self) -> str:
        return "IntroducedNames()"

    @staticmethod
    def _unknown(view: TextView, word: str | None) -> bool:
        if not word:
            return False
        lower = word.lower()
        safe = view.words.safe
        return lower not in safe and fold(lower) not in safe and lower not in CHAT_SLANG and len(lower) >= 2

    def detect(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        for match in _CUE.finditer(view.text):
            if not self._unknown(view, match.group("first")):
                continue
            end = match.end("second") if self._unknown(view, match.group("second")) else match.end("first")
            out.append(Span(match.start("first"), end, PERSON, INTRODUCED_SCORE))
        return out
