"""Round 6 (addresses): detectors and a post-union growth step of the ``recall-v6`` set.

- :class:`~dpfusion_integrations.tagging.recall.street_abbreviations_r6.StreetAbbreviations`: streets
  written with a street-type abbreviation before or after the name ("Rimantų g. 14", "vul. Sadova 18")
  or with lower-case words after a street word ("Ulica bana Jelačića 19");
- :class:`~dpfusion_integrations.tagging.recall.residence_cues_r6.ResidenceCues`: the place after a verb
  of residence and a preposition ("Lives in Zanzibar", "grew up in Tromsø"), on any line;
- :func:`~dpfusion_integrations.tagging.recall.address_lines_r6.grow_address_lines`: after the union,
  each address line grown around its LOCATION spans: house-number labels, units and floors, postcodes
  after a town, the town line of a block, particles inside a town's name.

See :mod:`~dpfusion_integrations.tagging.recall.round_six`.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.address_lines_r6 import grow_address_lines
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.residence_cues_r6 import ResidenceCues
from dpfusion_integrations.tagging.recall.street_abbreviations_r6 import (
    StreetAbbreviations,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (StreetAbbreviations(), ResidenceCues())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    return grow_address_lines(text, spans)
