"""Small helpers shared by the recall-profile tests."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable

from dpfusion_integrations.tagging import Span

__all__ = ["best_seconds", "covered", "span_of", "texts_of", "well_formed"]


def _start(text: str, value: str, occurrence: int) -> int:
    """Where the ``occurrence``-th ``value`` in ``text`` starts (ValueError if there is none)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return start


def span_of(text: str, value: str, kind: str, score: float = 0.8, occurrence: int = 0) -> Span:
    """A span of ``kind`` over the ``occurrence``-th ``value`` in ``text``."""
    start = _start(text, value, occurrence)
    return Span(start, start + len(value), kind, score)


def covered(text: str, spans: Iterable[Span], value: str, occurrence: int = 0) -> bool:
    """Whether every non-space character of the ``occurrence``-th ``value`` in ``text`` is covered."""
    start = _start(text, value, occurrence)
    chars = {i for s in spans for i in range(s.start, s.end)}
    return all(i in chars for i in range(start, start + len(value)) if not text[i].isspace())


def texts_of(text: str, spans: Iterable[Span]) -> list[str]:
    """The covered substrings (for assertions inside the trust boundary of a test)."""
    return [text[s.start : s.end] for s in spans]


def well_formed(text: str, spans: list[Span]) -> None:
    """Asserts that ``spans`` are sorted, inside ``text``, whitespace-trimmed and non-overlapping."""
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def best_seconds(call: Callable[[], object], tries: int = 2) -> float:
    """The fastest of ``tries`` timed runs of ``call()``: what the linear-time tests compare across sizes."""
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best
