"""URLs with a scheme (``https://``, ``ftp://``) or starting with ``www.``; trailing punctuation is
left out. Bare domains are left to Presidio's URL recognizer, which checks them against its list
of top-level domains."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["URL_RULES", "url_detector"]

URL_RULES = (
    RegexRule("url with scheme", CONTACT, re.compile(r"\b(?:https?|ftps?|sftp|file)://[^\s<>\"'`]{1,2000}"), 0.95),
    RegexRule("www url", CONTACT, re.compile(r"(?<![\w./])www\.[^\s<>\"'`]{2,2000}"), 0.95),
)


def url_detector() -> RegexDetector:
    return RegexDetector("url", URL_RULES)
