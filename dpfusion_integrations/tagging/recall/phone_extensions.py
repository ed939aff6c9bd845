"""Round 4 phone shapes, added to ``phones.py``'s digit groups: a country code in brackets
("(+34) 915 42 87 03"), groups split by a spaced slash ("0 89 / 41 82 29 0"), and extensions in
brackets or after a dash, in several languages ("(ext. 2210)", "– ext 12", "(poste 214)",
"ramal 31", "Durchwahl 17", "toestel 4"), which belong to the phone; and the number after an
extension word standing on its own ("ask for extension 214").

The whole match is one span (a closing bracket of the extension included). Like ``phones.py``, no
numbering plan is checked: 7 to 15 digits before the extension are enough."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["EXTENSION_WORDS", "PHONE_EXTENSION_RULES", "phone_extension_detector"]

#: Words that introduce an extension (regex alternatives, any case).
EXTENSION_WORDS = (
    r"ext|extn|extension|x|\#|poste|ramal|int|interno|anexo|durchwahl|dw|toestel|tst|wewn|lok|doorkies|apparat"
)
_EXT_BODY = rf"(?:{EXTENSION_WORDS})\.?[ ]?:?[ ]?\d{{1,6}}"
_EXTENSION = rf"(?:[ ]?(?:[–—-][ ]?)?(?:\({_EXT_BODY}\)|{_EXT_BODY}))"
_PHONE = re.compile(
    rf"(?i)(?<![\w+/.-])(?P<value>\(?(?:\+|00)?\(?\d(?:[\d().\- ]|[ ]/(?=[ ])){{4,28}}\d{_EXTENSION}?)(?![\w])"
)
_SPLIT = re.compile(rf"(?i){_EXTENSION}$")
_LONE = re.compile(
    r"(?i)(?<![\w])(?:ext|extn|extension|poste|ramal|interno|anexo|durchwahl|toestel|apparat)\.?[ ]?:?[ ]?"
    r"(?P<value>\d{2,6})(?![\w.,]\d)"
)


def _digit_count_ok(match: re.Match[str]) -> bool:
    main = _SPLIT.sub("", match.group("value"))
    digits = sum(c.isdigit() for c in main)
    return 7 <= digits <= 15 and "  " not in main


PHONE_EXTENSION_RULES = (
    RegexRule("phone with bracketed code, spaced slash or extension", CONTACT, _PHONE, 0.72, _digit_count_ok,
              keep_end=True),
    RegexRule("number after an extension word", CONTACT, _LONE, 0.6),
)


def phone_extension_detector() -> RegexDetector:
    return RegexDetector("phone-extension", PHONE_EXTENSION_RULES)
