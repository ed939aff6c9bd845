"""Public and per-group texts: every private span becomes one fixed placeholder, except the spans
of the group a context reveals.

A placeholder depends only on the span's entity type, never on its value or length, so two
documents that differ only in one group's values have identical public contexts.
"""

from __future__ import annotations

from collections.abc import Sequence

from dpfusion_integrations.tagging.grouping import Grouping
from dpfusion_integrations.tagging.spans import Span

__all__ = ["placeholder", "render", "render_contexts"]


def placeholder(entity_type: str) -> str:
    """The fixed stand-in for a span of this type, e.g. ``[PERSON]``."""
    return f"[{entity_type}]"


def render(text: str, spans: Sequence[Span], reveal: Sequence[bool]) -> str:
    """``text`` with each span replaced by its placeholder unless ``reveal`` says otherwise."""
    parts: list[str] = []
    cursor = 0
    for span, keep in zip(spans, reveal, strict=True):
        parts.append(text[cursor:span.start])
        parts.append(text[span.start:span.end] if keep else placeholder(span.entity_type))
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def render_contexts(text: str, grouping: Grouping) -> tuple[str, list[str]]:
    """``(public_text, [group_text for each group])`` for one text and its grouping."""
    public = render(text, grouping.spans, [False] * len(grouping.spans))
    per_group = [
        render(text, grouping.spans, [g == gi for g in grouping.span_group]) for gi in range(len(grouping.groups))
    ]
    return public, per_group
