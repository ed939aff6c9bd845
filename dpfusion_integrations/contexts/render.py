"""Public and per-group texts: every private span becomes one fixed stand-in, except the spans of
the group a context reveals.

A stand-in depends only on the span's entity type (and, for surrogates, on its ordinal among the
spans of its kind), never on its value or length, so two documents that differ only in one group's
values have identical public contexts. The default stand-in is the placeholder ``[TYPE]``; the
faithful release may use surrogates instead (:mod:`~dpfusion_integrations.contexts.surrogates`).

The style is an argument of every function here. ``stand_in_style`` sets the style the functions
use when none is given, for the duration of a ``with`` block (a ``ContextVar``: per thread and per
async task); the faithful release's preparation reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum

from dpfusion_integrations.contexts.surrogates import surrogates_for
from dpfusion_integrations.tagging.grouping import Grouping
from dpfusion_integrations.tagging.spans import Span

__all__ = ["StandIn", "current_style", "placeholder", "render", "render_contexts", "stand_in_style", "stand_ins"]


class StandIn(str, Enum):
    """What a hidden span becomes: its ``[TYPE]`` placeholder, or a fixed surrogate of its kind."""

    PLACEHOLDER = "placeholder"
    SURROGATE = "surrogate"


_STYLE: ContextVar[StandIn] = ContextVar("dpfusion_stand_in_style", default=StandIn.PLACEHOLDER)


def current_style() -> StandIn:
    """The style used when none is given: placeholders unless a ``stand_in_style`` block is open."""
    return _STYLE.get()


@contextmanager
def stand_in_style(style: StandIn) -> Iterator[None]:
    """Use ``style`` as the default stand-in inside the block (restored on exit)."""
    token = _STYLE.set(StandIn(style))
    try:
        yield
    finally:
        _STYLE.reset(token)


def placeholder(entity_type: str) -> str:
    """The fixed stand-in for a span of this type, e.g. ``[PERSON]``."""
    return f"[{entity_type}]"


def stand_ins(spans: Sequence[Span], style: StandIn | None = None) -> list[str]:
    """The stand-in of each span (spans in document order): placeholders, or surrogates where the
    type has a surrogate list (a type without one keeps its placeholder)."""
    placeholders = [placeholder(s.entity_type) for s in spans]
    if (current_style() if style is None else style) is StandIn.PLACEHOLDER:
        return placeholders
    fakes = surrogates_for([s.entity_type for s in spans])
    return [fake if fake is not None else ph for fake, ph in zip(fakes, placeholders, strict=True)]


def render(text: str, spans: Sequence[Span], reveal: Sequence[bool], *, style: StandIn | None = None) -> str:
    """``text`` with each span replaced by its stand-in unless ``reveal`` says otherwise."""
    parts: list[str] = []
    cursor = 0
    for span, keep, stand_in in zip(spans, reveal, stand_ins(spans, style), strict=True):
        parts.append(text[cursor:span.start])
        parts.append(text[span.start:span.end] if keep else stand_in)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def render_contexts(text: str, grouping: Grouping, *, style: StandIn | None = None) -> tuple[str, list[str]]:
    """``(public_text, [group_text for each group])`` for one text and its grouping."""
    public = render(text, grouping.spans, [False] * len(grouping.spans), style=style)
    per_group = [
        render(text, grouping.spans, [g == gi for g in grouping.span_group], style=style)
        for gi in range(len(grouping.groups))
    ]
    return public, per_group
