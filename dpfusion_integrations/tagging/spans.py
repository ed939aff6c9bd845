"""Private spans: character ranges of a text that belong to a privacy group.

A :class:`Span` holds offsets and a public label only, never the text it covers, so it is safe to
put in reports, logs and exceptions. :func:`validate_spans` turns caller-given spans into clean,
sorted, non-overlapping spans; :func:`resolve_overlaps` is the single, deterministic rule used
everywhere (tagger output, explicit spans, markup) to settle overlaps.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from dpfusion_integrations.errors import InvalidParameterError

__all__ = [
    "GROUP_NAME_PATTERN",
    "Span",
    "coverage_mask",
    "is_valid_group_name",
    "merge_spans",
    "resolve_overlaps",
    "union_spans",
    "trim_span",
    "validate_spans",
]

T = TypeVar("T")

#: Group names and entity types are public labels: ASCII letters, digits, ``_`` and ``-`` only.
GROUP_NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]+")


def is_valid_group_name(name: object) -> bool:
    """Whether ``name`` is a non-empty ``str`` of ``[A-Za-z0-9_-]`` (a safe public label)."""
    return isinstance(name, str) and GROUP_NAME_PATTERN.fullmatch(name) is not None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of some text, labelled with a group.

    Only offsets, the label and a confidence score are stored, so ``repr(span)`` can never show
    private text. The constructor rejects impossible spans (negative or empty ranges, labels outside
    ``[A-Za-z0-9_-]+``, scores outside ``[0, 1]``) so that every ``Span`` in the system is well formed;
    bounds against a concrete text are checked by :func:`validate_spans`.
    """

    start: int
    end: int
    entity_type: str
    score: float = 1.0

    def __post_init__(self) -> None:
        if not (_is_int(self.start) and _is_int(self.end)):
            raise InvalidParameterError("Span start and end must be integers")
        if not 0 <= self.start < self.end:
            raise InvalidParameterError(
                f"Span [{self.start}, {self.end}) is invalid: need 0 <= start < end"
            )
        if not is_valid_group_name(self.entity_type):
            raise InvalidParameterError(
                "Span entity_type must be a non-empty string of [A-Za-z0-9_-] (a public label)"
            )
        score = self.score
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not math.isfinite(score):
            raise InvalidParameterError("Span score must be a finite number in [0, 1]")
        if not 0.0 <= score <= 1.0:
            raise InvalidParameterError(f"Span score {score:g} is outside [0, 1]")

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two half-open ranges share at least one character (touching is not overlap)."""
        return self.start < other.end and other.start < self.end


def _priority(span: Span) -> tuple[float, int, int, int, str]:
    """Sort key: best span first (higher score, longer, earlier, then a total-order tie-break)."""
    return (-span.score, -span.length, span.start, span.end, span.entity_type)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Return a sorted, non-overlapping subset of ``spans``.

    The rule (deterministic, independent of input order):

    1. Exact duplicates (same ``start``, ``end`` and ``entity_type``) are merged into one, keeping
       the highest score.
    2. Spans are considered best first: higher ``score``, then longer, then earlier ``start``; the
       remaining ties (same range, different ``entity_type``) go to the alphabetically smaller type.
    3. A span is kept if it overlaps no span kept before it (greedy); spans that merely touch
       (``a.end == b.start``) do not overlap.

    The result is sorted by ``start`` and is a fixed point: ``resolve_overlaps(resolve_overlaps(x))``
    equals ``resolve_overlaps(x)``.
    """
    best: dict[tuple[int, int, str], Span] = {}
    for span in spans:
        if not isinstance(span, Span):
            raise InvalidParameterError("resolve_overlaps expects Span objects")
        key = (span.start, span.end, span.entity_type)
        kept = best.get(key)
        if kept is None or span.score > kept.score:
            best[key] = span

    starts: list[int] = []
    accepted: list[Span] = []  # kept sorted by start, non-overlapping
    for span in sorted(best.values(), key=_priority):
        i = bisect.bisect_left(starts, span.start)
        if i > 0 and accepted[i - 1].end > span.start:
            continue
        if i < len(accepted) and accepted[i].start < span.end:
            continue
        starts.insert(i, span.start)
        accepted.insert(i, span)
    return accepted


def union_spans(primary: Iterable[Span], secondary: Iterable[Span]) -> list[Span]:
    """Spans of two sources together, covering every character either covers.

    Used where markup found in data adds spans to the tagger's: overlapping spans are not dropped
    (which would leave the uncovered part of the loser public) but merged. A cluster of spans that
    overlap one another becomes one span over the whole cluster, labelled by its first ``primary``
    span, or, without one, by the best ``secondary`` span (as :func:`resolve_overlaps` ranks them).
    The result is sorted and non-overlapping and covers every character either input covers.
    """
    out: list[Span] = []
    for cluster in _overlap_clusters([(s, True) for s in primary] + [(s, False) for s in secondary]):
        if len(cluster) == 1:
            out.append(cluster[0][0])
            continue
        firsts = [s for s, is_primary in cluster if is_primary]
        label, score = (firsts[0].entity_type, 1.0) if firsts else (
            (best := min((s for s, _ in cluster), key=_priority)).entity_type, best.score)
        out.append(Span(cluster[0][0].start, max(s.end for s, _ in cluster), label, score))
    return out


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, non-overlapping spans covering exactly the characters that
    some input span covers.

    Used by the recall profile, where several detectors' spans are joined: a cluster of spans that
    overlap one another (directly or through a chain) becomes one span from its first start to its
    last end, typed and scored by its best span under the :func:`resolve_overlaps` priority (higher
    score, then longer, then earlier, then the alphabetically smaller type). Spans that merely touch
    stay separate. Deterministic and independent of input order; ``merge_spans(merge_spans(x))``
    equals ``merge_spans(x)``.
    """
    items = list(spans)
    if not all(isinstance(span, Span) for span in items):
        raise InvalidParameterError("merge_spans expects Span objects")
    out = []
    for cluster in _overlap_clusters([(s, None) for s in items]):
        best = min((s for s, _ in cluster), key=_priority)
        out.append(Span(cluster[0][0].start, max(s.end for s, _ in cluster), best.entity_type, best.score))
    return out


def _overlap_clusters(items: list[tuple[Span, T]]) -> Iterator[list[tuple[Span, T]]]:
    """``(span, tag)`` items in runs of spans that overlap one another, directly or through a chain
    (spans that merely touch start a new run), in ``(start, end)`` order; ties keep input order."""
    items = sorted(items, key=lambda item: (item[0].start, item[0].end))
    cluster: list[tuple[Span, T]] = []
    end = -1
    for item in items:
        if cluster and item[0].start >= end:
            yield cluster
            cluster = []
        end = max(end, item[0].end) if cluster else item[0].end
        cluster.append(item)
    if cluster:
        yield cluster


def coverage_mask(spans: Iterable[Span], length: int) -> bytearray:
    """One byte per character of a text of ``length``: 1 where some span of ``spans`` covers it."""
    covered = bytearray(length)
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return covered


def trim_span(text: str, span: Span) -> Span | None:
    """``span`` without the whitespace at its ends, or ``None`` when it covers only whitespace."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.entity_type, span.score)


def _coerce(index: int, item: Span | tuple[int, int, str]) -> Span:
    """Turn one caller-given item into a :class:`Span`; messages name the index, never the text."""
    if isinstance(item, Span):
        return item
    if not isinstance(item, (tuple, list)) or len(item) != 3:
        raise InvalidParameterError(f"span #{index} must be a Span or a (start, end, group) tuple")
    start, end, group = item
    if not (_is_int(start) and _is_int(end)):
        raise InvalidParameterError(f"span #{index}: start and end must be integers")
    if not is_valid_group_name(group):
        raise InvalidParameterError(
            f"span #{index} [{start}, {end}): the group must be a non-empty string of [A-Za-z0-9_-]"
        )
    if not 0 <= start < end:
        raise InvalidParameterError(f"span #{index} [{start}, {end}) is invalid: need 0 <= start < end")
    return Span(start, end, group)


def validate_spans(text: str, spans: Iterable[Span | tuple[int, int, str]]) -> list[Span]:
    """Check spans against ``text`` and return them clean, sorted and non-overlapping.

    Accepts :class:`Span` objects or ``(start, end, group)`` tuples. Each span must satisfy
    ``0 <= start < end <= len(text)``; surrounding whitespace is trimmed off (offsets shrink), and a
    span covering only whitespace is an error because it would protect nothing. Overlapping spans
    are settled by :func:`resolve_overlaps`. Errors are :class:`InvalidParameterError` whose messages
    carry offsets and indices only, never the covered text.
    """
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    if isinstance(spans, (str, bytes)):
        raise InvalidParameterError("spans must be an iterable of spans, not a string")
    n = len(text)
    cleaned: list[Span] = []
    for index, item in enumerate(spans):
        span = _coerce(index, item)
        if span.end > n:
            raise InvalidParameterError(
                f"span #{index} [{span.start}, {span.end}) ends beyond the text (length {n})"
            )
        trimmed = trim_span(text, span)
        if trimmed is None:
            raise InvalidParameterError(
                f"span #{index} [{span.start}, {span.end}) covers only whitespace"
            )
        cleaned.append(trimmed)
    return resolve_overlaps(cleaned)
