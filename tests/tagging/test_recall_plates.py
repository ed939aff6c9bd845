"""Recall profile, licence-plate rule: plates after plate and vehicle words, and plate layouts
that ordinary text does not produce; vehicle words before ordinary words stay public."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.plates import plate_detector


@pytest.mark.parametrize(("text", "value"), [
    ("The car, B-MK 4721, was towed.", "B-MK 4721"),
    ("A Polish car (WPR 4K21) was involved.", "WPR 4K21"),
    ("vehicle registration: LR 8842 EE", "LR 8842 EE"),
    ("The bus with plate KBZ 472H crashed.", "KBZ 472H"),
    ("plate DL 3C AB 1234 was flagged", "DL 3C AB 1234"),
    ("Italian AB 123 CD seen at the toll", "AB 123 CD"),
    ("Her car, HH-XY 88, was damaged.", "HH-XY 88"),
    ("a grey Toyota 7ABC123 left", "7ABC123"),
    ("Licence plate GE 123456 was stolen", "GE 123456"),
])  # fmt: skip
def test_when_a_plate_appears_then_it_is_an_id_span(text: str, value: str) -> None:
    spans = plate_detector().find(text)
    assert value in texts_of(text, spans) and all(s.entity_type == "ID" for s in spans)


@pytest.mark.parametrize("text", [
    "the plate was hot so i put it down",
    "The registration form opens at noon.",
    "The car park was full and the bus was late.",
    "Ilse van der Berg drove the van.",
    "The truck carried 40 tonnes.",
])  # fmt: skip
def test_when_vehicle_words_precede_ordinary_words_then_nothing_is_tagged(text: str) -> None:
    assert plate_detector().find(text) == []
