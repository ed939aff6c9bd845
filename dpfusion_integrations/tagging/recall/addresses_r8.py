"""Round 8 (addresses): detectors and a post-union growth step of the ``recall-v8`` set.

Round 7's LOCATION misses on held-out v7 fell in four classes; each is written for the class across
countries, in a small module of its own:

- :mod:`~dpfusion_integrations.tagging.recall.addresses_streets_r8`: streets led by a street word the
  earlier lists lack ("Chaussée de Wavre 120"), streets named alone in an address layout ("Meir 152 bus
  14"), South Asian and Maldivian street words ("Orchid Magu", "Nehru Marg") and towns with a state
  abbreviation after a place cue ("moved to Moncton NB"); the one detector of this area;
- :mod:`~dpfusion_integrations.tagging.recall.addresses_regions_r8`: a state, province or region code
  after a town the union found ("Tulsa OK", "Campinas/SP", "Lecco (LC)");
- :mod:`~dpfusion_integrations.tagging.recall.addresses_boxes_r8`: post-office boxes and private bags
  of many countries ("BP 473", "Casilla 331", "Private Bag X12");
- :mod:`~dpfusion_integrations.tagging.recall.addresses_buildings_r8`: named buildings and houses in an
  address position, with a short dotted prefix ("H. Sunny Villa, ...", "Address: Shanti Niwas");
- :mod:`~dpfusion_integrations.tagging.recall.addresses_units_r8`: unit, box and floor words round 7's
  tables lack, inline after a house number ("bus 21", "boîte 8") or as a part beside an address ("1os
  orofos", "as. 4", "эт. 3").

The growth step runs, on the merged spans: boxes and buildings (they need the spans around them to tell
an address layout), units, region codes after a town, then round 6's address-line growth once
more (so the postcode and town line under a street that now ends its line joins: "6235 Gent" under
"Veldstraat 208 bus 21"), then units again over the lines it grew.

See :mod:`~dpfusion_integrations.tagging.recall.round_eight` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.address_lines_r6 import grow_address_lines
from dpfusion_integrations.tagging.recall.addresses_boxes_r8 import find_boxes
from dpfusion_integrations.tagging.recall.addresses_buildings_r8 import find_buildings
from dpfusion_integrations.tagging.recall.addresses_regions_r8 import grow_regions
from dpfusion_integrations.tagging.recall.addresses_streets_r8 import StreetsR8
from dpfusion_integrations.tagging.recall.addresses_units_r8 import grow_units
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (StreetsR8(),)


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    spans = find_boxes(text, spans, words)
    spans = find_buildings(text, spans, words)
    spans = grow_regions(text, grow_units(text, spans))
    spans = grow_address_lines(text, sorted(spans, key=lambda s: (s.start, s.end)))
    return grow_units(text, spans)
