"""The round-9 detector set (``recall-v9``): round 8's detectors with the round-9 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.round_eight` so that ``recall-v8`` stays as
it was measured on held-out v8. Round 9 read round 8's misses on v8 (after that one measurement) and
wrote rules for their classes rather than their shapes; its changes live in three modules, one per
area, each with its new detectors and one growth step run on the merged spans after round 8's:

- :mod:`~dpfusion_integrations.tagging.recall.places_r9` (organisations, addresses and dates);
- :mod:`~dpfusion_integrations.tagging.recall.names_r9` (people: initials, lower-case names);
- :mod:`~dpfusion_integrations.tagging.recall.tables_r9` (rows whose cells do not line up with the
  header), last, so that its column rules see what every other step found.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall import names_r9, places_r9, tables_r9
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.round_eight import round_eight_detectors, round_eight_edges
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["round_nine_detectors", "round_nine_edges"]

_AREAS = (places_r9, names_r9, tables_r9)


def round_nine_detectors() -> tuple[Detector, ...]:
    """The ``recall-v9`` detectors besides Presidio, in a fixed order."""
    return (*round_eight_detectors(), *(d for area in _AREAS for d in area.detectors()))


def round_nine_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Round 8's growth steps, then each round-9 area's, on the merged spans, in a fixed order."""
    spans = round_eight_edges(text, spans, words)
    for area in _AREAS:
        spans = merge_spans(area.grow(text, spans, words))
    return spans
