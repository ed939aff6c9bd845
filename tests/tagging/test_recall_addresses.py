"""Recall profile, street addresses: US/UK and non-US forms, flats and PO boxes."""

from __future__ import annotations

import pytest
from recall_helpers import covered

from dpfusion_integrations.tagging.recall.addresses import AddressRule


@pytest.mark.parametrize("address", [
    "42 Oak Street", "221B Baker Street", "4821 Old Orchard Lane", "33 Kingsway", "Hauptstraße 12",
    "Keizersgracht 221", "Marktplatz 4", "12 rue de la Paix", "Via Garibaldi 45", "Calle de Alcalá 48",
    "Rua Augusta 210", "ul. Marszałkowska 104", "C/ Mayor 5", "Flat 2", "PO Box 1182", "Abbey Road",
    "1-2-3 Shibuya", "Unit 3/45", "Plac Zbawiciela 3",
])  # fmt: skip
def test_when_an_address_has_a_known_form_then_it_is_covered_as_location(make_view, address: str) -> None:
    text = f"The parcel went to {address}, near the station."
    found = AddressRule().detect(make_view(text))
    assert covered(text, found, address) and {s.entity_type for s in found} == {"LOCATION"}


@pytest.mark.parametrize("text", ["The meeting is on 3 May.", "She has 12 Angry Men on DVD.", "In 2024 Ottilie moved."])
def test_when_a_number_precedes_an_ordinary_word_or_is_a_year_then_no_address(make_view, text: str) -> None:
    assert AddressRule().detect(make_view(text)) == []
