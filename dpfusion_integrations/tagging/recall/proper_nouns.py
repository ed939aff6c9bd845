"""The proper-noun sweep: capitalised or PROPN words that are not on the public safe-word list.

A word is a *seed* when it is capitalised (or tagged PROPN by spaCy) and not an ordinary public
word (philter-lite's ``nonames`` list), or when it is capitalised right after a title or a
greeting ("Dr. Green", "Thanks, Grace"), where even an ordinary word is a name. Each seed grows over
its capitalised neighbours and the connectors between them ("'s", "of", "van", "de", "bin", a
hyphen, ...), so that one name or institution is one span: "Saint Bartholomew's Infirmary",
"Ilse van der Berg". Titles ("Dr.") and sentence-initial ordinary words ("Yesterday") are never
included. Since round 3 a neighbour joins only when it is a name, not an ordinary word, or an
organisation word (or one ordinary word between two such parts: "Ahmet Can Kaya"): ordinary
capitalised words after a name ("Anette Jafari Account Manager") were joined for names that seed the
sweep and not for the others, so the private name decided whether those public words were tagged. Spans are typed PERSON (the most common unknown proper noun) with a low score, so any
more specific detector that overlaps them decides the type.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import GREETINGS, TextView, fold, grow, name_part, run_span
from dpfusion_integrations.tagging.recall.org_suffix import ORGANIZATION_WORDS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ProperNounSweep"]

SWEEP_SCORE = 0.5


def _after_cue(view: TextView, k: int) -> bool:
    """Whether token ``k`` follows a title ("Dr", "Mrs.") or a greeting/sign-off ("Hi", "Thanks,")."""
    toks = view.toks
    m = k - 1
    while m >= 0 and toks[m].text in (".", ",", ":"):
        m -= 1
    if m < 0 or m < k - 2:
        return False
    cue = toks[m]
    if cue.title:
        return True
    nxt = toks[k]
    return cue.norm in GREETINGS and nxt.norm not in GREETINGS


def _name_or_institution(view: TextView, k: int) -> bool:
    """A neighbour the sweep may join: a name, a word that is not ordinary, or an organisation word
    ("Saint Bartholomew's Infirmary"); not an ordinary capitalised word ("Account Manager")."""
    return name_part(view, k) or fold(view.toks[k].norm) in ORGANIZATION_WORDS


class ProperNounSweep:
    """Capitalised or PROPN non-safe words, grown into whole names (see module doc)."""

    name = "proper-noun-sweep"

    def __repr__(self) -> str:
        return "ProperNounSweep()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        covered_to = -1
        for k, tok in enumerate(toks):
            if k <= covered_to or not tok.wordlike or tok.title or len(tok.norm) < 2:
                continue
            if tok.cap or tok.pos == "PROPN":
                seed = not tok.safe or (tok.cap and _after_cue(view, k))
            else:
                seed = False
            if not seed:
                continue
            i, j = grow(view, k, k, part=_name_or_institution)
            out.append(run_span(view, i, j, PERSON, SWEEP_SCORE))
            covered_to = j
        return out
