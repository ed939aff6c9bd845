"""Round 12 (value completion): the words and numbers a tagged number or date is written with.

- **extensions**: after a tagged phone number, one word of up to nine letters (a label in any language: "linha",
  "post", "anx.", "ekst.", "доб.", "tab") or "#" and up to six digits, in brackets or not, are the
  extension: "4 362 574 linha 59", "(0212) 085.94.02 (tab 920)". Function words and comparison
  words ("at 9", "or 2") never label one, nor does a time or a decimal follow.
- **number labels**: a lower-case noun right before a tagged number, the two making one
  comma-separated field of a line whose neighbouring field is tagged, names a place: "Rue du
  Commerce, maison 92, Kpalimé", "parcelle 85, lot 37, Banfora" (a noun as the parse reads it:
  "quote 48213" keeps its verb). Function, comparison and reference words ("in 2026", "over 40",
  "page 3") never do, nor does a label outside an address ("card 9F:12", "floor 1" in prose stay
  readable).
- **dates**: a day (1 to 31) right after a tagged month name ("October, 12", "June, 17  gold
  ring"); a day, one short word and a year ("19 me 2027", "31 Me 2026", "9 Dey 1405": the word is a
  month whatever the language, unless it is a joining word: "1 in 2000", "3 of 2026").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.completion_cues_r12 import lead_stops
from dpfusion_integrations.tagging.recall.dates_month_names_r8 import month_words
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RANGE_WORDS, RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span, coverage_mask

__all__ = ["date_parts", "ends_with_month", "extensions", "number_labels"]

_EXTENSION = re.compile(
    r"(?P<open>[ \t]*[(\[])?[ \t]*(?P<label>[^\W\d_]{1,9}\.?:?[ \t]*#?|#)[ \t]*(?P<digits>\d{1,6})(?![\d:.,]\d|\w)"
)
#: ``recall-v13``: a label of one or two words ("ligne directe 310", "(dial 869)", "ext.: 985").
_WIDE_EXTENSION = re.compile(
    r"(?P<open>[ \t]*[(\[])?[ \t]*(?P<label>[^\W\d_]{1,9}(?:[ \t][^\W\d_]{1,9})?\.?:?[ \t]*#?|#)[ \t]*"
    r"(?P<digits>\d{1,6})(?![\d:.,]\d|\w)"
)
#: ``recall-v13``: the phone number a span ends with, after a bracket or a label ("(+682 55 388", "Tel +689 …").
_PHONE_TAIL = re.compile(r"\+?[\d()\[\] .\-/]{5,}$")
_FIELD_BEFORE = re.compile(r"(?:,[ \t]?|^)$", re.MULTILINE)
_FIELD_AFTER = re.compile(r",[ \t]?|[ \t]*$", re.MULTILINE)
_LABEL_BEFORE = re.compile(r"(?<![\w'’.\-@#/])(?P<w>[^\W\d_]{2,12}) $")
_LAST_WORD = re.compile(r"([^\W\d_]{3,})\.?$")
_PHONE_LIKE = re.compile(r"\+?[\d()\[\] .\-/]{6,}")
_DAY_AFTER = re.compile(r",?[ \t]{1,2}(?P<day>\d{1,2})(?![\d:/.\-]\d|\w)")
_DAY_WORD_YEAR = re.compile(
    r"(?<![\w.,/:\-])(?:[1-9]|[12]\d|3[01])[ \t]+(?P<w>[^\W\d_]{2,10})\.?[ \t]+(?:1[3-9]|20)\d\d(?![\w/:\-]|[.,]\d)"
)
_MONTHS = month_words()
#: Words between a small number and a year that join two quantities, never a month ("1 in 2000").
_DAY_WORD_STOPS = RANGE_WORDS | frozenset({
    "in", "on", "at", "for", "from", "per", "till", "til", "until", "than", "out", "vs", "since", "before",
    "after", "around", "about", "over", "under", "between", "through", "with", "the", "an", "each",
    "every", "is", "was", "are", "were", "times",
})  # fmt: skip


def ends_with_month(value: str) -> bool:
    """Whether ``value`` ends with a month's name or abbreviation, in any language the tagger knows."""
    match = _LAST_WORD.search(value)
    return match is not None and match.group(1).lower() in _MONTHS


def extensions(text: str, spans: list[Span], *, wide: bool = False) -> list[Span]:
    """Spans over the label and digits of the extension after each tagged phone number. ``wide``
    (``recall-v13``) also reads a label of two words ("ligne directe 310") and a phone number at the end
    of a span that starts with a bracket or a label ("(+682 55 388 (dial 869))", "Tel +689 40 20 03 38"),
    of five digits or more when a detector typed it a contact ("76 953 ext.: 985"), and a bracketed "x"
    ("06 94 01 50 20 [x 774]")."""
    found: list[Span] = []
    pattern = _WIDE_EXTENSION if wide else _EXTENSION
    for span in spans:
        if not _phone_ending(text[span.start : span.end], span, wide):
            continue
        match = pattern.match(text, span.end)
        if match is None:
            continue
        words = match.group("label").strip(" \t#:").rstrip(".").lower().split()
        bracketed_x = wide and words == ["x"] and match.group("open")  # "[x 774]": an extension, no product
        if not bracketed_x and any(word in lead_stops() or word in RANGE_WORDS for word in words):
            continue
        end = match.end()
        if match.group("open"):
            closing = {"(": ")", "[": "]"}[match.group("open").strip()]
            if text[end : end + 1] != closing:
                continue
            end += 1
        start = match.start("open") + len(match.group("open")) - 1 if match.group("open") else match.start("label")
        found.append(Span(start, end, "CONTACT", RESIDUAL_SCORE))
    return found


def _phone_ending(value: str, span: Span, wide: bool) -> bool:
    """Whether ``value`` (the text of ``span``) is, or with ``wide`` ends with, a phone number."""
    if not value[-1:].isdigit():
        return False
    if not wide:
        return _PHONE_LIKE.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 6
    tail = _PHONE_TAIL.search(value)
    digits = sum(c.isdigit() for c in tail.group()) if tail else 0
    return digits >= 6 or (digits >= 5 and span.entity_type == "CONTACT")


def number_labels(view: TextView, spans: list[Span]) -> list[Span]:
    """Spans over the lower-case noun naming a tagged number that is one field of an address line."""
    text = view.text
    nouns = {t.start for t in view.toks if t.pos in ("NOUN", "PROPN", "X")}
    found: list[Span] = []
    covered = coverage_mask(spans, len(text))
    for span in spans:
        if not text[span.start : span.start + 1].isdigit():
            continue
        line = text.rfind("\n", 0, span.start) + 1
        match = _LABEL_BEFORE.search(text, max(line, span.start - 14), span.start)
        if match is None:
            continue
        word = match.group("w")
        if not word.islower() or word in lead_stops() or match.start() not in nouns:
            continue
        if _address_field(text, covered, match.start(), span.end):
            found.append(Span(match.start(), match.end("w"), span.entity_type, RESIDUAL_SCORE))
    return found


def _address_field(text: str, covered: bytearray, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one comma-separated field of a line whose neighbouring field
    is tagged ("Rue du Commerce, maison 142, Kpalimé")."""
    before = _FIELD_BEFORE.search(text, max(0, start - 3), start)
    after = _FIELD_AFTER.match(text, end)
    if before is None or after is None:
        return False
    prev_end, next_start = before.start() - 1, after.end()
    prev_tagged = before.group(0).startswith(",") and prev_end >= 0 and bool(covered[prev_end])
    next_tagged = after.group(0).startswith(",") and next_start < len(text) and bool(covered[next_start])
    return prev_tagged or next_tagged


def date_parts(text: str, spans: list[Span]) -> list[Span]:
    """Spans over a day after a month name and over a day-word-year date."""
    found: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        if ends_with_month(value):
            day = _DAY_AFTER.match(text, span.end)
            if day is not None and 1 <= int(day.group("day")) <= 31:
                found.append(Span(span.end, day.end(), "DATE", RESIDUAL_SCORE))
    for match in _DAY_WORD_YEAR.finditer(text):
        if match.group("w").lower() not in _DAY_WORD_STOPS:
            found.append(Span(match.start(), match.end(), "DATE", RESIDUAL_SCORE))
    return found
