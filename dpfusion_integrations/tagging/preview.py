"""What a call will protect, without decoding: the public context and the spans' types.

:func:`preview_text` runs exactly the span search of a real call (tagger, explicit spans or inline
markup) and the grouping, and renders the public context, the text the model sees with every
private span replaced by its placeholder. Nothing is decoded, so no model is needed and no budget is
spent. Used by ``DPFusion.preview`` and ``dpfusion tag``.

A :class:`TagPreview` holds the public context, span offsets, types and group labels: never a
private value. Offsets refer to the text without inline markup.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.grouping import GroupPolicy, group_spans, parse_policy
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.tagger import Tagger

__all__ = ["PreviewSpan", "TagPreview", "preview_text"]


@dataclass(frozen=True)
class PreviewSpan:
    """One protected span: offsets into the (markup-free) text, its type and its privacy group."""

    start: int
    end: int
    entity_type: str
    group: str


@dataclass(frozen=True)
class TagPreview:
    """The public context of a text and what is protected in it (no private value)."""

    redacted_text: str
    spans: tuple[PreviewSpan, ...]
    groups: tuple[str, ...]
    tagger: str

    @property
    def n_groups(self) -> int:
        return len(self.groups)

    def type_counts(self) -> dict[str, int]:
        """Spans per entity type, sorted by type."""
        return dict(sorted(Counter(s.entity_type for s in self.spans).items()))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "tagger": self.tagger,
            "redacted_text": self.redacted_text,
            "n_groups": self.n_groups,
            "groups": list(self.groups),
            "spans": [{"start": s.start, "end": s.end, "type": s.entity_type, "group": s.group} for s in self.spans],
        }


def preview_text(
    text: str,
    *,
    tagger: Tagger,
    group_policy: GroupPolicy | str = GroupPolicy.ENTITY_TYPE,
    spans: Sequence[Span | tuple[int, int, str]] | None = None,
    markup: Any = "augment",
    unit_key: bytes | None = None,
) -> TagPreview:
    """The :class:`TagPreview` of ``text`` under ``tagger`` (see the module doc).

    ``spans`` and ``markup`` mean what they mean in ``DPFusion.privatize``. Unit ids are not part of
    the preview, so a throwaway key is used unless ``unit_key`` is given.
    """
    from dpfusion_integrations.contexts import render_contexts
    from dpfusion_integrations.prepare import find_spans, parse_markup_mode

    if not isinstance(text, str):
        raise InvalidParameterError(f"text must be a str, got {type(text).__name__}")
    policy = parse_policy(group_policy)
    clean, found, source = find_spans(text, spans, tagger, parse_markup_mode(markup))
    grouping = group_spans(clean, found, policy, unit_key=unit_key or secrets.token_bytes(32))
    public, _ = render_contexts(clean, grouping)
    labels = grouping.labels
    listed = tuple(
        PreviewSpan(span.start, span.end, span.entity_type, labels[grouping.span_group[k]])
        for k, span in enumerate(grouping.spans)
    )
    return TagPreview(redacted_text=public, spans=listed, groups=tuple(labels), tagger=source)
