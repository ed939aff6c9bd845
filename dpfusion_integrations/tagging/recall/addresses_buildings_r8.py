"""Round 8: named buildings and houses in an address position, with a short dotted prefix.

Many addresses name the house or the building before (or instead of) the street: English "Rose
Cottage", "Kestrel Lodge", "Albion Court", "Marina Heights"; South Asian "Shanti Niwas", "Sai Krupa
Bhavan", "Gulmohar Kothi"; Maldivian house names after a ward prefix ("H. Sunny Villa", "Ma. Blue
Lodge"); Iberian and Latin American "Casa Amarela", "Quinta do Lago", "Edificio Torres del Mar";
Italian "Palazzo Bianchi", "Villa Serena"; German "Haus Sonnenblick", "Lindenhof"-style "Haus am See";
Slavic "Vila Ruža", "Dom Pod Lipami"; Malay and Indonesian "Wisma Putra", "Menara Alam", "Gedung Sate";
Arabic and Hebrew "Dar Salam", "Beit Shalom". The building word is written after the name (House,
Villa, Lodge, Cottage, Manor, Mansion, Court, Residence, Residency, Towers, Apartments, Heights,
Flats, Chambers, Bhawan, Bhavan, Niwas, Nivas, Mahal, Kothi, Manzil, Sitesi, Apartmanı, Hof, ...) or
before it (Casa, Quinta, Vila, Villa, Palazzo, Edificio, Torre, Residencial, Haus, Dom, Wisma, Menara,
Dar, Beit, ...).

Such a run is also a club, a stadium or a title ("Villa Park", "Court House"), so it is taken only in
an address position:

- a comma follows and then an address part: a part holding a LOCATION span ("Co. Kildare"), a street shape (a number beside a
  capitalised word, or capitalised words and a street word) naming no month and not made of ordinary
  words alone ("Act 2" is no street); or a line break follows
  and the next line holds a LOCATION span or opens with a street shape; or
- an address label stands before it ("Address:", "Adresse:", "c/o"), or a place cue ("at", "to",
  "from", "near") when the run carries a dotted prefix or a word that is no ordinary word.

A short dotted prefix before the run ("Ma.", "H.", "G.", "M.": a ward, atoll or block code) joins it,
but never a personal title ("Mr.", "Dr.").

Over-tagging risk: a public building with an address part after it ("Town Hall, 2 Market Street") is
taken, which is an address anyway. Decisions depend on the layout, the cue and the safe-word list.
Typed LOCATION.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.addresses_streets_r8 import (
    SOUTH_ASIAN_STREET_WORDS,
)
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.recall.base import MONTHS, TITLES
from dpfusion_integrations.tagging.recall.street_shapes import (
    LEADING_STREET_WORDS,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["find_buildings"]

BUILDING_SCORE = 0.92

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]{1,30}"
_PARTICLE = r"(?:(?:de|del|do|da|dos|das|di|della|du|des|la|le|am|an|im|pod|na|al|el|of|on|the)[ ])"
#: Building words written after the name.
_AFTER = (
    r"Villa|Villas|House|Lodge|Cottage|Cottages|Manor|Mansion|Mansions|Court|Residence|Residences|Residency"
    r"|Tower|Towers|Apartments|Apartment|Apts\.?|Heights|Flats|Chambers|Hall|Building|Bldg\.?|Enclave|Castle"
    r"|Farm|Farmhouse|Grange|Barn|Mill|Rectory|Vicarage|Bungalow|Chalet|Condominium|Condominiums|Condos"
    r"|Homes|Bhawan|Bhavan|Bhavanam|Niwas|Nivas|Nivasam|Nilayam|Nilaya|Sadan|Sadanam|Kunj|Kutir|Mahal|Kothi"
    r"|Manzil|Griha|Ghar|Haveli|Apartmanı|Sitesi|Konağı|Köşkü|Evi|Haus|Hof|Gästehaus|Gut|Dom|Kuća|Kuca|Vila"
    r"|Dacha|Kamienica|Residenz|Palais|Maison|Mas|Bastide|Hostel|Hse\.?"
)
#: Building words written before the name.
_BEFORE = (
    r"Villa|Vila|Vilă|Casa|Quinta|Vivenda|Moradia|Chalet|Maison|Résidence|Residence|Immeuble|Palazzo|Palazzina"
    r"|Villino|Cascina|Masseria|Edificio|Edifício|Ed\.|Torre|Torres|Condominio|Condomínio|Residencial|Hacienda"
    r"|Finca|Cortijo|Rancho|Haus|Schloss|Dom|Kamienica|Wisma|Menara|Gedung|Graha|Rumah|Baan|Dar|Beit|Bayt"
    r"|Block|Tower|Apartamentos|Bloco|Conjunto|Kasa|Kuća"
)
_NAME = rf"{_CAP}(?:[ ]{_PARTICLE}?{_CAP}){{0,2}}"
_RUN = re.compile(
    rf"(?<![\w.'’-])(?:(?P<a>{_NAME})[ ](?P<aw>{_AFTER})|(?P<bw>{_BEFORE})[ ]{_PARTICLE}?(?P<b>{_NAME}))(?![\w'’-])"
)
_PREFIX = re.compile(r"(?<![\w.])([A-Z][a-z]{0,2})\.[ ]\Z")
#: Street words: English ones and South Asian block words written after the name, the South Asian and
#: Maldivian street words of round 8's street module, and the leading street words of round 5's shapes
#: ("Jalan", "Calle", "Rua", "Via", "Rue", ...), imported so that the lists cannot drift apart.
_STREET_WORD = (
    r"Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.|Way|Close|Crescent|Terrace|Place|Square"
    rf"|Colony|Sector|Phase|Layout|Cross|Main|{SOUTH_ASIAN_STREET_WORDS}|{LEADING_STREET_WORDS}"
)
#: A part that reads as a street: a number and a capitalised word in either order, or capitalised words
#: and a street word ("12 Harbour Row", "Mill Lane", "Majeedhee Magu", "Calle Luna 3").
_STREETISH = re.compile(
    rf"(?:\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?,?[ ][A-ZÀ-ÖØ-Þ]"
    rf"|(?:{_STREET_WORD})[ ][A-ZÀ-ÖØ-Þ\d]"
    rf"|[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ ][\w'’.-]+){{0,3}}[ ](?:(?:{_STREET_WORD})(?![\w])|\d{{1,5}}[A-Za-z]?(?![\w])))"
)
_STREET_WORD_IN = re.compile(rf"[ ](?:{_STREET_WORD})(?![\w])")
_LABEL_CUE = re.compile(
    r"(?<![\w])(?i:address|adresse|adres|adresa|anschrift|dirección|direccion|indirizzo|endereço|residence|premises"
    r"|property|location|venue|site|domicile|domicilio|c/o)[ \t]*:?[ \t]*\Z"
)
_PLACE_CUE = re.compile(r"(?<![\w])(?:at|to|from|near|in|into|outside|opposite|behind)[ ]\Z")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_CUE = 40
_MAX_PART = 60
#: How far after a run its line and the next line are read.
_REACH = 80


def _span_in(spans: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Whether a LOCATION span of ``spans`` (sorted, non-overlapping; ``starts`` their starts) overlaps
    ``[start, end)`` (a short range: at most its length in spans are looked at)."""
    k = bisect_left(starts, end) - 1
    while k >= 0 and spans[k].end > start:
        if spans[k].entity_type == LOCATION:
            return True
        k -= 1
    return False


def _streetish(part: str, words: WordLists) -> bool:
    """Whether ``part`` opens with a street shape and is no ordinary phrase ("Act 2" is not)."""
    if _STREETISH.match(part) is None:
        return False
    return part[:1].isdigit() or _STREET_WORD_IN.search(part) is not None \
        or any(w.lower() not in words.safe for w in _WORD.findall(part))


def _address_after(text: str, end: int, spans: list[Span], starts: list[int], words: WordLists) -> bool:
    """Whether an address part follows the run ending at ``end`` (see module doc)."""
    _, line_end = near_line_bounds(text, end, _REACH)
    rest = text[end:line_end]
    stripped = rest.lstrip(" \t")
    if stripped.startswith((",", ";")):
        part_start = end + len(rest) - len(stripped) + 1
        while part_start < line_end and text[part_start] in " \t":
            part_start += 1
        part_end = min(line_end, part_start + _MAX_PART)
        for stop in (",", ";", "."):
            cut = text.find(stop, part_start, part_end)
            part_end = cut if cut >= 0 else part_end
        part = text[part_start:part_end]
        if not part[:1].isupper() and not part[:1].isdigit():
            return False
        if any(w.lower() in MONTHS for w in _WORD.findall(part)):
            return False  # "Supreme Court, 12 May": a date, not an address
        return _span_in(spans, starts, part_start, part_end) or _streetish(part, words)
    if stripped.strip(" \t.") or line_end >= len(text) or text[line_end] != "\n":
        return False
    next_start, next_end = near_line_bounds(text, line_end + 1, _REACH)
    line = text[next_start:next_end]
    lead = next_start + len(line) - len(line.lstrip(" \t"))
    return _span_in(spans, starts, lead, next_end) or _streetish(text[lead:next_end], words)


def _cued(text: str, start: int, prefixed: bool, name: str, words: WordLists) -> bool:
    """Whether an address label, or a place cue with a prefix or an uncommon name word, stands before."""
    line_start, _ = near_line_bounds(text, start, _MAX_CUE)
    head = text[line_start:start]
    if _LABEL_CUE.search(head) is not None:
        return True
    if _PLACE_CUE.search(head) is None:
        return False
    return prefixed or any(w.lower() not in words.safe for w in _WORD.findall(name))


def find_buildings(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with the named buildings in an address position added as
    LOCATION spans, with their dotted prefix (see module doc); sorted and non-overlapping."""
    out = list(spans)
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts = [s.start for s in ordered]
    for match in _RUN.finditer(text):
        start, end = match.span()
        prefix = _PREFIX.search(text, max(0, start - 5), start)
        prefixed = prefix is not None and prefix.group(1).lower() not in TITLES
        if prefixed:
            start = prefix.start()  # type: ignore[union-attr]
        name = match.group("a") or match.group("b") or ""
        if _address_after(text, end, ordered, starts, words) or _cued(text, start, prefixed, name, words):
            out.append(Span(start, end, LOCATION, BUILDING_SCORE))
    return merge_spans(out)
