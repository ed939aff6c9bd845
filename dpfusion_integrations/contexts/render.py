"""Public and per-group texts: every private span becomes one fixed stand-in, except the spans of
the group a context reveals.

A stand-in depends only on the span's entity type (and, for surrogates, on its ordinal among the
spans of its kind and on the text outside every span, which the faithful release keeps and is
public), never on its value or length, so two documents that differ only in one group's values have
identical public contexts. The default stand-in is the placeholder ``[TYPE]``; the
faithful release may use surrogates instead (:mod:`~dpfusion_integrations.contexts.surrogates`).

The style is an explicit argument of every function here (placeholders unless one says otherwise):
no ambient state decides what the public context shows, so the caller that chose surrogates is the
one that says so, call by call.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from dpfusion_integrations.contexts.surrogates import surrogates_for
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.grouping import Grouping
from dpfusion_integrations.tagging.spans import Span

__all__ = ["StandIn", "check_style", "placeholder", "public_text", "render", "render_contexts", "stand_ins"]


class StandIn(str, Enum):
    """What a hidden span becomes: its ``[TYPE]`` placeholder, or a fixed surrogate of its kind."""

    PLACEHOLDER = "placeholder"
    SURROGATE = "surrogate"


def check_style(style: object) -> StandIn:
    """``style`` as a :class:`StandIn` (its value, ``"placeholder"`` or ``"surrogate"``, is accepted
    too); anything else is an :class:`InvalidParameterError`, so a wrong argument can never pick the
    stand-in silently."""
    if isinstance(style, StandIn):
        return style
    try:
        return StandIn(style)
    except ValueError:
        raise InvalidParameterError(
            f"unknown stand-in style; valid styles are {', '.join(repr(s.value) for s in StandIn)}") from None


def placeholder(entity_type: str) -> str:
    """The fixed stand-in for a span of this type, e.g. ``[PERSON]``."""
    return f"[{entity_type}]"


def public_text(text: str, spans: Sequence[Span]) -> str:
    """The text outside every span (spans in document order), one line per piece: what the faithful
    release keeps verbatim, and so public."""
    ends = [0, *(s.end for s in spans)]
    starts = [*(s.start for s in spans), len(text)]
    return "\n".join(text[a:b] for a, b in zip(ends, starts, strict=True))


def stand_ins(spans: Sequence[Span], style: StandIn = StandIn.PLACEHOLDER, *, text: str | None = None) -> list[str]:
    """The stand-in of each span (spans in document order): placeholders, or surrogates where the
    type has a surrogate list (a type without one keeps its placeholder). With ``text`` (the document
    the spans index), no surrogate reads as part of its public text (``surrogates_for``); every
    context and the slot plan of one document must pass it alike."""
    placeholders = [placeholder(s.entity_type) for s in spans]
    if check_style(style) is StandIn.PLACEHOLDER:
        return placeholders
    public = public_text(text, spans) if text is not None else ""
    fakes = surrogates_for([s.entity_type for s in spans], public_text=public)
    return [fake if fake is not None else ph for fake, ph in zip(fakes, placeholders, strict=True)]


def render(text: str, spans: Sequence[Span], reveal: Sequence[bool], *,
           style: StandIn = StandIn.PLACEHOLDER) -> str:
    """``text`` with each span replaced by its stand-in unless ``reveal`` says otherwise."""
    parts: list[str] = []
    cursor = 0
    for span, keep, stand_in in zip(spans, reveal, stand_ins(spans, style, text=text), strict=True):
        parts.append(text[cursor:span.start])
        parts.append(text[span.start:span.end] if keep else stand_in)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def render_contexts(text: str, grouping: Grouping, *,
                    style: StandIn = StandIn.PLACEHOLDER) -> tuple[str, list[str]]:
    """``(public_text, [group_text for each group])`` for one text and its grouping."""
    public = render(text, grouping.spans, [False] * len(grouping.spans), style=style)
    per_group = [
        render(text, grouping.spans, [g == gi for g in grouping.span_group], style=style)
        for gi in range(len(grouping.groups))
    ]
    return public, per_group
