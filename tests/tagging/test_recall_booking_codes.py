"""Recall profile, booking-code rule: codes after booking words in either case, and the bare
six-character PNR shape; ordinary words after booking words and public codes stay public."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.booking_codes import booking_code_detector


@pytest.mark.parametrize(("text", "value"), [
    ("Your PNR is QX7LBM.", "QX7LBM"),
    ("Booking ref: ZK4P9T", "ZK4P9T"),
    ("confirmation K8J2-PL for two nights", "K8J2-PL"),
    ("booking reference wq82hz please", "wq82hz"),
    ("record locator MFKQ2D", "MFKQ2D"),
    ("conf. no. 58C2A9", "58C2A9"),
    ("booking RZKLMT for Mr Oyelowo", "RZKLMT"),
    ("quoted YBQ6NW at the desk", "YBQ6NW"),
])  # fmt: skip
def test_when_a_booking_code_appears_then_it_is_an_id_span(text: str, value: str) -> None:
    spans = booking_code_detector().find(text)
    assert value in texts_of(text, spans) and all(s.entity_type == "ID" for s in spans)


@pytest.mark.parametrize("text", [
    "We will review the booking process next quarter.",
    "The confirmation email is below.",
    "Hashes use SHA256 and the code sample runs on COVID19 data.",
    "Please check your reservation details.",
    "The code is simple and the reference implementation is the oracle.",
])  # fmt: skip
def test_when_booking_words_precede_ordinary_words_then_nothing_is_tagged(text: str) -> None:
    assert booking_code_detector().find(text) == []
