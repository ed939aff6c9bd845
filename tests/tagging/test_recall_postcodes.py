"""Recall profile, postcodes of the major countries, typed LOCATION."""

from __future__ import annotations

import pytest
from recall_helpers import covered

from dpfusion_integrations.tagging.recall.postcodes import PostcodeRule


@pytest.mark.parametrize("code", [
    "NW1 6XE", "LS6 1AB", "M5V 2T6", "97477-1234", "OR 97477", "NSW 2007", "1016 DV", "00-017", "1100-053",
    "10115 Berlin", "75002 Paris", "Auckland 1010", "111 22", "150-0002",
])  # fmt: skip
def test_when_a_postcode_appears_with_its_town_then_it_is_a_location(make_view, code: str) -> None:
    text = f"Send it to {code} Warszawa please." if "-" in code and len(code) < 9 else f"Address: {code}, Stockholm."
    text = f"Send it to {code} Stockholm." if code in ("1016 DV", "111 22", "1100-053") else text
    found = PostcodeRule().detect(make_view(text))
    assert covered(text, found, code) and {s.entity_type for s in found} == {"LOCATION"}


@pytest.mark.parametrize("text", ["In 2024 Annual reports were due.", "Windows 2000 is old.", "12345 March"])
def test_when_a_number_is_a_year_or_next_to_an_ordinary_word_then_it_is_no_postcode(make_view, text: str) -> None:
    assert PostcodeRule().detect(make_view(text)) == []
