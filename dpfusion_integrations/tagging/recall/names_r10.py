"""Round 10 (people): detectors and a post-union growth step of the ``recall-v10`` set.

The round's person rules, one job per module, each written for a convention rather than its misses:

- :mod:`~dpfusion_integrations.tagging.recall.names_role_cues_r10`: initials after a role label or a
  "<verb> by" ("Staff: AH", "Packed by OS") and one given name after a role label ("Game master
  tonight: Salampi —");
- :mod:`~dpfusion_integrations.tagging.recall.names_lower_lists_r10`: lower-case names as action-item
  owners, in people lists, in headings between dashes, before kinship notes and two words after
  kinship nouns, and (growth) a lower-case list item right after a person;
- :mod:`~dpfusion_integrations.tagging.recall.names_table_people_r10` (growth): the cells of people
  columns round 8 left untyped ("patron", "approved_by", columns of partly found names);
- :mod:`~dpfusion_integrations.tagging.recall.names_case_repeats_r10` (growth): a capitalised name word
  at its lower-case mentions ("Hi Codjo!" ... "5th 09:12  codjo:").

See :mod:`~dpfusion_integrations.tagging.recall.round_ten` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.names_case_repeats_r10 import repeat_names_any_case
from dpfusion_integrations.tagging.recall.names_lower_lists_r10 import LowerNameLists, lower_list_neighbours
from dpfusion_integrations.tagging.recall.names_role_cues_r10 import RoleCues
from dpfusion_integrations.tagging.recall.names_table_people_r10 import grow_people_columns
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (RoleCues(), LowerNameLists())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    People columns of tables first (their names then repeat), lower-case list items after a person,
    then capitalised names at their lower-case mentions."""
    spans = grow_people_columns(text, merge_spans(spans), words)
    spans = merge_spans(lower_list_neighbours(text, spans, words))
    return repeat_names_any_case(text, spans, words)
