"""Booking, reservation and confirmation codes: the value after a booking word ("PNR QX7LBM",
"Booking ref: ZK4P9T", "confirmation K8J2-PL", "record locator MFKQ2D", "booking reference
wq82hz", "conf. no. 58C2A9"), in either case and with or without digits, and, without a cue, the
six-character airline PNR shape (upper-case letters and digits, at least three letters and one
digit: ``QX7LBM``). Public codes of that shape (``SHA256``, ``COVID19``...) are left out. Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["BOOKING_RULES", "booking_code_detector"]

_CUE = (
    r"pnr|record[ ]locator|locator|booking|reservation|confirmation|conf\.?|ref\.?|reference|itinerary"
    r"|e-?ticket|ticket|voucher|promo|coupon|code|check-in|rebooking"
)
_FILLER = r"(?:(?:(?i:no|nr|number|num|code|ref|reference|id|is|was)\b\.?|[:\#-])[ \t]*+){0,3}"
_PUBLIC = re.compile(r"(?i)(?:SHA|MD|AES|RSA|COVID|UTF|ISO|MP|IPV|GPT|HTTP|TLS|SSL|CVE|ICD|X86|ARM|USB|HDMI)\d")
_WORDS = frozenset({"number", "numbers", "please", "below", "above", "attached", "pending", "required", "expired"})


def _code_like(match: re.Match[str]) -> bool:
    value = match.group("value")
    if value.lower() in _WORDS or _PUBLIC.match(value):
        return False
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    if digits and letters:
        return True
    if not digits:  # letters only: an upper-case locator ("RZKLMT"), not an ordinary word
        return value.isupper() and 5 <= len(value) <= 8
    return len(value) >= 4


BOOKING_RULES = (
    RegexRule("code after a booking word", ID,
              re.compile(rf"(?<![\w-])(?i:{_CUE})(?![\w-])[ \t]*+{_FILLER}[ \t]*+"
                         r"(?<![\w])(?P<value>[A-Za-z0-9](?:[A-Za-z0-9/-]{2,22}[A-Za-z0-9]|[A-Za-z0-9]{1,2}))(?![\w@])"),
              0.85, _code_like),
    RegexRule("six-character PNR", ID,
              re.compile(r"(?<![\w-])(?P<value>(?=[A-Z0-9]{0,5}\d)(?=(?:[0-9]*[A-Z]){3})[A-Z0-9]{6})(?![\w-])"),
              0.7, lambda m: _PUBLIC.match(m.group("value")) is None),
)  # fmt: skip


def booking_code_detector() -> RegexDetector:
    return RegexDetector("booking-code", BOOKING_RULES)
