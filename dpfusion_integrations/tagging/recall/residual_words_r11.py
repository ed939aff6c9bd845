"""Round 11 (residual sweep): every word that is not known to be ordinary is private.

The proper-noun sweep of round 3 tags capitalised words off the safe list; names written in lower
case ("spoke to ekemini", "msurshima — 19:05") were tagged only where a rule knew the layout (a chat,
a list, a repeat of a capitalised name). The residual sweep tags any word of three letters or more,
in Latin script, that :class:`~dpfusion_integrations.tagging.recall.residual_lexicon_r11.FrequentWords`
does not know as ordinary, whatever its case and wherever it stands; such a word is most often a
name, so it is typed PERSON (the type only chooses its group).

Words in other scripts are left to the foreign-script detector of round 3; ordinary English words,
their plurals and inflections, and the safe list stay public. What this tags in public text is rare
English vocabulary ("balayage", "shawarma", "intestacy"): a utility cost, measured in the eval, not a
privacy one.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.residual_lexicon_r11 import FrequentWords
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["latin_word", "residual_words"]

_APOSTROPHES = "'’"
#: Format characters that may hide inside a word (zero-width space and joiners, soft hyphen).
_FORMAT = "\u200b\u200c\u200d\u2060\u00ad"
_INVISIBLE = re.compile(f"[{_FORMAT}]")
#: A word: letters (and format characters) with inner apostrophes, not glued to a digit, letter or "_".
_WORD = re.compile(rf"(?<![\w{_FORMAT}])[^\W\d_](?:[^\W\d_]|[{_FORMAT}]|['’](?=[^\W\d_]))*(?![\w{_FORMAT}])")


def latin_word(word: str) -> bool:
    """Letters of the Latin script (with diacritics) and at most inner apostrophes, three letters or more."""
    letters = 0
    for k, c in enumerate(word):
        if (c in _APOSTROPHES and 0 < k < len(word) - 1) or c in _FORMAT:
            continue
        code = ord(c)
        if not c.isalpha() or not (code < 0x250 or 0x1E00 <= code <= 0x1EFF):
            return False
        letters += 1
    return letters >= 3


def residual_words(view: TextView, frequent: FrequentWords) -> list[Span]:
    """Every Latin-script word of ``view`` that ``frequent`` does not know, as a PERSON span. Words are
    read from the text, not the parse, so a word glued to punctuation is read too ('ship="Owendo,')."""
    out: list[Span] = []
    for match in _WORD.finditer(view.text):
        word = match.group()
        if latin_word(word) and not frequent(_INVISIBLE.sub("", word)):
            out.append(Span(match.start(), match.end(), PERSON, RESIDUAL_SCORE))
    return out
