"""Round 8: the given name of a full name, repeated alone, also when it is an English word ("Men").

The round-5 repetition step (``span_edges.repeat_person_names``) tags every other mention of a PERSON
span's words that are no ordinary words or are given names of the lists. Given names of many languages
that are spelt like English words and missing from the lists (Romansh "Men", Nepali "Dil", Vietnamese
"Long", Turkish "Can") are left, so after "Pupil: Men Camenisch" the later "Men still checks the
mirror" leaks the name. This growth step repeats the first word of a PERSON span of two to four
capitalised words of which another is no ordinary word (so the span looks like a full name), when the
first word is no ordinary word itself or another word of the span is a given name or surname of the
name lists (so a title-case heading tagged by mistake, "Classic Pancakes", does not spread), wherever
the same word stands elsewhere in the text with the same case, unless that word is a title,
honorific, name prefix, role or place word (:data:`~dpfusion_integrations.tagging.recall.names_lead_words_r8.NOT_GIVEN`).

Over-tagging risk: the English word at a sentence start elsewhere in the same text ("Long delays"
after "Long Nguyen"). The decision depends on the name's own words and the other mentions only.
Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import fold
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import (
    NAME_PREFIXES,
    strong_name,
)
from dpfusion_integrations.tagging.recall.names_lead_words_r8 import (
    NOT_GIVEN,
    title_case,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["repeat_given_names"]

REPEAT_SCORE = 0.45
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_MIN_LENGTH = 2
_MAX_WORDS = 4


def _listed(word: str, words: WordLists) -> bool:
    """Whether ``word`` is a given name or surname of the name lists (also without diacritics)."""
    lower = word.lower()
    return any(form in words.first or form in words.last for form in (lower, fold(lower)))


def repeat_given_names(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span at every other same-case mention of a full name's first word."""
    given: set[str] = set()
    for span in spans:
        if span.entity_type != PERSON:
            continue
        parts = [m.group() for m in _WORD.finditer(text, span.start, span.end)]
        if not 2 <= len(parts) <= _MAX_WORDS or not all(title_case(p) for p in parts):
            continue
        first = parts[0]
        lower = first.lower()
        if len(first) < _MIN_LENGTH or lower in NOT_GIVEN or lower in NAME_PREFIXES:
            continue
        if not strong_name(first, words) and not any(_listed(p, words) for p in parts[1:]):
            continue  # an ordinary first word repeats only beside a listed name ("Classic Pancakes" does not)
        if any(strong_name(p, words) for p in parts[1:]):
            given.add(first)
    if not given:
        return spans
    added = [Span(m.start(), m.end(), PERSON, REPEAT_SCORE) for m in _WORD.finditer(text) if m.group() in given]
    return merge_spans([*spans, *added])
