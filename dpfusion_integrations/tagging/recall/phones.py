"""Phone-like digit groups: 7 to 15 digits in groups separated by spaces, dots, hyphens or
parentheses, or written without any separator, with an optional ``+`` or ``00`` prefix and an
optional extension (``ext. 214``, ``x301``, ``#12``). No validation against numbering plans: a
recall-first rule takes any such shape."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["PHONE_RULE", "phone_detector"]

_EXTENSION = r"(?:[ ]?(?:ext\.?|extn\.?|extension|x|\#)[ ]?\d{1,6})"
_PHONE = re.compile(
    rf"(?<![\w+/.-])(?P<value>(?:\+|00)?\(?\d[\d().\- ]{{4,24}}\d{_EXTENSION}?)(?![\w])", re.IGNORECASE
)
_SPLIT = re.compile(rf"{_EXTENSION}$", re.IGNORECASE)


def _digit_count_ok(match: re.Match[str]) -> bool:
    main = _SPLIT.sub("", match.group("value"))
    digits = sum(c.isdigit() for c in main)
    return 7 <= digits <= 15 and "  " not in main


PHONE_RULE = RegexRule("phone-like digit groups", CONTACT, _PHONE, 0.7, _digit_count_ok)


def phone_detector() -> RegexDetector:
    return RegexDetector("phone", [PHONE_RULE])
