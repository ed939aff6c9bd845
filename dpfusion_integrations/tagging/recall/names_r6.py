"""Round 6 (people): detectors and a post-union growth step of the ``recall-v6`` set.

The round's person rules live in small modules, one job each:

- :mod:`~dpfusion_integrations.tagging.recall.signed_initials_r6`: initials after "by" that are also
  abbreviations ("Closed by IT"), after a sentence-closing dash ("... set. – GN"), after a caret ("^FL"),
  and in brackets after a name ("Patryk Nowak (PN)", a growth step);
- :mod:`~dpfusion_integrations.tagging.recall.lower_names_r6`: lower-case names after person nouns,
  titles, signing "by", hand-over words, opening a chat message, and lower-case words with letters
  English does not use; lower-case surnames next to a lower-case name and lower-case list items after a
  name (growth steps);
- :mod:`~dpfusion_integrations.tagging.recall.role_names_r6`: a first name after a role word
  ("driver Seru will call");
- :mod:`~dpfusion_integrations.tagging.recall.name_joins_r6`: name parts joined across particles
  ("ROIG I PUIG", "Hilda bt. Kamal"), upper-case particles ("VAN DEN BERGH") and "SURNAME, Given"
  after a label (a growth step).

See :mod:`~dpfusion_integrations.tagging.recall.round_six` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.lower_names_r6 import (
    LowerCaseNames,
    join_lower_surnames,
    list_lower_names,
)
from dpfusion_integrations.tagging.recall.name_joins_r6 import join_name_parts
from dpfusion_integrations.tagging.recall.role_names_r6 import RoleNames
from dpfusion_integrations.tagging.recall.signed_initials_r6 import (
    SignedInitials,
    bracketed_initials,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (SignedInitials(), LowerCaseNames(), RoleNames())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Lower-case list items and surnames join first (so that a joined name can take bracketed initials), then name
    parts across particles, then initials in brackets after a name."""
    spans = list_lower_names(text, sorted(spans, key=lambda s: (s.start, s.end)), words)
    spans = _no_overlap(join_lower_surnames(text, _no_overlap(spans), words))
    spans = join_name_parts(text, spans)
    return _no_overlap(bracketed_initials(text, spans))


def _no_overlap(spans: list[Span]) -> list[Span]:
    """Sorted spans, each overlapping run folded into its first span's type (the longer reach kept)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, span.end), last.entity_type, max(last.score, span.score))
            continue
        out.append(span)
    return out
