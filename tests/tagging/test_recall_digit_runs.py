"""Recall profile, digit-run rule: any token with five or more digits, tagged whole."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.digit_runs import digit_run_detector


@pytest.mark.parametrize("token", ["88214421", "INC0093471", "2024/INV/00317", "REF-2023-004417", "558201", "10115"])
def test_when_a_token_holds_five_digits_then_the_whole_token_is_an_id(token: str) -> None:
    text = f"Reference {token} was closed."
    spans = digit_run_detector().find(text)
    assert texts_of(text, spans) == [token] and spans[0].entity_type == "ID"


@pytest.mark.parametrize("text", ["Room 4821 on floor 12.", "In 2024 we moved.", "Call 555-0100."])
def test_when_runs_are_shorter_than_five_digits_then_nothing_is_tagged(text: str) -> None:
    assert digit_run_detector().find(text) == []


def test_when_a_token_is_very_long_then_matching_stays_fast() -> None:
    import time

    text = "a" * 200_000 + " 12345"
    start = time.perf_counter()
    assert texts_of(text, digit_run_detector().find(text)) == ["12345"]
    assert time.perf_counter() - start < 2.0
