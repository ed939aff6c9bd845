"""Round 7: unit, floor, building and door designators of many languages, beside an address.

An address line often carries, between commas, where in the building the home is: a floor and side
("8. OG links", "EG rechts", "3. Stock", "3º 2ª", "2. tv", "3. em. 12."), a floor word alone ("bajo F",
"entresuelo", "ático", "r/c esq.", "fszt. 2"), a building part ("Hinterhaus", "Vorderhaus", "Aufgang
B", "bât. C", "scala B"), a door or flat ("D: 16", "Daire 4", "Kat 3", "puerta 4", "porte 12", "lgh
1102", "m. 14", "Door No. 12") or a house number alone ("No. 70"). Round 6 knew some of these words;
this module adds those of more languages (German, Austrian, Swiss, Spanish, Catalan, Portuguese,
Brazilian, French, Italian, Dutch, Belgian, Danish, Swedish, Norwegian, Polish, Czech, Slovak,
Hungarian, Turkish, Korean, Indian, English).

Such words are ordinary words elsewhere ("bajo" is "under", "Kat" a name, "links" a plural), so a
part is taken only when all of it is one or two designators and the comma-separated run of designator
parts it belongs to touches, on the same line, a part that reads as an address: a number and a
capitalised word ("Oranienstraße 179", "C/ Larios 233", "70238 Valencia", "Cumhuriyet Caddesi No:
88") or a numbered street, holding a postcode, an ordinal, a numbered street or a word that is no
ordinary word (so "Page 3, No. 5" and "Level 4, Rear" are left). A building-part or floor designator that ends a longer part just before the
run is taken as well ("... live on Hinterhaus, 8. OG links, ...").

Over-tagging risk: a public list such as "Ground floor, 2 Main Hall" is taken. Decisions depend on the
shapes of the parts only, never on the private values. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["UnitParts", "is_designator"]

UNIT_SCORE = 0.9

_C = r"[A-Z0-9]{1,4}"  # a door, staircase or flat code
_SIDE = (
    r"(?:links|rechts|Mitte|li\.?|re\.?|mi\.?|izq(?:uierda|da)?\.?|dcha\.?|derecha|dreta|esquerra|centro|ctro\.?"
    r"|esq\.?|Esq\.?|dto\.?|Dto\.?|frente|tv\.?|th\.?|mf\.?|gauche|droite|sx|dx)"
)
_FLOOR_WORD = (
    r"(?:OG|Obergeschoss|Etage|Stock|Stockwerk|UG|Untergeschoss|DG|Dachgeschoss|Geschoss|étage|etage|piano|andar"
    r"|planta|piso|patro|piętro|p\.|poschodie|posch\.|em\.|emelet|hoog|verdieping|tr\.?|kat|Kat|sal|floor|Floor)"
)
_DESIGNATORS = (
    # floors with a number, then a side or a door: "8. OG links", "3. Stock", "3 tr", "4e étage", "2. em. 5."
    (rf"(?:\d{{1,2}}\.?|[IVX]{{1,4}}\.|\d{{1,2}}(?:e|er|ère|ème|eme|de|ste|º|ª|°))[ ]?{_FLOOR_WORD}"
    rf"(?:[ ](?:{_SIDE}|\d{{1,3}}\.(?:[ ]?ajtó)?))?"),
    # floors named by a word, with a side or a door: "EG rechts", "bajo F", "entresuelo 2ª", "r/c esq."
    (rf"(?:EG|Erdgeschoss|Hochparterre|Parterre|Tiefparterre|Souterrain|Mezzanin|Dachgeschoss|bajo|bajos|Bajo"
    rf"|entresuelo|Entresuelo|entlo\.|principal|pral\.|ático|Ático|atico|sobreático|sótano|semisótano|planta[ ]baja"
    rf"|PB|bj\.|r/c|R/C|rés-do-chão|RDC|rdc|rez-de-chaussée|piano[ ]terra|fszt\.?|földszint|st\.|stuen|kl\.|kælder"
    rf"|Ground[ ]Floor|Ground[ ]floor|First[ ]Floor|Top[ ]Floor|Lower[ ]Ground|Basement|Penthouse|Upper[ ]Flat"
    rf"|Lower[ ]Flat|Garden[ ]Flat|Basement[ ]Flat|Rear)(?:[ ](?:{_SIDE}|{_C}|\d{{1,2}}[ºª°]|puerta[ ]\d{{1,3}}))?"),
    # Danish floor and side: "2. tv", "st. th."
    r"(?:\d{1,2}\.|st\.)[ ]?(?:tv|th|mf)\.?",
    # Spanish and Portuguese floor and door: "3º 2ª", "2.º B", "4º izq.", "3º Dto"
    rf"\d{{1,2}}\.?[ºª°](?:[ ]?(?:\d{{1,2}}\.?[ºª]|[A-Z](?![\w])|{_SIDE}))?",
    # building parts: "Hinterhaus", "Vorderhaus links", "Seitenflügel", "Aufgang B", "Haus 3"
    (rf"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude|Hinterhof|Rückgebäude|Nebengebäude"
    rf"|Mittelhaus)(?:[ ](?:{_SIDE}|{_C}))?"),
    # a word and a code: doors, flats, staircases, blocks of many languages
    (rf"(?:Aufgang|Eingang|Haus|Stiege|Tür|Top|Whg\.?|Wohnung|App\.?|Appartement|puerta|Puerta|pta\.|escalera"
    rf"|Escalera|esc\.|portal|Portal|bloque|Bloque|blq\.|local|Local|interior|oficina|of\.|porte|Porte|bât\.?"
    rf"|Bât\.?|bâtiment|Bâtiment|escalier|appt\.?|Appt\.?|appartement|résidence|scala|Scala|interno|int\.|Int\."
    rf"|apto\.?|Apto\.?|apartamento|bloco|Bloco|sala|Sala|casa|Casa|lote|Lote|cj\.|conjunto|bus|Bus|huisnr\.?"
    rf"|lgh\.?|Lgh\.?|leil\.?|oppgang|inngang|bolig|m\.|lok\.|mieszk\.|klatka|kl\.|byt|vchod|č\.[ ]?b\.|ajtó"
    rf"|D|Daire|daire|Kat|K|İç[ ]Kapı(?:[ ]No)?|Kapı[ ]No|Blok|Bina|Apt\.?|Ap\.?|Site|Door[ ]No\.?|Flat[ ]No\.?"
    rf"|H\.[ ]?No\.?|D\.[ ]?No\.?|Plot[ ]No\.?|House[ ]No\.?|Gate|Flat|Unit|Apt)[:.]?[ ]?(?:(?:No|Nr|N[º°o])[:.]?[ ]?)?"
    rf"{_C}(?:[-/]\d{{1,4}}[A-Za-z]?){{0,3}}\.?"),
    # Turkish blocks and Korean building and flat numbers: "A Blok", "101-dong 1203-ho"
    r"[A-Z0-9]{1,2}[ ]Blok|\d{1,4}-?(?:dong|ho)(?:[ ]\d{1,4}-?ho)?",
    # Hungarian door after a floor: "3. em. 12.", "12. ajtó"
    r"\d{1,3}\.[ ]?ajtó",
    # a house number alone: "No. 70", "Nr. 5", "Nº 12"
    r"(?:No|Nr|N[º°o])[:.]?[ ]?\d{1,5}[A-Za-z]?(?:/\d{1,4})?",
)
_ONE = "(?:" + "|".join(_DESIGNATORS) + ")"
_WHOLE = re.compile(rf"{_ONE}(?:[ ]{_ONE})?")
_TAIL = re.compile(
    rf"(?<![^ ])(?:(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude|Hinterhof|Rückgebäude)(?:[ ]{_SIDE})?"
    rf"|\d{{1,2}}\.[ ]?(?:OG|Stock|Etage|UG|DG)(?:[ ]{_SIDE})?|EG(?:[ ]{_SIDE})?)\Z"
)
#: A part that reads as an address: a number and a capitalised word, in either order, with at most
#: eight words ("Oranienstraße 179", "70238 Valencia", "Cumhuriyet Caddesi No: 88", "14. Sokak No: 5").
_ADDRESS = re.compile(
    r"(?:\d{1,6}(?:st|nd|rd|th|[A-Za-z])?\.?[ ](?:[^\W\d_]{1,12}[ ]){0,3}[A-ZÀ-ÖØ-ÞÇĞİŞŁŚŻ][^\W\d_]{1,30}"
    r"|[A-ZÀ-ÖØ-ÞÇĞİŞŁŚŻ][^\W\d_]{1,30}\.?(?:[ ][^\W\d_./]{1,20}\.?){0,5}[ ](?:(?:No|Nr|N[º°o])[:.]?[ ]?)?\d{1,5}"
    r"(?:[A-Za-z]|[/-]\d{1,4})?)"
)
_PART = re.compile(r"[^,;()\n]{1,80}")
_MAX_WORDS = 8


def is_designator(part: str) -> bool:
    """Whether all of ``part`` (stripped) is one or two unit, floor or building designators."""
    return _WHOLE.fullmatch(part.strip(" \t")) is not None


_POSTCODE_OR_ORDINAL = re.compile(r"(?<!\w)(?:\d{4,6}|\d{1,3}(?:st|nd|rd|th)|\d{1,4}\.)(?!\w)")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _address_like(part: str, words: WordLists) -> bool:
    """Whether ``part`` reads as an address: the shape of :data:`_ADDRESS`, and a postcode, an ordinal or
    a numbered street ("14."), or a word that is no ordinary word ("Page 3", "Level 4" are not)."""
    stripped = part.strip(" \t.")
    if len(stripped.split()) > _MAX_WORDS or _ADDRESS.search(stripped) is None:
        return False
    if _POSTCODE_OR_ORDINAL.search(stripped) is not None:
        return True
    return any(w.lower() not in words.safe for w in _LETTERS.findall(stripped))


class UnitParts:
    """Designator parts in a comma-separated run that touches an address part (see module doc)."""

    name = "unit-parts-r7"

    def __repr__(self) -> str:
        return "UnitParts()"

    def detect(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        for line in re.finditer(r"[^\n]+", view.text):
            out.extend(self._line(line.group(), line.start(), view.words))
        return out

    @staticmethod
    def _line(line: str, offset: int, words: WordLists) -> list[Span]:
        parts = [(m.start(), m.group()) for m in _PART.finditer(line)]
        units = [is_designator(p) for _, p in parts]
        out: list[Span] = []
        k = 0
        while k < len(parts):
            if not units[k]:
                k += 1
                continue
            j = k
            while j + 1 < len(parts) and units[j + 1]:
                j += 1
            before = parts[k - 1][1] if k > 0 else ""
            after = parts[j + 1][1] if j + 1 < len(parts) else ""
            if _address_like(before, words) or _address_like(after, words):
                for start, part in parts[k : j + 1]:
                    lead = len(part) - len(part.lstrip(" \t"))
                    out.append(Span(offset + start + lead, offset + start + len(part.rstrip(" \t")), LOCATION,
                                    UNIT_SCORE))
                tail = _TAIL.search(before.rstrip(" \t")) if k > 0 else None
                if tail is not None:
                    base = offset + parts[k - 1][0]
                    out.append(Span(base + tail.start(), base + tail.end(), LOCATION, UNIT_SCORE))
            k = j + 1
        return out
