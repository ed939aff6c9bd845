"""Social-media and chat ``@handles`` (not the host part of an e-mail address)."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["HANDLE_RULE", "handle_detector"]

HANDLE_RULE = RegexRule(
    "@handle", CONTACT, re.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,48}[A-Za-z0-9_])?"), 0.9
)


def handle_detector() -> RegexDetector:
    return RegexDetector("handle", [HANDLE_RULE])
