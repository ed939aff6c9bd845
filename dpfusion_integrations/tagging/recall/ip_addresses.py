"""IPv4 and IPv6 addresses (contact points of a machine, so CONTACT) and MAC addresses (ID)."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT, ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["IP_RULES", "ip_detector"]


def _ipv6(match: re.Match[str]) -> bool:
    """At least one group of 3-4 hex digits, so times such as ``12:30:45`` are not addresses."""
    return any(3 <= len(part) <= 4 for part in match.group(0).split(":"))


IP_RULES = (
    RegexRule("IPv4", CONTACT,
              re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w]|\.\d)"),
              0.95),
    RegexRule("IPv6", CONTACT,
              re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4})?(?::{1,2}[0-9A-Fa-f]{1,4}){2,7}(?:::)?(?![\w:])"),
              0.95, _ipv6),
    RegexRule("MAC address", ID, re.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])"), 0.95),
)  # fmt: skip


def ip_detector() -> RegexDetector:
    return RegexDetector("ip-address", IP_RULES)
