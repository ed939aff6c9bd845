"""Round 6: streets written with a street-type abbreviation, and street words followed by lower-case
words, in the layouts of many countries. Each shape needs a capitalised name and a house number.

- **abbreviation after the name**: "Rimantų g. 14", "Šviesos pr. 7-3", "Beržų al. 21" (Lithuanian
  gatvė, prospektas, alėja, plentas), "Petőfi u. 8", "Rákóczi krt. 31" (Hungarian utca, körút), "Männi
  tn. 4", "Pärna pst. 9", "Tartu mnt. 15" (Estonian tänav, puiestee, maantee), "Storgata gt. 12" and
  "Solli pl. 3" (Norwegian gate, plass), "Linden str. 5", "Kestane sk. 3", "Atatürk cd. 17" (Turkish
  sokak, cadde), "Smetany nám. 2", "Berliner Str. 44";
- **abbreviation before the name, in lower case**: "vul. Sadova 18" (Ukrainian vulytsia), "ul. Lipowa
  9", "pr. Abaya 120" (prospekt), "prosp. Mira 5", "pl. Wolności 2", "al. Róż 4" (Polish aleja), "bul.
  Vitosha 41", "bd. Unirii 6", "str. Florilor 3" (Romanian strada), "sh. Entuziastov 12", "per.
  Tikhiy 3", "nab. Reki 8", "jl. Merdeka 45", "jln. Ampang 2";
- **a street word, then lower-case words or an ordinal, then the number**: "Ulica bana Jelačića 19",
  "Bulevar despota Stefana 52", "Strada lungă 12", "Triq il-Kbira 14", "Rruga e Kavajës 30", "Ulica
  1. maja 7" (Slavic, Romanian, Maltese and Albanian street names often hold an inflected lower-case
  word or a date);
- **a street word, capitalised names and a house-number label**: "Intrarea Zorilor Nr. 14", "Drumul
  Taberei nr. 32" (Romanian and Balkan layouts write "Nr." or "br." before the number);
- **a house number, capitalised names and an English street type the earlier rules lack**: "789 Elm
  Cul-de-sac", "12 Ash Parkways" (plural and rarer types of generated and real US addresses).

The abbreviations and street words are written from general knowledge of street naming in Central
and Eastern Europe, the Baltics, the Nordics, Turkey, the Balkans, Malta and Malaysia/Indonesia.

Over-tagging risk: a capitalised word, an abbreviation and a number that mean something else ("Report
pr. 3", "Jones et al. 2020"): the name before an abbreviation must not be an ordinary word alone, "al."
after "et" is never a street, and a four-digit year is no house number. Decisions depend on the
name only through whether it is an ordinary word (the safe-word list), as elsewhere in the profile.
Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["STREET_ABBREVIATION_PATTERNS", "StreetAbbreviations"]

STREET_ABBREVIATION_SCORE = 0.9

_CAP = r"[A-ZÀ-ÖØ-ÝĀ-ſ][\w'’-]{0,40}"
_LOWER = r"[a-zß-öø-ÿā-ſ][\w'’-]{0,30}"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,2}"
#: Street-type abbreviations written after the name (with their dot).
_AFTER = (
    r"g|gt|pr|al|pl|pr-t|skg|u|krt|tn|pst|mnt|vn|str|Str|sk|sok|cd|cad|bul|nám|tř|ul|vei|v"
)
#: Street-type abbreviations written before the name, in lower case (with their dot).
_BEFORE = (
    r"vul|ul|pr|prosp|pr-t|pl|al|bul|bulv|bd|blvd|str|sh|per|pereul|nab|proyezd|prov|pros|jl|jln|lrg|sos|cal"
    r"|vulytsia|ulitsa"
)
#: Street words followed by lower-case words before the house number ("Ulica bana Jelačića 19").
_LEADING = (
    r"Ulica|Ulitsa|Vulytsia|Vulica|Ulice|Bulevar|Bulevard|Bulevardul|Bulvar|Bulvari|Strada|Calea|Aleea|Drumul"
    r"|Șoseaua|Soseaua|Splaiul|Intrarea|Piața|Piata|Rruga|Triq|Trg|Cesta|Obala|Náměstí|Nábřeží|Avenija|Prospekt"
    r"|Prospekti|Naberezhnaya|Pereulok|Ploshcha|Ploshchad|Sokak|Caddesi|Carrer|Calle|Rua|Avenida|Odos|Leoforos"
)
#: A house-number label between the name and the number ("Intrarea Zorilor Nr. 14", "Ilica br. 5").
_LABEL = r"(?:(?:Nr|nr|No|no|br|č)\.[ ]?)"
#: Street types of English-speaking countries the earlier street rules do not know, plural forms
#: included ("789 Elm Cul-de-sac", "12 Ash Parkways"); only types that are no ordinary plural ("Ways",
#: "Drives", "Lakes" and "Points" are left out: "3 Easy Ways", "5 Key Points").
_ENGLISH_TYPES = (
    r"Cul-de-sac|Culdesac|Parkways|Turnpikes|Throughways|Expressways|Freeways|Skyways|Crossroads?|Streets|Avenues"
    r"|Boulevards|Terraces|Crescents|Esplanades|Promenade"
)

#: The shapes (see module doc); the street is group ``value``, the name group ``name`` where checked.
STREET_ABBREVIATION_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\w.])(?P<value>(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})[ ](?:{_AFTER})\.[ ]?(?P<number>{_NUMBER}))(?![\w])"),
    re.compile(rf"(?<![\w.])(?<!et[ ])(?P<value>(?i:{_BEFORE})\.[ ]?(?P<name>{_CAP}(?:[ ]{_CAP}){{0,3}}),?[ ](?P<number>{_NUMBER}))(?![\w])"),
    re.compile(rf"(?<![\w.])(?P<value>(?:{_LEADING})(?:[ ](?:{_CAP}|{_LOWER}|\d{{1,2}}\.)){{0,2}}[ ](?:{_LOWER}|\d{{1,2}}\.)"
               rf"(?:[ ](?:{_CAP}|{_LOWER})){{0,2}},?[ ]{_LABEL}?(?P<number>{_NUMBER}))(?![\w])"),
    re.compile(rf"(?<![\w.])(?P<value>(?:{_LEADING})(?:[ ]{_CAP}){{1,4}},?[ ]{_LABEL}(?P<number>{_NUMBER}))(?![\w])"),
    re.compile(rf"(?<![\w.,-])(?P<value>(?P<number>{_NUMBER})[ ](?:{_CAP}[ ]){{1,3}}(?:{_ENGLISH_TYPES}))(?![\w-])"),
)  # fmt: skip
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WORD = re.compile(r"[\w'’-]+")


class StreetAbbreviations:
    """Streets with a street-type abbreviation before or after the name, or lower-case words after a
    street word (see module doc)."""

    name = "street-abbreviations"

    def __repr__(self) -> str:
        return f"StreetAbbreviations(patterns={len(STREET_ABBREVIATION_PATTERNS)})"

    def detect(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        safe = view.words.safe
        for pattern in STREET_ABBREVIATION_PATTERNS:
            for match in pattern.finditer(view.text):
                if _YEAR.fullmatch(match.group("number")):
                    continue
                if "name" in pattern.groupindex:
                    names = [w.lower() for w in _WORD.findall(match.group("name"))]
                    if all(w in safe for w in names):
                        continue  # "Report pr. 3", "Table al. 2": an ordinary word, not a street name
                out.append(Span(*match.span("value"), LOCATION, STREET_ABBREVIATION_SCORE))
        return out
