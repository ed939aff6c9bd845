"""Street addresses, US/UK style and not: a house number with a street word ("42 Oak Street",
"221B Baker Street", "4821 Old Orchard Lane"), a house number before a proper noun ("33 Kingsway",
"1-2-3 Shibuya") or after one at the end of a clause ("Plac Zbawiciela 3, Warszawa"),
compound street names with a number ("Hauptstraße 12", "Keizersgracht 221", "Marktplatz 4"),
Romance and Slavic street words ("12 rue de la Paix", "Via Garibaldi 45", "Calle de Alcalá 48",
"Rua Augusta 210", "ul. Marszałkowska 104"), named streets without a number ("Abbey Road"), and
flat, suite, unit and PO box numbers. Typed LOCATION.

Round 2 adds: floor and door designators after a house number ("3º B", "2º Esq.", Danish "2. tv"),
Singapore unit numbers ("#05-112"), city districts ("District 1", "Praha 10"), ordinal street names
("450 West 42nd Street"), house numbers with a slash ("Vinohradská 1511/230", "12/4") and Polish
inflected street words ("przy ulicy Długiej 5"). Parts of one address separated by a comma are
fused into one span by the tagger.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import TextView, grow, joinable, run_span
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ADDRESS_PATTERNS", "AddressRule", "STREET_WORDS", "UNIT_ADDRESS_PATTERNS"]

ADDRESS_SCORE = 0.92

_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Tce"
    r"|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Close|Crescent|Cres|Gardens|Gdns|Grove|Row|Square|Sq|Mews"
    r"|Walk|Hill|Park|Trail|Loop|Alley|Plaza|Esplanade|Parade|Pde|Quay|Wharf|Green|Rise|View|Vale|Gate"
    r"|Yard|Broadway|Kingsway|Highway"
)
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_CAP = r"[A-ZÀ-ÖØ-ÝŁŚŻŹĆŃ][\w'’.-]{0,40}"
_PARTICLES = r"(?:(?:de|del|della|delle|dei|di|da|do|dos|das|la|las|los|le|les|du|des|van|von)[ ]+|d'|l'|d’|l’)"
_COMPOUND = (
    r"stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|laan|straat|gracht|plein|kade"
    r"|singel|dijk|steeg|vej|gade|gatan|vägen|vagen|veien|gata|katu|tie|utca|ulica"
)
_LEADING = (
    r"Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Calle|Avenida|Avda\.|Av\.|Rua|Travessa|Praça|Praca"
    r"|Plaza|Paseo|Carrer|Rambla|Camino|Carretera|ul\.|Ulica|Aleja|al\.|Strada|Str\.|Bulevardul|Calea"
    r"|Rue|Avenue|Boulevard|Bd|Chemin|Quai|Allée|Impasse|Cours|Route|Place|C/|Plac|Rynek|Osiedle|Trg"
    r"|Náměstí|Namesti|Piața|Piata|Utca|Ulitsa|Prospekt|Rruga|Odos|Sokak|Sokağı|Caddesi|Jalan|Jl\."
    r"|ulicy|ulica|ulicą|alei|aleja|placu|osiedlu|Calea|Strada|Bulevar|Bulevard|Avenija|Iela|Gatvė|Gatve|Tänav"
)

ADDRESS_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 42 Oak Street, 221B Baker Street, 4821 Old Orchard Lane, 17 N. Main St., Apt 4
    re.compile(rf"(?<![\w.,-])(?P<value>{_NUMBER},?[ ]+(?:[NSEW]\.?[ ]+)?(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))[ ]+){{0,4}}(?:{_TYPES})\b\.?"
               r"(?:,?[ ](?:Apt|Suite|Ste|Unit|Flat)\.?[ ]?#?[A-Za-z0-9-]{1,8})?)"),
    # Hauptstraße 12, Keizersgracht 221, Marktplatz 4
    re.compile(rf"(?<![\w-])(?P<value>[A-ZÄÖÜÅØÆ][\w'-]{{0,40}}(?i:{_COMPOUND})[ ]?{_NUMBER})(?![\w])"),
    # Via Garibaldi 45, Calle de Alcalá 48, Rua Augusta 210, ul. Marszałkowska 104
    re.compile(rf"(?<![\w])(?P<value>(?:{_LEADING})[ ]*{_PARTICLES}{{0,3}}{_CAP}(?:[ ]+{_CAP}){{0,3}},?[ ]+"
               rf"(?:n\.?º?[ ]?|no\.?[ ]?|nr\.?[ ]?)?{_NUMBER})(?![\w])"),
    # 12 rue de la Paix, 8 avenue Foch, 3 bis rue X
    re.compile(rf"(?<![\w.,-])(?P<value>{_NUMBER}(?:[ ]?(?:bis|ter))?,?[ ]+(?i:rue|avenue|av\.|boulevard|bd|place"
               rf"|chemin|quai|allée|impasse|route|cours|via|calle|rua)[ ]+{_PARTICLES}{{0,3}}{_CAP}(?:[ ]+{_CAP}){{0,3}})"),
    # Flat 2, Apt. 4B, Suite 300, Unit 7, PO Box 1182, Postfach 12 34
    re.compile(r"\b(?P<value>(?:Flat|Apt\.?|Apartment|Suite|Ste\.?|Unit|Room|Rm\.?|Floor|Building|Bldg\.?|Block"
               r"|Sector|Plot|Phase|House|Lot|Haus|Wohnung|Piso|Puerta|Bloco|Andar|Lokal|Whg\.?"
               r"|P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box|Postfach|Apartado|Casella[ ]Postale)[ ]?#?\d{1,6}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?)\b"),
    # 3º B, 2º Esq., 1ª planta (Spanish/Portuguese floor and door), 2. tv (Danish floor and side)
    re.compile(r"(?<![\w])(?P<value>\d{1,2}[º°ª](?:[ ]?(?:[A-H]|Esq|Dto|Dta|Dcha|Dch|Izq|Izda|Dir|Drt|Fte|Frente"
               r"|Izquierda|Derecha|Esquerdo|Direito|andar|piso|planta)\b\.?)?|\d{1,2}\.[ ]?(?:tv|th|mf|sal)\b\.?)"),
    # #05-112 (Singapore unit), District 1, Arrondissement 5, Bezirk 3, Quận 7
    re.compile(r"(?<![\w#])(?P<value>\#\d{2}-\d{2,5}|(?:District|Arrondissement|Bezirk|Quận|Quan|Phường|Ward"
               r"|Distrito|Dzielnica|Kerület)[ ]\d{1,2})(?![\w-])"),
)  # fmt: skip

#: Street words that make a capitalised run a street even without a number ("Abbey Road").
STREET_WORDS = frozenset({
    "street", "road", "lane", "avenue", "drive", "boulevard", "terrace", "crescent", "gardens", "grove",
    "square", "mews", "parade", "esplanade", "strasse", "straße", "highway", "parkway",
})  # fmt: skip
#: ADDRESS_PATTERNS before this index are street shapes; the rest are units, floors and districts.
_FIRST_UNIT_PATTERN = 4
#: The unit, floor, PO box and district shapes of :data:`ADDRESS_PATTERNS`.
UNIT_ADDRESS_PATTERNS = ADDRESS_PATTERNS[_FIRST_UNIT_PATTERN:]
_NUMBER_TOKEN = re.compile(r"\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


class AddressRule:
    """Street addresses (see module doc)."""

    name = "street-address"

    def __repr__(self) -> str:
        return f"AddressRule(patterns={len(ADDRESS_PATTERNS)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.streets(view) + self.units(view)

    def units(self, view: TextView) -> list[Span]:
        """Flats, suites, PO boxes, floors and doors, Singapore units and numbered districts."""
        out: list[Span] = []
        for pattern in ADDRESS_PATTERNS[_FIRST_UNIT_PATTERN:]:
            out.extend(self._matches(view, pattern))
        return out

    def streets(self, view: TextView) -> list[Span]:
        """The street spans alone (no flats, floors, PO boxes or districts): the anchors that
        :class:`~dpfusion_integrations.tagging.recall.address_blocks.AddressBlocks` grows from."""
        out: list[Span] = []
        for pattern in ADDRESS_PATTERNS[:_FIRST_UNIT_PATTERN]:
            out.extend(self._matches(view, pattern))
        toks = view.toks
        for k, tok in enumerate(toks):
            if tok.cap and tok.norm in STREET_WORDS and k > 0 and joinable(view, k - 1, sentence_start=True):
                i, j = grow(view, k, k, sentence_start=True)
                if i < k:
                    out.append(run_span(view, i, j, LOCATION, ADDRESS_SCORE))
            elif _NUMBER_TOKEN.fullmatch(tok.text) and not _YEAR.fullmatch(tok.text):
                out.extend(self._numbered(view, k))
        return out

    @staticmethod
    def _matches(view: TextView, pattern: re.Pattern[str]) -> list[Span]:
        out: list[Span] = []
        for match in pattern.finditer(view.text):
            start, end = match.span("value")
            while end > start and view.text[end - 1] in ",;:":
                end -= 1
            out.append(Span(start, end, LOCATION, ADDRESS_SCORE))
        return out

    @staticmethod
    def _numbered(view: TextView, k: int) -> list[Span]:
        """A house number before a proper noun ("33 Kingsway", "1-2-3 Shibuya"), or after one and
        before a comma or the end of the line ("Plac Zbawiciela 3, Warszawa")."""
        toks, text = view.toks, view.text
        out: list[Span] = []
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and tok.space_after and nxt.cap and nxt.wordlike and not nxt.safe and not nxt.title:
            i = k
            while i >= 2 and toks[i - 1].text == "-" and not toks[i - 2].space_after and not toks[i - 1].space_after \
                    and toks[i - 2].text.isdigit():
                i -= 2  # "1-2-3"
            _, j = grow(view, k + 1, k + 1)
            out.append(run_span(view, i, j, LOCATION, ADDRESS_SCORE))
        prev = toks[k - 1] if k > 0 else None
        after = text[tok.end : tok.end + 2]
        if prev is not None and prev.space_after and joinable(view, prev.i) \
                and (after[:1] in ("", ",", "\n", ";") or after in (".", ". ", ".\n")):
            i, _ = grow(view, prev.i, prev.i)
            after_comma = i > 0 and toks[i - 1].text == ","  # "…, Praha 10": a town and its district
            if any(not t.safe for t in toks[i : k]) or (after_comma and len(tok.text) <= 2):
                out.append(run_span(view, i, k, LOCATION, ADDRESS_SCORE))
        return out
