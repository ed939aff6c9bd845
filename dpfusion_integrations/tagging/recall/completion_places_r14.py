"""Round 14 (``recall-v14``): the address words written next to a place that are part of it.

Some conventions of writing an address put a short word or mark beside a value the detectors already tag:

- **"care of"** before the person or body a letter goes through ("*c/o* Office of the Council", "*care
  of* Ms Abara", "*℅*", "*c/-*", "*C/O:*");
- **Russian address abbreviations**, before the name or house number ("*г.* Саранск", "*ул.* Ленина",
  "*д.* 5") or after the name ("Садовая *ул.*", "Московская *обл.*"): town, street, avenue, lane,
  embankment, square, highway, house, flat, region, district, settlement and village words, each with
  its dot;
- **a floor after its ordinal** ("12th *floor*", "3rd *fl.*", "2e *étage*", "1er *piso*"), when the ordinal is
  tagged;
- **the letters of a Dutch postcode** after its four tagged digits ("8643 *MJ*, Leeuwarden", "5858 *HG*
  Delft"): two capitals (not SA, SD or SS, which Dutch postcodes never use) followed by a comma, a
  capitalised word or the end of the line, the digits opening a line or following a comma (never after
  a year typed DATE, "2024 AD", nor in running text, "Model 2500 HD");
- **the full stop of an abbreviated address word** between two tagged parts on one line ("Fracc*.* Las
  Águilas", "Bât*.* Laurel"): a capitalised abbreviation of two to six letters ending one span, ". " and
  the next span.

As round 13's labels (:mod:`~dpfusion_integrations.tagging.recall.completion_labels_r13`), these steps read
only the characters right next to a final span, on its line, and only add spans, which
:func:`~dpfusion_integrations.tagging.recall.round_twelve.join_parts` joins to the value.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import (
    DATE,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["abbreviation_dots", "care_of", "dutch_postcode_letters", "floors_after_ordinals", "russian_address_words"]

_PLACE_LIKE = frozenset({LOCATION, PERSON, ORGANIZATION})
_CARE_OF = re.compile(r"(?<![\w/])(?P<word>[cC]/[oO-]|[cC]\.[ ]?[oO]\.|℅|[cC]are[ ]of)[ \t]*:?[ \t]+$")
#: Abbreviations that stand before a place's name ("г." town, "ул." street, "с." and "д." village...), not
#: after a number ("в 2019 г. Россия": "г." is "year" there); "п." is left out ("п. 4", "п. Правила": a clause).
_RU_BEFORE_NAME = re.compile(
    r"(?<![\w.])(?<!\d[ ])(?P<word>(?:г|гор|ул|пр|пр-т|просп|пер|наб|пл|ш|б-р|обл|р-н|пос|с|д|дер|пгт|мкр|мкр-н)\.)[ \t]?$"
)
#: Abbreviations that stand before an address number ("д." house, "корп." block, "кв." flat, "оф." office).
_RU_BEFORE_NUMBER = re.compile(r"(?<![\w.])(?P<word>(?:д|дом|корп|кв|оф)\.)[ \t]?$")
#: Abbreviations that follow a street's or region's name ("Садовая ул.", "Московская обл.").
_RU_AFTER = re.compile(r"[ \t](?P<word>(?:ул|пр|пр-т|просп|пер|наб|пл|ш|б-р|обл|р-н|пос|мкр)\.)(?!\w)")


_FLOOR = re.compile(r"[ \t](?P<word>floor|fl\.|flr\.?|storey|story|étage|etage|piso|planta|andar|etg\.)(?![\w.])",
                    re.IGNORECASE)
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|e|er|ère|eme|ème|º|°|o|a|\.)", re.IGNORECASE)
_DUTCH_LETTERS = re.compile(r"[ ](?P<letters>(?!S[ADS])[A-Z]{2})(?=,|[ \t]+[A-Z]|[ \t]*$)", re.MULTILINE)
#: Where a Dutch postcode stands: at a line's start or after a comma ("Zuiderdiep 4, 8643 MJ Leeuwarden").
_POSTCODE_PLACE = re.compile(r"(?:^|,[ \t]?|\t|[ ]{2})$", re.MULTILINE)
_ABBREVIATION_END = re.compile(r"(?<![\w.])[A-Z][a-zà-ÿ]{1,5}$")


def floors_after_ordinals(text: str, spans: list[Span]) -> list[Span]:
    """Spans over a floor word right after a span that is an ordinal ("12th floor")."""
    found: list[Span] = []
    for span in spans:
        if _ORDINAL.fullmatch(text, span.start, span.end) is None:
            continue
        match = _FLOOR.match(text, span.end)
        if match is not None:
            found.append(Span(span.end + 1, match.end("word"), LOCATION, RESIDUAL_SCORE))
    return found


def dutch_postcode_letters(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the two letters of a Dutch postcode after a span of its four digits."""
    found: list[Span] = []
    for span in spans:
        digits = text[span.start : span.end]
        if len(digits) != 4 or not digits.isdigit() or (span.entity_type == DATE and digits[:2] in ("19", "20")):
            continue
        if _POSTCODE_PLACE.search(text, max(0, span.start - 3), span.start) is None:
            continue
        match = _DUTCH_LETTERS.match(text, span.end)
        if match is not None:
            found.append(Span(*match.span("letters"), LOCATION, RESIDUAL_SCORE))
    return found


def abbreviation_dots(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the full stop between a span ending in a capitalised abbreviation and the next span,
    written ". " between them on one line."""
    found: list[Span] = []
    for before, after in zip(spans, spans[1:]):
        if text[before.end : after.start] != ". ":
            continue
        if _ABBREVIATION_END.search(text, max(before.start, before.end - 7), before.end) is not None:
            found.append(Span(before.end, before.end + 1, before.entity_type, RESIDUAL_SCORE))
    return found


def care_of(text: str, spans: list[Span]) -> list[Span]:
    """Spans over "c/o" or "care of" right before a name, a body or a place span."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type not in _PLACE_LIKE:
            continue
        match = _CARE_OF.search(text, max(0, span.start - 12), span.start)
        if match is not None:
            found.append(Span(match.start("word"), span.start, span.entity_type, RESIDUAL_SCORE))
    return found


def russian_address_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans over a Russian address abbreviation right before a place's name in Cyrillic or an address
    number typed LOCATION, or right after a place span."""
    found: list[Span] = []
    for span in spans:
        head = text[span.start : span.start + 1]
        if span.entity_type in _PLACE_LIKE and "\u0400" <= head <= "\u04ff" and head.isupper():
            before = _RU_BEFORE_NAME
        elif span.entity_type == LOCATION and head.isdigit():
            before = _RU_BEFORE_NUMBER
        else:
            before = None
        match = before.search(text, max(0, span.start - 8), span.start) if before is not None else None
        if match is not None:
            found.append(Span(match.start("word"), span.start, LOCATION, RESIDUAL_SCORE))
        if span.entity_type in _PLACE_LIKE:
            after = _RU_AFTER.match(text, span.end)
            if after is not None:
                found.append(Span(span.end, after.end("word"), LOCATION, RESIDUAL_SCORE))
    return found
