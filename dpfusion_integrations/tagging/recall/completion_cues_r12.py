"""Round 12 (value completion): the shared reading of where a value's neighbours sit.

The completion steps (:mod:`~dpfusion_integrations.tagging.recall.completion_words_r12`,
:mod:`~dpfusion_integrations.tagging.recall.completion_numbers_r12`,
:mod:`~dpfusion_integrations.tagging.recall.completion_punctuation_r12`) look only at the
characters right next to a span that is already final, on the same line. This module holds what
they share: the words that never belong to a value ("the", "and", "over", "dear", "Monday") and
the test of whether a word opens a sentence.
"""

from __future__ import annotations

from functools import cache

from dpfusion_integrations.tagging.recall.base import GREETINGS, MONTHS, WEEKDAYS
from dpfusion_integrations.tagging.recall.residual_cues_r11 import COMPARISON_WORDS, REFERENCE_NOUNS

__all__ = ["NAME_TYPES", "function_words", "lead_stops", "mark_before", "opens_sentence", "trail_stops"]


@cache
def function_words() -> frozenset[str]:
    """English function words (spaCy's stop list, loaded on first use so that importing the package
    loads no spaCy): never part of a value a completion step joins."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def trail_stops() -> frozenset[str]:
    """Words that stay public after a name, an organisation or a place even when capitalised
    ("Anna Smith Monday", "Dear Anna Hello")."""
    return function_words() | GREETINGS | MONTHS | WEEKDAYS | COMPARISON_WORDS


@cache
def lead_stops() -> frozenset[str]:
    """Words that stay public before a name, an organisation or a place, or label a number, even when
    capitalised: :func:`trail_stops` and the nouns of a public reference ("Page Anna", "page 3"). After
    a name those nouns may end it ("Prefel Group", "Harbour Team")."""
    return trail_stops() | REFERENCE_NOUNS

#: The group types whose values are names written in words (a person, an organisation, a place).
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})


def mark_before(text: str, pos: int) -> str:
    """The character before ``pos`` past spaces and tabs (``"\n"`` at the start of the text)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return text[k] if k >= 0 else "\n"


def opens_sentence(text: str, pos: int) -> tuple[bool, bool]:
    """``(line_start, sentence_start)`` for a word starting at ``pos``: whether only spaces stand
    between it and the start of its line, and whether it follows ".", "!", "?" or ":" (or the line start)."""
    mark = mark_before(text, pos)
    return mark == "\n", mark in "\n.!?:"
