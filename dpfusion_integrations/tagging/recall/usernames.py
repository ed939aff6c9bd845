"""User names and handles written without an ``@``: the value after a word that announces an
account ("username m.kowalczyk", "user jdoe_44", "my discord is lunarfox.99", "handle: x",
"gamertag xXShadowWolfXx", "skype id live:aiko.tan_3", "account name beatriz_lopes21"), Reddit
``u/name``, Discord tags (``pixel_samurai#4821``), and, without any cue, a word that joins letters
and digits with an underscore ("mango_lassi_99"), which ordinary prose never does.

After a cue the value must still look like a handle (an inner ``_``, ``.``, ``-`` or digit, or
mixed case such as ``xXShadowWolfXx``), so "the user guide" and "login page" stay public; code
identifiers in backticks are left alone. Typed CONTACT, like ``@handles``.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["USERNAME_RULES", "username_detector"]

_CUE = (
    r"user(?:[ ]?name)?|login|log[ ]in|handle|screen[ ]?name|nick(?:name)?|account(?:[ ]name)?|gamertag"
    r"|gamer[ ]tag|player(?:[ ]id)?|psn|xbox|steam|discord|github|gitlab|twitter|instagram|insta|ig"
    r"|tiktok|snapchat|telegram|skype(?:[ ]id)?|reddit(?:[ ]user)?|twitch|youtube|mastodon|bluesky"
    r"|threads|id|alias"
)
_HANDLE = r"(?:live:)?[A-Za-z0-9][A-Za-z0-9_.-]{0,38}[A-Za-z0-9_](?:\#\d{4})?"


_STRONG = re.compile(r"(?i)user[ ]?name|login|log[ ]in|gamer[ ]?tag|screen[ ]?name|account[ ]name|skype[ ]id"
                     r"|player[ ]id|nick(?:name)?")


def _handle_like(match: re.Match[str]) -> bool:
    value = match.group("value")
    core = value.removeprefix("live:")
    if core.lower() in ("e.g", "i.e", "etc"):
        return False
    # a hyphen alone makes a handle only after a strong cue ("username okonkwo-dev", not "handle is thread-safe")
    marks = "-#" if _STRONG.fullmatch(match.group("cue")) else "#"
    marks = any(c in "_" + marks for c in core) or any(c.isdigit() for c in core) or _DOTTED.search(core) is not None
    mixed = any(c.isupper() for c in core[1:]) and any(c.islower() for c in core) and not core.isupper()
    return marks or mixed


_DOTTED = re.compile(r"[A-Za-z]\.[A-Za-z]")

USERNAME_RULES = (
    RegexRule("value after an account word", CONTACT,
              re.compile(rf"(?<![\w`])(?P<cue>(?i:{_CUE}))\b[ \t]*(?:(?i:is|was|=|:|-)[ \t]*)?(?:(?i:is)[ \t]+)?"
                         rf"(?!(?i:{_CUE})\b)(?P<value>{_HANDLE})(?![\w@`(])"),
              0.7, _handle_like),
    RegexRule("reddit u/name", CONTACT, re.compile(r"(?<![\w/])(?P<value>/?u/[A-Za-z0-9_-]{2,30})\b"), 0.9),
    RegexRule("discord tag", CONTACT,
              re.compile(r"(?<![\w@#`])(?P<value>[A-Za-z0-9_.]{2,32}\#\d{4})(?![\w`])"), 0.9),
    RegexRule("letters_and_digits", CONTACT,
              re.compile(r"(?<![\w@.`/-])(?P<value>(?=[A-Za-z0-9._-]{0,40}\d)[A-Za-z][A-Za-z0-9.-]{0,30}_[A-Za-z0-9_.-]{1,30})(?![\w@`(/])"),
              0.65),
)  # fmt: skip


def username_detector() -> RegexDetector:
    return RegexDetector("username", USERNAME_RULES)
