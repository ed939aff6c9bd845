"""Round 8: dates written with a month name of many languages, in every order the languages use.

Class: a day, a month name (any case form of :mod:`~dpfusion_integrations.tagging.recall.
dates_month_names_r8`) and usually a year, where round 7 knew only some western names and only the
day-month order:

- **day first, with or without a dot after the day** ("16. syyskuuta 2026", "14. června 2024",
  "21. april 2027", "6 Ιουνίου 2024", "6 июня 2024 г.", "6 d'abril de 2024", "3 Mehefin 2025"), also
  with an ordinal mark ("1.º de maio") or the Hebrew "ב" on the month ("6 ביוני 2024");
- **year first**, the Hungarian, Lithuanian, Latvian and Basque order, with the dot or suffix the
  language writes after the day, which belongs to the date ("2024. június 6.", "2025. szept. 3-án",
  "2024 m. birželio 6 d.", "2024ko ekainaren 6a", "2024. gada 6. jūnijs");
- **year and month** with a dot after the year ("2024. június");
- **abbreviations with a dot** ("14. lis. 2024", "3 szept.", "12 сент. 2023"): the short ones that are
  also words ("lis", "pro", "set") only with a year;
- **Japanese era years** ("令和6年6月18日", "平成元年"), which round 6's East Asian rule (four-digit
  years) left half covered;
- **Vietnamese** ("ngày 6 tháng 6 năm 2024", "6 tháng Sáu, 2024", "tháng 6/2024"), also with the day
  in words after "ngày" or "mồng" ("ngày hai mươi mốt tháng ba", "mồng một tháng giêng").

Days are 1-31, years 1900-2099 (2500-2599 for the Thai Buddhist era), the parts must stand apart from
other digits, and a month name that is also a word (:data:`AMBIGUOUS`: "Mars", "Mac", "mai") counts
only with a year. Typed DATE. Over-tagging risk: a count before a month-named thing ("3 Maret" as a
street), a numbered heading before a month name ("2. Oktober-Revolution").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import (
    DAY,
    MONTH,
    SP,
    START,
    YEAR_BE,
)
from dpfusion_integrations.tagging.recall.dates_month_names_r8 import (
    abbreviation_alternation,
    alternation,
    month_names,
)

__all__ = ["END", "NAMED_DATE_RULES", "YEAR_DOT", "YEAR_TAIL", "named_date_detector"]

YEAR = YEAR_BE
#: What some languages write after the year ("2024 г.", "2024 р.", "2024 r.", "2024. godine").
YEAR_TAIL = rf"(?:{SP}?(?:г|р|r|god)\.|{SP}(?:года|року|godine|gada|metų|évi|urtea))?"
#: The dot Croatian, Serbian and Slovene write after the year of a day-first date ("3. ožujka 1958.");
#: a sentence's final dot taken with it costs nothing.
YEAR_DOT = r"(?:(?<=\d)\.(?=\s|\Z))?"
_ANY = rf"(?i:{alternation(ambiguous=True)})"
_PLAIN = rf"(?i:{alternation(ambiguous=False)})"
_ABBR = rf"(?i:{abbreviation_alternation()})\."
#: Words between a day and its month ("6 de junio", "6 d'abril", "6 of May", Maltese "6 ta' Ġunju").
_LINK = rf"(?:(?i:de|del|of|ng|mis|mwezi){SP}|(?i:d)['’]|(?i:ta)['’]{SP})?"
#: After a day that a year-first date ends with: Hungarian "6.", "6-án", "1-jén", "3-ig"; Lithuanian
#: "6 d."; Basque "6a", "6an".
_DAY_END = rf"(?:-(?i:j?[áé]n|j?[ae]|t[óő]l|ig|i|a)\b|{SP}d\.|an?\b|\.)?"
#: An ordinal mark after the day ("1.º de maio", "1er juin", "1ste mei", "2nd of June").
_ORDINAL = r"(?:\.?[ºª°]|(?i:st|nd|rd|th|er|ère|ro|ste|de|e))?"
END = r"(?![\w]|[.,/-]\d)"


def _short_abbreviation(match: re.Match[str]) -> bool:
    """Without a year, only an abbreviation of four or more letters or one with a letter outside
    ASCII ("szept.", "márc.", "čvn.", "сент."): short ASCII ones ("lis.", "pro.", "set.") are words."""
    abbr = match.group("abbr").rstrip(".")
    return match.group("year") is not None or len(abbr) >= 4 or not abbr.isascii()


#: A word as the month after a day (letters and the combining marks of Thai and Devanagari), looked up
#: in the table rather than matched as one alternation of several hundred names at every number.
_WORD = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u097f\u0e00-\u0e7f]){2,16}"
_PLAIN_NAMES = month_names(ambiguous=False)
_ALL_NAMES = month_names(ambiguous=True)


def _month_after_day(match: re.Match[str]) -> bool:
    """The word after the day is a month name (an ambiguous one only with a year); Hebrew writes the
    preposition "ב" onto it ("6 ביוני 2024")."""
    month = match.group("month").lower()
    names = _ALL_NAMES if match.group("year") is not None else _PLAIN_NAMES
    return month in names or (month.startswith("ב") and month[1:] in names)


_VN_MONTH = rf"(?:{MONTH}|(?i:một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:[ ]một|[ ]hai)?|chạp))"
#: Vietnamese units after "mười" (ten) or "mươi" (tens): "mốt" (one), "tư" (four), "lăm" (five).
_VN_UNIT = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)"
#: A Vietnamese day in words ("mười lăm", "hai mươi mốt", "ba mươi", "mồng một"): read only after
#: "ngày" or "mồng", since "ba tháng" alone is "three months".
_VN_DAY_WORDS = (
    rf"(?i:(?:hai|ba)[ ]mươi(?:[ ](?:mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?"
    rf"|mười(?:[ ](?:một|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?|(?:hai|ba)[ ](?:mốt|lăm)|{_VN_UNIT})"
)
_VN_DAY = rf"(?:(?:(?i:ngày|mồng|mùng){SP})?{DAY}|(?i:ngày|mồng|mùng)(?:{SP}(?i:mồng|mùng))?{SP}{_VN_DAY_WORDS})"

NAMED_DATE_RULES = (
    RegexRule("r8 day and month name of many languages", DATE,
              re.compile(rf"{START}{DAY}{_ORDINAL}(?:\.{SP}?|{SP}){{1,2}}{_LINK}(?P<month>{_WORD}(?:{SP}(?i:fómhair))?)"
                         rf"(?P<year>,?{SP}(?:(?i:de|del){SP})?{YEAR}{YEAR_TAIL}{YEAR_DOT})?{END}"),
              0.9, _month_after_day, keep_end=True),
    RegexRule("r8 year first with a month name", DATE,
              re.compile(rf"{START}{YEAR}(?:(?:\.|{SP}m\.|\.?{SP}(?i:gada|évi)|e?ko){SP}(?:{_ANY}|{_ABBR})|{SP}{_PLAIN})"
                         rf"{SP}?{DAY}{_DAY_END}(?![\w]|\.?\d)"),
              0.9, keep_end=True),
    RegexRule("r8 year, day and month (Latvian)", DATE,
              re.compile(rf"{START}{YEAR}\.?{SP}(?i:gada){SP}{DAY}\.{SP}{_ANY}{END}"), 0.9),
    RegexRule("r8 year and month name with a dot after the year", DATE,
              re.compile(rf"{START}{YEAR}\.{SP}{_PLAIN}(?![\w]|{SP}?\d)"), 0.85),
    RegexRule("r8 day and abbreviated month with a dot", DATE,
              re.compile(rf"{START}{DAY}(?:\.{SP}?|{SP}){{1,2}}(?P<abbr>{_ABBR})(?:{SP}(?P<year>{YEAR}{YEAR_TAIL}))?{END}"),
              0.85, _short_abbreviation, keep_end=True),
    RegexRule("r8 Japanese era year", DATE,
              re.compile(r"(?:令和|平成|昭和|大正|明治)[ ]?(?:元|\d{1,2})[ ]?年(?:[ ]?\d{1,2}[ ]?月(?:[ ]?\d{1,2}[ ]?日)?)?"), 0.9),
    RegexRule("r8 Vietnamese day and month", DATE,
              re.compile(rf"(?<![\w]){_VN_DAY}{SP}(?i:tháng){SP}{_VN_MONTH}"
                         rf"(?:(?:,|{SP}(?i:năm))?{SP}{YEAR}|/{YEAR})?{END}"), 0.9),
    RegexRule("r8 Vietnamese month and year", DATE,
              re.compile(rf"(?<![\w])(?i:tháng){SP}{_VN_MONTH}(?:{SP}(?i:năm){SP}|/|,{SP}?){YEAR}{END}"), 0.9),
)  # fmt: skip


def named_date_detector() -> RegexDetector:
    """Dates with a month name of many languages, in day-first and year-first orders."""
    return RegexDetector("named-dates-r8", NAMED_DATE_RULES)
