"""Round 9 (tables): detectors and a post-union growth step of the ``recall-v9`` set.

Covers table cells that round 8's column rules
(:mod:`~dpfusion_integrations.tagging.recall.tables_r8`) left untagged:

- :mod:`~dpfusion_integrations.tagging.recall.tables_ragged_r9`: rows of CSV, semicolon and tab tables
  with more cells than the header (free text such as an address holding the separator unquoted) or
  fewer, aligned with the header from both ends and then typed by their columns;
- :mod:`~dpfusion_integrations.tagging.recall.tables_companions_r9`: a person column's cell with a
  companion marker after the name ("Ann Lee +1", "Ann Lee & guest"), and a caller or customer that is a
  firm ("Teknav GmbH").

See :mod:`~dpfusion_integrations.tagging.recall.round_nine` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.tables_companions_r9 import grow_companions
from dpfusion_integrations.tagging.recall.tables_ragged_r9 import grow_ragged_rows
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order (none: the area works on the merged spans)."""
    return ()


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Values in ragged rows and names with a companion marker in round 8's tables become spans (see the
    modules above); overlaps merge with the spans there."""
    return merge_spans(grow_companions(text, grow_ragged_rows(text, spans, words), words))
