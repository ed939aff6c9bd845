"""The round-7 detector set (``recall-v7``): round 6's detectors with the round-7 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.round_six` so that ``recall-v6`` stays as it
was measured on held-out v6. Round 7 read round 6's misses on v6 (after that one measurement) and
wrote rules for their classes; its changes live in five modules, one per area, each with its new
detectors and one growth step run on the merged spans after round 6's:

- :mod:`~dpfusion_integrations.tagging.recall.codes_r7` (identifiers, registrations, short dates);
- :mod:`~dpfusion_integrations.tagging.recall.contacts_r7` (phone extensions, handles);
- :mod:`~dpfusion_integrations.tagging.recall.names_r7` (people);
- :mod:`~dpfusion_integrations.tagging.recall.addresses_r7` (streets, units, floors);
- :mod:`~dpfusion_integrations.tagging.recall.org_names_r7` (organisations).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall import (
    addresses_r7,
    codes_r7,
    contacts_r7,
    names_r7,
    org_names_r7,
)
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.round_six import round_six_detectors, round_six_edges
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["round_seven_detectors", "round_seven_edges"]

_AREAS = (codes_r7, contacts_r7, names_r7, addresses_r7, org_names_r7)


def round_seven_detectors() -> tuple[Detector, ...]:
    """The ``recall-v7`` detectors besides Presidio, in a fixed order."""
    return (*round_six_detectors(), *(d for area in _AREAS for d in area.detectors()))


def round_seven_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Round 6's growth steps, then each round-7 area's, on the merged spans, in a fixed order."""
    spans = round_six_edges(text, spans, words)
    for area in _AREAS:
        spans = merge_spans(area.grow(text, spans, words))
    return spans
