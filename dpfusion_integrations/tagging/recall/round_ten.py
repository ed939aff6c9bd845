"""The round-10 detector set (``recall-v10``): round 9's detectors with the round-10 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.round_nine` so that ``recall-v9`` stays as
it was measured on held-out v9. Round 10 read round 9's misses on v9 (after that one measurement) and
wrote rules for the conventions they belong to; its changes live in three modules, one per area, each
with its new detectors and one growth step run on the merged spans after round 9's:

- :mod:`~dpfusion_integrations.tagging.recall.places_r10` (organisations and addresses);
- :mod:`~dpfusion_integrations.tagging.recall.values_r10` (dates, identifiers and phone numbers);
- :mod:`~dpfusion_integrations.tagging.recall.names_r10` (people), last, so that its repeats see
  every name the other steps found.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall import names_r10, places_r10, values_r10
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.round_nine import round_nine_detectors, round_nine_edges
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["round_ten_detectors", "round_ten_edges"]

_AREAS = (places_r10, values_r10, names_r10)


def round_ten_detectors() -> tuple[Detector, ...]:
    """The ``recall-v10`` detectors besides Presidio, in a fixed order."""
    return (*round_nine_detectors(), *(d for area in _AREAS for d in area.detectors()))


def round_ten_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Round 9's growth steps, then each round-10 area's, on the merged spans, in a fixed order."""
    spans = round_nine_edges(text, spans, words)
    for area in _AREAS:
        spans = merge_spans(area.grow(text, spans, words))
    return spans
