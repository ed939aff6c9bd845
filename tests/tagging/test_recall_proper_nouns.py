"""Recall profile, proper-noun sweep: non-safe capitalised or PROPN words, grown into whole names."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.proper_nouns import ProperNounSweep


@pytest.mark.parametrize(("text", "name"), [
    ("Anneliese Okorafor-Brandt was admitted.", "Anneliese Okorafor-Brandt"),
    ("Message from Ilse van der Berg today.", "Ilse van der Berg"),
    ("The deed names Ahmad bin Rashid Al-Mansoori as heir.", "Ahmad bin Rashid Al-Mansoori"),
    ("She was taken to Saint Bartholomew's Infirmary.", "Saint Bartholomew's Infirmary"),
    ("Spoke with Ottilie today.", "Ottilie"),
])  # fmt: skip
def test_when_a_name_has_connectors_or_hyphens_then_it_is_one_span(make_view, text: str, name: str) -> None:
    assert name in texts_of(text, ProperNounSweep().detect(make_view(text)))


def test_when_a_title_or_sentence_initial_word_precedes_a_name_then_it_stays_public(make_view) -> None:
    text = "Yesterday Dr. Ramanathan met Patient Okonkwo."
    found = texts_of(text, ProperNounSweep().detect(make_view(text)))
    assert "Ramanathan" in found and not any("Dr" in f or "Yesterday" in f for f in found)


@pytest.mark.parametrize(("text", "name"), [("Dear Will, thanks.", "Will"), ("Thanks, Grace", "Grace"),
                                            ("Mrs. White called.", "White")])
def test_when_an_ordinary_word_follows_a_title_or_greeting_then_it_is_a_name(make_view, text: str, name: str) -> None:
    assert name in texts_of(text, ProperNounSweep().detect(make_view(text)))


def test_when_text_is_plain_public_prose_then_nothing_is_swept(make_view) -> None:
    text = "The patient was admitted to the hospital. The wound is clean and dry."
    assert ProperNounSweep().detect(make_view(text)) == []


def test_when_a_name_spans_a_line_break_then_it_is_not_joined(make_view) -> None:
    text = "Signed by Okonkwo\nHospital Board"
    found = texts_of(text, ProperNounSweep().detect(make_view(text)))
    assert "Okonkwo" in found and not any("\n" in f for f in found)
