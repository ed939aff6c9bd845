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
    r"|dezembro|januari|februari|maart|mei|augustus"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia"
    r"|stycze[ńn]|luty|marzec|kwiecie[ńn]|czerwiec|lipiec|sierpie[ńn]|wrzesie[ńn]|pa[źz]dziernik|listopad|grudzie[ńn]"
    r"|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k"
    r"|augusti|maj|juni|juli|okt)"
)
_ANY_MONTH = rf"(?:{_MONTH}|{_FOREIGN_MONTH})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°)?"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
)
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY}\.?,?[ ]+(?:the[ ]+)?)?"
_ORDINAL_WORD = (
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
    r"|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first)"
)
# English month names in any case; used only next to a day number
_LOWER_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_YEAR = r"(?:\d{4}|['’]\d{2})"
_CUE = (
    r"(?i:on|due|by|until|till|til|from|since|before|after|dated|date|appointment|appt|deadline|expires"
    r"|expiry|born|arrives?|arriving|leaves?|leaving)"
)

DATE_RULES = (
    RegexRule("numeric date", DATE,
              re.compile(r"(?<![\w/.-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\w/-]|\.\d)"),
              0.9),
    RegexRule("day month year", DATE,
              re.compile(rf"\b{_WEEKDAY_PREFIX}(?:(?i:the)[ ]+)?{_DAY}\.?[ ]+(?:of[ ]+|de[ ]+)?{_ANY_MONTH}(?:,?[ ]+(?:de[ ]+)?{_YEAR})?(?![\w])"),
              0.9),
    RegexRule("month day year", DATE,
              re.compile(rf"\b{_WEEKDAY_PREFIX}{_MONTH}[ ]+(?:the[ ]+)?{_DAY}(?:,?[ ]+{_YEAR})?(?![\w])"), 0.9),
    RegexRule("month year", DATE,
              re.compile(rf"\b(?:(?i:early|mid|late|end[ ]of|beginning[ ]of|start[ ]of)[- ]?)?{_ANY_MONTH}[ ]+{_YEAR}(?![\w])"),
              0.9),
    RegexRule("weekday", DATE, re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"), 0.9),
    RegexRule("weekday and day", DATE,
              re.compile(rf"\b(?P<value>{_WEEKDAY}\.?,?[ ]+(?:the[ ]+)?(?:{_DAY}|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.?))(?![\w/])"),
              0.9),
    RegexRule("ordinal word and month", DATE,
              re.compile(rf"\b(?:{_ORDINAL_WORD}[ ]+(?:of[ ]+)?{_ANY_MONTH}|{_MONTH}[ ]+(?:the[ ]+)?{_ORDINAL_WORD})(?![\w])"),
              0.9),
    RegexRule("lower-case month next to a day", DATE,
              re.compile(rf"(?<![\w])(?:{_DAY}[ ]+(?:of[ ]+)?{_LOWER_MONTH}|{_LOWER_MONTH}[ ]+{_DAY})(?:,?[ ]+{_YEAR})?(?![\w])"),
              0.85, lambda m: any(c.isdigit() for c in m.group(0))),
    RegexRule("day and month with dots", DATE,
              re.compile(r"(?<![\w.,/-])(?P<value>(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.)(?![\w.,/-]|[ ]?\d)"), 0.85,
              keep_end=True),
    RegexRule("day and month after a cue", DATE,
              re.compile(rf"(?<![\w])(?:{_CUE}|{_WEEKDAY})\.?:?[ ]+(?:the[ ]+)?(?P<value>(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])|"
                         rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w/.,]\d|[\w/])"),
              0.85),
)  # fmt: skip


def date_detector() -> RegexDetector:
    return RegexDetector("date", DATE_RULES)
