"""Recall profile, name gazetteers: philter-lite's first and last names on proper nouns only."""

from __future__ import annotations

from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.name_gazetteer import NameGazetteer


def test_when_a_capitalised_word_is_a_known_name_then_it_is_a_person(make_view) -> None:
    text = "Nurse Adebayo changed the dressing; Kwame will call."
    found = NameGazetteer().detect(make_view(text))
    assert {"Adebayo", "Kwame"} <= set(texts_of(text, found)) and {s.entity_type for s in found} == {"PERSON"}


def test_when_a_name_is_also_an_ordinary_word_then_only_its_proper_noun_use_is_tagged(make_view) -> None:
    text = "The results were explained to Grace Baker and her son Will. We will hope for the best."
    found = texts_of(text, NameGazetteer().detect(make_view(text)))
    assert "Will" in found and "will" not in found and "hope" not in found


def test_when_a_name_has_diacritics_then_its_folded_form_is_looked_up(make_view) -> None:
    text = "Joaquín and Björn signed."
    assert {"Joaquín", "Björn"} <= set(texts_of(text, NameGazetteer().detect(make_view(text))))


def test_when_text_is_chat_like_then_lower_case_first_names_are_tagged(make_view) -> None:
    text = "hey priya, can you ping tomasz about the invoice?"
    assert {"priya", "tomasz"} <= set(texts_of(text, NameGazetteer().detect(make_view(text))))


def test_when_text_is_not_chat_like_then_lower_case_names_are_left_alone(make_view) -> None:
    text = "Please pay the bill by Friday. The Board will review the grant in March."
    assert "bill" not in texts_of(text, NameGazetteer().detect(make_view(text)))
