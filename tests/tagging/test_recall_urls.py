"""Recall profile, URL rule: scheme and www URLs, trailing punctuation left out."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.urls import url_detector


@pytest.mark.parametrize("url", [
    "https://pay.example.com/u/kasia-n", "http://10.0.0.7:8080/admin?id=42", "ftp://files.corp/x.zip",
    "www.kofi-mensah.com/about",
])  # fmt: skip
def test_when_a_url_ends_a_sentence_then_the_period_is_not_part_of_it(url: str) -> None:
    text = f"See {url}."
    spans = url_detector().find(text)
    assert texts_of(text, spans) == [url] and spans[0].entity_type == "CONTACT"


def test_when_text_has_no_url_then_nothing_is_tagged() -> None:
    assert url_detector().find("The www of the web and http in general.") == []
