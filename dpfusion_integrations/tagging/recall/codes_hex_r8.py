"""Round 8 (codes): identifiers written as hexadecimal byte pairs (badge and card UIDs, MAC addresses).

Access-control logs, device inventories and network notes print a card's or device's identifier as
byte pairs joined by ":" or "-" ("AC:74:69:00", "5B-3E-5F-49-0C-D2", "04:A2:19:6B:3C:80:81"), or as
three dotted groups of four hex digits ("ac74.6900.1b2c", the MAC layout of some network vendors).
The earlier rounds took only a fragment ("C2") or nothing. Two rules, typed ID:

- **byte pairs**: four to eight pairs of hex digits joined by one kind of separator (":" or "-"),
  holding a hex letter (A-F) or six pairs or more, so that clock times and timecodes of digits only
  ("12:30:45", "01:02:03:04") stay public while a MAC of digits only ("00:11:22:33:44:55") does not;
- **dotted quads of four**: three groups of four hex digits joined by dots with a hex letter.

Hex colours ("#AC7469") and version strings ("3.12.1") do not have these shapes. Over-tagging risk: a
hex dump in a technical text is tagged, which is what a redaction of such a text wants anyway.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["HEX_RULES_R8", "hex_id_detector"]

HEX_SCORE = 0.9
_PAIRS = re.compile(
    r"(?<![\w:.-])(?P<value>[0-9A-Fa-f]{2}(?P<sep>[:-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){2,6})(?![\w:-]|\.\w)"
)
_DOTTED_QUADS = re.compile(r"(?<![\w.])(?P<value>[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w.])")


def _hex_letter_or_six_pairs(match: re.Match[str]) -> bool:
    value = match.group("value")
    pairs = len(re.split(r"[:-]", value))
    return any(c.isalpha() for c in value) or pairs >= 6


def _hex_letter(match: re.Match[str]) -> bool:
    return any(c.isalpha() for c in match.group("value"))


#: Round 8's hexadecimal identifier rules (see module doc).
HEX_RULES_R8 = (
    RegexRule("hex byte pairs", ID, _PAIRS, HEX_SCORE, accept=_hex_letter_or_six_pairs),
    RegexRule("hex dotted quads", ID, _DOTTED_QUADS, HEX_SCORE, accept=_hex_letter),
)


def hex_id_detector() -> RegexDetector:
    """Badge, card and device identifiers written as hexadecimal byte pairs."""
    return RegexDetector("codes-hex-pairs-r8", HEX_RULES_R8)
