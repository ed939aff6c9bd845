"""Round 9 (addresses): a house number before a numbered road, a PIN after a dash, a building and its flat.

Three growth steps on the merged spans, for address conventions the earlier rounds read in part:

- **numbered road** (:func:`grow_house_numbers`): Indian, Pakistani, Sri Lankan and many other roads
  are named by a number ("100 Feet Road", "80 Feet Road", "4th Cross Road", "2nd Main", "5th Avenue"),
  so an address writes two numbers in a row: "44 80 Feet Road", "12 4th Cross Road". The street
  rules take "100 Feet Road" and leave the house number before it readable. A LOCATION span that opens
  with a number (digits or an ordinal) followed by a capitalised word takes a house number right
  before it ("18", "12A", "7/2", "B-14") when that number stands alone: at the line's start, after a
  comma, colon, bracket or a word, never after another digit group ("Tel 020 7946 100 Feet Road" is
  no house number) or a dot, slash or dash that would make it part of a code or a date.
- **PIN after a dash** (:func:`grow_dash_postcodes`): Indian addresses end "City - 560001" (a six-digit
  PIN, sometimes spaced "560 001") and others "Town - 75001" or "Town – 10115". A LOCATION span (or a
  name span right after a LOCATION span and a comma: a town the parse read as a person) followed by a
  dash between spaces (or none) and a postcode of five or six digits that ends its segment (the
  line's end, a comma, a full stop, a bracket, a semicolon, or a function word such as "as", "since",
  "for") is grown over them; the dash would otherwise stay readable between the town and the number.
  Counts, years and prices after a dash ("Lagos - 2024", "Pune - 100000 visitors") are not taken: a
  year has four digits and a count is followed by a word.
- **building and flat number** (:func:`grow_building_units`): an address line may open with a named
  building and the flat's number written after it ("Seabright Towers 1402, <street>, <city>",
  "Orchid Residency 33B, ..."). One to three capitalised words, a building word of
  :data:`UNIT_BUILDING_WORDS` and a number of one to five digits (with an optional letter or "-"/"/"
  part) that opens a segment (the line's start, after a colon, a speaker label or a comma) and is
  followed by a comma, with a LOCATION span later on the same line, is one LOCATION span. Without the
  address after it ("Marina Heights 2018 was a good year") nothing is taken.

Typed LOCATION. Decisions depend on the layout and the spans around, never on the private words
themselves. Over-tagging risk: a public building and a number before an address part on one line, or
a number before a numbered road in a directions text ("take exit 3 100 Feet Road"), a word each.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["UNIT_BUILDING_WORDS", "grow_building_units", "grow_dash_postcodes", "grow_house_numbers"]

ADDRESS_SCORE = 0.9
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})
#: A span that opens with a road's number: digits or an ordinal, then a capitalised word.
_NUMBERED_ROAD = re.compile(r"(?:\d{1,4}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))[ ][A-Z]")
#: A house number right before a span (ending at the span's start, one space between).
_HOUSE_NUMBER = re.compile(r"(?:[A-Z]-)?\d{1,4}(?:[A-Za-z]|[/-]\d{1,3}[A-Za-z]?)?[ ]\Z")
#: What may stand before a house number: the line's start, a space after a word or a comma, colon,
#: bracket or semicolon.
_BEFORE_HOUSE = re.compile(r"(?:\A|\n|[,:;(\[][ ]?|[^\W\d_][.]?[ ]|[ ]{2}|\t)\Z")  # on a 3-character window
_LOOK = 12
#: A postcode after a dash ending its segment: five or six digits, or an Indian PIN spaced "560 001".
_DASH_POSTCODE = re.compile(
    r"[ ]?[-–—][ ]?(?:\d{5,6}|\d{3}[ ]\d{3})"
    r"(?=[ \t]*(?:\n|\Z)|[,;.)\]]|[ ]\(|[ ](?:as|is|and|or|since|in|on|for|with|to|from|which|where|was|will|has|by)(?![\w])|[ ]{2}|\t)"
)
#: Building words after a name that carry a flat or unit number after them (Indian, Gulf, South-East
#: Asian and British usage), capitalised.
UNIT_BUILDING_WORDS = (
    r"Heights|Towers?|Residency|Residences?|Apartments?|Apts\.?|Court|Mansions?|Enclave|Plaza|House|Block"
    r"|Flats|Gardens|Villas?|Complex|Chambers|Building|Bldg\.?|Niwas|Nivas|Bhavan|Bhawan|Sadan|Arcade"
    r"|Condominiums?|Condos?|Suites|Regency|Palms|Greens|Meadows|Park[ ]View|Square|Terraces|Lofts"
)
_BUILDING_UNIT = re.compile(
    r"(?<![\w'’.-])(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}[ ]){1,3}"
    rf"(?:{UNIT_BUILDING_WORDS})[ ](?:No\.?[ ]?|#)?\d{{1,5}}(?:[A-Za-z]|[/-]\d{{1,4}})?(?=,[ ])"
)
#: A segment's opening before a building: the line's start, a colon (a label or a chat speaker), a
#: comma, a bracket, a dash or two spaces, then blanks.
_SEGMENT_OPEN = re.compile(r"(?:\A|[:,;(\[–—-]|[ ]{2}|\t)[ \t]*\Z")
_REACH = 120


def grow_house_numbers(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with LOCATION spans that open with a road's number grown over the house number before it."""
    out: list[Span] = []
    changed = False
    for span in spans:
        if span.entity_type == LOCATION and _NUMBERED_ROAD.match(text, span.start, span.end) is not None:
            low = max(0, span.start - _LOOK)
            house = _HOUSE_NUMBER.search(text[low : span.start])
            house_start = low + house.start() if house is not None else -1
            if house is not None and _BEFORE_HOUSE.search(text[max(0, house_start - 3) : house_start]) is not None:
                span = Span(house_start, span.end, span.entity_type, span.score)
                changed = True
        out.append(span)
    return merge_spans(out) if changed else spans


def _town(text: str, span: Span, previous: Span | None) -> bool:
    """Whether ``span`` is a town: a LOCATION span, or a name the parse read otherwise that follows a
    LOCATION span after a comma ("<district>, <town> - 560001")."""
    if span.entity_type == LOCATION:
        return True
    return span.entity_type in _NAMED and previous is not None and previous.entity_type == LOCATION \
        and text[previous.end : span.start] in (", ", ",")


def grow_dash_postcodes(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with towns grown over a dash and a postcode right after them,
    typed LOCATION."""
    out: list[Span] = []
    changed = False
    previous: Span | None = None
    for span in spans:
        if _town(text, span, previous):
            match = _DASH_POSTCODE.match(text, span.end)
            if match is not None:
                span = Span(span.start, match.end(), LOCATION, max(span.score, ADDRESS_SCORE))
                changed = True
        out.append(span)
        previous = span
    return merge_spans(out) if changed else spans


def _location_after(ordered: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Whether a LOCATION span of ``ordered`` (sorted, non-overlapping) starts in ``[start, end)``."""
    k = bisect_left(starts, start)
    while k < len(ordered) and ordered[k].start < end:
        if ordered[k].entity_type == LOCATION:
            return True
        k += 1
    return False


def grow_building_units(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a building and its flat number opening an address line added (see module doc)."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts = [s.start for s in ordered]
    added: list[Span] = []
    for match in _BUILDING_UNIT.finditer(text):
        start, end = match.span()
        line_start, line_end = near_line_bounds(text, start, _REACH)
        if _SEGMENT_OPEN.search(text[line_start:start]) is None:
            continue
        _, line_end = near_line_bounds(text, end, _REACH)
        if _location_after(ordered, starts, end, line_end):
            added.append(Span(start, end, LOCATION, ADDRESS_SCORE))
    return merge_spans([*spans, *added]) if added else spans
