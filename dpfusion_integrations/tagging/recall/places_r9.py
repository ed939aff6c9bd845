"""Round 9 (organisations, addresses, dates and codes): detectors and a post-union growth step of the
``recall-v9`` set.

Round 8's misses of this area on held-out v8 fell in four classes; each is written for the class
across countries and conventions, in a small module of its own:

- :mod:`~dpfusion_integrations.tagging.recall.places_venues_r9`: venues and clubs named by a town or an
  invented word and a venue or member noun ("<Town> Climbing Wall", "The <Word> Wall", "<Town>
  Growers", "<Word> Harriers"), in a heading, a channel's bracket or running text; a detector;
- :mod:`~dpfusion_integrations.tagging.recall.places_dates_r9`: a bare month/day or day/month after a
  verb or preposition of scheduling ("can come 3/25", "due by 12/1", "until 6/30"); a detector;
- :mod:`~dpfusion_integrations.tagging.recall.places_codes_r9`: a document's number after a word and a
  lower-case number sign or "number" without a colon ("Agreement no. 1873-52"); a detector;
- :mod:`~dpfusion_integrations.tagging.recall.places_addresses_r9`: a house number before a road named
  by a number ("44 80 Feet Road", "12 4th Cross Road"), a postcode after a dash ("Bengaluru -
  560001") and a building with its flat number opening an address line ("Seabright Towers 1402,
  ..."); the growth step.

The growth step runs, on the merged spans: buildings with a flat number (they need the LOCATION span
after them on the line), house numbers before numbered roads, then postcodes after a dash.

See :mod:`~dpfusion_integrations.tagging.recall.round_nine` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.places_addresses_r9 import (
    grow_building_units,
    grow_dash_postcodes,
    grow_house_numbers,
)
from dpfusion_integrations.tagging.recall.places_codes_r9 import (
    document_number_detector,
)
from dpfusion_integrations.tagging.recall.places_dates_r9 import scheduled_date_detector
from dpfusion_integrations.tagging.recall.places_venues_r9 import VenueNames
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (VenueNames(), scheduled_date_detector(), document_number_detector())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    spans = grow_building_units(text, merge_spans(spans))
    spans = grow_house_numbers(text, spans)
    return grow_dash_postcodes(text, spans)
