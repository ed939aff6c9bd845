"""Round 12 (value completion): the punctuation inside one value.

A value written with punctuation between its parts ("October, 12", "3. hædd", "Gravenstraat 85
(perceel 8088)", "6 Jan (Thu)") is tagged as parts when each detector finds one of them; the
characters between stay public and the value's layout with them. Three readings, on one line:

- **gaps**: a comma, a dot, a colon, an apostrophe or "#" right after a span (and up to two
  spaces), a bracket, or a hyphen or slash between two spans with no space around it, join them
  when one of the two is typeless (a residual or completed part); two values a detector typed stay
  two ("Anna Berg, Oslo", "Anna Berg, Ola Nordmann") unless they have one type and only a label's
  mark stands between them ("IMEI: 8484…"):
  "October, 12", "3. hædd", "12/3". A gap with a letter or a digit is no gap, nor are a
  table's or a list's separators ("|", "·", "—", ";", " - ", " / "), which stand between values.
- **brackets**: a bracket pair whose content is tagged throughout, right after a span, is tagged
  with it ("(perceel 8088)") unless a detector typed the content otherwise ("John Smith (MRN 483920)"
  keeps its brackets); so is the closing bracket a span left open ("(Thu" + ")").
- **weekdays**: a weekday in brackets right after a date, or after a span ending in a month's
  name ("14 Jun (Sun)", "3 Okt (Sa)"): an English one or a capitalised two-letter abbreviation;
  "(am)", "(TBC)" stay public.

What is added takes the type of the span before it; the spans already there never change.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dpfusion_integrations.tagging.recall.base import WEEKDAYS
from dpfusion_integrations.tagging.recall.completion_numbers_r12 import ends_with_month
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span, coverage_mask

__all__ = ["bracket_parts", "punctuation_gaps"]

_GAP = re.compile(r"[,.:'’#][ \t]{0,2}|[ \t]?[(\[][ \t]?|[ \t]?[)\]][,.]?[ \t]?|[\-/]")
_MAX_GAP = 4
#: Between two spans a detector typed alike, only a label's mark joins them ("IMEI: 8484", "No.#5").
_LABEL_MARK = re.compile(r"[:#'’][ \t]?|[\-/]")
_BRACKETED = re.compile(r"[ \t]?(?P<open>[(\[])(?P<inner>[^()\[\]\n]{1,40})(?P<close>[)\]])")
_DAY_IN_BRACKETS = re.compile(r"[ \t]?(?P<day>[(\[](?P<word>[^\W\d_]{2,4})\.?[)\]])")
_PAIRS = {"(": ")", "[": "]"}


def _weekday(word: str) -> bool:
    """An English weekday or its abbreviation ("Thu", "Sun"), or a capitalised two-letter one of
    another language ("Sa", "Mi", "Lu"); never "(am)", "(pm)", "(TBC)", "(est)"."""
    return word.lower() in WEEKDAYS or (len(word) == 2 and word[0].isupper() and word[1].islower())


def punctuation_gaps(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the punctuation between two spans of one line."""
    found: list[Span] = []
    for left, right in zip(spans, spans[1:]):
        gap = text[left.end : right.start]
        if left.score > RESIDUAL_SCORE and right.score > RESIDUAL_SCORE and (
                left.entity_type != right.entity_type or not _LABEL_MARK.fullmatch(gap)):
            continue  # two values a detector typed: a comma or dot separates them ("Anna, Oslo")
        if 0 < len(gap) <= _MAX_GAP and _GAP.fullmatch(gap):
            start = left.end + len(gap) - len(gap.lstrip(" \t"))
            end = right.start - (len(gap) - len(gap.rstrip(" \t")))
            found.append(Span(start, end, left.entity_type, RESIDUAL_SCORE))
    return found


def bracket_parts(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the brackets of a tagged bracketed part, a bracket a span left open, and a
    bracketed weekday after a date."""
    covered = coverage_mask(spans, len(text))
    starts = [s.start for s in spans]  # spans are sorted: the spans inside a bracket are one slice
    found: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        for opener, closer in _PAIRS.items():
            if value.count(opener) > value.count(closer) and text[span.end : span.end + 1] == closer:
                found.append(Span(span.end, span.end + 1, span.entity_type, RESIDUAL_SCORE))
        if span.entity_type == "DATE" or ends_with_month(value):
            day = _DAY_IN_BRACKETS.match(text, span.end)
            if day is not None and _weekday(day.group("word")):
                found.append(Span(day.start("day"), day.end(), "DATE", RESIDUAL_SCORE))
                continue
        part = _BRACKETED.match(text, span.end)
        if part is None or _PAIRS[part.group("open")] != part.group("close"):
            continue
        inner = range(part.start("inner"), part.end("inner"))
        inside = spans[bisect_left(starts, part.start("inner")) : bisect_left(starts, part.end("inner"))]
        typed = all(s.entity_type == span.entity_type or s.score <= RESIDUAL_SCORE for s in inside)
        if typed and all(covered[k] or text[k].isspace() for k in inner):
            found.append(Span(part.start("open"), part.end("close"), span.entity_type, RESIDUAL_SCORE))
    return found
