"""Round 8: streets whose type word leads or is missing, and towns written with a state abbreviation.

Shapes, written from general knowledge of address layouts:

- **a leading street word the earlier lists lack**, then particles, capitalised names and a house
  number: French and Belgian "Chaussée de Wavre 120", "Chaussée d'Alsemberg 9", "Voie Romaine 4",
  "Sentier des Prés 2", "Faubourg du Lac 11", Flemish "Steenweg op Gent 3", Greek "Plateia
  Syntagmatos 2", Italian "Località Poggio 7", Catalan "Rambla de Sant Joan 4", Polish "Rondo Daszyńskiego
  2", Maltese "Triq il-Wied 5", Russian and Ukrainian "ул. Пушкина, д. 8", "вул. Франка, буд. 3" (the
  house word "д.", "дом", "буд." before the number) and more;
- **a street named by its name alone** (a Flemish "Meir", a Dutch "Lange Voorhout", a Swiss
  "Spitalgasse" written apart), then a house number, taken only where the layout says it is an address:
  an inline unit after the number ("Meir 152 bus 14"), or a comma and a postcode with a town ("Groenplaats
  7, 2000 Antwerpen"), or the postcode and town on the next line; the name must hold a word that is no
  ordinary word, so "Page 12, 2000 Copies" is left;
- **a name, then a street word of South Asia or the Maldives** ("Orchid Magu", "Fareedhee Hingun",
  "Sosun Goalhi", "Nehru Marg", "Camac Sarani", "Anna Salai", "Gandhi Chowk");
- **a compound street name with a type ending** the earlier lists lack ("Frankrijklei 14",
  "Kipdorpvest 3", "Beukendreef 2", "Rijksbaan 40", "Amagertorv 8", "Kauppatori 1"), and Cyrillic
  street words before the name ("ул. Садовая 17", "просп. Мира 5", "вул. Шевченка 3");
- **a town and a US, Canadian or Australian state or territory abbreviation** after a place cue ("stayed
  in Red Deer AB", "moved to Halifax NS", "from Ballarat VIC"), with a ZIP or postal code when one follows;
  abbreviations that are also words ("OK", "IN", "ME", "OR", "ON") are not taken after a cue alone
  (:mod:`~dpfusion_integrations.tagging.recall.addresses_regions_r8` joins any region code to a
  LOCATION span the union found).

The leading-word streets need a particle or a name word that is no ordinary word ("Rondo Wiatraka 2",
"Chaussée de Louvain 540").

Over-tagging risk: a product and a number before a year and a capitalised word ("Xbox 360, 2005
Release" reads as a street, a postcode and a town); a public town with its state after "in" ("in
Austin TX"). Decisions depend on shapes and the safe-word
list only. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.addresses_regions_r8 import (
    STATES,
    WORDLIKE_STATES,
)
from dpfusion_integrations.tagging.recall.addresses_units_r8 import UNIT_INLINE
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["SOUTH_ASIAN_STREET_WORDS", "StreetsR8"]

STREET_SCORE = 0.9

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁІЇЄҐЂЈЉЊЋЏ][\w'’-]{0,30}"
_PARTICLE = (
    r"(?:(?:de|del|della|des|du|la|le|les|van|von|op|ter|ten|den|der|het|de[ ]la|di|da|do|dos|das|il|l-|tal|el)[ ]"
    r"|[dl]['’]|il-|it-|ix-|is-|iż-|in-)"
)
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
#: Street words that lead the name, of languages and spellings the earlier lists lack; words that are
#: also English words or names ("Square", "Passage", "Promenade", "Vest", "Lei") are left out.
_LEADING = (
    r"Chaussée|Chaussee|Steenweg|Dreef|Kaai|Plein|Kade|Gracht|Dijk|Singel|Markt|Voie|Sentier|Ruelle"
    r"|Faubourg|Rond-point|Parvis|Montée|Cité|Hameau"
    r"|Lieu-dit|Plateia|Plateía|Leoforos|Odos|Οδός|Λεωφόρος|Πλατεία|Località|Loc\.|Frazione|Fraz\.|Contrada"
    r"|Calle|Carrer|Rúa|Rua|Rambla|Passeig|Travesía|Glorieta|Costanilla|Rondo|Skwer|Bulwar|Aleje|Wybrzeże"
    r"|Triq|Sqaq|Vjal|Pjazza|Rruga|Sheshi|Bulevardi|Ulice|Nábřeží|Nám\.|Náměstí|Tér|Körút|Útca|Piața|Splaiul"
    r"|Şoseaua|Soseaua|Iela|Gatvė|Prospektas|Tänav|Puiestee|Ulitsa|Ulica|Vulytsia|Prospekt|Shosse|Bulvar"
    r"|ул\.|Ул\.|улица|Улица|пр\.|просп\.|пр-т|проспект|Проспект|пер\.|переулок|бул\.|бульвар|Бульвар|наб\."
    r"|набережная|ш\.|шоссе|пл\.|площадь|Площадь|вул\.|Вул\.|вулиця|Вулиця|пров\.|провулок|бульв\.|ул\.?"
)
_LEAD_STREET = re.compile(
    rf"(?<![\w.])(?P<value>(?:{_LEADING})[ ]?(?P<name>(?:{_PARTICLE}){{0,2}}{_CAP}(?:[ ](?:{_PARTICLE}){{0,2}}{_CAP}){{0,3}})"
    rf",?[ ](?:(?:No|Nr|n[º°o]|д|буд|дом|б)\.?[ ]?)?{_NUMBER})(?![\w])"
)
#: Street-type endings of compound street names the earlier lists lack (Flemish, Dutch, German,
#: Nordic, Finnish, Estonian, Latvian): "Frankrijklei 14", "Kipdorpvest 3", "Jordaenskaai 9",
#: "Beukendreef 2", "Rijksbaan 40", "Vismarkt 5", "Nytorv 8", "Kauppatori 1", "Pärnu maantee" style.
_COMPOUND_STREET = re.compile(
    r"(?<![\w.-])(?P<value>[A-ZÀ-ÖØ-Þ][\w'’-]{1,40}(?:lei|vest|kaai|dreef|baan|markt|brink|plantsoen|steig|pfad"
    r"|zeile|gürtel|graben|twiete|stieg|torv|plads|stræde|torget|gränd|backen|kuja|polku|tori|kaari|rinne|väylä"
    r"|raitti|puiestee|tänav|maantee|iela)[ ](?:\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?))(?![\w])"
)
_POSTCODE_TOWN = rf"(?:[A-Z]{{1,2}}-)?(?:\d{{4,5}}|\d{{3}}[ ]\d{{2}}|\d{{2}}-\d{{3}})[ ]{_CAP}"
#: A street named by its name alone and a house number, in an address layout (see module doc).
_BARE_STREET = re.compile(
    rf"(?<![\w.,-])(?P<value>(?P<name>{_CAP}(?:[ ](?:{_PARTICLE}){{0,2}}{_CAP}){{0,2}})[ ](?P<number>{_NUMBER}))"
    rf"(?=[ ](?:{UNIT_INLINE})|,[ ]?{_POSTCODE_TOWN}|[ \t]*\n[ \t]*{_POSTCODE_TOWN})"
)
#: South Asian and Maldivian street words written after the name ("Orchid Magu", "Nehru Marg"); shared
#: with :mod:`~dpfusion_integrations.tagging.recall.addresses_buildings_r8`.
SOUTH_ASIAN_STREET_WORDS = (
    r"Magu|Hingun|Higun|Goalhi|Marg|Sarani|Salai|Veedhi|Chowk|Gali|Galli|Rasta|Peth|Nagar"
)
_SOUTH_ASIAN = re.compile(
    rf"(?<![\w.])(?P<value>{_CAP}(?:[ ]{_CAP}){{0,2}}[ ](?:{SOUTH_ASIAN_STREET_WORDS})"
    r"(?:,?[ ](?:No\.?[ ]?)?\d{1,5}[A-Za-z]?)?)(?![\w])"
)
_CUED_TOWN = re.compile(
    rf"(?<![\w])(?:in|to|from|near|at|of|around|outside)[ ](?P<value>(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})"
    rf",?[ ](?P<state>{STATES})(?:[ ](?:\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{{4}}))?(?![\w]))"
)
_WORD = re.compile(r"[^\W\d_]+")
_PARTICLE_AT = re.compile(_PARTICLE)
_PARTICLE_IN = re.compile(rf"[ ]{_PARTICLE}")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _uncommon(name: str, view: TextView) -> bool:
    """Whether ``name`` holds a word of two letters or more that is no ordinary word."""
    return any(len(w) > 1 and w.lower() not in view.words.safe for w in _WORD.findall(name))


class StreetsR8:
    """Streets led by a street word the earlier lists lack, streets named alone in an address layout,
    South Asian street words and cued towns with a state abbreviation (see module doc)."""

    name = "streets-r8"

    def __repr__(self) -> str:
        return "StreetsR8()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out = [Span(*m.span("value"), LOCATION, STREET_SCORE) for m in _COMPOUND_STREET.finditer(text)]
        for match in _LEAD_STREET.finditer(text):
            name = match.group("name")
            if _PARTICLE_AT.match(name) is not None or _PARTICLE_IN.search(name) is not None or _uncommon(name, view):
                out.append(Span(*match.span("value"), LOCATION, STREET_SCORE))
        out.extend(Span(*m.span("value"), LOCATION, STREET_SCORE) for m in _SOUTH_ASIAN.finditer(text))
        for match in _BARE_STREET.finditer(text):
            if not _YEAR.fullmatch(match.group("number")) and _uncommon(match.group("name"), view):
                out.append(Span(*match.span("value"), LOCATION, STREET_SCORE))
        for match in _CUED_TOWN.finditer(text):
            if match.group("state") not in WORDLIKE_STATES and _uncommon(match.group("name"), view):
                out.append(Span(*match.span("value"), LOCATION, STREET_SCORE))
        return sorted(set(out), key=lambda s: (s.start, s.end))
