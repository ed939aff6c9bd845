"""The round-6 detector set (``recall-v6``): round 5's detectors with the round-6 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.round_five` so that the earlier sets stay
as they were (``recall-v5`` and older are still selectable). The round's changes live in five modules,
one per failure area, each with its new detectors and one growth step run on the merged spans:

- :mod:`~dpfusion_integrations.tagging.recall.org_names_r6` (organisations);
- :mod:`~dpfusion_integrations.tagging.recall.addresses_r6` (streets, units, address lines, places);
- :mod:`~dpfusion_integrations.tagging.recall.names_r6` (people: initials, lower-case names);
- :mod:`~dpfusion_integrations.tagging.recall.contacts_r6` (phones, handles, user names);
- :mod:`~dpfusion_integrations.tagging.recall.codes_r6` (identifiers, plates, short dates).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall import (
    addresses_r6,
    codes_r6,
    contacts_r6,
    names_r6,
    org_names_r6,
)
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.round_five import round_five_detectors
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["round_six_detectors", "round_six_edges"]

_AREAS = (codes_r6, contacts_r6, names_r6, addresses_r6, org_names_r6)


def round_six_detectors() -> tuple[Detector, ...]:
    """The ``recall-v6`` detectors besides Presidio, in a fixed order."""
    return (*round_five_detectors(), *(d for area in _AREAS for d in area.detectors()))


def round_six_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Each area's growth step on the merged spans (after round 5's edges), in a fixed order."""
    for area in _AREAS:
        spans = merge_spans(area.grow(text, spans, words))
    return spans
