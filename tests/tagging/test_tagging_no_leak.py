"""Canary tests: raw private text never appears in exceptions, logs, reprs or labels."""

from __future__ import annotations

import logging
import traceback

import pytest
from dpfusion_integrations.errors import DPFusionError, TaggingError
from dpfusion_integrations.tagging import (
    PresidioTagger,
    group_spans,
    parse_markup,
    parse_policy,
    validate_spans,
)

#: A value that must never leave the trust boundary (in logs, exceptions, reprs or labels).
CANARY_NAME = "Zorbulon Quixwhistle"
CANARY_TEXT = f"Patient {CANARY_NAME} (SSN 219-09-9999) called from 617-555-0142 about {CANARY_NAME}."
SECRETS = (CANARY_NAME, "Zorbulon", "Quixwhistle", "219-09-9999", "617-555-0142")


def _assert_clean(blob: str) -> None:
    for secret in SECRETS:
        assert secret not in blob


def _exception_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error) + repr(error.args)


@pytest.mark.parametrize(
    "call",
    [
        lambda: validate_spans(CANARY_TEXT, [(0, 999, "PERSON")]),
        lambda: validate_spans(CANARY_TEXT, [(8, 28, CANARY_NAME)]),
        lambda: validate_spans(CANARY_TEXT, [(7, 8, "PERSON")]),
        lambda: validate_spans(CANARY_TEXT, [(8, 28)]),
        lambda: parse_markup(f"<private>{CANARY_NAME} <private>x</private></private>"),
        lambda: parse_markup(f"<private>{CANARY_NAME}"),
        lambda: parse_markup(f"{CANARY_NAME}</private>"),
        lambda: parse_markup(f'<private group="{CANARY_NAME}">{CANARY_NAME}</private>'),
        lambda: parse_markup(f'<private note="{CANARY_NAME}">x</private>'),
        lambda: parse_markup("<private>   </private>" + CANARY_NAME),
        lambda: parse_policy(CANARY_NAME),
        lambda: group_spans(CANARY_TEXT, [(8, 28, "PERSON")], unit_key=CANARY_NAME.encode()[:5]),
    ],
)
def test_when_input_is_invalid_then_the_error_does_not_contain_the_text(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DPFusionError) as caught:
        call()
    _assert_clean(_exception_text(caught.value))


def test_when_grouping_is_shown_then_no_value_appears_in_repr_labels_or_units() -> None:
    key = b"k" * 32
    for policy in ("entity_type", "entity", "single"):
        grouping = group_spans(CANARY_TEXT, [(8, 28, "PERSON"), (35, 46, "US_SSN"), (70, 90, "PERSON")], policy, unit_key=key)
        _assert_clean(repr(grouping) + str(grouping) + " ".join(grouping.labels) + " ".join(grouping.units))


def test_when_tagging_at_debug_level_then_no_log_record_contains_the_text(
    presidio_tagger: PresidioTagger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="presidio-analyzer")  # even if a user turns Presidio up
    caplog.set_level(logging.DEBUG, logger="decision_process")
    spans = presidio_tagger.tag(CANARY_TEXT)
    assert any(CANARY_TEXT[s.start : s.end] == CANARY_NAME for s in spans)  # the canary was tagged
    assert any(r.name.startswith("dpfusion_integrations") for r in caplog.records)  # and logging ran
    _assert_clean(caplog.text)
    for record in caplog.records:
        _assert_clean(record.getMessage() + repr(record.args) + repr(record.__dict__))
    _assert_clean(repr(presidio_tagger) + repr(spans))


def test_when_presidio_logs_text_then_the_message_is_withheld(
    presidio_tagger: PresidioTagger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    presidio_logger = logging.getLogger("presidio-analyzer")
    presidio_logger.error("Failed to validate text %s", CANARY_NAME)
    presidio_logger.warning(f"chunk failed: {CANARY_NAME}")
    try:
        raise ValueError(CANARY_NAME)
    except ValueError:
        presidio_logger.exception("boom")
    assert len([r for r in caplog.records if r.name == "presidio-analyzer"]) == 3
    assert "message withheld" in caplog.text
    _assert_clean(caplog.text)


def test_when_presidio_fails_then_tagging_error_names_only_the_exception_type(
    presidio_tagger: PresidioTagger, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    def failing_analyze(*, text: str, **kwargs: object) -> list:
        raise ValueError(f"cannot parse {text}")

    monkeypatch.setattr(presidio_tagger._engine.analyzer, "analyze", failing_analyze)
    with pytest.raises(TaggingError, match="ValueError") as caught:
        presidio_tagger.tag(CANARY_TEXT)
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None
    _assert_clean(_exception_text(error))
    _assert_clean(caplog.text)
