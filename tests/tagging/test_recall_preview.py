"""DPFusion.preview and preview_text: the public context and span types, without decoding."""

from __future__ import annotations

import pytest

from dpfusion_integrations.tagging import TagPreview, default_tagger, preview_text

TEXT = "Spoke with Ottilie at Lakeside Community Clinic; she lives at Hauptstraße 12, 10115 Berlin."


def test_when_previewing_then_the_redacted_text_equals_the_public_context_of_a_real_call(tiny_dp) -> None:
    preview = tiny_dp.preview(TEXT)
    res = tiny_dp.privatize(TEXT, epsilon=0, max_new_tokens=1, seed=0)
    assert isinstance(preview, TagPreview) and preview.redacted_text == res.redacted_text
    assert preview.tagger == res.report.tagger and preview.n_groups == res.report.n_groups


def test_when_previewing_then_spans_have_offsets_types_and_groups_but_no_values(tiny_dp) -> None:
    preview = tiny_dp.preview(TEXT, group_policy="entity")
    types = {s.entity_type for s in preview.spans}
    assert {"PERSON", "ORGANIZATION", "LOCATION"} <= types
    assert all(TEXT[s.start : s.end].strip() for s in preview.spans)
    assert all(s.group.startswith(s.entity_type) for s in preview.spans)
    dumped = repr(preview) + repr(preview.to_dict())
    for value in ("Ottilie", "Lakeside", "Hauptstraße", "10115"):
        assert value not in dumped


def test_when_previewing_then_no_decode_runs(tiny_dp, monkeypatch) -> None:
    monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: (_ for _ in ()).throw(AssertionError("decoded")))
    assert tiny_dp.preview(TEXT).spans


def test_when_spans_or_markup_are_given_then_the_preview_follows_them(tiny_dp) -> None:
    explicit = tiny_dp.preview("Ann met Bo.", spans=[(0, 3, "PERSON")])
    assert explicit.redacted_text == "[PERSON] met Bo." and explicit.tagger == "explicit-spans"
    marked = tiny_dp.preview("<private>Ann</private> met Ottilie.", markup="exclusive")
    assert marked.redacted_text == "[PRIVATE] met Ottilie." and marked.spans[0].start == 0


def test_when_the_precision_profile_previews_then_its_types_are_presidios() -> None:
    preview = preview_text("Call 617-555-0199 about John Smith.", tagger=default_tagger("precision"))
    assert {s.entity_type for s in preview.spans} == {"PHONE_NUMBER", "PERSON"}


def test_when_text_is_not_a_string_then_invalid_parameter_error(tiny_dp) -> None:
    from dpfusion_integrations.errors import InvalidParameterError

    with pytest.raises(InvalidParameterError):
        tiny_dp.preview(b"bytes")  # type: ignore[arg-type]
