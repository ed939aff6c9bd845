"""Round 10 (addresses): districts and quarters named in an address, and a district line inside a block.

Addresses of many countries name the district between the street and the town, with a district word
after the name (Uzbek "Mirobod tumani", Azerbaijani "rayonu", Mongolian "Bayanzurkh district"/"düüreg",
"khoroo") or before it (French "quartier Bastos", "secteur 15", Portuguese "bairro X"), or on a line of its
own in a block ("Avenue Chardy, lot 57\nPlateau\n74 BP 7761 Abidjan"). Three steps:

- **district word** (:func:`district_detector`): one to three capitalised name words and a district
  word of :data:`DISTRICT_WORDS_AFTER` ("tumani", "tumanı", "rayonu", "rayoni", "düüreg", "duureg",
  "khoroo", "mahallasi", "massivi"), always; with the English "district"/"ward" only when a name word is
  no public word and the phrase ends its comma-separated part (so "the Lake District", "the Peak
  District", "Central Business District" stay public); and a quarter word before the name
  ("quartier", "bairro", "barrio", "colonia", "secteur", "kvartal") at a part's start, the part ending
  at a comma, a full stop or the line's end.
- **district after a span** (:func:`grow_district_words`): a LOCATION span right before " district",
  " tumani" and the like (the street rules took "Building 101, apt 16, Bayanzurkh") is grown over the
  word.
- **lines inside a block** (:func:`grow_block_lines`): a line of one to three capitalised words (no
  digits, no colon) that stands between a line ending in a span and holding a digit (a street line
  with its number) and a line opening with a LOCATION span or a postcode or box shape, is LOCATION: the
  district or neighbourhood of a letterhead or a signature. A heading between two paragraphs is not
  between an address line and a town line.

Typed LOCATION. Decisions depend on the layout, the spans around and the safe-word list.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import TextView, fold, line_ranges
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["DISTRICT_WORDS_AFTER", "DistrictNames", "grow_block_lines", "grow_district_words"]

DISTRICT_SCORE = 0.86
#: District words after the name that are never ordinary English words.
DISTRICT_WORDS_AFTER = (
    r"tumani|tumanı|tuman|rayonu|rayoni|raioni|rayony|düüreg|duureg|düüregt|khoroo|horoo|mahallasi|massivi"
    r"|dahasi|sumu|aimag|ilçesi|mahallesi|mahalle|köyü|qasabasi|shaharchasi"
)
_ENGLISH_DISTRICT = r"district|District|ward|Ward|township|Township|sub-district"
_QUARTER_WORDS = r"quartier|Quartier|bairro|Bairro|barrio|Barrio|secteur|Secteur|kvartal|mikrorayon|microrayon|mahalla"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’ʻ-]{1,30}"
_DISTRICT = re.compile(rf"(?<![\w'’-])(?P<names>(?:{_NAME}[ ]){{1,3}})(?:{DISTRICT_WORDS_AFTER})(?![\w])")
_ENGLISH = re.compile(rf"(?<![\w'’-])(?P<names>(?:{_NAME}[ ]){{1,2}})(?:{_ENGLISH_DISTRICT})(?=[ \t]*(?:[,;\n]|\Z))")
_QUARTER = re.compile(
    rf"(?:(?<=\A)|(?<=\n)|(?<=,[ ])|(?<=:[ ]))(?:{_QUARTER_WORDS})[ ](?:{_NAME}|\d{{1,3}})(?:[ -]{_NAME}){{0,2}}"
    r"(?=[ \t]*(?:[,;.\n]|\Z))"
)
_AFTER_SPAN = re.compile(rf"[ ](?:{DISTRICT_WORDS_AFTER}|{_ENGLISH_DISTRICT})(?![\w])")
#: A district line: one to three capitalised words.
_DISTRICT_LINE = re.compile(rf"[ \t]*{_NAME}(?:[ -]{_NAME}){{0,2}}[ \t]*")
#: A town line's opening without a span: a postcode, a box or a country-coded postcode.
_TOWN_LINE = re.compile(r"[ \t]*(?:\d{2}[ ](?:BP|CP)[ ]|\d{4,6}[ ][A-Z]|[A-Z]{2}-\d{4,5}|(?:BP|B\.P\.)[ ]\d)")


class DistrictNames:
    """District names with a district word after them or a quarter word before them (see module doc)."""

    name = "address-districts-r10"

    def __repr__(self) -> str:
        return "DistrictNames()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text, view.words)

    def find(self, text: str, words: WordLists) -> list[Span]:
        """The district names in ``text``."""
        out = [Span(m.start(), m.end(), LOCATION, DISTRICT_SCORE) for m in _DISTRICT.finditer(text)]
        for match in _ENGLISH.finditer(text):
            names = match.group("names").split()
            if names[0] == "The" or text[max(0, match.start() - 4) : match.start()].lower() == "the ":
                continue
            if any(fold(n.lower()) not in words.safe and n.lower() not in words.safe for n in names):
                out.append(Span(match.start(), match.end(), LOCATION, DISTRICT_SCORE))
        out.extend(Span(m.start(), m.end(), LOCATION, DISTRICT_SCORE) for m in _QUARTER.finditer(text))
        return out


def grow_district_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with LOCATION spans grown over a district word right after them."""
    out: list[Span] = []
    changed = False
    for span in spans:
        if span.entity_type == LOCATION:
            match = _AFTER_SPAN.match(text, span.end)
            if match is not None:
                span = Span(span.start, match.end(), LOCATION, span.score)
                changed = True
        out.append(span)
    return merge_spans(out) if changed else spans


def grow_block_lines(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with district lines inside an address block added."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts = [s.start for s in ordered]
    lines = list(line_ranges(text))
    added: list[Span] = []
    for k in range(1, len(lines) - 1):
        start, end = lines[k]
        if _DISTRICT_LINE.fullmatch(text, start, end) is None or _covered(ordered, starts, start, end):
            continue
        prev_start, prev_end = lines[k - 1]
        next_start, next_end = lines[k + 1]
        prev = text[prev_start:prev_end].rstrip(" \t.,")
        if not prev or not any(c.isdigit() for c in prev) or ":" in text[start:end]:
            continue
        if not _covered_at(ordered, starts, prev_start + len(prev) - 1):
            continue
        opens = _span_at(ordered, starts, next_start + len(text[next_start:next_end]) - len(
            text[next_start:next_end].lstrip(" \t")))
        if (opens is not None and opens.entity_type == LOCATION) or _TOWN_LINE.match(text, next_start, next_end):
            body = text[start:end]
            lead = len(body) - len(body.lstrip(" \t"))
            added.append(Span(start + lead, start + len(body.rstrip(" \t")), LOCATION, DISTRICT_SCORE))
    return merge_spans([*spans, *added]) if added else spans


def _span_at(ordered: list[Span], starts: list[int], pos: int) -> Span | None:
    """The span of ``ordered`` holding character ``pos``, or ``None``."""
    k = bisect_right(starts, pos) - 1
    if k >= 0 and ordered[k].start <= pos < ordered[k].end:
        return ordered[k]
    return None


def _covered_at(ordered: list[Span], starts: list[int], pos: int) -> bool:
    return _span_at(ordered, starts, pos) is not None


def _covered(ordered: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Whether one span covers every non-blank character of ``text[start:end]`` (approximated by its ends)."""
    span = _span_at(ordered, starts, start)
    return span is not None and span.end >= end
