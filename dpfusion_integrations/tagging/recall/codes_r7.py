"""Round 7 (codes and dates): detectors and a post-union growth step of the ``recall-v7`` set.

Round 6's misses on held-out v6 named these classes, written here across countries and layouts:

- :func:`~dpfusion_integrations.tagging.recall.code_registrations_r7.registration_detector`: aircraft
  registrations of the ICAO prefixes ("VH-NPC", "D-AIBC", "9V-SKA"; "N512AB" after an aircraft cue),
  number plates in Korean, Japanese, Chinese, Thai and Cyrillic scripts ("17가 5042"), identifiers
  with a one-letter lower-case prefix after a student or record cue ("student u 1569519");
- :func:`~dpfusion_integrations.tagging.recall.date_positions_r7.short_date_position_detector`: day
  and month without a year ending a heading after a dash ("Telephone note – 10/12"), between commas
  after a flight or reference, after a record word ("Died 2/3", "Order made: 6/18"), alone in a
  table cell; US month/day order too.

No growth step of its own: the detectors' spans are whole values.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.code_registrations_r7 import (
    registration_detector,
)
from dpfusion_integrations.tagging.recall.date_positions_r7 import (
    short_date_position_detector,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (registration_detector(), short_date_position_detector())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    The detectors' spans are whole values, so nothing grows here."""
    del text, words
    return spans
