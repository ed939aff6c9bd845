"""Round 7: streets named by a number ("14. Sokak", "3rd Cross", "Calle 5", "Ulica 3 Maja").

Many countries number their streets instead of (or as well as) naming them, and the number stands
where a name would, so the street detectors that look for a capitalised name before a street word miss
them. The shapes, written from general knowledge of address layouts:

- **number, then a street word** (Turkish, German, Scandinavian): "14. Sokak", "1453 Sokak", "5.
  Cadde", "2. Straße", "7. Gasse", with the Turkish door number after ("No: 165/21");
- **ordinal, then a street word** (India, the Americas, the Philippines): "3rd Cross", "35th Cross Road",
  "10th Main", "42nd Street", "5th Avenue North", "2nd Block";
- **street word, then a number** (Latin America, Iberia, Africa, the Middle East, South-East Asia):
  "Calle 5", "Carrera 7 # 45-12", "Rua 7", "Rue 12", "Avenida 9 de Julio", "Jalan 3", "Street 14",
  "Soi 11"; a house number after a comma or "No." joins;
- **street word, then a day and month or a number and a word** (Poland, Czechia, Slovakia, Russia,
  Latin America): "ul. 3 Maja", "Ulica 29 Listopada 5", "nám. 28. října", "Calle 5 de Mayo".

A street word and a number must end the address part (a comma, a bracket, the line's end, a full stop
or a capitalised word after it), so "Street 5 is the hardest level" is left.

Over-tagging risk: "42nd Street" as a title, "Road 2, Level 3" in a game. The street words are
capitalised or abbreviated as in addresses ("via 3 stops" is not taken). Decisions depend on the shape
only. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["numbered_streets"]

STREET_SCORE = 0.9

_HOUSE = r"(?:[ ]?,?[ ](?:(?:No|Nr|N[º°o])[:.]?[ ]?)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?)"
_TR_WORDS = (
    r"Sokak|Sokağı|Sok\.|Sk\.|Cadde(?:si)?|Cad\.|Cd\.|Bulvarı|Bulvar|Blv\.|Bulv\.|Mahallesi|Mah\.|Mh\.|Yolu"
    r"|Çıkmazı|Çıkmaz|Geçidi|Meydanı|Yokuşu|Straße|Strasse|Str\.|Gasse|Weg|Allee|Querstraße|Linie|gata|gatan|gade|vej"
)
_ORDINAL_WORDS = (
    r"Cross(?:[ ]Road|[ ]Rd\.?)?|Main(?:[ ]Road|[ ]Rd\.?)?|Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Block"
    r"|Sector|Drive|Dr\.|Place|Pl\.|Terrace|Boulevard|Blvd\.?|Court|Ct\.|Crescent|Parkway|Row|Alley|Cross[ ]Street"
)
_LEAD_WORDS = (
    r"Calle|C/|Cl\.|Cll\.?|Carrera|Cra\.?|Kr\.|Avenida|Av\.|Avda\.?|Transversal|Diagonal|Rua|Travessa|Via|Viale"
    r"|Strada|Rue|Avenue|Street|Road|Lane|Jalan|Jl\.|Jln\.|Soi|Đường|Sokak|Cadde|Shari|Sharia|Sharia'|Rehov"
    r"|Odos|Ulica|Ulitsa|Ul\.|ul\.|Al\.|al\.|Aleja|Aleje|pl\.|Plac|os\.|Osiedle|nám\.|náměstí|tř\.|třída"
)
_SIDES = r"(?:[ ](?:North|South|East|West|N|S|E|W|NE|NW|SE|SW|Norte|Sur|Sul|Este|Oeste|Bis|bis)\.?(?![\w]))"

_RULES = (
    RegexRule(
        "number-then-street-word", LOCATION,
        re.compile(rf"(?<![\w.,/-])\d{{1,4}}(?:/\d{{1,2}})?\.?[ ](?:{_TR_WORDS})(?![\w]){_HOUSE}?"),
        STREET_SCORE,
    ),
    RegexRule(
        "ordinal-street", LOCATION,
        re.compile(rf"(?<![\w.,/-])\d{{1,3}}(?:st|nd|rd|th)[ ](?:{_ORDINAL_WORDS})(?![\w]){_SIDES}?"),
        STREET_SCORE,
    ),
    RegexRule(
        "street-word-then-number", LOCATION,
        re.compile(
            rf"(?<![\w.])(?:{_LEAD_WORDS})[ ](?:No\.?[ ])?\d{{1,3}}(?:[A-Z](?![\w]))?\.?(?![\w]|[/.,:-]\d)"
            rf"(?:[ ]de[ ][A-Z][a-záéíóú]{{2,12}}|[ ][A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ][^\W\d_]{{2,15}}|[ ][a-zčřšžýáíé]{{3,10}}(?=[ ,]\d|[ ]*,|[ ]*$))?"
            rf"{_SIDES}?(?:[ ]?(?:\#|No\.?|N[º°o]\.?|n[º°]\.?)[ ]?\d{{1,4}}[A-Z]?(?:[ ]?-[ ]?\d{{1,4}})?|[ ]\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?)?"
            r"(?=[ \t]*(?:[,;)(\n]|\Z|[ ][A-Z#(–-]|\.(?:\s|\Z)))"
        ),
        STREET_SCORE,
    ),
)


def numbered_streets() -> RegexDetector:
    """The detector of streets named by a number (see module doc)."""
    return RegexDetector("numbered-streets-r7", _RULES)
