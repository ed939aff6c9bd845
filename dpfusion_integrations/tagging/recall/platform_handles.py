"""Plain user names next to a platform word, which the shape rules of ``usernames.py`` cannot see
because they hold no ``_``, digit or capital: "add me on discord: velvetmoth", "my tiktok is
dancewithdina", "her discord: mintleaf", "my username on the forum is oldgregg", "I'm frostbyte on
discord", "add me: ghost_of_riga", "the seller goes by bargain.king77".

Four shapes:

- **platform or account word, then ``is``/``:``/``-``** and the name, optionally with a place
  between ("username on the forum is x");
- **"add/follow/find/dm me"** (optionally "on <platform>"), a ``:`` or ``-``, then the name;
- **a name, then "on <platform>"** ("frostbyte on discord");
- **"goes by", "known as", "aka", "posts as"** then a name.

The name is taken when it looks like a handle (an inner ``.``, ``_``, ``-``, a digit or mixed case)
or, for the first three shapes (and the round-4 ones below), when it is not an ordinary word nor chat slang, so "discord is down",
"my tiktok is private", "add me on discord later" and "the handle is thread-safe" stay public. The
decision depends on the cue and the name only. Typed CONTACT, like ``@handles``.

Round 4 (``PlatformHandles(extended=True)``) adds three shapes:

- **a name, then the platform in brackets** ("quietlantern_ (TikTok)", "lumen_lark (Reddit)");
- **platform, then an account word and the name, no colon** ("GitHub user tsewang-dev", "Twitch
  channel PixelBadger");
- **a list after a plural account word and a colon** ("Banned users this week: cobalt.wasp,
  FernGully88, n0vaqueen", "Mods on duty: a, b and c"): each item of one word.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PLATFORMS", "PlatformHandles"]

PLATFORM_SCORE = 0.7

#: Platforms and account words (regex alternatives, matched case-insensitively).
PLATFORMS = (
    r"discord|insta(?:gram)?|ig|tiktok|snap(?:chat)?|kik|telegram|tg|signal|whatsapp|twitter|threads|bluesky"
    r"|bsky|mastodon|reddit|twitch|youtube|yt|steam|psn|xbox(?:[ ]live)?|gamer[ ]?tag|github|gitlab|slack"
    r"|skype|wechat|viber|venmo|cash[ ]?app|paypal|roblox|fortnite|epic|battle\.net|battlenet|minecraft"
    r"|linkedin|facebook|fb|messenger|tumblr|pinterest|soundcloud|spotify|substack|user[ ]?name|handle"
    r"|nick(?:name)?|screen[ ]?name|account[ ]name|alias|login"
)
_HANDLE = r"@?[A-Za-z0-9_][A-Za-z0-9_.-]{0,38}[A-Za-z0-9_](?:\#\d{4})?"
_END = r"(?![\w@])"
_AFTER_CUE = re.compile(
    rf"(?<![\w@.])(?i:{PLATFORMS})(?:[ ](?i:handle|name|id|username|account|tag))?"
    r"(?:[ ]+(?i:on|for|in|at)[ ]+(?:(?i:the|my|our|this|that)[ ]+)?[A-Za-z]{2,20})?"
    r"[ \t]*(?:(?i:is|was)|=|:|-|–)[ \t]*(?:(?i:is)[ \t]+)?"
    rf"(?P<value>{_HANDLE}){_END}"
)
_ADD_ME = re.compile(
    rf"(?<![\w@.])(?i:add|follow|find|dm|message|msg|ping)[ ]+(?i:me)(?:[ ]+(?i:on|at)[ ]+(?i:{PLATFORMS}))?"
    rf"[ \t]*(?::|-|–)[ \t]*(?P<value>{_HANDLE}){_END}"
)
_BEFORE_PLATFORM = re.compile(
    rf"(?<![\w@.#/])(?P<value>{_HANDLE})[ ]+(?i:on|in)[ ]+(?i:{PLATFORMS})\b"
)
_ALIAS = re.compile(
    rf"(?<![\w@.])(?i:goes[ ]by|known[ ]as|aka|a\.k\.a\.?|posts[ ]as|posting[ ]as|streams[ ]as|plays[ ]as)"
    rf"[ ]+(?P<value>{_HANDLE}){_END}"
)
_PAREN_PLATFORM = re.compile(rf"(?<![\w@.#/])(?P<value>{_HANDLE})[ ]*\((?i:{PLATFORMS})\)")
_PLATFORM_ACCOUNT = re.compile(
    rf"(?<![\w@.])(?i:{PLATFORMS})[ ]+(?i:user|account|handle|username|id|profile|channel|page|tag)[ ]+"
    rf"(?P<value>{_HANDLE}){_END}"
)
_LIST_CUE = re.compile(
    r"(?i)(?<![\w])(?:users|accounts|handles|usernames|user[ ]names|gamertags|profiles|players|moderators|mods"
    r"|members|reporters|streamers)\b[^:\n]{0,40}:[ \t]*(?P<list>[^\n]{1,400})"
)
_LIST_ITEM = re.compile(rf"(?:^|,|;|[ ](?:and|&)[ ])[ \t]*(?P<value>{_HANDLE})(?=[ \t]*(?:,|;|$|[ ](?:and|&)[ ]|[ ]\())")
_MARKS = re.compile(r"[A-Za-z][._-][A-Za-z0-9]|[A-Za-z0-9][._-][A-Za-z]|\d|#")
_NOT_NAMES = frozenset({"me", "you", "him", "her", "them", "us", "it", "this", "that", "there", "here", "e.g", "i.e"})


class PlatformHandles:
    """User names after or before a platform word (see module doc)."""

    name = "platform-handles"

    def __init__(self, *, extended: bool = False) -> None:
        self._patterns: tuple[tuple[re.Pattern[str], bool], ...] = (
            (_AFTER_CUE, True), (_ADD_ME, True), (_BEFORE_PLATFORM, True), (_ALIAS, False))
        if extended:
            self._patterns += ((_PAREN_PLATFORM, True), (_PLATFORM_ACCOUNT, True))
        self._extended = extended

    def __repr__(self) -> str:
        return f"PlatformHandles(extended={self._extended})"

    def detect(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        for pattern, plain_ok in self._patterns:
            for match in pattern.finditer(view.text):
                self._add(view, *match.span("value"), plain_ok=plain_ok, out=out)
        if self._extended:
            for match in _LIST_CUE.finditer(view.text):
                offset = match.start("list")
                for item in _LIST_ITEM.finditer(match.group("list")):
                    start, end = item.span("value")
                    self._add(view, offset + start, offset + end, plain_ok=True, out=out)
        return out

    def _add(self, view: TextView, start: int, end: int, *, plain_ok: bool, out: list[Span]) -> None:
        while end > start and view.text[end - 1] in ".-":
            end -= 1
        if end > start and self._accept(view, view.text[start:end], plain_ok=plain_ok):
            out.append(Span(start, end, CONTACT, PLATFORM_SCORE))

    @staticmethod
    def _handle_like(value: str) -> bool:
        core = value.lstrip("@")
        mixed = any(c.isupper() for c in core[1:]) and any(c.islower() for c in core) and not core.isupper()
        return value.startswith("@") or _MARKS.search(core) is not None or mixed

    def _accept(self, view: TextView, value: str, *, plain_ok: bool) -> bool:
        lower = value.lower().lstrip("@")
        if len(lower) < 3 or lower in _NOT_NAMES or lower in CHAT_SLANG:
            return False
        safe = view.words.safe
        parts = [p for p in re.split(r"[-]", lower) if p]
        if parts and all(p in safe for p in parts) and not any(c in lower for c in "._#") \
                and not any(c.isdigit() for c in lower):
            return False  # "thread-safe", "down", "private"
        if self._handle_like(value):
            return True
        return plain_ok and lower not in safe
