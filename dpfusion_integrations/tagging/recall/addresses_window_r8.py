"""Round 8 (addresses): the line around a position, looked for within a bounded reach.

The round-8 address steps look at the line around each candidate (a building name, a post box, a unit
part); :func:`~dpfusion_integrations.tagging.recall.base.line_bounds` scans to the line's ends, which
makes a step quadratic on one very long line with many candidates. An address part is short, so the
steps only need the line within a few dozen characters: :func:`near_line_bounds` stops there, keeping
every step linear in the text's length.
"""

from __future__ import annotations

__all__ = ["near_line_bounds"]


def near_line_bounds(text: str, pos: int, reach: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``pos``, each cut at ``reach`` characters from ``pos`` (``end``
    at the newline or the text's end when nearer)."""
    low = max(0, pos - reach)
    high = min(len(text), pos + reach)
    newline = text.rfind("\n", low, pos)
    start = low if newline < 0 else newline + 1
    end = text.find("\n", pos, high)
    return start, high if end < 0 else end
