"""The public surface of dpfusion_integrations.tagging is pinned, and importing it stays cheap."""

from __future__ import annotations

import subprocess
import sys

import dpfusion_integrations.tagging as tagging

EXPECTED = {
    "GroupPolicy", "Grouping", "PresidioTagger", "PrivacyGroup", "Span", "Tagger", "default_tagger",
    "group_spans", "has_markup", "load_or_create_unit_key", "normalize_value", "parse_markup",
    "parse_markup_lenient", "parse_policy", "resolve_overlaps", "union_spans", "unit_id", "validate_spans",
    # the recall profile (issue 13)
    "GROUP_TYPES", "RecallTagger", "TaggerProfile", "parse_profile", "merge_spans", "PreviewSpan", "TagPreview",
    "preview_text",
    # the language check (issue 15)
    "LanguageCheck", "check_language",
}  # fmt: skip


def test_when_package_is_imported_then_all_is_pinned_and_resolvable() -> None:
    assert set(tagging.__all__) == EXPECTED
    assert all(getattr(tagging, name) is not None for name in tagging.__all__)


def test_when_grouping_module_is_imported_then_spec_names_are_there() -> None:
    from dpfusion_integrations.tagging import grouping

    for name in ("GroupPolicy", "PrivacyGroup", "Grouping", "parse_policy", "normalize_value", "unit_id",
                 "load_or_create_unit_key", "group_spans"):
        assert name in grouping.__all__


def test_when_package_is_imported_then_presidio_and_spacy_are_not() -> None:
    code = (
        "import sys, dpfusion_integrations.tagging; "
        "print(any(m.split('.')[0] in ('presidio_analyzer', 'spacy') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
