"""Round 8: the parts of a numeric date, written once for the round-8 date modules.

The chat, numeric, named and edge modules of round 8 read the same day, month and year numbers and
the same left edge; they import them from here so that one bound (a day of 1-31, a month of 1-12, a
year of 1900-2099) cannot drift between them.

- :data:`DAY`, :data:`MONTH`: a day 1-31 and a month 1-12, with or without a leading zero;
- :data:`YEAR`: a Gregorian year 1900-2099; :data:`YEAR_BE` adds the Thai Buddhist era (2500-2599);
- :data:`START`: where a date may begin: not inside a word or number, not after a dot, comma, slash,
  colon or hyphen (so "2.4.1" and "v2024.1" are not read from their middle), except right after a
  Hebrew prefix letter and its hyphen ("ב-12 ביוני", "ל-3.5.2024", "מ-1 במאי"), which is how Hebrew
  writes "on", "to" and "from" before a numeral;
- :data:`SP`: a space or a no-break space.
"""

from __future__ import annotations

__all__ = ["DAY", "MONTH", "SP", "START", "YEAR", "YEAR_BE"]

SP = r"[ \u00a0]"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:19|20)\d{2}"
YEAR_BE = r"(?:(?:19|20|25)\d{2})"
START = r"(?:(?<![\w.,/:-])|(?<=[בלמ]-))"
