"""Canary tests for the recall profile: raw text never reaches logs, exceptions, reprs or previews."""

from __future__ import annotations

import logging
import traceback

import pytest

from dpfusion_integrations.errors import TaggingError

CANARY = "Zorbulon Quixwhistle"
TEXT = f"Spoke with {CANARY} at zq@vault.internal, ticket 88214421, Hauptstraße 12."
SECRETS = (CANARY, "Zorbulon", "Quixwhistle", "zq@vault.internal", "88214421", "Hauptstraße")


def _clean(blob: str) -> None:
    for secret in SECRETS:
        assert secret not in blob


def test_when_tagging_at_debug_level_then_no_record_holds_the_text(recall_tagger, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="presidio-analyzer")
    spans = recall_tagger.tag(TEXT)
    assert any(TEXT[s.start : s.end] == CANARY for s in spans)
    _clean(caplog.text + "".join(repr(r.__dict__) for r in caplog.records))
    _clean(repr(recall_tagger) + repr(spans) + repr(recall_tagger.detect_all(TEXT)))


def test_when_a_detector_fails_then_the_error_names_only_its_type(recall_tagger, monkeypatch) -> None:
    class Exploding:
        name = "exploding"

        def detect(self, view):
            raise ValueError(f"cannot handle {view.text}")

    monkeypatch.setattr(recall_tagger, "_detectors", (*recall_tagger._detectors, Exploding()))
    with pytest.raises(TaggingError, match="ValueError") as caught:
        recall_tagger.tag(TEXT)
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None
    _clean("".join(traceback.format_exception(error)) + repr(error.args))


def test_when_a_text_view_is_shown_then_it_holds_counts_only(make_view) -> None:
    view = make_view(TEXT)
    _clean(repr(view) + repr(view.toks[:5]))
