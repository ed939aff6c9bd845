"""Round 8 (organisations): organisations led by a kind-of-body head word of many languages.

Outside English an organisation's kind often comes first: "Casa d'Aste <Name>", "Maison <Name>",
"Atelier <Name>", "Galerie <Name>", "Fondation <Name>", "Stiftung <Name>", "Verein <Name>",
"Cooperativa <Name>", "Fundación <Name>", "Associazione <Name>", "Kancelaria <Name>", "Bureau
<Name>", "Stichting <Name>", "Wydawnictwo <Name>", "Nadace <Name>". Round 6 joined a few practice heads
to a tagged person; round 7 knew funeral and nursery heads. Here one detector,
:class:`ForeignOrgHeads`, takes a capitalised head of :data:`ORG_HEADS_R8` (one or two words,
diacritics folded, with an elided or plain particle inside: "Casa d'Aste", "Casa de Subastas", "Maison
de Ventes") followed by an optional particle ("de", "di", "van", "d'", "l'", ...) and one to four
capitalised words, particles and "&" inside; at least one word of the name must be an invented or
family word (not a public word) unless the head has two words ("Casa
d'Aste", "Studio Legale") or is a word English text does not use (not in :data:`WEAK_HEADS` nor a public
word: "Stiftung", "Kancelaria"; the head is the evidence), so "Studio Apartment", "Bureau Chief", "Cabinet Office" and "Casa
Blanca" style phrases of public words stay public.

Typed ORGANIZATION. Decisions depend on the head and the name words' being public or not, never on the
private words themselves. Over-tagging risk: a public body with such a head and a foreign word
("Studio Ghibli", "Fondation Cartier") is tagged, which is an organisation anyway.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    fold,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["ORG_HEADS_R8", "WEAK_HEADS", "ForeignOrgHeads"]

HEAD_SCORE = 0.8
#: Heads that lead an organisation's name (lower case, diacritics folded, words joined by one space;
#: an elided particle is written "d'" and joined without a space: "casa d'aste").
ORG_HEADS_R8 = frozenset({
    # Italian
    "casa", "casa d'aste", "casa editrice", "associazione", "fondazione", "cooperativa", "societa", "ditta",
    "studio", "studio legale", "studio associato", "agenzia", "impresa", "officina", "bottega", "galleria",
    "libreria", "edizioni", "tipografia", "laboratorio", "consorzio", "ente", "istituto", "circolo",
    # Spanish, Portuguese
    "casa de subastas", "casa de cambio", "fundacion", "fundacao", "asociacion", "associacao", "sociedad",
    "sociedade", "compania", "companhia", "agencia", "taller", "despacho", "bufete",
    "editorial", "editora", "galeria", "leiloeira", "inmobiliaria", "imobiliaria", "estudio",
    "escritorio", "oficina", "grupo", "centro", "instituto", "colectivo", "coletivo", "corporacion",
    # French
    "maison", "maison de ventes", "atelier", "galerie", "fondation", "association", "societe", "compagnie",
    "cooperative", "agence", "bureau", "cabinet", "etude", "editions", "librairie", "imprimerie",
    "groupe", "collectif", "etablissements", "ets", "hotel de ventes", "comptoir",
    # German, Dutch
    "stiftung", "verein", "gesellschaft", "genossenschaft", "agentur", "buro", "kanzlei", "werkstatt",
    "verlag", "auktionshaus", "versteigerungshaus", "haus", "praxis", "stichting", "vereniging",
    "cooperatie", "coöperatie", "kantoor", "uitgeverij", "veilinghuis", "genootschap",
    # Nordic, Finnish
    "stiftelsen", "foreningen", "forening", "forbundet", "selskabet", "auktionshus", "auktionshuset",
    "forlag", "forlaget", "saatio", "yhdistys", "osuuskunta", "kustannus", "huutokauppa",
    # Polish, Czech, Slovak, Hungarian, Romanian, South Slavic, Baltic
    "kancelaria", "fundacja", "stowarzyszenie", "spoldzielnia", "wydawnictwo", "biuro", "pracownia",
    "zaklad", "dom aukcyjny", "agencja", "towarzystwo", "nadace", "nadacia", "spolek", "druzstvo", "kancelar",
    "aukcni dum", "alapitvany", "egyesulet", "szovetkezet", "iroda", "fundatia", "asociatia",
    "zaklada", "udruga", "udruzenje", "zadruga", "fondas", "asociacija", "biedriba",
    # Greek, Turkish (romanised), Cyrillic
    "idryma", "vakfi", "dernegi", "фонд", "ассоциация", "агентство", "бюро", "ателье", "студия", "фундація",
})  # fmt: skip
#: Heads also written in English or as ordinary words ("Bureau Chief", "Studio Apartment", "Casa
#: Blanca"): a name after them needs a brand's or family's word.
WEAK_HEADS = frozenset({
    "bureau", "studio", "cabinet", "atelier", "galerie", "galleria", "galeria", "casa", "maison", "haus", "centro",
    "grupo", "groupe", "ente", "praxis", "association", "cooperative", "cooperativa", "societe", "compagnie",
    "agence", "agencia", "instituto", "istituto", "oficina", "taller", "comptoir", "ets", "iroda", "zaklad",
    "biuro", "kantoor", "escritorio", "estudio", "despacho", "circolo", "consorzio", "officina", "bottega",
})  # fmt: skip
_HEAD_WORDS = 3
_PARTICLE = re.compile(
    r"(?:[ ](?:de|di|da|do|du|des|del|della|dello|dei|degli|van|von|der|den|het|la|le|les|el|los|las|y|e|&"
    r"|pour|para|f[üu]r|voor|dla|pro|za|na|zu|zum|zur)(?=[ ])){0,2}[ ](?:[dlDL]['’])?(?=[^\W\d_])"
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’&-]|\.(?=\w)){0,30}")
_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_]")
#: The most capitalised words after the head.
MAX_NAME_WORDS = 4


def _private_word(lower: str, words: WordLists | None) -> bool:
    """Whether a word can be a brand's or family's: not a public word."""
    return words is None or lower not in words.safe


def _head_key(text: str, start: int) -> tuple[int, str] | None:
    """The longest head at ``start`` as (end, key), or ``None``."""
    best: tuple[int, str] | None = None
    pos, parts = start, []
    for _ in range(_HEAD_WORDS):
        match = _WORD.match(text, pos)
        if match is None:
            break
        parts.append(fold(match.group().lower()).replace("’", "'"))
        key = " ".join(parts)
        if key in ORG_HEADS_R8:
            best = (match.end(), key)
        if text[match.end() : match.end() + 1] != " ":
            break
        pos = match.end() + 1
    return best


class ForeignOrgHeads:
    """Organisations led by a kind-of-body head word of many languages (see module doc)."""

    name = "organization-foreign-heads-r8"

    def __repr__(self) -> str:
        return f"ForeignOrgHeads(heads={len(ORG_HEADS_R8)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text, view.words)

    def find(self, text: str, words: WordLists | None = None) -> list[Span]:
        """The organisations in ``text``; without ``words`` every word counts as unknown."""
        out: list[Span] = []
        for start_match in _WORD_START.finditer(text):
            start = start_match.start()
            if not text[start].isupper():
                continue
            head = _head_key(text, start)
            if head is None:
                continue
            strong = " " in head[1] or (head[1] not in WEAK_HEADS and _private_word(head[1], words))
            end = self._name_end(text, head[0], None if strong else words)
            if end > head[0]:
                out.append(Span(start, end, ORGANIZATION, HEAD_SCORE))
        return out

    @staticmethod
    def _name_end(text: str, pos: int, words: WordLists | None) -> int:
        """End of the capitalised name after a head at ``pos`` when one of its words is unknown, else ``pos``."""
        end, taken, unknown, at = pos, 0, False, pos
        while taken < MAX_NAME_WORDS:
            link = _PARTICLE.match(text, at)
            if link is None:
                break
            match = _WORD.match(text, link.end())
            if match is None or not match.group()[0].isupper():
                break
            lower = fold(match.group().lower())
            if lower in MONTHS or lower in WEEKDAYS or lower.rstrip(".") in TITLES:
                break
            end, taken, at = match.end(), taken + 1, match.end()
            unknown = unknown or _private_word(lower.removesuffix("'s"), words)
        return end if taken and unknown else pos
