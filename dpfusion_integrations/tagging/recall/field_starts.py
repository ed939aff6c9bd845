"""Where a form field opens, checked in linear time.

Several detectors take the value after a field label that opens a field: at a line's start, or after
a separator or a wide gap, then optional blanks ("Name:   Ann", "ref 12  |  Owner: Ann"). Written as a
regex prefix before the label (``(?m:^|[|;\\t]|[ ]{2})[ \\t]*``), that search is quadratic on a long
run of blanks: the engine tries the prefix at every blank, runs the blanks to their end and fails on
the label, thousands of times (20,000 tabs took minutes). Here the pattern starts at the label's
first letter and the field start before it is checked in Python, by :func:`field_matches`, with
exactly the prefix's meaning, so the matches are the same as before and the search is linear (each
candidate label looks back over only the blank run just before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["field_matches", "opens_field", "opens_field_after_gap"]

_BLANKS = " \t"


def _run_start(text: str, pos: int, floor: int) -> int:
    """The start of the run of spaces and tabs ending at ``pos`` (not before ``floor``)."""
    start = pos
    while start > floor and text[start - 1] in _BLANKS:
        start -= 1
    return start


def opens_field(text: str, pos: int, floor: int = 0) -> bool:
    """Whether ``(?m:^|[|;\\t]|[ ]{2})[ \\t]*`` can match from ``floor`` or later and end at ``pos``:
    ``pos`` follows, over blanks only, a line start, a ``|``, a ``;``, a tab or two spaces."""
    start = _run_start(text, pos, floor)
    blanks = text[start:pos]
    if "\t" in blanks or "  " in blanks:
        return True
    if start == 0 or text[start - 1] == "\n":
        return True
    return start > floor and text[start - 1] in "|;"


def opens_field_after_gap(text: str, pos: int, floor: int = 0) -> bool:
    """Whether ``(?:^|(?<=\\n)|(?<=[ ]{2})|(?<=\\t))[ \\t]*`` can match from ``floor`` or later and end at
    ``pos``: the look-behinds may read before ``floor``, the match itself starts at or after it."""
    start = _run_start(text, pos, 0)
    low = max(start, floor)
    if low == start and (start == 0 or text[start - 1] == "\n"):
        return True
    for at in range(max(low, start + 1), pos + 1):
        if text[at - 1] == "\t" or (at - 2 >= start and text[at - 2] == " " and text[at - 1] == " "):
            return True
    return False


def field_matches(pattern: re.Pattern[str], text: str, *, gap_only: bool = False) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (which starts at a label's first letter) whose start opens a field, in
    the order and without the overlaps ``finditer`` would give for the pattern with the prefix in front.

    ``gap_only`` uses the look-behind prefix of :func:`opens_field_after_gap` instead of :func:`opens_field`."""
    check = opens_field_after_gap if gap_only else opens_field
    pos = 0
    while pos <= len(text):
        match = pattern.search(text, pos)
        if match is None:
            return
        if check(text, match.start(), pos):
            yield match
            pos = match.end() if match.end() > match.start() else match.start() + 1
        else:
            pos = match.start() + 1
