"""PII tagging and privacy groups.

Finds the private spans of a text (by default the recall-first :class:`RecallTagger`, a union of
offline detectors; or the ``precision`` profile's :class:`PresidioTagger`; or explicit spans, or
inline ``<private>`` markup), and gathers them into privacy groups with keyed privacy-unit ids.
Text in a language the tagger does not read is refused before it is tagged (:mod:`~dpfusion_integrations.tagging.language`).
Nothing here logs, raises or reprs raw span text. Presidio and spaCy are imported only when a
tagger is first built, so importing this package is cheap.
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
from dpfusion_integrations.tagging.group_types import GROUP_TYPES
from dpfusion_integrations.tagging.language import LanguageCheck, check_language
from dpfusion_integrations.tagging.presidio_tagger import PresidioTagger
from dpfusion_integrations.tagging.preview import PreviewSpan, TagPreview, preview_text
from dpfusion_integrations.tagging.profiles import TaggerProfile, default_tagger, parse_profile
from dpfusion_integrations.tagging.recall import RecallTagger
from dpfusion_integrations.tagging.spans import Span, merge_spans, resolve_overlaps, union_spans, validate_spans
from dpfusion_integrations.tagging.tagger import Tagger
from dpfusion_integrations.tagging.units import load_or_create_unit_key, normalize_value, unit_id

__all__ = [
    "GROUP_TYPES",
    "GroupPolicy",
    "Grouping",
    "LanguageCheck",
    "PresidioTagger",
    "PreviewSpan",
    "PrivacyGroup",
    "RecallTagger",
    "Span",
    "TagPreview",
    "Tagger",
    "TaggerProfile",
    "check_language",
    "default_tagger",
    "group_spans",
    "has_markup",
    "load_or_create_unit_key",
    "merge_spans",
    "normalize_value",
    "parse_markup",
    "parse_markup_lenient",
    "parse_policy",
    "parse_profile",
    "preview_text",
    "resolve_overlaps",
    "union_spans",
    "unit_id",
    "validate_spans",
]
