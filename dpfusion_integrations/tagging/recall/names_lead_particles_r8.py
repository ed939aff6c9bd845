"""Round 8: a lower-case particle that opens a person's name, before a PERSON span ("ole Kipury").

Some traditions open a surname, or the part of a name after the given name, with a lower-case word
that says "son of", "daughter of" or "of the house of": Maasai "ole"/"ene", Kalenjin "arap", Kikuyu
and Swahili "wa", Dutch and Flemish "van", "ter", "ten", German "von", "zu", Arabic, Malay and Hebrew
"bin", "binti", "bint", "ibn", "ben", "bat", Saharan "ould", "ag", Portuguese "dos", "das". When a
name is cited by its surname alone ("the cardiologist (currently "ole Kipury N.")", "ask van Rooyen"),
the detectors find the capitalised part but leave the particle, and the gold (like a reader) counts
it as part of the name. This growth step takes one to three such particles right before a PERSON
span into it; particles that are common words of Romance languages ("de", "da", "di", "du", "del",
"la", "le") only together with one of the particles above ("van de", "ole", "bin") or right after a
title, an opening quote or bracket, or a line start ("Mr de Souza" is left to the round-5 edge rule).

Over-tagging risk: "the van Kowalski drove" (an English "van" before a name). The decision depends on
the particle words and the PERSON span after them only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TITLES
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["LEADING_PARTICLES", "lead_particles"]

#: Lower-case particles that only open a name part (besides the Romance ones of ``_ROMANCE``).
LEADING_PARTICLES = frozenset({
    "ole", "ene", "arap", "wa", "van", "vander", "vanden", "ter", "ten", "von", "zu", "bin", "binti", "bint",
    "ibn", "ben", "bat", "ould", "ag", "dos", "das", "ap", "ab", "ferch", "verch", "af", "av",
})  # fmt: skip
_ROMANCE = frozenset({"de", "da", "di", "du", "del", "della", "dei", "der", "den", "la", "le", "lo", "al", "el", "y"})
_PARTICLE = "|".join(sorted(LEADING_PARTICLES | _ROMANCE, key=lambda p: (-len(p), p)))
#: One to three particles, each followed by one space, ending right where a span starts.
_CHAIN = re.compile(rf"(?<![\w'’-])(?:(?:{_PARTICLE})[ ]){{1,3}}\Z")
_LOOKBACK = 16
_OPENERS = frozenset("\"“‘'([\n")


def _opening(text: str, start: int) -> bool:
    """Whether the chain starting at ``start`` follows a title, an opening quote or bracket or a line start."""
    before = text[max(0, start - 12) : start].rstrip(" \t")
    if not before or before[-1] in _OPENERS:
        return True
    word = re.search(r"([^\W\d_]+)\.?\Z", before)
    return word is not None and word.group(1).lower() in TITLES


def lead_particles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each PERSON span grown left over the name particles right before it (see module doc)."""
    out = list(spans)
    for k, span in enumerate(spans):
        if span.entity_type != PERSON or not text[span.start : span.start + 1].isupper():
            continue
        floor = spans[k - 1].end if k > 0 else 0
        window_start = max(floor, span.start - _LOOKBACK)
        match = _CHAIN.search(text[window_start : span.start])
        if match is None:
            continue
        start = window_start + match.start()
        words = match.group().split()
        if not any(w in LEADING_PARTICLES for w in words) and not _opening(text, start):
            continue
        out.append(Span(start, span.end, PERSON, span.score))
    return merge_spans(out)
