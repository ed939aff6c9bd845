"""Recall profile, date rule: numeric, written (several languages) and weekday dates."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging import merge_spans
from dpfusion_integrations.tagging.recall.dates import date_detector


@pytest.mark.parametrize("date", [
    "14.02.1961", "12/03/2024", "2024-01-17", "14/02/61", "3 May 2023", "March 9", "18 Nov 2023", "May 2024",
    "Jan. 5th", "3rd of June", "5 janvier 2024", "14. März 2023", "Sat 12 Aug", "Tuesday",
])  # fmt: skip
def test_when_a_date_is_written_in_a_common_form_then_it_is_one_date_span(date: str) -> None:
    text = f"Seen on {date} by the team."
    spans = merge_spans(date_detector().find(text))  # several forms may match parts of one date
    assert texts_of(text, spans) == [date] and spans[0].entity_type == "DATE"


@pytest.mark.parametrize("text", ["May I come in?", "Version 3.8.0", "Pay 12.50 now.", "We march on."])
def test_when_a_month_word_or_number_is_not_a_date_then_nothing_is_tagged(text: str) -> None:
    assert date_detector().find(text) == []
