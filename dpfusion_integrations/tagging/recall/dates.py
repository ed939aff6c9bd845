"""Dates in the common written and numeric forms: ``14.02.1961``, ``12/03/2024``, ``2024-01-17``,
``3 May 2023``, ``March 9``, ``Sat 12 Aug``, ``18 Nov 2023``, ``May 2024``, month names in French,
German, Spanish, Italian, Portuguese and Dutch (``5 janvier 2024``, ``14. März 2023``), and weekday
names. Typed DATE."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["DATE_RULES", "date_detector"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# French, German, Spanish, Italian, Portuguese and Dutch month names (any case)
_FOREIGN_MONTH = (
    r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio"
    r"|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno"
    r"|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro"
    r"|dezembro|januari|februari|maart|mei|augustus)"
)
_ANY_MONTH = rf"(?:{_MONTH}|{_FOREIGN_MONTH})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°)?"
_WEEKDAY_PREFIX = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ ]+)?"

DATE_RULES = (
    RegexRule("numeric date", DATE,
              re.compile(r"(?<![\w/.-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\w/-]|\.\d)"),
              0.9),
    RegexRule("day month year", DATE,
              re.compile(rf"\b{_WEEKDAY_PREFIX}{_DAY}\.?[ ]+(?:of[ ]+|de[ ]+)?{_ANY_MONTH}(?:,?[ ]+(?:de[ ]+)?\d{{4}})?(?![\w])"),
              0.9),
    RegexRule("month day year", DATE,
              re.compile(rf"\b{_WEEKDAY_PREFIX}{_MONTH}[ ]+{_DAY}(?:,?[ ]+\d{{4}})?(?![\w])"), 0.9),
    RegexRule("month year", DATE, re.compile(rf"\b{_ANY_MONTH}[ ]+\d{{4}}(?![\w])"), 0.9),
    RegexRule("weekday", DATE, re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"), 0.9),
)  # fmt: skip


def date_detector() -> RegexDetector:
    return RegexDetector("date", DATE_RULES)
