"""Round 5: user names marked by their ending, in any text: a number after a dot or underscore
("realhaeun.90", "wardakz6.12", "galum667.88", "moss_fern_04") and a trailing underscore ("kosspa_",
"the.edurne_"). Such words are handles wherever they stand, so no cue is needed (round 4 took them
only in chats or after a platform word).

The first part needs three letters, so version strings ("v1.2", "py3.11") stay public, and a safe
word right before a version ("python3.12", "node18.2") is left out. Typed CONTACT."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule, TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["HANDLE_SUFFIX_RULES", "HandleSuffixes", "handle_suffix_detector"]

HANDLE_SUFFIX_RULES = (
    RegexRule("handle ending in a number", CONTACT,
              re.compile(r"(?<![\w@./-])[a-z]{3}[a-z0-9]{0,30}(?:[._][a-z][a-z0-9]{0,30}){0,2}[._]\d{1,6}(?![\w@/-]|\.\w)"),
              0.7),
    RegexRule("handle with a trailing underscore", CONTACT,
              re.compile(r"(?<![\w@./-])[a-z][a-z0-9._]{2,30}_(?![\w@])"), 0.7),
)  # fmt: skip


_LETTERS = re.compile(r"[a-z]+")


class HandleSuffixes:
    """The handle rules, less a safe word followed by a version ("python3.12", "node18.2")."""

    name = "handle-suffix"

    def __init__(self) -> None:
        self._rules = RegexDetector(self.name, HANDLE_SUFFIX_RULES)

    def __repr__(self) -> str:
        return f"HandleSuffixes(rules={len(HANDLE_SUFFIX_RULES)})"

    def detect(self, view: TextView) -> list[Span]:
        text, safe = view.text, view.words.safe
        out: list[Span] = []
        for span in self._rules.find(text):
            value = text[span.start : span.end]
            lead = _LETTERS.match(value)
            versioned = value[lead.end() : lead.end() + 1].isdigit() and "_" not in value
            if not (versioned and lead.group() in safe):
                out.append(span)
        return out


def handle_suffix_detector() -> HandleSuffixes:
    return HandleSuffixes()
