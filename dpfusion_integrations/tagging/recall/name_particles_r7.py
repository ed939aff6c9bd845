"""Round 7: names whose parts are joined by a chain of particles ("Mac an t-Saoir", "Ó hUiginn").

Many naming traditions put one to three lower-case or short words between a given name and a surname,
and some mark the surname after them with a mutation prefix (Irish and Scottish Gaelic "t-", "h", "n-",
"bh"): Gaelic "Mac an t-Saoir", "Nic an t-Sagairt", "Ó hUiginn", "Ní Bhriain", "Mhic Aoidh", "Uí
Néill"; Welsh "ap Rhys", "ab Owain", "ferch Gruffudd"; Arabic, Malay and Hebrew "bin", "binti", "bint",
"ibn", "ben", "bat"; Mauritanian and Saharan "Ould", "Ag", "Mint"; Portuguese "dos", "das"; Dutch and
Afrikaans "van den", "van der", "ter", "op de"; German "von", "zu"; Scandinavian "af".

- **detector** (:class:`ParticleNames`): a capitalised given name (a known given name or a word that is
  no ordinary word; a title before it may stand in for it) followed by a chain holding at least one
  particle found only in names, then a capitalised surname (with its mutation prefix) is one PERSON
  span. Particles that are also words of place names ("de", "la", "del", "do") count only beside a
  name-only one ("Ana dos Santos" yes, "Rio de Janeiro" no);
- **growth step** (:func:`join_particle_chains`): two named spans (PERSON, ORGANIZATION or LOCATION,
  one of them PERSON, or the gap holding a name-only particle) with such a chain between them, on one
  line, become one PERSON span ("Ruairidh Mac" | "an" | "t-Saoir").

Over-tagging risk: a capitalised unknown word, "bin"/"ben"/"Ag" and a capitalised word ("Recycling
bin Monday" is left: "Recycling" is an ordinary word). Decisions depend on the particles, the case and
whether the given name is an ordinary word only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TITLES, TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["NAME_ONLY_PARTICLES", "ParticleNames", "join_particle_chains"]

PARTICLE_SCORE = 0.8

#: Particles found only inside people's names (as written, case-sensitive).
NAME_ONLY_PARTICLES = frozenset({
    "Mac", "Mc", "Nic", "Mhic", "Ó", "Ua", "Uí", "Ní", "Nì", "Ni", "Mag", "Mhac",  # Gaelic
    "ap", "ab", "ferch", "verch", "fab", "vab",  # Welsh, Cornish
    "bin", "binti", "bint", "ibn", "bte", "bt", "Ould", "ould", "Ag", "ag", "Mint", "wuld", "wad",  # Arabic, Saharan
    "ben", "bat", "Ben",  # Hebrew
    "dos", "das",  # Portuguese
    "van", "von", "ver", "vanden", "vander", "ter", "ten", "zu", "af", "av",  # Dutch, German, Nordic
    "Fitz", "Bar", "Bat",
})  # fmt: skip
#: Particles that may stand next to a name-only one ("Mac an", "van den", "de la", "dos").
_LINK_PARTICLES = frozenset({
    "an", "na", "de", "da", "do", "di", "del", "della", "der", "den", "dem", "la", "le", "les", "los",
    "las", "e", "y", "i", "al", "el", "op", "in", "'t", "’t", "te", "und", "du", "des",
})  # fmt: skip
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_WORD = rf"[{_UP}][^\W\d_]{{1,24}}(?:['’-][^\W\d_]{{1,24}})?"
#: One particle of either list, longest first so that the alternation takes the whole word.
_PART = "|".join(re.escape(p) for p in sorted(NAME_ONLY_PARTICLES | _LINK_PARTICLES, key=lambda p: (-len(p), p))
                 if " " not in p)
#: A Gaelic mutation prefix before a capitalised surname ("t-Saoir", "hUiginn", "n-Éireann", "bhFearghail").
_SURNAME = rf"(?:t-|n-|h|bh|mb|gc|ng|d['’])?{_WORD}"
_CHAIN = re.compile(
    rf"(?<![\w'’-])(?P<given>{_WORD})(?P<chain>(?:[ ](?:{_PART})(?![\w'’-])){{1,3}})[ ](?P<surname>{_SURNAME})(?![\w'’])"
)


def _chain_ok(chain: str) -> bool:
    """Whether the particle chain holds a name-only particle and only particles."""
    parts = chain.split()
    if not any(p in NAME_ONLY_PARTICLES for p in parts):
        return False
    return all(p in NAME_ONLY_PARTICLES or p in _LINK_PARTICLES for p in parts)


class ParticleNames:
    """Given name, a chain of particles with a name-only one, surname (see module doc)."""

    name = "particle-names-r7"

    def __repr__(self) -> str:
        return "ParticleNames()"

    def detect(self, view: TextView) -> list[Span]:
        words, out = view.words, []
        for match in _CHAIN.finditer(view.text):
            if not _chain_ok(match.group("chain")):
                continue
            given = match.group("given").lower()
            titled = given.rstrip(".") in TITLES
            if not titled and given in words.safe and given not in words.first:
                continue
            surname = match.group("surname")
            if surname.lower() in words.safe and surname.lower() not in words.last and surname[:1].isupper():
                continue  # "Iowa Ag Science", "Khaled bin Monday": the surname is an ordinary word
            start = match.start("chain") + 1 if titled else match.start()
            out.append(Span(start, match.end(), PERSON, PARTICLE_SCORE))
        return out


_GAP = re.compile(rf"(?:[ ](?:{_PART})(?![\w'’-])){{1,3}}[ ](?=(?:t-|n-|h|bh|mb|gc|ng)?[{_UP}])")
_NAMED = frozenset({PERSON, ORGANIZATION, LOCATION})


def join_particle_chains(text: str, spans: list[Span]) -> list[Span]:
    """Growth step: two named spans with a particle chain between them (one of them PERSON, or the chain
    holding a name-only particle, counting one that ends the first span: "Ruairidh Mac" | "an" |
    "t-Saoir") become one PERSON span, and a named span that is all such a name is typed PERSON.
    ``spans`` sorted and non-overlapping."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type in (ORGANIZATION, LOCATION) and _whole_name(text, span):
            span = Span(span.start, span.end, PERSON, span.score)  # "Ruairidh Mac an t-Saoir" typed ORG
        prev = out[-1] if out else None
        if prev is not None and prev.entity_type in _NAMED and span.entity_type in _NAMED \
                and _gap_ok(text, prev, span):
            out[-1] = Span(prev.start, span.end, PERSON, max(prev.score, span.score))
            continue
        out.append(span)
    return out


def _whole_name(text: str, span: Span) -> bool:
    """Whether all of ``span`` is a given name, a chain with a name-only particle and a surname."""
    match = _CHAIN.fullmatch(text, span.start, span.end)
    return match is not None and _chain_ok(match.group("chain"))


def _gap_ok(text: str, prev: Span, span: Span) -> bool:
    """Whether only a particle chain stands between ``prev`` and ``span`` and it may join them."""
    gap = _GAP.match(text, prev.end)
    if gap is None or gap.end() != span.start:
        return False
    parts = text[prev.end : span.start].split()
    before = text[prev.start : prev.end].split()
    if len(before) > 1 and before[-1] in NAME_ONLY_PARTICLES:
        parts.append(before[-1])  # "Ruairidh Mac" | "an" | "t-Saoir"
    if not all(p in NAME_ONLY_PARTICLES or p in _LINK_PARTICLES for p in parts):
        return False
    if any(p in NAME_ONLY_PARTICLES for p in parts):
        return True
    return PERSON in (prev.entity_type, span.entity_type) and text[span.start : span.start + 2] in ("t-", "n-")
