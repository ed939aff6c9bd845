"""spaCy entities of every person, place, organisation and date label, whatever the label says.

The small spaCy model often gives a rare or hyphenated name the wrong label ("Anneliese
Okorafor-Brandt" as ORG, "Ottilie" as GPE); the recall profile takes every entity labelled PERSON,
NORP, FAC, ORG, GPE, LOC, DATE or TIME, because a wrong label still marks a private value. The label
only chooses the group type, and an ORG entity that holds a given name and no organisation word is
typed PERSON (a first-name match overrides spaCy's ORG). DATE and TIME entities are kept when they
name a day (a digit, a month or a weekday): "today" and "two weeks" identify no one. A leading
article ("the University of Lagos") and leading titles ("Dr. K. Nowak") are left out of the span: the
model includes a title for some names and not for others, which would make whether a public word is
tagged depend on the private name.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON, group_type_of
from dpfusion_integrations.tagging.recall.base import MONTHS, WEEKDAYS, TextView, fold
from dpfusion_integrations.tagging.recall.org_suffix import ORGANIZATION_WORDS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["SPACY_LABELS", "SpacyEntities"]

ENTITY_SCORE = 0.85

#: The spaCy labels taken (OntoNotes, and the CoNLL short forms of other models).
SPACY_LABELS = frozenset({"PERSON", "PER", "NORP", "FAC", "ORG", "GPE", "LOC", "DATE", "TIME"})
_ARTICLES = frozenset({"the", "a", "an"})


class SpacyEntities:
    """Every name, place, organisation and date entity of the parse (see module doc)."""

    name = "spacy-entities"

    def __repr__(self) -> str:
        return "SpacyEntities()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for ent in view.doc.ents:
            label = ent.label_
            if label not in SPACY_LABELS:
                continue
            first, last = ent.start, ent.end - 1
            while first <= last and ((toks[first].norm in _ARTICLES and toks[first].text.islower())
                                     or toks[first].title or toks[first].text == "."):
                first += 1  # "the University of Lagos", "Dr. K. Nowak": the article and title are public
            if first > last:
                continue
            part = toks[first : last + 1]
            if label in ("DATE", "TIME") and not any(
                any(c.isdigit() for c in t.text) or t.norm in MONTHS or t.norm in WEEKDAYS for t in part
            ):
                continue
            group_type = group_type_of(label)
            if label == "ORG" and any(t.first and not t.safe for t in part) and not any(
                fold(t.norm) in ORGANIZATION_WORDS for t in part
            ):
                group_type = PERSON
            out.append(Span(part[0].start, part[-1].end, group_type, ENTITY_SCORE))
        return out
