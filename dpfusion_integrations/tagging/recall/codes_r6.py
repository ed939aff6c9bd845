"""Round 6 (codes): identifiers, plates and short dates: detectors and a post-union growth step of the
``recall-v6`` set (see :mod:`~dpfusion_integrations.tagging.recall.round_six`).

Detectors, one module each:

- :class:`~dpfusion_integrations.tagging.recall.code_prefixes_r6.PrefixedCodes`: codes written with
  the issuer's short upper-case prefix ("SR 2554904", "SUBJ 7731"), field labels ("MRN", "NHS", "ID",
  "Ref") left public;
- :func:`~dpfusion_integrations.tagging.recall.cell_numbers_r6.cell_number_detector`: hyphenated
  numbers alone in a table cell, list item or subject tail ("41-8830");
- :func:`~dpfusion_integrations.tagging.recall.labelled_codes_r6.labelled_code_detector`: values after
  register labels the earlier lists lacked ("participant", "container", "flight"...), US dockets;
- :func:`~dpfusion_integrations.tagging.recall.plate_layouts_r6.plate_layout_detector`: plates of more
  countries' layouts and after more vehicle cues;
- :func:`~dpfusion_integrations.tagging.recall.short_dates_r6.short_date_detector`: day/month without a
  year after scheduling cues, month and year, East Asian dates.

Growth after the union: an upper-case code prefix before a code span
(:func:`~dpfusion_integrations.tagging.recall.code_prefixes_r6.grow_code_prefixes`), a weekday of
many languages before a date (:func:`~dpfusion_integrations.tagging.recall.short_dates_r6.grow_weekdays`),
a bracketed check character after an identifier
(:func:`~dpfusion_integrations.tagging.recall.check_characters_r6.grow_check_characters`).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.cell_numbers_r6 import cell_number_detector
from dpfusion_integrations.tagging.recall.check_characters_r6 import grow_check_characters
from dpfusion_integrations.tagging.recall.code_prefixes_r6 import (
    PrefixedCodes,
    grow_code_prefixes,
)
from dpfusion_integrations.tagging.recall.labelled_codes_r6 import (
    labelled_code_detector,
)
from dpfusion_integrations.tagging.recall.plate_layouts_r6 import plate_layout_detector
from dpfusion_integrations.tagging.recall.short_dates_r6 import (
    grow_weekdays,
    short_date_detector,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (PrefixedCodes(), cell_number_detector(), labelled_code_detector(), plate_layout_detector(),
            short_date_detector())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    return grow_weekdays(text, grow_check_characters(text, grow_code_prefixes(text, spans)))
