"""Round 6: growth steps that join the parts of one person's name the detectors tagged apart.

Run on the merged spans (after the union). Three shapes of many naming traditions:

- **two name parts joined by a particle**: Catalan "i" ("ROIG I PUIG", "Vidal i Ferrer"), Spanish and
  Portuguese "y"/"e", Malay "bt."/"bte"/"bin"/"binti"/"a/l"/"a/p", Dutch "'t", Irish "na"/"an"/"ni"
  ("Mac na Midhe"): when PERSON spans stand on both sides of such a particle, they become one span
  (after a particle found only in names, "'t", "bt.", "binti", "a/l", the second part may have any type);
- **upper-case particles before an upper-case surname**: "VAN DEN BERGH", "DE LA CRUZ", "MAC AN
  BHAIRD": the particles join a PERSON span that starts with an upper-case word, and a PERSON span that
  ends with such a particle takes the upper-case word after it;
- **an upper-case surname, a comma and a given name**: "Child: KINGI, Huia", "PENG, Wen-pin" after a
  label or at a line start: the upper-case word joins the PERSON span of the given name, even when it
  is also an ordinary word, unless it is a public acronym.

Over-tagging risk: a public upper-case word before a comma and a name after a label ("NOTE: URGENT,
Maria ...") is taken. Decisions depend on the particles, the case and the punctuation only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.cued_initials import PUBLIC_ACRONYMS
from dpfusion_integrations.tagging.recall.initials import PUBLIC_ABBREVIATIONS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["join_name_parts"]

#: A particle between two parts of one name (with the single spaces around it).
_PARTICLE_GAP = re.compile(
    r"(?:[ ](?:[iIyYeE]|bt\.?|Bt\.?|bte\.?|binti|bin|bint|a/[lp]|A/[LP]|['’]t|na|an|ni|nic|ui|de|la|del|van|von"
    r"|der|den|ter|ten|da|di|du|dos|das|le)){1,3}[ ]\Z"
)
#: Particles found only inside people's names: after one, the next part is a name whatever its type
#: ("Maarten van 't Hoff" with "Hoff" typed as a place, "Nurul bt. Hassan").
_NAME_ONLY_GAP = re.compile(r"(?:[ ](?:van|de|der|den))?[ ](?:['’]t|bt\.?|Bt\.?|bte\.?|binti|a/[lp]|A/[LP])[ ]\Z")
_UPPER_PARTICLES = re.compile(
    r"(?:(?<=[\s:;,(\"'])|^)(?P<value>(?:(?:VAN|VON|DER|DEN|DE|DA|DI|DO|DOS|DAS|DU|DEL|DELLA|DES|LA|LE|LOS|LAS"
    r"|MAC|MC|AN|NA|NI|BIN|BINTI|AL|EL|TER|TEN|ST|SAN|SANTA)[ ]){1,3})\Z"
)
_UPPER_BEFORE_COMMA = re.compile(
    r"(?:^|[\n:;]|[ \t]{2})[ \t]*(?P<value>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,30}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,30}){0,2}),[ ]\Z"
)
_LOOKBACK = 80


def _gap(text: str, prev: Span, span: Span) -> str:
    """The text between two spans, with an apostrophe cut off the first span's end put back ("van '|t")."""
    gap = text[prev.end : span.start]
    if prev.end - prev.start > 1 and text[prev.end - 1] in "'’" and gap[:1] == "t":
        gap = " " + text[prev.end - 1] + gap
    return gap


def _join_particles(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        gap = _gap(text, prev, span) if prev is not None else ""
        if prev is not None and prev.entity_type == PERSON and (
                (span.entity_type == PERSON and _PARTICLE_GAP.match(gap) is not None)
                or _NAME_ONLY_GAP.match(gap) is not None):
            out[-1] = Span(prev.start, span.end, PERSON, max(prev.score, span.score))
            continue
        out.append(span)
    return out


def _upper_surname_start(text: str, span: Span, floor: int) -> int | None:
    """Where an upper-case surname (with its particles) before ``span`` starts, or None."""
    value = text[span.start : span.end]
    first_word = value.split(" ", 1)[0]
    window_start = max(floor, span.start - _LOOKBACK)
    if first_word.isupper() and len(first_word) >= 2:
        match = _UPPER_PARTICLES.search(text, window_start, span.start)
        return None if match is None else match.start("value")
    if value[:1].isupper() and not value.isupper():
        match = _UPPER_BEFORE_COMMA.search(text, window_start, span.start)
        if match is not None and not _public(match.group("value")):
            return match.start("value")
    return None


def _grow_left(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if span.entity_type == PERSON:
            prev = out[-1] if out else None
            # the surname may itself be a span of another type ("TAUFA" as ORG): look back over it
            if prev is None:
                floor = 0
            elif prev.entity_type != PERSON:
                floor = text.rfind("\n", 0, prev.start) + 1
            else:
                floor = prev.end
            start = _upper_surname_start(text, span, floor)
            if start is not None:
                if prev is not None and start <= prev.start < span.start:
                    out.pop()
                    start = min(start, prev.start)
                elif prev is not None and start < prev.end:
                    start = prev.end
                span = Span(start, span.end, PERSON, span.score)
        out.append(span)
    return out


_TRAILING_UPPER_PARTICLE = re.compile(
    r"(?:^|[ ])(?:VAN|VON|DER|DEN|DE|DA|DI|DEL|DELLA|DES|LA|LE|MAC|MC|AN|NA|BIN|AL|EL|TER|TEN)\Z"
)
_NEXT_UPPER_WORD = re.compile(r"[ ](?P<word>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{1,30})(?![\w])")


def _grow_right(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span that ends with an upper-case particle ("VAN DER") takes the upper-case word after it."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type == PERSON and _TRAILING_UPPER_PARTICLE.search(text, span.start, span.end):
            match = _NEXT_UPPER_WORD.match(text, span.end)
            if match is not None:
                span = Span(span.start, match.end("word"), PERSON, span.score)
        out.append(span)
    return out


def _public(value: str) -> bool:
    return value in PUBLIC_ACRONYMS or value in PUBLIC_ABBREVIATIONS


def join_name_parts(text: str, spans: list[Span]) -> list[Span]:
    """The spans with name parts joined across particles and upper-case surnames taken (see module doc)."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    return _join_particles(text, _grow_right(text, _grow_left(text, ordered)))
