"""Recall profile, organisation words: a capitalised run holding Hospital, GmbH, University, ..."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule


@pytest.mark.parametrize("org", [
    "Saint Bartholomew's Infirmary", "St. Mary's Hospital", "Northwind Traders GmbH", "University of Lagos",
    "Hospital das Clínicas", "Apotheke am Markt", "Vance & Okafor LLP", "Kovačić & Partneri d.o.o.",
    "Banco Meridional S.A.", "Our Lady of Lourdes Hospital", "Lakeside Community Clinic",
])  # fmt: skip
def test_when_a_run_holds_an_organisation_word_then_the_whole_run_is_one_organization(make_view, org: str) -> None:
    text = f"The letter came from {org} yesterday."
    found = OrganizationSuffixRule().detect(make_view(text))
    assert org in texts_of(text, found) and {s.entity_type for s in found} == {"ORGANIZATION"}


@pytest.mark.parametrize("text", ["Hospital staff said it was fine.", "She went to school and to the bank."])
def test_when_an_organisation_word_stands_alone_then_nothing_is_tagged(make_view, text: str) -> None:
    assert OrganizationSuffixRule().detect(make_view(text)) == []


def test_when_a_chat_names_a_lower_case_hospital_then_it_is_tagged(make_view) -> None:
    text = "im at st thomas hospital rn"
    assert "st thomas hospital" in texts_of(text, OrganizationSuffixRule().detect(make_view(text)))
