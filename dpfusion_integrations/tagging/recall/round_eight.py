"""The round-8 detector set (``recall-v8``): round 7's detectors with the round-8 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.round_seven` so that ``recall-v7`` stays as
it was measured on held-out v7. Round 8 read round 7's misses on v7 (after that one measurement) and
wrote rules for their classes rather than their shapes; its changes live in five modules, one per
area, each with its new detectors and one growth step run on the merged spans after round 7's:

- :mod:`~dpfusion_integrations.tagging.recall.dates_r8` (dates in many languages and numeric orders);
- :mod:`~dpfusion_integrations.tagging.recall.org_codes_r8` (organisations and identifier shapes);
- :mod:`~dpfusion_integrations.tagging.recall.names_r8` (people);
- :mod:`~dpfusion_integrations.tagging.recall.addresses_r8` (buildings, post boxes, units, cities);
- :mod:`~dpfusion_integrations.tagging.recall.tables_r8` (cells of CSV, semicolon and pipe tables),
  last, so that its column rules see what every other step found.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall import (
    addresses_r8,
    dates_r8,
    names_r8,
    org_codes_r8,
    tables_r8,
)
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.round_seven import round_seven_detectors, round_seven_edges
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["round_eight_detectors", "round_eight_edges"]

_AREAS = (dates_r8, org_codes_r8, names_r8, addresses_r8, tables_r8)


def round_eight_detectors() -> tuple[Detector, ...]:
    """The ``recall-v8`` detectors besides Presidio, in a fixed order."""
    return (*round_seven_detectors(), *(d for area in _AREAS for d in area.detectors()))


def round_eight_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Round 7's growth steps, then each round-8 area's, on the merged spans, in a fixed order."""
    spans = round_seven_edges(text, spans, words)
    for area in _AREAS:
        spans = merge_spans(area.grow(text, spans, words))
    return spans
