"""The six group types and the mapping of Presidio types and spaCy labels onto them."""

from __future__ import annotations

import pytest

from dpfusion_integrations.tagging import GROUP_TYPES
from dpfusion_integrations.tagging.group_types import group_type_of


def test_when_group_types_are_listed_then_there_are_six_fixed_ones() -> None:
    assert GROUP_TYPES == ("PERSON", "ORGANIZATION", "LOCATION", "DATE", "CONTACT", "ID")


@pytest.mark.parametrize(("label", "group_type"), [
    ("PERSON", "PERSON"), ("PER", "PERSON"), ("ORG", "ORGANIZATION"), ("GPE", "LOCATION"), ("FAC", "LOCATION"),
    ("NRP", "LOCATION"), ("DATE_TIME", "DATE"), ("TIME", "DATE"), ("PHONE_NUMBER", "CONTACT"),
    ("EMAIL_ADDRESS", "CONTACT"), ("URL", "CONTACT"), ("IP_ADDRESS", "CONTACT"), ("US_SSN", "ID"),
    ("IBAN_CODE", "ID"), ("CREDIT_CARD", "ID"), ("MEDICAL_RECORD_NUMBER", "ID"), ("SOMETHING_NEW", "ID"),
])  # fmt: skip
def test_when_a_detector_label_is_mapped_then_it_lands_on_a_group_type(label: str, group_type: str) -> None:
    assert group_type_of(label) == group_type


def test_when_markup_in_data_uses_a_group_type_then_it_is_an_allowed_public_label() -> None:
    from dpfusion_integrations.tagging.markup import DATA_MARKUP_GROUPS

    assert set(GROUP_TYPES) <= DATA_MARKUP_GROUPS
