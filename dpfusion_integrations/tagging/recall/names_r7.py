"""Round 7 (people): detectors and a post-union growth step of the ``recall-v7`` set.

The round's person rules live in small modules, one job each:

- :mod:`~dpfusion_integrations.tagging.recall.name_particles_r7`: names joined by particle chains
  ("Mac an t-Saoir", "Ó hUiginn", "ap Rhys", "Ould", "van den"), as a detector and a growth step that
  joins named spans across such a chain;
- :mod:`~dpfusion_integrations.tagging.recall.name_initials_r7`: initials and a surname after a role
  label ("Officer: G. Tolu");
- :mod:`~dpfusion_integrations.tagging.recall.name_lower_layouts_r7`: lower-case names as list items,
  after chat interjections, before bracketed relationship words and as chat speakers.

See :mod:`~dpfusion_integrations.tagging.recall.round_seven` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.name_initials_r7 import LabelledInitials
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import LowerNameLayouts
from dpfusion_integrations.tagging.recall.name_particles_r7 import (
    ParticleNames,
    join_particle_chains,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (ParticleNames(), LabelledInitials(), LowerNameLayouts())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Named spans with a particle chain between them become one person's name."""
    return join_particle_chains(text, sorted(spans, key=lambda s: (s.start, s.end)))
