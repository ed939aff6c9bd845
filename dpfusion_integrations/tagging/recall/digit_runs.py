"""Any token holding a run of five or more digits (record, ticket, account, order numbers, PINs,
5-digit postcodes); the whole token is the span (``INC0093471``, ``2024/INV/00317``)."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["DIGIT_RUN_RULE", "digit_run_detector"]

_RUN = re.compile(r"\d{5}")
DIGIT_RUN_RULE = RegexRule(
    "token with 5+ digits", ID, re.compile(r"(?<![\w/-])[\w/-]{5,1000}"), 0.6,
    lambda m: _RUN.search(m.group(0)) is not None,
)


def digit_run_detector() -> RegexDetector:
    return RegexDetector("digit-run", [DIGIT_RUN_RULE])
