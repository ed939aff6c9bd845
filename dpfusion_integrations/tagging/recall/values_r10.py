"""Round 10 (dates, identifiers and phone numbers): detectors and a post-union growth step of the ``recall-v10`` set.

See :mod:`~dpfusion_integrations.tagging.recall.round_ten` for how the areas are run. The rules live in
three modules, one job each:

- :mod:`~dpfusion_integrations.tagging.recall.values_dates_r10`: Mongolian and Turkic dates, ordinals
  alone in a date position, a day/month after a passive verb of scheduling, a numeric date's own dot;
- :mod:`~dpfusion_integrations.tagging.recall.values_ids_r10`: series document numbers ("F 1329/25"),
  keypad codes ("*08753*", "1310#"), references wrapped onto the next line, short labels written with
  their identifier ("MRN PC294922");
- :mod:`~dpfusion_integrations.tagging.recall.values_phones_r10`: extension words of more languages
  ("lisa 28", "дотор 06"), phones with a slash after the area code ("078/979-622").
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.values_dates_r10 import grow_date_dots, values_date_detector
from dpfusion_integrations.tagging.recall.values_ids_r10 import (
    grow_id_labels,
    grow_keypad_marks,
    values_id_detector,
)
from dpfusion_integrations.tagging.recall.values_phones_r10 import grow_phone_extensions_r10, slash_phone_detector
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (values_date_detector(), values_id_detector(), slash_phone_detector())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping:
    phone extensions, keypad marks, identifier labels, then a date's own dot."""
    spans = grow_phone_extensions_r10(text, merge_spans(spans))
    spans = grow_keypad_marks(text, merge_spans(spans))
    spans = grow_id_labels(text, merge_spans(spans))
    spans = grow_date_dots(text, merge_spans(spans))
    return merge_spans(spans)
