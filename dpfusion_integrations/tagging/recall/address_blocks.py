"""Round 5: the parts of an address around its street, and unit and floor designators.

The street rules (:mod:`~dpfusion_integrations.tagging.recall.addresses`) find "197 Nathan Road" or
"Av. Juárez 86"; the parts written around the street stayed public when they were ordinary words or
names no other detector knows: a district ("Gardens", "Col. Del Valle", "Shinjuku-ku"), a town on
the next line, a flat or floor before the street ("Flat C, 23/F, ..."), a Spanish floor and door
("piso 4 depto. A"). Addresses are written as comma-separated parts on one line or as a block of
short lines, so once a street is found:

- **after it on its line**, each comma-separated part that reads as a place (capitalised words,
  particles such as "de" or "al", codes holding digits: "San Antonio", "Cebu City 7237",
  "52672 León") or as a unit ("Apt 1", "piso 5 depto. E") is LOCATION, up to the line's end or the
  first part that is neither (a lower-case clause, a field label, an e-mail). A full stop after a
  word that is no abbreviation ends the address ("..., Sharjah. See you").
- **on the next lines**, when the address ran to the end of its line: a line of place parts only
  ("Recife", "Gqeberha, 7653", "Singapore 592920. Seller contact ..." up to its full stop); beyond
  three words it must hold a digit or a word that is not on the safe list; at most two lines, never a
  line opened by a title or a greeting.
- **before it on its line**, comma-separated unit or floor parts and a house number alone ("Flat C,
  23/F, 197 Nathan Road", "No. 4-3, Jalan Hang Lekir 8/38g").

Unit and floor designators are also taken anywhere: a unit word and its number or letter in several
languages ("Apt 2257", "Flat C,", "depto. A", "apto 12", "bl. 4", "sc. B", "int. 5", "Torre B,"),
Hong Kong floors ("23/F", "G/F") and Iberian floors ("7.º Dto."). A unit with a letter only is taken
when a comma, a full stop, a bracket or the line's end follows ("Unit A of the course" stays public).

Over-tagging risk: a capitalised part after a street on the same line ("12 Oak Street, Tuesday")
is taken, and so is an ordinary capitalised word that names a district ("Gardens", "Central").
Decisions depend on the street (a private value) only through where it ends, so two addresses of
one layout tag the same public words. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.addresses import (
    UNIT_ADDRESS_PATTERNS,
    AddressRule,
)
from dpfusion_integrations.tagging.recall.base import GREETINGS, TextView, line_bounds
from dpfusion_integrations.tagging.recall.street_shapes import STREET_PATTERNS_R5
from dpfusion_integrations.tagging.spans import Span

__all__ = ["UNIT_PATTERNS", "AddressBlocks", "place_part"]

BLOCK_SCORE = 0.86

#: Unit words of other languages, in any case ("piso 4", "apto 12", "Depto. A").
_UNIT_WORDS = (
    r"apt|apartment|appt|apto|apart|dpto|depto|departamento|piso|planta|puerta|escalera|bloque|bloco|blok"
    r"|scala|interno|etaj|whg|wohnung|etage|andar|sala|oficina|torre|casa|lote|manzana|kvartira|lokal|lgh|blk"
    r"|kat|daire|edif|edificio|piano|km|bodega|galpón|sobreloja|loja|cobertura|quadra|chambre|appartement"
)
#: English unit words, capitalised only: "Flat B", "Room 1203", "Ward No. 11" (but "in room 4.12",
#: "a flat 5 %" stay public).
_UNIT_WORDS_EN = (
    r"Flat|FLAT|Room|ROOM|Unit|UNIT|Suite|SUITE|Tower|Block|BLOCK|Door|Ward|Wing|Building|Bldg|Holding|Studio"
    r"|Local|Bureau|Lot"
)
#: Short unit abbreviations, taken only with their dot ("bl. 4", "sc. B", "int. 5", "et. 2").
_UNIT_ABBREVIATIONS = r"bl|sc|int|et|ap|esc|mz|lt|dep|kv|pta|rm|ste|apt|dto|dpto|depto|of"
_CODE_DIGIT = r"\#?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_CODE_LETTER = r"[A-Z]{1,2}\d{0,3}"
_UNIT = rf"(?:(?i:{_UNIT_WORDS})\.?|(?:{_UNIT_WORDS_EN})\.?|(?i:{_UNIT_ABBREVIATIONS})\.)"
#: Unit and floor shapes, taken anywhere (see module doc).
UNIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\w.])\b(?P<value>{_UNIT}[ ]?(?:(?i:no|nr|n[º°])\.?[ ]?)?{_CODE_DIGIT})(?![\w])"),
    re.compile(rf"(?<![\w.])\b(?P<value>{_UNIT}[ ]?{_CODE_LETTER})(?=[ \t]*(?:[,;.)\n]|\Z))"),
    re.compile(r"(?<![\w/])(?P<value>(?:\d{1,3}|G|LG|UG)/F)(?![\w/])"),
    re.compile(r"(?<![\w])(?P<value>(?:(?i:entresuelo|entlo\.|bajo|ático|atico)[ ])?\d{1,2}\.?[º°ª](?:[ ]?(?:[A-H]|Esq|Dto|Dta|Dcha|Dch|Izq|Izda|Dir|Drt|Fte)\b\.?)?)"),
    re.compile(r"(?<![\w])(?P<value>\d{1,3}(?i:st|nd|rd|th)[ ](?i:floor|fl\.?))(?=[ \t]*,)"),
)  # fmt: skip

#: Lower-case words that may stand inside a place part ("Rua de São Bento", "Al Barsha").
_PLACE_PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "van",
    "von", "der", "den", "al", "el", "bin", "upon", "on", "sur", "am", "an", "im", "y", "e", "i", "&", "-",
})  # fmt: skip
#: First words of a part that make it a salutation, not a place ("Dear Sir", "Mr Tan", "Thanks").
_NOT_PLACE_OPENERS = GREETINGS | frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "attn", "cc", "kind", "many", "warm",
})  # fmt: skip
_WORD = re.compile(r"\S+")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.|[A-Z]{2,3}\.|(?:[A-Z]\.){1,3}")
#: What separates the parts of an address on one line; what ends a part (a dash or a bracket ends
#: the address after that part: "..., Durban, 5230 – safe place: ...").
_PART_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*")
_PART_END = re.compile(r"[,;]|[(](?![A-Z]{2,3}\))|(?<!\([A-Z]{2})(?<!\([A-Z]{3})\)|[ ][–—-][ ]")
_MAX_PART_WORDS = 6
_MAX_LINES = 2
#: A line of at most this many words after an address needs no digit nor unknown word ("Recife"; the
#: safe-word list holds many place names).
_SHORT_LINE = 3


_NUMBER_LABEL = re.compile(r"[A-Za-z]{1,6}[:.]\d{1,6}[A-Za-z]?")


def _word_ok(word: str) -> bool:
    if word in ("/", "-", "–", "|"):  # "Porto / MA", "Lac - Poulin"
        return True
    core = word.strip("()\"'")
    if not core or "@" in core or "//" in core:
        return False
    if ":" in core and _NUMBER_LABEL.fullmatch(core) is None:  # "No:110" and "D:15" are house numbers
        return False
    if core[0].isupper() or any(c.isdigit() for c in core):
        return True
    return core.lower() in _PLACE_PARTICLES


def place_part(part: str) -> tuple[int, bool] | None:
    """Whether ``part`` (text between commas) reads as a place: ``(length kept, ended)`` or ``None``.

    At most six words, each capitalised, holding a digit, or a place particle; the first not a title
    or a greeting. The part is cut after a word that ends a sentence (a full stop after a word that
    is no abbreviation) or before a lower-case word ("TP. Hồ Chí Minh tmrw"); ``ended`` says the
    address ends there."""
    kept = 0
    words = 0
    for match in _WORD.finditer(part):
        word = match.group()
        words += 1
        if words > _MAX_PART_WORDS:
            return None
        if not _word_ok(word.rstrip(".")):
            if kept and word[:1].islower():
                return kept, True
            return None
        if words == 1 and word.rstrip(".,").lower() in _NOT_PLACE_OPENERS:
            return None
        if word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            return match.end() - 1, True
        kept = match.end()
    return (kept, False) if words else None


def _unit_part(part: str) -> int | None:
    """The length of ``part`` when it is made of unit and floor designators only ("piso 5 depto. E")."""
    stripped = part.rstrip()
    pos = 0
    while pos < len(stripped):
        while pos < len(stripped) and stripped[pos] == " ":
            pos += 1
        for pattern in _ALL_UNITS:
            match = pattern.match(stripped, pos)
            if match is not None and match.start("value") == pos:
                pos = match.end("value")
                break
        else:
            return None
    return len(stripped) if stripped else None


_ALL_UNITS = UNIT_PATTERNS + UNIT_ADDRESS_PATTERNS
#: A house number alone, as a part before the street ("993, Lorong 5/8a", "No. 4-3, Jalan ...").
_HOUSE_NUMBER = re.compile(r"(?:(?i:no|nr|n[º°])\.?[ ]?)?\#?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}")


def _whole_place(part: str) -> bool:
    """Whether all of ``part`` (but a final full stop) is a place or unit part."""
    body = part.strip().rstrip(".").rstrip()
    if _unit_part(body) is not None:
        return True
    kept = place_part(body)
    return kept is not None and kept[0] == len(body)


class AddressBlocks:
    """The round-5 street shapes, unit and floor designators, and the address parts around each street
    that :class:`~dpfusion_integrations.tagging.recall.addresses.AddressRule` or the round-5 shapes
    find (see module doc). The street rule's own spans are left to the street rule, which runs too."""

    name = "address-blocks"

    def __init__(self) -> None:
        self._streets = AddressRule()

    def __repr__(self) -> str:
        return f"AddressBlocks(units={len(UNIT_PATTERNS)})"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        anchors = self._streets.detect(view)  # the street rule runs as its own detector too
        out: list[Span] = []
        for pattern in (*STREET_PATTERNS_R5, *UNIT_PATTERNS):
            for match in pattern.finditer(text):
                span = Span(*match.span("value"), LOCATION, BLOCK_SCORE)
                out.append(span)
                anchors.append(span)
        reached = -1
        for anchor in sorted(anchors, key=lambda s: (s.start, -s.end)):
            if anchor.end <= reached:
                continue
            parts, reached = self._around(view, anchor)
            out.extend(parts)
        return out

    def _around(self, view: TextView, street: Span) -> tuple[list[Span], int]:
        text = view.text
        out: list[Span] = []
        line_start, line_end = line_bounds(text, street.start)
        out.extend(self._before(text, line_start, street.start))
        pos, ended = self._after(text, street.end, line_end, out)
        lines = 0
        while not ended and lines < _MAX_LINES and text[pos:line_end].strip(" \t.,") == "" and line_end < len(text):
            nxt_start = line_end + 1
            _, nxt_end = line_bounds(text, nxt_start)
            line = text[nxt_start:nxt_end]
            if not self._place_line(view, line):
                break
            found, ended = self._line_parts(text, nxt_start, nxt_end)
            out.extend(found)
            pos, line_end = (found[-1].end if found else nxt_start), nxt_end
            lines += 1
        return out, pos

    @staticmethod
    def _before(text: str, line_start: int, start: int) -> list[Span]:
        """Unit and floor parts before the street on its line, walking back over commas."""
        out: list[Span] = []
        end = start
        for _ in range(3):
            head = text[line_start:end].rstrip(" \t")
            if not head.endswith(","):
                break
            head = head[:-1]
            comma = head.rfind(",")
            part_start = line_start + comma + 1
            part = text[part_start : line_start + len(head)]
            lead = len(part) - len(part.lstrip(" \t"))
            length = _unit_part(part.lstrip(" \t"))
            if length is None:
                number = _HOUSE_NUMBER.fullmatch(part.strip(" \t"))  # "993, Lorong 5/8a", "No. 4-3, Jalan ..."
                length = None if number is None else len(number.group())
            if length is None:
                break
            out.append(Span(part_start + lead, part_start + lead + length, LOCATION, BLOCK_SCORE))
            end = part_start + lead
        return out

    @staticmethod
    def _after(text: str, pos: int, line_end: int, out: list[Span]) -> tuple[int, bool]:
        """Place parts after ``pos`` on its line: (where the address ends, whether a full stop ended it)."""
        # the rest of the street's last token, then words glued to the street up to the next
        # separator ("... Road Central,", "... 32-gil,")
        rest = pos
        while rest < line_end and (text[rest].isalnum() or text[rest] in "-'’/"
                                   or (text[rest] == "." and rest + 1 < line_end and text[rest + 1].isalnum())):
            rest += 1
        if rest > pos:
            out.append(Span(pos, rest, LOCATION, BLOCK_SCORE))
            pos = rest
        stop = _PART_END.search(text, pos, line_end)
        glued = text[pos : line_end if stop is None else stop.start()]
        if glued[:1] == " " and glued.strip():
            lead = len(glued) - len(glued.lstrip(" "))
            kept = place_part(glued[lead:])
            if kept is not None and kept[0]:
                out.append(Span(pos + lead, pos + lead + kept[0], LOCATION, BLOCK_SCORE))
                pos += lead + kept[0]
                if kept[1]:
                    return pos, True
        while True:
            comma = _PART_SEPARATOR.match(text, pos, line_end)
            if comma is None:
                return pos, False
            part_start = comma.end()
            stop = _PART_END.search(text, part_start, line_end)
            nxt = line_end if stop is None else stop.start()
            part = text[part_start:nxt]
            units = _unit_part(part)
            kept = (units, False) if units is not None else place_part(part)
            if kept is None or kept[0] == 0:
                return pos, False
            out.append(Span(part_start, part_start + kept[0], LOCATION, BLOCK_SCORE))
            pos = part_start + kept[0]
            if kept[1] or (stop is not None and stop.group() not in (",", ";")):
                return pos, kept[1]

    @staticmethod
    def _place_line(view: TextView, line: str) -> bool:
        """A short line of place parts holding a digit or a word that is not an ordinary word."""
        words = line.split()
        if not words or ":" in line:
            return False
        safe = view.words.safe
        evidence = len(words) <= _SHORT_LINE or any(c.isdigit() for c in line) or any(
            w.strip(".,()").lower() not in safe for w in words if w.strip(".,()")[:1].isupper())
        if not evidence:
            return False
        for part in line.split(","):
            if not part.strip() or _whole_place(part):
                continue
            kept = place_part(part.lstrip(" \t"))  # "Singapore 616379. Seller contact ..."
            lead = len(part) - len(part.lstrip(" \t"))
            return kept is not None and kept[1] and part[lead + kept[0] : lead + kept[0] + 1] == "."
        return True

    @staticmethod
    def _line_parts(text: str, start: int, end: int) -> tuple[list[Span], bool]:
        out: list[Span] = []
        pos = start
        for part in text[start:end].split(","):
            lead = len(part) - len(part.lstrip(" \t"))
            units = _unit_part(part.strip())
            kept = (units, False) if units is not None else place_part(part[lead:])
            if kept is not None and kept[0]:
                out.append(Span(pos + lead, pos + lead + kept[0], LOCATION, BLOCK_SCORE))
                if kept[1]:
                    return out, True
            pos += len(part) + 1
        return out, False
