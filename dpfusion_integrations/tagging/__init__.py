"""PII tagging and privacy groups.

Finds the private spans of a text (Presidio on an offline spaCy model, explicit spans, or inline
``<private>`` markup), and gathers them into privacy groups with keyed privacy-unit ids. Nothing
here logs, raises or reprs raw span text. Presidio is imported only when a
:class:`PresidioTagger` is first built, so importing this package is cheap.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.grouping import (
    GroupPolicy,
    Grouping,
    PrivacyGroup,
    group_spans,
    parse_policy,
)
from dpfusion_integrations.tagging.markup import has_markup, parse_markup, parse_markup_lenient
from dpfusion_integrations.tagging.presidio_tagger import PresidioTagger, default_tagger
from dpfusion_integrations.tagging.spans import Span, resolve_overlaps, union_spans, validate_spans
from dpfusion_integrations.tagging.tagger import Tagger
from dpfusion_integrations.tagging.units import load_or_create_unit_key, normalize_value, unit_id

__all__ = [
    "GroupPolicy",
    "Grouping",
    "PresidioTagger",
    "PrivacyGroup",
    "Span",
    "Tagger",
    "default_tagger",
    "group_spans",
    "has_markup",
    "load_or_create_unit_key",
    "normalize_value",
    "parse_markup",
    "parse_markup_lenient",
    "parse_policy",
    "resolve_overlaps",
    "union_spans",
    "unit_id",
    "validate_spans",
]
