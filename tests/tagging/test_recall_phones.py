"""Recall profile, phone rule: digit groups with extensions, without spaces, international forms."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.phones import phone_detector


@pytest.mark.parametrize("number", [
    "+44 20 7946 0018 ext. 214", "(555) 013-2297 x301", "+4915112345678", "07700900461", "0161 496 0732",
    "1300-555-019", "+33 1 42 68 53 00", "+81-3-1234-5678", "555.867.5309", "(020) 7946 0958",
    "+1 (212) 555-0147 ext 12", "0049 (0)30 123456",
])  # fmt: skip
def test_when_a_phone_number_has_any_layout_then_it_is_one_contact_span(number: str) -> None:
    text = f"Call me on {number} tomorrow."
    spans = phone_detector().find(text)
    assert texts_of(text, spans) == [number] and spans[0].entity_type == "CONTACT"


@pytest.mark.parametrize("text", [
    "Blood pressure 150/90, pulse 72.", "Between 2019 and 2020.", "Pay 4,200 EUR by Friday.", "Dose 12 mg.",
    "Version 3.8.0 and 12345.",
])  # fmt: skip
def test_when_numbers_have_too_few_digits_then_no_phone(text: str) -> None:
    assert phone_detector().find(text) == []
