"""Round 4: a lower-case word that is no ordinary word, right before a possessive ``'s``, in any text:
"kept posting pravina's real name", "it was ravshan's idea", "dinner at malalai's place".

A possessive marks its word as someone or something with a name; a lower-case word that is not on
the safe-word list nor chat slang is then most likely a person written in lower case. Words on the
surname list are left out: that list holds many ordinary nouns the safe list lacks ("the tagger's",
"the owner's"), and a surname alone is rarely written in lower case. The decision depends on the
word itself and the ``'s`` only. Typed PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, fold, run_span
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PossessiveNames"]

POSSESSIVE_SCORE = 0.65


class PossessiveNames:
    """Lower-case unknown words before ``'s`` (see module doc)."""

    name = "possessive-names"

    def __repr__(self) -> str:
        return "PossessiveNames()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if nxt.text not in ("'s", "’s") or tok.space_after:
                continue
            if tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 3 and not tok.safe \
                    and not tok.last and fold(tok.norm) not in view.words.safe and tok.norm not in CHAT_SLANG:
                out.append(run_span(view, k, k, PERSON, POSSESSIVE_SCORE))
        return out
