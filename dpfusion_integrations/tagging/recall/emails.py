"""Any ``local@host`` e-mail address, whatever its domain: no public-suffix check, so addresses on
internal domains (``.internal``, ``.corp``, ``.local``, ``.test``, ``.example``, a bare host) are
tagged too. The precision profile's recognizer drops those."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["EMAIL_RULE", "email_detector"]

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
EMAIL_RULE = RegexRule(
    "e-mail address",
    CONTACT,
    re.compile(rf"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}@{_LABEL}(?:\.{_LABEL}){{0,8}}"),
    1.0,
)


def email_detector() -> RegexDetector:
    return RegexDetector("e-mail", [EMAIL_RULE])
