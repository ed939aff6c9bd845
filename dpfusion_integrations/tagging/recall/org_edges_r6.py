"""Round 6, after the union: the small pieces at the edges of an organisation's name that no detector
takes, because each is a public word or a mark alone.

- **"The" before an organisation** ("The <Town> Grand" where only "<Town> Grand" was found): a
  capitalised "The" inside a sentence (not at a line's start or after a full stop, where any "The" is
  capitalised) right before an ORGANIZATION span, or before a name span of two words or more whose
  last word names a kind of body, joins it (a hotel or pub is named with it); the span is an ORGANIZATION;
- **a final full stop of a legal form** ("Kkt.", "Sp.k.", "S.A."): an ORGANIZATION span whose last word is
  a short abbreviation (a dot inside, or a legal form) takes the full stop right after it;
- **a place-type abbreviation before a name** ("TP. <City>" for Vietnamese thành phố, "Kab. <Regency>",
  "Brgy. <Barangay>", "Cd. <City>"): an abbreviation of :data:`PLACE_PREFIXES` with its dot, right
  before a name, place or organisation span, joins it;
- **a practice named after a person** ("Praxis Dr. <Name>", "Cabinet <Name> Avocats", "Kanzlei <Name>"):
  a capitalised word of :data:`~dpfusion_integrations.tagging.recall.org_trades_r6.PRACTICE_HEADS`, an
  optional title and lower-case particles right before a name span make one ORGANIZATION;
- **lower-case particles inside a place-named firm** ("<Town> im <Valley> Precision Engineering",
  "<Town> an der <River> General Hospital", "<Name> và đối tác Công ty TNHH"): two name, place or
  organisation spans separated only by place particles, the second an ORGANIZATION, are one;
  "'s and" joins the same way ("<Town> Women's and Children's Hospital");
- **firms of three or four surnames** after a comma ("Talent Acquisition, <A>, <B> and <C>"): one-word
  name spans in a list closed by "and"/"&" are one ORGANIZATION (round 5 takes such a list only where no
  comma precedes it).

Each decision depends on the public words and marks beside the spans, not on the private words.
Over-tagging risk: one public word ("The", a particle, a practice word) beside an already tagged span.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import fold
from dpfusion_integrations.tagging.recall.org_tails_r6 import (
    LOWER_LEGAL_FORMS,
    is_kind_word,
)
from dpfusion_integrations.tagging.recall.org_trades_r6 import PRACTICE_HEADS
from dpfusion_integrations.tagging.recall.org_words_r5 import LEGAL_FORMS_R5
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["PLACE_PREFIXES", "grow_org_edges", "join_org_gaps", "join_surname_lists"]

EDGE_SCORE = 0.9
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})

#: Abbreviated place types written before a place's name, with a dot (case as written): Vietnamese
#: (thành phố, thị xã, thị trấn, quận, huyện), Indonesian (kabupaten, kecamatan, kelurahan), Filipino
#: (barangay), Spanish (ciudad, puerto, general, santa, santo), Russian and Ukrainian (oblast, rayon,
#: ), Polish (gmina, województwo), and the saints and forts of many countries.
PLACE_PREFIXES = frozenset({
    "TP", "Tp", "TX", "TT", "Kab", "Kec", "Kel", "Brgy", "Bgy", "Cd", "Pto", "Gral", "Sta", "Sto", "Obl",
    "Ste", "St", "Mt", "Ft", "Gm", "Woj", "Dist", "Prov", "Mun", "Dpto", "Depto",
})  # fmt: skip
#: "The" inside a sentence: not at the text's or a line's start, nor after a sentence's end, where every
#: "The" is capitalised ("The LangChain adapter ...").
_THE = re.compile(r"(?<=[^\s.!?][ ])The[ ]\Z|(?<=[–—:,(][ ])The[ ]\Z")
_PREFIX = re.compile(r"(?<![\w.])(?P<abbr>[A-Z][A-Za-z]{1,4})\.[ ]{1,2}\Z")
_PRACTICE = re.compile(
    r"(?<![\w])(?P<head>[^\W\d_][\w'’-]{2,30})[ ]"
    r"(?:(?:Dr|Dra|Drs|Prof|MUDr|MDDr|Mag|Me|Maître|Avv|Dott|Lic|Ing|Dr\.med)\.?[ ]){0,2}"
    r"(?:(?:de|la|del|van|von|der|den|da|di|du|dos|das|le|ter|ten|al|el)[ ]){0,3}\Z"
)
_PARTICLE_GAP = re.compile(
    r"(?:[ ](?:im|am|an|an[ ]der|ob[ ]der|in[ ]der|upon|on|sur|sous|en|lès|pod|nad|na|bei|auf|de|del|de[ ]la"
    r"|di|da|do|dos|das|du|des|della|van|von|van[ ]der|van[ ]den|ter|ten|la|le)"
    r"|(?<=['’]s)[ ](?:and|&))[ ]"
)
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]{1,30}")
_LIST_SEP = re.compile(r",[ ]")
_LIST_END = re.compile(r",?[ ](?:and|&)[ ]")


def _legal_word(word: str, *, strict: bool) -> bool:
    """Whether ``word`` is a legal form (with ``strict``, only a listed one; else any short dotted word)."""
    lower = fold(word.lower()).rstrip(".")
    listed = lower in LOWER_LEGAL_FORMS or (lower in LEGAL_FORMS_R5 and len(lower) > 2)
    return listed or (not strict and "." in word and len(word) <= 8)


def _ends_in_kind_word(text: str, span: Span) -> bool:
    """Whether the span has two words or more and its last one names a kind of body ("<Name> Grand")."""
    words = text[span.start : span.end].split()
    return len(words) >= 2 and is_kind_word(words[-1])


def _practice_start(text: str, span: Span) -> int:
    """Where a span named after a person starts once grown over a practice word before it."""
    if span.entity_type not in (PERSON, ORGANIZATION):
        return span.start
    match = _PRACTICE.search(text, max(0, span.start - 60), span.start)
    if match is None or match.end() != span.start:
        return span.start
    head = match.group("head")
    if not head[0].isupper() or fold(head.lower()) not in PRACTICE_HEADS:
        return span.start
    return match.start("head")


def grow_org_edges(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` grown over "The", a legal form's full stop, a place-type abbreviation and a practice
    word at their edges (see module doc)."""
    out: list[Span] = []
    for span in spans:
        start, end, kind = span.start, span.end, span.entity_type
        if kind in _NAMED:
            practice = _practice_start(text, span)
            if practice < start:
                start, kind = practice, ORGANIZATION
            prefix = _PREFIX.search(text, max(0, start - 8), start)
            if prefix is not None and prefix.group("abbr") in PLACE_PREFIXES:
                start = prefix.start()
        if kind == ORGANIZATION or (kind in _NAMED and _ends_in_kind_word(text, span)):
            the = _THE.search(text, max(0, start - 4), start)
            if the is not None:
                start, kind = the.start(), ORGANIZATION
        if kind in _NAMED and text[end : end + 1] == ".":
            last = text[start:end].rsplit(" ", 1)[-1]
            if _legal_word(last, strict=kind != ORGANIZATION):
                end, kind = end + 1, ORGANIZATION
        if (start, end, kind) != (span.start, span.end, span.entity_type):
            span = Span(start, end, kind, max(span.score, EDGE_SCORE) if kind != span.entity_type else span.score)
        out.append(span)
    return merge_spans(out) if out != spans else out


def join_org_gaps(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a name or place span and the ORGANIZATION span after it joined across place
    particles ("im", "an der", "upon", "'s and"), see module doc."""
    out: list[Span] = []
    for span in spans:
        if out:
            prev = out[-1]
            gap = _PARTICLE_GAP.fullmatch(text, prev.end, span.start)
            if gap is not None and prev.entity_type in _NAMED and span.entity_type == ORGANIZATION:
                out[-1] = Span(prev.start, span.end, ORGANIZATION, max(prev.score, span.score))
                continue
        out.append(span)
    return out


def join_surname_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with lists of three or four one-word names closed by "and"/"&" after a comma joined into
    one ORGANIZATION (a firm of partners), unless the list goes on before the comma (see module doc)."""
    out: list[Span] = []
    k, n = 0, len(spans)
    while k < n:
        m = k
        while m + 1 < n and m - k < 3 and _one_name(text, spans[m]) and _one_name(text, spans[m + 1]) \
                and _LIST_SEP.fullmatch(text, spans[m].end, spans[m + 1].start):
            m += 1
        if m + 1 < n and m - k >= 1 and _one_name(text, spans[m + 1]) \
                and _LIST_END.fullmatch(text, spans[m].end, spans[m + 1].start) and _after_comma(text, spans, k):
            last = spans[m + 1]
            out.append(Span(spans[k].start, last.end, ORGANIZATION, max(s.score for s in spans[k : m + 2])))
            k = m + 2
            continue
        out.append(spans[k])
        k += 1
    return out


def _one_name(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    return span.entity_type in _NAMED and value[:1].isupper() and _ONE_WORD.fullmatch(value) is not None


def _after_comma(text: str, spans: list[Span], k: int) -> bool:
    """Whether the list at ``spans[k]`` follows a comma that does not close another name of the list."""
    start = spans[k].start
    if text[max(0, start - 2) : start] != ", ":
        return False
    return k == 0 or spans[k - 1].end != start - 2 or not _one_name(text, spans[k - 1])
