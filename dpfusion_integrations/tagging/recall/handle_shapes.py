"""Round 4: handles recognisable by their shape or place, with no platform word next to them.

- **CamelCase with digits** ("BrightOtter19", "FernGully88"): capitalised humps followed by one to
  four digits, a shape of gamer tags and user names that ordinary prose does not use.
- **a handle leading a chat line** ("moss.and.rain: anyone selling a pump?", "kiwi_bandit: yes"): a
  speaker label with a handle's marks (an inner ``.``, ``_`` or ``-`` between letters, a digit, or
  mixed case), before a colon at the start of a line.
- **dotted or underscored lower-case names in chats** ("grain.merchant", "luluhoku.22"): in chat-like
  text only, a lower-case word joined to another by ``.`` or ``_`` that is not an abbreviation.
- **Bluesky handles** (``name.bsky.social``) and **bare links with a path** ("behance.net/sitanidraws",
  "t.me/choir_alto", "linkedin.com/in/..."), which the URL rules (scheme or ``www.``) do not take.

Code in backticks is left alone. Typed CONTACT. The decision depends on the candidate's own characters and on its position (line
start, chat-like text), never on the public words around it.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexRule, TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["HANDLE_SHAPE_RULES", "HandleShapes"]

HANDLE_SHAPE_SCORE = 0.7

_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<value>[A-Za-z][A-Za-z0-9._-]{1,38}[A-Za-z0-9_])(?=:[ \t])"
)
_MARKED = re.compile(r"[A-Za-z][._-][A-Za-z0-9]|[A-Za-z0-9][._-][A-Za-z]|\d|_|[a-z][A-Z]")
_ABBREVIATION = re.compile(r"(?i)(?:[a-z]\.){1,4}[a-z]?")

HANDLE_SHAPE_RULES = (
    RegexRule("CamelCase handle with digits", CONTACT,
              re.compile(r"(?<![\w@#./`-])[A-Z][a-z]+(?:[A-Z][a-z]+)+\d{1,4}(?![\w@./`-])"), HANDLE_SHAPE_SCORE),
    RegexRule("Bluesky handle", CONTACT,
              re.compile(r"(?<![\w@.`-])[A-Za-z0-9][A-Za-z0-9.-]{0,60}\.bsky\.social\b"), 0.9),
    RegexRule("bare link with a path", CONTACT,
              re.compile(r"(?<![\w@./`-])(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}/[A-Za-z0-9_~%.+=-][^\s<>\"'`]{0,300}"),
              0.8),
)  # fmt: skip
_CHAT_DOTTED = re.compile(
    r"(?<![\w@./:`-])(?P<value>[a-z][a-z0-9]{1,30}(?:[._][a-z0-9]{1,30}){1,3})(?![\w@/`-]|\.[a-z0-9])"
)


class HandleShapes:
    """Handles found by shape or by their place at a chat line's start (see module doc)."""

    name = "handle-shapes"

    def __repr__(self) -> str:
        return "HandleShapes()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out: list[Span] = []
        for rule in HANDLE_SHAPE_RULES:
            for match in rule.pattern.finditer(text):
                start, end = match.span()
                while end > start and text[end - 1] in ".,;:!?)]}'\"":
                    end -= 1
                out.append(Span(start, end, CONTACT, rule.score))
        for match in _SPEAKER.finditer(text):
            value = match.group("value")
            if _MARKED.search(value) and not _ABBREVIATION.fullmatch(value):
                out.append(Span(*match.span("value"), CONTACT, HANDLE_SHAPE_SCORE))
        if view.chat_like:
            for match in _CHAT_DOTTED.finditer(text):
                value = match.group("value")
                if not _ABBREVIATION.fullmatch(value) and not value.startswith(("e.g", "i.e")):
                    out.append(Span(*match.span("value"), CONTACT, HANDLE_SHAPE_SCORE))
        return out
