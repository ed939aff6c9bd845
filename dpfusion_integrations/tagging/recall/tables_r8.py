"""Round 8 (tables): detectors and a post-union growth step of the ``recall-v8`` set.

Covers values in the cells of CSV, semicolon, tab, pipe and aligned tables that carry no cue of their
own (lower-case names, initials, user names, plates), typed by their column:

- :mod:`~dpfusion_integrations.tagging.recall.tables_layout_r8`: table blocks, header rows and columns;
- :mod:`~dpfusion_integrations.tagging.recall.tables_headers_r8`: what a header word says a column holds,
  in many languages;
- :mod:`~dpfusion_integrations.tagging.recall.tables_cells_r8`: the growth step that tags the cells of
  header-cued columns and completes columns mostly tagged already;
- :mod:`~dpfusion_integrations.tagging.recall.tables_pairs_r8`: values of ``key=value`` pairs whose key
  names a private field (exports, logs, query strings), keys read like headers.

The step runs last among all growth steps, so that its column rules see what every other step found.
See :mod:`~dpfusion_integrations.tagging.recall.round_eight` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.tables_cells_r8 import grow_table_cells
from dpfusion_integrations.tagging.recall.tables_pairs_r8 import grow_pairs
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order (none: the area works on the merged spans)."""
    return ()


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Cells of private table columns and values of private ``key=value`` pairs become spans (see
    :mod:`~dpfusion_integrations.tagging.recall.tables_cells_r8` and
    :mod:`~dpfusion_integrations.tagging.recall.tables_pairs_r8`); overlaps merge with the spans there."""
    return merge_spans(grow_pairs(text, grow_table_cells(text, spans, words), words))
