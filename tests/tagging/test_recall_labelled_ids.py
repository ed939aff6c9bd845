"""Recall profile, labelled identifiers: the value after a label word, never the label."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.labelled_ids import labelled_id_detector


@pytest.mark.parametrize(("text", "value"), [
    ("Ticket 4821 was reopened.", "4821"), ("Case #45120 closed.", "45120"),
    ("Badge number 47-11029 lost.", "47-11029"), ("Invoice 2024/INV/00317 overdue.", "2024/INV/00317"),
    ("Student ID 20231187 enrolled.", "20231187"), ("policy PLX-88310-22 renewed", "PLX-88310-22"),
    ("Order No. 113-4827719-2290411 shipped.", "113-4827719-2290411"), ("Your PIN is 5582.", "5582"),
])  # fmt: skip
def test_when_a_label_precedes_a_value_with_digits_then_only_the_value_is_an_id(text: str, value: str) -> None:
    spans = labelled_id_detector().find(text)
    assert texts_of(text, spans) == [value] and spans[0].entity_type == "ID"


@pytest.mark.parametrize("text", ["The ticket was reopened.", "In case of doubt, call.", "Order matters."])
def test_when_the_value_has_no_digit_then_nothing_is_tagged(text: str) -> None:
    assert labelled_id_detector().find(text) == []
