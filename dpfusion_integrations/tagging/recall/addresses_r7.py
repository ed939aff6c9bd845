"""Round 7 (addresses): detectors and a post-union growth step of the ``recall-v7`` set.

The round's address rules live in small modules, one job each:

- :mod:`~dpfusion_integrations.tagging.recall.address_numbered_streets_r7`: streets named by a number
  ("14. Sokak No: 5", "3rd Cross", "Calle 5", "ul. 3 Maja");
- :mod:`~dpfusion_integrations.tagging.recall.address_units_r7`: unit, floor, building and door parts of
  many languages beside an address ("8. OG links", "bajo F", "D: 16", "No. 70").

Both find LOCATION spans in the union, so round 6's address-line growth (run after the union) grows
the line around them: the house-number label before a numbered street, the district and the postcode
and town after a door number ("D: 29, Muratpaşa, 29429 Bursa"). This module's growth step runs that
line growth once more over the merged spans, because spans of other areas' round-7 growth steps may
have joined or retyped parts of the line meanwhile.

See :mod:`~dpfusion_integrations.tagging.recall.round_seven` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.address_lines_r6 import grow_address_lines
from dpfusion_integrations.tagging.recall.address_numbered_streets_r7 import (
    numbered_streets,
)
from dpfusion_integrations.tagging.recall.address_units_r7 import UnitParts
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (numbered_streets(), UnitParts())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    return grow_address_lines(text, sorted(spans, key=lambda s: (s.start, s.end)))
