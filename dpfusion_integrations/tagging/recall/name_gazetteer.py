"""Name gazetteers (philter-lite's first and last names), applied to proper nouns only.

A capitalised word that is a known given name or surname is a PERSON when it is not an ordinary
public word, or, for words that are both ("Grace", "Lee", "Will"), when spaCy tags it PROPN in the
middle of a sentence. In chat-like text (mostly lower case, or lines led by a speaker name) a
lower-case given name that is not an ordinary word nor chat slang is a PERSON too ("ask priya"),
together with a following lower-case surname (surnames alone are left to the chat-name cues: the
surname list holds many ordinary words, such as "tagger" and "query"). Diacritics are folded for the look-up ("Björn" -> "bjorn").

The score is above the proper-noun sweep's, so a name-list hit types the span PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, run_span
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["NameGazetteer"]

GAZETTEER_SCORE = 0.8


class NameGazetteer:
    """Given names and surnames among proper nouns; lower-case given names in chats."""

    name = "name-gazetteer"

    def __repr__(self) -> str:
        return "NameGazetteer()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        k = 0
        while k < len(toks):
            tok = toks[k]
            if not tok.wordlike or not tok.name or tok.title or len(tok.norm) < 2:
                k += 1
                continue
            if tok.cap:
                ambiguous_ok = tok.pos == "PROPN" and not tok.text.isupper()
                if not tok.safe or ambiguous_ok:
                    out.append(run_span(view, k, k, PERSON, GAZETTEER_SCORE))
            elif view.chat_like and tok.first and not tok.safe and tok.text.isalpha() and tok.norm not in CHAT_SLANG:
                j = k
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.last and not nxt.safe:
                    j = k + 1
                out.append(run_span(view, k, j, PERSON, GAZETTEER_SCORE))
                k = j
            k += 1
        return out
