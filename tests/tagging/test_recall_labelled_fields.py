"""Recall profile, form fields: the value after a field label, typed by the label."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.labelled_fields import LabelledFields


@pytest.mark.parametrize(("line", "value", "group_type"), [
    ("Name: ottilie brandt", "ottilie brandt", "PERSON"),
    ("Address: 14 Larkspur Close, Milton Keynes", "14 Larkspur Close, Milton Keynes", "LOCATION"),
    ("Employer: Fabrikam", "Fabrikam", "ORGANIZATION"),
    ("DOB: 02/11/1975", "02/11/1975", "DATE"),
    ("Phone: 0176 2233445", "0176 2233445", "CONTACT"),
    ("Next of kin: Adaeze Okonkwo (wife)", "Adaeze Okonkwo (wife)", "PERSON"),
])  # fmt: skip
def test_when_a_line_is_a_labelled_field_then_its_value_is_tagged_by_the_label(make_view, line, value, group_type) -> None:
    text = f"Intake form\n{line}\nNotes: none"
    found = [s for s in LabelledFields().detect(make_view(text)) if text[s.start : s.end] == value]
    assert found and found[0].entity_type == group_type


def test_when_fields_share_a_line_then_each_value_stops_at_the_separator(make_view) -> None:
    text = "Claimant: Nomvula Dlamini | Insurer: Old Mutual | Date of loss: 2023-08-19"
    assert texts_of(text, LabelledFields().detect(make_view(text))) == ["Nomvula Dlamini", "Old Mutual", "2023-08-19"]


def test_when_a_label_is_inside_a_sentence_then_it_is_no_field(make_view) -> None:
    text = "We asked for the name of the street: nobody knew."
    assert LabelledFields().detect(make_view(text)) == []
