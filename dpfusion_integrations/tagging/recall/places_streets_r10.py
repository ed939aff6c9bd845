"""Round 10 (addresses): street conventions of the Baltic states, the Balkans, Central Asia, Francophone
Africa and the Andes, with their house, block and flat numbers.

Earlier street rules read the street word before the name ("Rue X", "Calle X") or the English and
Germanic suffixes; these conventions put other words around the name, so the name was read as a person
and the word and numbers around it stayed readable. One :class:`RegexDetector` of shapes, each written
for a country family rather than one address:

- **street word after the name** (Latvian "iela", "gatve", "prospekts", "bulvāris", "laukums", "šoseja";
  Estonian "tänav", "maantee", "puiestee", "põik"; Lithuanian "gatvė", "prospektas", "alėja", "plentas";
  Uzbek "ko'chasi", "shoh ko'chasi", "mavzesi", "massivi", "mahallasi"; Kazakh and Kyrgyz "köshesi",
  "kóshesi", "köchösü"; Azerbaijani "küçəsi", "prospekti"; Russian transliterated "ulitsa",
  "prospekt", "pereulok"): one to three capitalised name words, the street word, then an optional house
  number with a Latvian "k" block suffix ("125k6"), a slash or dash part ("12-4", "10/6"), and an
  optional flat after a comma ("dz. 22", "dzīv. 3", "korter 5", "k. 7", "butas 4", "b. 9", "kv. 12");
- **abbreviated street word after the name** ("Vilniaus g. 12", "Gedimino pr. 9", "Pärnu mnt. 10",
  "Tartu tee 4", "Laisvės al. 3"): the same, with the house number required, so "Golf tee" or an
  initial before "g." alone is not read;
- **street word before the name, Balkan and Slavic** ("ul. Goce Delcev br. 10/6", "bul. Vitosha 15",
  "ulica Kneza Miloša 12", "Bulevar X bb"): "ul."/"ulica"/"bul."/"bulevar" (and Cyrillic "ул."/"бул."),
  one to four name words, an optional "br."/"бр."/"No." and a house number with a slash part or the
  Serbian "bb" ("without number");
- **Ecuadorian quadrant numbers** ("Av. Amazonas N9-118", "Calle Olmedo E3-45", "Av. 10 de Agosto
  Oe2-10"): a street word, one to four words, and a number made of a quadrant letter (N, S, E, O, Oe)
  and two dash-joined numbers, which is no other document's shape;
- **Francophone African lots** ("Avenue Chardy, lot 57", "Rue du Commerce, lot 92", "Boulevard de
  Marseille, îlot 4"): a French street word, a name of one to three words with its particles, a comma
  and "lot"/"îlot"/"parcelle"/"villa" with a number;
- **post boxes with a district number** ("74 BP 7761 Abidjan", "01 BP 1234 Ouagadougou 01"): the
  Ivorian and Burkinabè box is written after the postal district's two digits and before the town;
  the rule takes the district number, the box and a capitalised town after it, at a line's or a
  comma-separated part's start.

Public look-alikes considered: a capitalised word before "iela"-like words is always a street; "tee"
and the one-letter abbreviations need a house number; "ul." needs a capitalised name and a number;
quadrant numbers need a street word before them; "lot" needs a French street before it ("a lot 5
times" stays public). Typed LOCATION; matching starts at word boundaries with bounded repeats.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["STREET_WORDS_AFTER", "street_detector"]

STREET_SCORE = 0.88

_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’ʻ‘-]{1,30}"
_NUM_NAME = rf"(?:{_NAME}|\d{{1,2}}(?:\.|[ ]de)?)"
#: Street words written after the name (lower case as written).
STREET_WORDS_AFTER = (
    r"iela|gatve|prospekts|bulvāris|bulvaris|laukums|šoseja|soseja|tänav|tanav|maantee|puiestee|põik"
    r"|gatvė|gatve|prospektas|alėja|aleja|plentas|skersgatvis"
    r"|ko['’ʻ‘`]chasi|kochasi|ko['’ʻ‘`]cha|kuchasi|mavzesi|massivi|mahallasi|shoh[ ]ko['’ʻ‘`]chasi"
    r"|köshesi|kóshesi|koshesi|köchösü|kochosu|küçəsi|kucesi|prospekti"
    r"|ulitsa|ulica|prospekt|pereulok|shosse|naberezhnaya"
)
#: Abbreviated street words after the name: only with a house number.
_ABBREVIATED_AFTER = r"g\.|pr\.|al\.|pl\.|tee|mnt\.?|pst\.?|tn\.|str\.|skg\."
_HOUSE = r"\d{1,4}[A-Za-z]?(?:[kK]\d{1,3})?(?:[-/]\d{1,4}[A-Za-z]?)?"
_FLAT = r"(?:dz\.|dzīv\.|dziv\.|korter|krt\.|k\.|butas|but\.|b\.|kv\.|kvartira|xonadon|apt\.?|stan)[ ]?\d{1,4}[A-Za-z]?"
_TAIL = rf"(?:[ ]{_HOUSE}(?![\w/-]))?(?:,[ ]{_FLAT}(?![\w]))?"
_BALKAN_WORDS = r"ul\.|ulica|ul|bul\.|bulevar|blvd\.|ул\.|бул\.|улица|булевар"
_QUADRANT = r"(?:N|S|E|O|Oe|OE)\d{1,3}[A-Z]?-\d{1,4}[A-Z]?"
_ANDEAN_WORDS = r"Av\.|Avda\.|Avenida|Calle|Jr\.|Jirón|Pasaje|Psje\.|Vía|Via|Carrera|Cra\.|Cll\."
_FRENCH_WORDS = r"Avenue|Av\.|Boulevard|Bd\.?|Bld\.?|Rue|Route|Allée|Impasse|Cité|Carrefour|Rond-point|Place|Voie"
_FRENCH_PARTICLES = r"(?:de[ ]la[ ]|de[ ]|du[ ]|des[ ]|d['’]|la[ ]|le[ ]|l['’])"
_LOTS = r"(?:lot|Lot|LOT|îlot|ilot|Ilot|parcelle|Parcelle|villa|Villa)[ ]?(?:n[°º]?[ ]?)?\d{1,5}[A-Za-z]?"

_RULES = (
    RegexRule("street-after-name-r10", LOCATION, re.compile(
        rf"(?<![\w'’-])(?:{_NAME}[ ]){{1,3}}(?:{STREET_WORDS_AFTER})(?![\w]){_TAIL}"), STREET_SCORE),
    RegexRule("street-abbreviated-after-r10", LOCATION, re.compile(
        rf"(?<![\w'’-])(?:{_NAME}[ ]){{1,3}}(?:{_ABBREVIATED_AFTER})[ ]?{_HOUSE}(?![\w/-])"
        rf"(?:,[ ]{_FLAT}(?![\w]))?"), STREET_SCORE),
    RegexRule("street-balkan-r10", LOCATION, re.compile(
        rf"(?<![\w.])(?i:{_BALKAN_WORDS})[ ](?:{_NUM_NAME}[ ]){{0,3}}{_NAME}[ ](?:(?:br\.|бр\.|No\.?|nr\.?)[ ]?)?"
        rf"(?:{_HOUSE}|bb|BB|бб)(?![\w/-])"), STREET_SCORE),
    RegexRule("street-quadrant-r10", LOCATION, re.compile(
        rf"(?<![\w.])(?:{_ANDEAN_WORDS})[ ](?:[\w'’.-]{{1,30}}[ ]){{1,4}}{_QUADRANT}(?![\w-])"), STREET_SCORE),
    RegexRule("street-french-lot-r10", LOCATION, re.compile(
        rf"(?<![\w.])(?:{_FRENCH_WORDS})[ ]{_FRENCH_PARTICLES}?(?:{_NAME}[ ]?){{1,3}}(?<![ ]),[ ]{_LOTS}(?![\w])"),
        STREET_SCORE),
    RegexRule("post-box-district-r10", LOCATION, re.compile(
        rf"(?:(?<=\A)|(?<=\n)|(?<=,[ ])|(?<=:[ ])|(?<=[ ]{{2}})|(?<=\t))[ \t]{{0,3}}(?P<value>\d{{2}}[ ](?:BP|B\.P\.|CP)[ ]\d{{1,5}}"
        rf"(?:[ ]{_NAME}(?:[ ]\d{{1,2}}(?![\w]))?)?)"), STREET_SCORE),
)  # fmt: skip


def street_detector() -> RegexDetector:
    """The round-10 street, flat, lot and district-box shapes (see module doc)."""
    return RegexDetector("address-streets-r10", _RULES)
