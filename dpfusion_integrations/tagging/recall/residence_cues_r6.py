"""Round 6: the place after a verb of living or moving ("Lives in Zanzibar", "moved to Ohrid",
"based in Paramaribo", "grew up in Tromsø", "relocated from Ushuaia").

The round-5 place cue (:mod:`~dpfusion_integrations.tagging.recall.place_cues`) takes a capitalised
name after "in", "to", "from" but skips lines whose words are mostly capitalised (headings such as
"What to Expect"); a sentence naming a place and an institution ("Lives in X, about 40 minutes from
Y Clinical Research Centre.") reads as such a line. A verb of residence before the preposition is a
cue strong enough to stand on any line: the capitalised run after it (grown over capitalised words
and name particles, never across a line break) is a place.

Over-tagging risk: a capitalised common word after such a verb ("lives in Fear", "moved to Phase 2"):
months, weekdays, determiners and pronouns are left out. Typed LOCATION with a low score, so an
organisation or name detector that overlaps decides the type.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    WEEKDAYS,
    TextView,
    grow,
    run_span,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["RESIDENCE_VERBS", "ResidenceCues"]

RESIDENCE_SCORE = 0.55

#: Verbs of living, staying and moving, in the forms a note or a letter uses.
RESIDENCE_VERBS = frozenset({
    "lives", "live", "living", "lived", "resides", "reside", "residing", "resided", "resident", "based",
    "moved", "moving", "moves", "relocated", "relocating", "relocate", "born", "raised", "grew", "settled",
    "stays", "staying", "stayed", "emigrated", "immigrated", "returned", "returning", "originally",
})  # fmt: skip
#: "grew up in": particles that may stand between the verb and the preposition.
_BETWEEN = frozenset({"up", "back", "away", "out", "here", "there", "now", "currently"})
_PREPOSITIONS = frozenset({"in", "to", "from", "near", "at", "outside"})
_NOT_PLACES = MONTHS | WEEKDAYS | frozenset({
    "the", "a", "an", "this", "that", "my", "our", "your", "his", "her", "their", "its", "i", "we", "he", "she",
    "they", "it", "you", "there", "here", "home", "town", "phase", "stage", "step", "fear", "hope", "part",
})  # fmt: skip


class ResidenceCues:
    """A capitalised place after a verb of residence and a preposition (see module doc)."""

    name = "residence-cues"

    def __repr__(self) -> str:
        return f"ResidenceCues(verbs={len(RESIDENCE_VERBS)})"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(2, len(toks)):
            tok, prep = toks[k], toks[k - 1]
            if prep.norm not in _PREPOSITIONS or not prep.text.islower() or not prep.space_after:
                continue
            verb = k - 2
            if toks[verb].norm in _BETWEEN and verb > 0:
                verb -= 1
            if toks[verb].norm not in RESIDENCE_VERBS:
                continue
            if "\n" in view.text[toks[verb].start : tok.start]:
                continue
            if not (tok.cap and tok.wordlike and len(tok.norm) >= 2) or tok.title or tok.norm in _NOT_PLACES:
                continue
            _, j = grow(view, k, k, sentence_start=True)
            out.append(run_span(view, k, max(j, k), LOCATION, RESIDENCE_SCORE))
        return out
