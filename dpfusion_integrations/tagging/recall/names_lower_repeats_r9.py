"""Round 9 (growth): a lower-case name, once tagged, at its other mentions in the same text.

Chats and notes written in lower case name a person several times, and only some mentions have a cue:
"hey! sulumai is fully booked" opens a message (round 6 takes it) while "is sulumai still doing
walk-ins" earlier in the thread has none; "tawonga kamwendo (member 3940368)" is a list item but "also
tawonga asked us" is not. The round-5 repetition step (``span_edges.repeat_person_names``) repeats
capitalised words only. This step takes every lower-case word of a PERSON span that is name-like (no
ordinary word, inflected word, chat slang, chat spelling or stretched word, three letters at least) and
tags its other whole-word mentions written the same way (lower case) in the same text.

Public look-alikes: a lower-case word tagged PERSON by mistake spreads within its own text only, and
only when it is no ordinary word (brands and typos). Mentions inside e-mail addresses, handles and
web addresses are left to their own detectors. Decisions depend on the spans and the words only.
Typed PERSON. Linear: one pass over the spans, one regex pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import name_like_lower
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["repeat_lower_names", "repeat_person_words"]

LOWER_REPEAT_SCORE = 0.44
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LENGTH = 3
#: At most this many names are repeated per text (a regex alternation stays small).
_MAX_NAMES = 200


def repeat_lower_names(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span at every other same-case mention of a lower-case name word."""

    def pick(word: str) -> str | None:
        return word if len(word) >= _MIN_LENGTH and word.islower() and name_like_lower(word, words) else None

    return repeat_person_words(text, spans, pick, LOWER_REPEAT_SCORE)


def repeat_person_words(text: str, spans: list[Span], pick: Callable[[str], str | None],
                        score: float) -> list[Span]:
    """``spans`` plus a PERSON span (of ``score``) at every whole-word mention of the words that ``pick``
    takes from the PERSON spans: ``pick(word)`` gives the form to look for, or ``None`` to skip the word.
    At most :data:`_MAX_NAMES` forms; mentions inside e-mail addresses, handles and web addresses are
    skipped. Linear: one pass over the spans, one regex pass over the text."""
    names: set[str] = set()
    for span in spans:
        if span.entity_type != PERSON:
            continue
        for match in _WORD.finditer(text, span.start, span.end):
            found = pick(match.group())
            if found is not None:
                names.add(found)
        if len(names) >= _MAX_NAMES:
            break
    if not names:
        return spans
    alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    pattern = re.compile(rf"(?<![\w@.'’/#:-])(?:{alternation})(?![\w@'’/-])(?!\.\w)")
    added = [Span(m.start(), m.end(), PERSON, score) for m in pattern.finditer(text)]
    return merge_spans([*spans, *added]) if added else spans
