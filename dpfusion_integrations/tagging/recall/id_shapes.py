"""Identifier shapes that need no validation: IBANs, payment cards, licence plates, upper-case
codes of letters and digits (``SN-7Q4X-22K9-M81``, ``PLX-88310-22``), US SSN and UK National
Insurance layouts, sort codes and ``#1234`` references.

Public codes of the same shape (``COVID-19``, ``ICD-10``, ``UTF-8``, ``ISO-8601``...) are left out."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["ID_SHAPE_RULES", "PUBLIC_CODE", "id_shape_detector"]

PUBLIC_CODE = re.compile(
    r"(?:COVID|ICD|ISO|IEC|UTF|SHA|AES|RSA|RFC|DIN|EN|MP|H\d?N\d?|HL|TLS|SSL|IPV|GPT|PEP|CVE|CWE|HTTP)-?\d",
)


def _not_public_code(match: re.Match[str]) -> bool:
    return PUBLIC_CODE.match(match.group(0)) is None


ID_SHAPE_RULES = (
    RegexRule("IBAN", ID, re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b"), 0.95),
    RegexRule("payment card", ID,
              re.compile(r"(?<![\d-])(?:\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,4}(?:[ -]?\d{1,3})?|\d{4}[ -]?\d{6}[ -]?\d{4,5})(?![\d-])"),
              0.95),
    RegexRule("hyphenated upper-case code", ID,
              re.compile(r"(?<![\w-])(?=[A-Z0-9-]{0,60}\d)(?=[A-Z0-9-]{0,60}[A-Z])[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){1,5}(?![\w-])"),
              0.75, _not_public_code),
    RegexRule("upper-case code with digits", ID,
              re.compile(r"(?<![\w-])(?=[A-Z]{0,20}\d[A-Z]{0,20}\d)(?=\d{0,20}[A-Z])[A-Z0-9]{5,24}(?![\w-])"),
              0.75, _not_public_code),
    RegexRule("plate with spaces", ID,
              re.compile(r"\b(?:[A-Z]{2}\d{2}[ ][A-Z]{3}|[A-Z]{2}[ ]\d{1,2}[ ][A-Z]{1,3}[ ]\d{3,4}|[A-ZÄÖÜ]{1,3}[ ][A-Z]{1,2}[ ]\d{1,4}[EH]?)\b"),
              0.75),
    RegexRule("US SSN layout", ID, re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), 0.9),
    RegexRule("UK National Insurance number", ID,
              re.compile(r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b"), 0.9),
    RegexRule("sort code", ID, re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])"), 0.7),
    RegexRule("#reference", ID, re.compile(r"(?<![\w#])#\d{3,20}(?![\w])"), 0.8),
)  # fmt: skip


def id_shape_detector() -> RegexDetector:
    return RegexDetector("id-shape", ID_SHAPE_RULES)
