"""Round 8: numeric dates written with spaces between their parts, and year-first dotted dates.

Class: the numeric orders of Central and Eastern Europe and East Asia that round 7's numeric rule
(parts joined without spaces) did not read:

- **year first with dots**, the Hungarian form, whose final dot belongs to the date ("2024. 06. 18.",
  "1965.04.11.", "2024. 6. 3."); also without the final dot when spaced ("2024. 06. 18 19:47"; the
  unspaced form without it, "2024.06.18", was round 7's);
- **day first with a dot and a space** (Czech, Slovak, Slovene, Croatian, German, Austrian: "4. 2. 2026",
  "18. 7. 2025", "(2. 4. 1949)", "4. 2. 26", "4.2. 2026");
- **ISO-like and slashed dates with spaces around the separator** ("2024 - 06 - 18", "2024 / 6 / 18",
  "18 / 06 / 2024", "18 - 6 - 2024");
- **a final dot or a year word** after a full numeric date ("18.06.2024." in Croatian, Serbian and
  Hungarian writing, "28.02.2025 г.", "2024-06-18 m.");
- **a month word between separators** ("18/Jun/2024", "18.Juni.2024", "3-Ιουν-25");
- **a month in Roman numerals** (Polish, Italian, Romanian, Czech, Baltic usage: "4.III.2025",
  "12. XI. 2023 r.", "7 IX 1999", "2025.III.04"), with a four-digit year.

Bounds: day 1-31, month 1-12, year 1900-2099 (or two digits in the day-first dotted form). Version and
section numbers ("2.4.1", "4. 2. Results", "v2024.1.3") fail the bounds or the spacing: a day-first
form needs its year (four digits, not after a word that introduces a number; two digits only after a
colon, bar, bracket or date word: "dne 4. 2. 26", while "section 4. 2. 26" stays public), a year-first form a plausible year, and no digit or dot-digit may follow.
The one-letter Roman months (I, V, X) need a dot, slash or hyphen ("In 2023 I 5 times" stays
public), and a spaced day-first date with a lower-case word right after it ("1. 2. 2000 items") needs a
date cue or a comma before it. Typed DATE. Over-tagging risk: a three-level list number with a year-like last part
("1. 2. 2000,"), a volume-part-year citation in Roman numerals ("vol. 3 IV 1999").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import DAY, MONTH, START, YEAR
from dpfusion_integrations.tagging.recall.dates_month_names_r8 import month_words

__all__ = ["NUMERIC_DATE_RULES", "numeric_date_detector"]

_END = r"(?![\w]|[.,/:-]?\d)"
#: Months in upper-case Roman numerals of two letters or more, longest first.
_ROMAN_LONG = r"(?:XII|XI|IX|VIII|VII|VI|IV|III|II)"
#: Between the parts of a Roman-numeral date: a dot (and a space), a space, a slash or a hyphen.
_RSEP = r"(?:\.[ ]?|[ /-])"
#: The one-letter months I, V and X are also the English pronoun and letters ("In 2023 I 5 times"):
#: they count only between dots, slashes or hyphens ("4.V.2025", "2025/X/04"), never between spaces.
_RSEP_SHORT = r"(?:\.[ ]?|[/-])"
#: A Roman-numeral month with the separators on both sides.
_ROMAN_PART = rf"(?:{_RSEP}{_ROMAN_LONG}{_RSEP}|{_RSEP_SHORT}[IVX]{_RSEP_SHORT})"
#: Words after which a dotted number is a version, section or list number, not a date.
_NUMBERED = re.compile(
    r"(?i)(?<![\w])(?:version|release|v|ver|section|sec|chapter|ch|step|figure|fig|table|item|rule|clause|art"
    r"|article|paragraph|para|page|p|pp|no|nr|number|level|part|§|vol|volume|appendix|annex|anlage"
    r"|kapitel|abschnitt|kapitola|oddíl|poglavje|članak|točka|bod)\.?[ ]*\Z"
)


def _not_numbered(match: re.Match[str]) -> bool:
    """Not after a word that introduces a version, section or list number."""
    return _NUMBERED.search(match.string, max(0, match.start() - 12), match.start()) is None


#: What stands before a day-first date with a two-digit year: a colon, a bar or a bracket, or a word
#: that introduces a date in English, Czech, Slovak, Polish, German or Slovene.
_SHORT_YEAR_CUE = re.compile(
    r"(?:[:|(]|(?<![\w])(?i:on|dated?|due|until|from|since|born|dne|dňa|dnia|od|do|ze|am|vom|bis|datum|rok"
    r"|lhůta|termín|splatn[éáýa]|nar|narozen[aá]?|geb|rojen[a]?|vystaven[oa]?))\.?[ ]{0,2}\Z"
)


#: A lower-case word right after a date ("1. 2. 2000 items"), other than a year word ("2000 r.",
#: "2000 g.", "2000 godine", "2000 года"), which a list or a count before its noun shows.
_LOWER_WORD_AFTER = re.compile(r"[ ](?!(?:[rgmр]|г|god)\.|(?:года|року|roku|godine|gada|metų)(?![\w]))[^\W\d_]")


_COMMA_BEFORE = re.compile(r",[ ]{1,2}\Z")


def _date_cue_before(match: re.Match[str]) -> bool:
    """A colon, bracket or date word ("dne", "am", "born") stands right before the match."""
    return _SHORT_YEAR_CUE.search(match.string, max(0, match.start() - 16), match.start()) is not None


def _cue_or_comma_before(match: re.Match[str]) -> bool:
    """A date cue or a comma stands right before the match ("Do, 5. 6. 2025 geschlossen")."""
    return _date_cue_before(match) or _COMMA_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) is not None


def _two_digit_year(match: re.Match[str]) -> bool:
    """A four-digit year, or a two-digit one after a date cue ("dne 4. 2. 26"), not a bare list number;
    a lower-case word right after it ("1. 2. 2000 items") only after a date cue or a comma ("am 4. 2.
    2026 wurde", "Do, 5. 6. 2025 geschlossen")."""
    if match.group("long") is None:
        return _date_cue_before(match)
    if not _not_numbered(match):
        return False
    after = _LOWER_WORD_AFTER.match(match.string, match.end())
    return after is None or not after.group(0)[-1].islower() or _cue_or_comma_before(match)


_MONTH_WORDS = month_words()


def _month_word(match: re.Match[str]) -> bool:
    """The word between the separators is a month name or abbreviation of some language."""
    return match.group("word").lower() in _MONTH_WORDS


NUMERIC_DATE_RULES = (
    RegexRule("r8 year-first dotted date", DATE,
              re.compile(rf"{START}{YEAR}\.[ ]?{MONTH}\.[ ]?{DAY}(?:\.(?![\w]|[.,/-]?\d)|(?![\w.]|[,/:-]?\d))"),
              0.9, lambda m: " " in m.group(0) or m.group(0).endswith("."), keep_end=True),
    RegexRule("r8 day-first dotted date with spaces", DATE,
              re.compile(rf"{START}{DAY}\.(?:[ ]{MONTH}\.[ ]?|{MONTH}\.[ ])(?:(?P<long>{YEAR})|\d{{2}}){_END}"),
              0.85, _two_digit_year),
    RegexRule("r8 date with spaces around its separators", DATE,
              re.compile(rf"{START}(?:{YEAR}[ ]?(?P<s1>[-/])[ ]?{MONTH}[ ]?(?P=s1)[ ]?{DAY}"
                         rf"|{DAY}[ ]?(?P<s2>[-/])[ ]?{MONTH}[ ]?(?P=s2)[ ]?{YEAR}){_END}"),
              0.85, lambda m: " " in m.group(0)),
    RegexRule("r8 day-first dotted date with a final dot", DATE,
              re.compile(rf"{START}{DAY}\.[ ]?{MONTH}\.[ ]?{YEAR}\.(?=\s|\Z)"), 0.85, _not_numbered, keep_end=True),
    RegexRule("r8 numeric date with a year word", DATE,
              re.compile(rf"{START}(?:{DAY}(?P<s3>[./-])[ ]?{MONTH}[ ]?(?P=s3)[ ]?{YEAR}|{YEAR}(?P<s4>[./-]){MONTH}(?P=s4){DAY})"
                         rf"(?:[ ]?(?:гг?|р|r|m|god)\.|[ ](?:года|року|godine|metų|gada))(?![\w])"), 0.85, keep_end=True),
    RegexRule("r8 day, month word and year between separators", DATE,
              re.compile(rf"{START}{DAY}(?P<sep>[-/.])(?P<word>[^\W\d_]{{3,12}})(?P=sep)(?:{YEAR}|\d{{2}}){_END}"),
              0.85, _month_word),
    RegexRule("r8 date with a Roman-numeral month", DATE,
              re.compile(rf"{START}(?:{DAY}{_ROMAN_PART}{YEAR}(?:[ ]?r\.)?|{YEAR}{_ROMAN_PART}{DAY})(?![\w]|[.,/:-]?\d)"),
              0.85, _not_numbered, keep_end=True),
)  # fmt: skip


def numeric_date_detector() -> RegexDetector:
    """Year-first dotted dates (with the final dot) and numeric dates written with spaces."""
    return RegexDetector("spaced-numeric-dates-r8", NUMERIC_DATE_RULES)
