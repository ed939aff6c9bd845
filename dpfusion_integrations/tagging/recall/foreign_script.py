"""Words in another script inside Latin-script text: in an English document, a run of Arabic,
Hebrew, Cyrillic, Greek, Georgian, Armenian, Devanagari, Chinese, Japanese, Korean or Thai words is
most often a name written in its own script ("Meeting with 成民", "cc: ელენა ღამბაშიძე"), which
neither capitalisation nor the gazetteers can see. Such runs are typed PERSON with a low score.

A document written entirely in such a script is therefore redacted as a whole: this English
tagger cannot read it, and redacting by default is the recall-first choice (see the docs).
"""

from __future__ import annotations

import unicodedata

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, run_span
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ForeignScriptWords"]

SCRIPT_SCORE = 0.5


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def _ideographic(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))


def _foreign(word: str) -> bool:
    """A word of non-Latin letters; a lone letter only in scripts where one sign can be a name
    (a Greek "ε" or "λ" is a symbol in formulas)."""
    letters = [c for c in word if c.isalpha()]
    if not letters or any(_is_latin(c) for c in letters):
        return False
    return len(letters) >= 2 or _ideographic(letters[0])


class ForeignScriptWords:
    """Runs of non-Latin words in mostly Latin text (see module doc)."""

    name = "foreign-script"

    def __repr__(self) -> str:
        return "ForeignScriptWords()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        k = 0
        while k < len(toks):
            if not _foreign(toks[k].text):
                k += 1
                continue
            j = k
            while j + 1 < len(toks) and _foreign(toks[j + 1].text) \
                    and "\n" not in view.text[toks[j].end : toks[j + 1].start]:
                j += 1
            out.append(run_span(view, k, j, PERSON, SCRIPT_SCORE))
            k = j + 1
        return out
