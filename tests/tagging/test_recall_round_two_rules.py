"""Recall profile, round-2 rules of the existing detectors, through the whole tagger: dates in
words and partial numeric forms, floors and districts in addresses, towns before UK postcodes,
comma-joined address parts, lower-case chat names after the wider cues, extra given names, firms
named by their trade; and the ordinary words next to them that must stay public."""

from __future__ import annotations

import pytest
from recall_helpers import covered, texts_of

from dpfusion_integrations.tagging.recall.dates import date_detector
from dpfusion_integrations.tagging.wordlists import EXTRA_GIVEN_NAMES, load_wordlists


@pytest.mark.parametrize(("text", "value"), [
    ("Termin am 14.03. um 10 Uhr.", "14.03."),
    ("The party is on the 5th.", "5th"),
    ("see you last Thursday 9/12 at noon", "Thursday 9/12"),
    ("from Jan '22 to Mar '23", "Mar '23"),
    ("Her birthday is the twelfth of May.", "twelfth of May"),
    ("Appointment 2/14 at 3pm.", "2/14"),
    ("the 3rd of march was a monday", "3rd of march"),
    ("On Tuesday, the 4th of July 2023 she resigned.", "Tuesday, the 4th of July 2023"),
    ("Urodzona 12 stycznia 1988.", "12 stycznia 1988"),
    ("She moved in mid-April 2023.", "mid-April 2023"),
])  # fmt: skip
def test_when_a_date_is_written_in_words_or_partly_then_it_is_a_date_span(text: str, value: str) -> None:
    assert covered(text, date_detector().find(text), value)


@pytest.mark.parametrize("text", [
    "they march every year", "you may go now", "I will read 1/2 of it", "Python 3.11. is out",
    "chapter 12.10 explains it", "the 5th edition of the book", "ok, may i ask",
])  # fmt: skip
def test_when_month_like_words_or_fractions_appear_then_no_date_is_tagged(text: str) -> None:
    assert date_detector().find(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Send to Calle de Alcalá 45, 3º B, 28014 Madrid.", "Calle de Alcalá 45, 3º B"),
    ("Lives at Nørrebrogade 45, 2. tv, København.", "Nørrebrogade 45, 2. tv"),
    ("Bydliště: Vinohradská 1511/230, Praha 10.", "Praha 10"),
    ("The parcel went to Unit 5, 88 Harbour Road.", "Unit 5, 88 Harbour Road"),
    ("Delivered to Apt 12B, 450 West 42nd Street, New York.", "Apt 12B, 450 West 42nd Street"),
    ("Mieszka przy ulicy Długiej 5 w Gdańsku.", "ulicy Długiej 5"),
    ("Delivery: Block 22, Jurong West St 41, #05-112", "Block 22, Jurong West St 41, #05-112"),
    ("She moved to Leith, EH6 6QQ.", "Leith, EH6 6QQ"),
])  # fmt: skip
def test_when_an_address_has_floors_units_or_districts_then_all_of_it_is_covered(recall_tagger, text, value) -> None:
    spans = recall_tagger.tag(text)
    assert covered(text, spans, value)


def test_when_address_parts_are_separated_by_commas_then_they_are_one_location_span(recall_tagger) -> None:
    text = "Lives at Flat 3, 12 Rose Lane, Bristol BS1 4DJ."
    assert "Flat 3, 12 Rose Lane, Bristol BS1 4DJ" in texts_of(text, recall_tagger.tag(text))


@pytest.mark.parametrize(("text", "value"), [
    ("ok so i told ana and then mehmet said no", "ana"),
    ("yeah sipho and zanele r coming too", "sipho"),
    ("lol no ilkay took my seat", "ilkay"),
    ("i work at brightwater analytics now", "brightwater analytics"),
])  # fmt: skip
def test_when_chat_text_names_people_or_firms_in_lower_case_then_they_are_covered(recall_tagger, text, value) -> None:
    assert covered(text, recall_tagger.tag(text), value)


@pytest.mark.parametrize("text", [
    "ok thanks, i may be late but i will bring the cake",
    "lol no worries, see u later",
    "sure, sounds good, talk later",
])  # fmt: skip
def test_when_chat_text_has_no_names_then_nothing_is_tagged(recall_tagger, text: str) -> None:
    assert recall_tagger.tag(text) == []


def test_when_the_word_lists_load_then_extra_given_names_are_names_and_not_safe_words() -> None:
    words = load_wordlists()
    assert EXTRA_GIVEN_NAMES <= words.first and not (EXTRA_GIVEN_NAMES & words.safe)
    assert not {"will", "may", "mark", "the", "and"} & EXTRA_GIVEN_NAMES


@pytest.mark.parametrize("text", [
    "The hotel industry recovered slowly.", "Hotel prices rise in summer.", "The restaurant sector employs students.",
])  # fmt: skip
def test_when_a_trade_word_stands_alone_then_no_organisation_is_tagged(recall_tagger, text: str) -> None:
    assert [s for s in recall_tagger.tag(text) if s.entity_type == "ORGANIZATION"] == []
