"""Round 8: unit, box and floor words round 7's tables lack, beside a street and its house number.

Two layouts carry them:

- **inline, after the house number**, with no comma: Belgian and Dutch "bus 21", French and Belgian
  "boîte 8" / "bte 3", Finnish "as. 4", Latvian "dz. 7", Lithuanian "but. 2", Russian and Ukrainian
  "д. 5" / "кв. 15", Greek "διαμ. 4", and the English, German, Iberian and Slavic flat words ("Apt 4",
  "Whg. 3", "piso 2", "m. 14", "lok. 5", "stan 12");
- **a comma-separated part beside an address**: the same words, Greek floors in Latin or Greek letters
  ("1os orofos", "3ος όροφος", "ισόγειο"), Finnish floors and stairs ("3. krs", "porras B"), Estonian,
  Icelandic, Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), Indonesian and Malay ("Lantai 3",
  "Tingkat 2"), Japanese and Chinese unit marks ("302号室", "5階", "12楼").

These words are ordinary words elsewhere ("bus", "as", "box"), so an inline unit joins only a
LOCATION span that ends with a house number, right after it, and a unit part joins only a LOCATION
span it touches across one comma (or ends inside: a span grown over "Hämeenkatu 19, 3" takes "3.
krs"); such a part must end where an address part ends (a comma, a bracket, a full stop before a
space, the line's end), so "bus 21 leaves at 9" alone is never taken.
When the union merged a street with a name beside it and typed the whole PERSON or ORGANIZATION
("ул. Баумана, д. 15" read as one proper-noun run), unit parts after its house number across a comma
still join ("ул. Баумана, д. 15, кв. 42") and the span keeps its type: the value is covered either
way. Inline unit words are not read after such a span ("Meeting 3 bus 4" stays apart).

Over-tagging risk: a list after an address ("Rue X 4, bus 7 to the centre") may take a unit-shaped
part; a name span ending in a number may take a unit-shaped part after a comma ("Team 7, Suite 12,").
Decisions depend only on the shapes next to a span, never on the private values. Grown spans keep their
type (LOCATION, or PERSON or ORGANIZATION as above).
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["UNIT_INLINE", "grow_units", "unit_part_length"]

UNIT_SCORE = 0.88

_CODE = r"(?:[A-Z]{1,2}[ ]?\d{0,4}|\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?)(?![\w])"
#: Unit, flat and box words written after a house number without a comma (lower and upper case).
_WORDS = (
    r"bus|Bus|boîte|Boîte|boite|bte\.?|Bte\.?|bt\.|box|Box|app\.?|appt\.?|apt\.?|Apt\.?|Whg\.?|Wohnung|Top|Tür"
    r"|Stiege|int\.|esc\.|piso|Piso|apto\.?|depto\.?|dpto\.?|Flat|flat|Unit|unit|Suite|Ste\.?|lgh\.?|as\.|asunto"
    r"|dz\.|dzīv\.|but\.|butas|korter|k\.|íbúð|kv\.|кв\.|квартира|ап\.|стан|д\.|дом|к\.|буд\.|διαμ\.|Διαμ\."
    r"|lok\.|m\.|stan|byt|ap\.|Daire|daire"
    r"|D:|porte|Porte|pta\.|puerta|Lantai|Lt\.|Tingkat|Aras|Blok"
)
#: A unit word and its code, inline after a house number ("bus 21", "boîte 8", "as. 4").
UNIT_INLINE = rf"(?:{_WORDS})[ ]?(?:(?:No|Nr|n[º°o])\.?[ ]?)?{_CODE}"
_FLOOR = (
    # Greek ordinal floors, in Latin or Greek letters: "1os orofos", "3ος όροφος", "2ος ορ."
    r"\d{1,2}(?:os|o|ος|ο|ης|is)\.?[ ]?(?:orofos|orofou|όροφος|ορόφου|οροφος|ορ\.|or\.)"
    r"|(?:isogeio|Isogeio|ισόγειο|Ισόγειο|imiorofos|ημιόροφος|Ημιόροφος|υπόγειο|retire|ρετιρέ)"
    r"|(?:[Oo]rofos|[Όό]ροφος)[ ]?\d{1,2}"
    # Finnish, Estonian and Latvian floors and stairs: "3. krs", "4. kerros", "porras B", "3. korrus"
    r"|\d{1,2}\.?[ ]?(?:krs\.?|kerros|korrus|stāvs|aukštas|hæð)|(?:porras|rappu|trappa)[ ][A-Z0-9]{1,2}"
    # Cyrillic floors and building parts: "эт. 4", "этаж 3", "под. 2", "корп. 1", "стр. 3", "вх. Б"
    r"|(?:эт\.|этаж|под\.|подъезд|корп\.|корпус|стр\.|строение|вх\.|вход|ет\.|бл\.|блок)[ ]?[0-9А-ЯA-Z]{1,3}"
    r"|\d{1,2}[ ]?(?:этаж|ет\.|етаж|кат|спрат)"
    # Japanese, Chinese and Korean unit marks: "302号室", "5階", "12楼", "3层", "1203호"
    r"|\d{1,4}(?:号室|號室|階|楼|樓|层|層|室|호|층)"
)
_PART_UNIT = re.compile(rf"(?:{UNIT_INLINE}|{_FLOOR})(?:[ ](?:{UNIT_INLINE}|{_FLOOR}))?")
#: Where a unit part may end: a separator, a bracket, a full stop before a space, the line's end.
_PART_END = re.compile(r"[ \t]*(?:[,;()\n]|\.(?=\s)|\.?\Z)")
_INLINE = re.compile(rf"[ ](?:{UNIT_INLINE})(?:[ ](?:{UNIT_INLINE}))?")
_ENDS_WITH_NUMBER = re.compile(r"\d[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\Z")
_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*")
_BACK_SEPARATOR = re.compile(r"[,;][ \t]*\Z")
_MAX_PARTS = 3
#: Types a street span may carry once the union merged it with a name beside it ("ул. Баумана, д. 15"
#: read as one proper-noun run and typed PERSON): a unit after its house number joins, the type stays.
_NUMBERED_TYPES = frozenset({PERSON, ORGANIZATION})
_MAX_BACK = 40


def unit_part_length(text: str, start: int) -> int:
    """The length of the unit part that opens at ``start`` and ends where an address part ends (0 if
    none): "1os orofos" in "1os orofos, Kalamaria", "as. 4" in "as. 4. Adut left"."""
    match = _PART_UNIT.match(text, start)
    if match is None or _PART_END.match(text, match.end()) is None:
        return 0
    return match.end() - start


def _inline_end(text: str, span: Span) -> int:
    """Where ``span`` ends once an inline unit after its house number joins ("Meir 110 bus 14")."""
    if _ENDS_WITH_NUMBER.search(text, max(span.start, span.end - 12), span.end) is None:
        return span.end
    match = _INLINE.match(text, span.end)
    return span.end if match is None else match.end()


def _last_part_end(text: str, span: Span) -> int:
    """Where ``span`` ends once the unit part its last comma-separated part opens is whole (a span grown
    over "Hämeenkatu 19, 3" ends in the floor "3. krs")."""
    cut = max(text.rfind(",", span.start, span.end), text.rfind(";", span.start, span.end))
    if cut < 0:
        return span.end
    part_start = cut + 1
    while part_start < span.end and text[part_start] in " \t":
        part_start += 1
    if part_start >= span.end:
        return span.end
    return max(span.end, part_start + unit_part_length(text, part_start))


def _parts_after(text: str, end: int) -> int:
    """Where the address ends once unit parts after it, across commas, join."""
    for _ in range(_MAX_PARTS):
        sep = _SEPARATOR.match(text, end)
        if sep is None:
            break
        length = unit_part_length(text, sep.end())
        if not length:
            break
        end = sep.end() + length
    return end


def _part_before(text: str, start: int) -> int:
    """Where the address starts once a unit part just before it, across one comma, joins."""
    sep = _BACK_SEPARATOR.search(text, max(0, start - _MAX_BACK), start)
    if sep is None:
        return start
    body_end = sep.start()
    line_start, _ = near_line_bounds(text, body_end, _MAX_BACK)
    body = text[line_start:body_end]
    part = body[max(body.rfind(","), body.rfind(";")) + 1 :].lstrip(" \t")
    if part and unit_part_length(part, 0) == len(part):
        return body_end - len(part)
    return start


def grow_units(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each LOCATION span grown over the inline units after its house number and the unit
    parts beside it (see module doc), and each PERSON or ORGANIZATION span that ends with a house number
    over the unit parts after it across a comma, keeping its type; sorted and non-overlapping."""
    out = list(spans)
    for span in spans:
        if span.entity_type == LOCATION:
            end = _parts_after(text, _inline_end(text, Span(span.start, _last_part_end(text, span), LOCATION, UNIT_SCORE)))
            start = _part_before(text, span.start)
        elif span.entity_type in _NUMBERED_TYPES and _ENDS_WITH_NUMBER.search(text, max(span.start, span.end - 12), span.end):
            start, end = span.start, _parts_after(text, span.end)  # inline words ("bus") stay out
        else:
            continue
        if (start, end) != (span.start, span.end):
            out.append(Span(start, end, span.entity_type, UNIT_SCORE))
    return merge_spans(out)
