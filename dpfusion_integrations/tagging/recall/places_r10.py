"""Round 10 (organisations and addresses): detectors and a post-union growth step of the ``recall-v10`` set.

Round 9's misses of this area on held-out v9 fell in three classes; each is written for the convention
across countries, in a small module of its own:

- :mod:`~dpfusion_integrations.tagging.recall.places_streets_r10`: streets whose word follows the name
  (Latvian "iela", Estonian "maantee", Lithuanian "g.", Uzbek "ko'chasi", ...) with block and flat
  numbers ("125k6, dz. 22"), Balkan "ul. X br. 10/6", Ecuadorian quadrant numbers ("Av. X N9-118"),
  Francophone lots ("Avenue X, lot 57") and post boxes after a district number ("74 BP 7761 Abidjan");
  a detector;
- :mod:`~dpfusion_integrations.tagging.recall.places_blocks_r10`: districts named with a district word
  ("Mirobod tumani", "Khan-Uul district") or a quarter word ("quartier Bastos"), a detector; a district
  word after a LOCATION span and a district line inside an address block, the growth step;
- :mod:`~dpfusion_integrations.tagging.recall.places_brands_r10`: businesses named by an invented word
  and a business noun ("The X Vault", "X Balloon Flights", "X Planetarium") and catch-phrase brands in a
  letterhead ("Paws at X", "Locked in X", "Escape X"); a detector.

See :mod:`~dpfusion_integrations.tagging.recall.round_ten` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.places_blocks_r10 import (
    DistrictNames,
    grow_block_lines,
    grow_district_words,
)
from dpfusion_integrations.tagging.recall.places_brands_r10 import BrandNames
from dpfusion_integrations.tagging.recall.places_streets_r10 import street_detector
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (street_detector(), DistrictNames(), BrandNames())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    spans = grow_district_words(text, merge_spans(spans))
    return grow_block_lines(text, spans)
