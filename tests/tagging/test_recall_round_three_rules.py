"""Recall profile, round-3 rules: initials, greeting and sign-off names, organisations named by their
context, lodging/school/bank/shop/NGO words, platform user names, questions about someone in chats,
stable name growth and title-free spaCy names; and the ordinary phrases next to them that must stay
public. Detectors are tested alone (through the parse they see) and, where the union matters, through
the whole tagger."""

from __future__ import annotations

import pytest
from recall_helpers import covered, texts_of

from dpfusion_integrations.tagging.recall.chat_names import ChatNames
from dpfusion_integrations.tagging.recall.greeting_names import GreetingNames
from dpfusion_integrations.tagging.recall.initials import InitialsRule
from dpfusion_integrations.tagging.recall.labelled_fields import LabelledFields
from dpfusion_integrations.tagging.recall.org_context import OrganizationContextRule
from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule
from dpfusion_integrations.tagging.recall.platform_handles import PlatformHandles
from dpfusion_integrations.tagging.recall.proper_nouns import ProperNounSweep
from dpfusion_integrations.tagging.recall.spacy_entities import SpacyEntities


def _found(detector, make_view, text: str) -> list[str]:
    return texts_of(text, detector.detect(make_view(text)))


# --- initials -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Message left for F. Myklebust.", "F. Myklebust"),
    ("Prof. A. B. Chanda supervises the thesis.", "A. B. Chanda"),
    ("J.-P. Leclercq will chair the hearing.", "J.-P. Leclercq"),
    ("Sgt. D. Ó Tiobraide took the statement.", "D. Ó Tiobraide"),
    ("Seen by J Brown in clinic.", "J Brown"),
    ("The invoice was signed M. Rose and dated.", "M. Rose"),
    ("Okafor J. (ward manager) approved the leave.", "Okafor J."),
    ("Statement taken from Smith, J. at the scene.", "Smith, J."),
    ("Mr Ó Coileáin K. disputes the charge.", "Ó Coileáin K."),
    ("Initialled M.J.C. at the foot of page two.", "M.J.C."),
    ("The form was countersigned by R.D. and filed.", "R.D."),
    ("Reviewed and initialled by JDR at 14:05.", "JDR"),
])  # fmt: skip
def test_when_a_name_is_written_with_initials_then_initials_and_surname_are_one_person(make_view, text, value) -> None:
    spans = InitialsRule().detect(make_view(text))
    assert covered(text, spans, value) and {s.entity_type for s in spans} == {"PERSON"}


def test_when_initials_precede_a_title_then_the_title_stays_out(make_view) -> None:
    text = "Dr K. Nowak saw the patient."
    assert _found(InitialsRule(), make_view, text) == ["K. Nowak"]


@pytest.mark.parametrize("text", [
    "Section A. covers the basics; see also Appendix B.", "Plan B is to wait until spring.",
    "Vitamin D. levels were low in winter.", "A. Introduction. B. Methods. C. Results.",
    "The U.S. and the E.U. signed it.", "P.S. bring snacks", "A Brown bag was left behind.",
    "I Think So is the title of the song.", "Group C. Results follow.",
])  # fmt: skip
def test_when_capital_letters_are_labels_or_abbreviations_then_no_initials_are_tagged(make_view, text) -> None:
    assert InitialsRule().detect(make_view(text)) == []


# --- greetings, sign-offs, addressed names ------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Thanks wouter, I will check the numbers tonight.", "wouter"),
    ("Hello omobolanle, welcome aboard.", "omobolanle"),
    ("Thanks joy for the update.", "joy"),
    ("hey will, u free later?", "will"),
    ("Dear team, please welcome siri flink to the office.", "siri flink"),
    ("Hi mirela,\n\nThe contract is attached.\n\nKind regards,\njaneta", "janeta"),
    ("see attached.\n\n-- tomasz", "tomasz"),
    ("Regards,\nanto henck", "anto henck"),
    ("Thanks,\nD.", "D."),
    ("Please forward this to marek before Friday.", "marek"),
    ("I have copied priya on this e-mail.", "priya"),
])  # fmt: skip
def test_when_a_lower_case_name_follows_a_greeting_or_sign_off_then_it_is_a_person(make_view, text, value) -> None:
    spans = GreetingNames().detect(make_view(text))
    assert covered(text, spans, value) and {s.entity_type for s in spans} == {"PERSON"}


@pytest.mark.parametrize("text", [
    "thanks everyone for coming", "Thanks all, see you next week.", "cheers mate", "hi there, anyone around?",
    "thanks so much for your help", "hey guys, meeting moved to 3", "thanks again for the notes",
    "Best regards,\nThe Support Team", "Kind regards,\nCustomer Service", "Thanks,\n---",
    "Without it a tracker keys values by alias and bounds them.", "The cache is keyed by the release mode.",
    "He sent it to legacy systems.", "ok thanks, see you",
])  # fmt: skip
def test_when_greetings_are_followed_by_ordinary_words_then_no_name_is_tagged(make_view, text) -> None:
    assert GreetingNames().detect(make_view(text)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("can harsaya pick up the kids", "harsaya"), ("sure thing olansile", "olansile"),
    ("love you yfke xx", "yfke"),
])  # fmt: skip
def test_when_a_chat_asks_about_or_closes_on_someone_then_the_name_is_tagged(make_view, text, value) -> None:
    assert covered(text, ChatNames().detect(make_view(text)), value)


def test_when_an_auxiliary_is_mid_sentence_in_a_chat_then_the_next_word_is_not_a_name(make_view) -> None:
    text = "ok so the file is privatized now lol"
    assert ChatNames().detect(make_view(text)) == []


# --- organisations named by their context -------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("He works at Zentrix as a tester.", "Zentrix"),
    ("Employed by Summit as a cleaner.", "Summit"),
    ("He works for Beacon in the warehouse.", "Beacon"),
    ("She joined Meridian as head of sales.", "Meridian"),
    ("Her employer, Nordlys, refused the request.", "Nordlys"),
    ("I'm a developer at Quorvix.", "Quorvix"),
    ("CEO of Ardent since 2020.", "Ardent"),
    ("works at fernwood now, loves it", "fernwood"),
    ("Her current account is with Sterling.", "Sterling"),
    ("She volunteers with Hope for Harare.", "Hope for Harare"),
    ("Member of Women for Water Kenya.", "Women for Water Kenya"),
    ("Student at Gimnazjum nr 3 in Lublin.", "Gimnazjum nr 3"),
    ("Staying at the Belmont again.", "Belmont"),
    ("staying at the waverley tonight", "waverley"),
    ("Meet me in the lobby of the Ostrava Grand.", "Ostrava Grand"),
])  # fmt: skip
def test_when_a_cue_names_an_employer_school_bank_charity_or_hotel_then_the_name_is_an_organisation(
        make_view, text, value) -> None:
    spans = OrganizationContextRule().detect(make_view(text))
    assert covered(text, spans, value) and {s.entity_type for s in spans} == {"ORGANIZATION"}


@pytest.mark.parametrize("text", [
    "He works at home on Fridays.", "She is staying at the hospital overnight.", "He works at night.",
    "works for me, thanks", "She is employed by the council as a planner.", "He joined the army after school.",
    "She works at a bakery near the station.", "How It Works At Scale", "The loan was approved by the bank.",
    "We stayed at a small hotel.", "staying at home today", "Our app works at any screen size.",
])  # fmt: skip
def test_when_a_cue_is_followed_by_ordinary_words_then_no_organisation_is_tagged(make_view, text) -> None:
    assert OrganizationContextRule().detect(make_view(text)) == []


@pytest.mark.parametrize("org", [
    "Hillcrest High", "Maplewood Primary", "Carlton Arms", "Harbourview Guest House", "Riverbend Credit Union",
    "Bellhaven Suites", "Gasthof Zur Linde", "Hendersons Hardware", "Stichting Groen Leven", "Ubuntu Youth Network",
])  # fmt: skip
def test_when_a_run_holds_a_lodging_school_shop_or_ngo_word_then_it_is_one_organisation(make_view, org) -> None:
    text = f"The letter came from {org} yesterday."
    assert org in _found(OrganizationSuffixRule(), make_view, text)


@pytest.mark.parametrize("text", [
    "High blood pressure is common.", "Primary care is free.", "The guest house rules are on the door.",
    "House rules apply.", "We met at the market.",
])  # fmt: skip
def test_when_a_suffix_word_stands_first_or_alone_then_no_organisation_is_tagged(make_view, text) -> None:
    assert OrganizationSuffixRule().detect(make_view(text)) == []


def test_when_a_lodging_or_employment_field_is_filled_then_its_value_is_an_organisation(make_view) -> None:
    text = "Accommodation: Kallisto Apartments\nEmployment: Sandvik Nordic"
    spans = LabelledFields().detect(make_view(text))
    assert texts_of(text, spans) == ["Kallisto Apartments", "Sandvik Nordic"]
    assert {s.entity_type for s in spans} == {"ORGANIZATION"}


# --- platform user names ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("add me on discord: velvetmoth", "velvetmoth"), ("my tiktok is dancewithdina", "dancewithdina"),
    ("her discord: mintleaf", "mintleaf"), ("my username on the forum is oldgregg", "oldgregg"),
    ("I'm frostbyte on discord", "frostbyte"), ("add me: ghost_of_riga", "ghost_of_riga"),
    ("the seller goes by bargain.king77 on the marketplace", "bargain.king77"),
])  # fmt: skip
def test_when_a_platform_word_names_a_user_then_the_user_name_is_a_contact(make_view, text, value) -> None:
    spans = PlatformHandles().detect(make_view(text))
    assert covered(text, spans, value) and {s.entity_type for s in spans} == {"CONTACT"}


@pytest.mark.parametrize("text", [
    "discord is down again", "my tiktok is private", "add me on discord later", "the handle is thread-safe",
    "The username field must not be empty.", "Ask questions on GitHub.", "he goes by the book",
])  # fmt: skip
def test_when_a_platform_word_is_followed_by_ordinary_words_then_nothing_is_tagged(make_view, text) -> None:
    assert PlatformHandles().detect(make_view(text)) == []


# --- stability: decisions about public words do not depend on the private value -----------------

def test_when_a_name_is_followed_by_ordinary_capitalised_words_then_the_sweep_leaves_them_out(make_view) -> None:
    text = "Anette Jafari Account Manager called twice."
    assert _found(ProperNounSweep(), make_view, text) == ["Anette Jafari"]


def test_when_an_ordinary_word_stands_between_two_name_parts_then_the_sweep_keeps_one_name(make_view) -> None:
    text = "Reviewed by Ahmet Can Kaya."
    assert "Ahmet Can Kaya" in _found(ProperNounSweep(), make_view, text)


def test_when_spacy_includes_a_title_in_a_name_then_the_title_stays_public(make_view) -> None:
    text = "Seen by Dr K. Nowak on the ward."
    found = _found(SpacyEntities(), make_view, text)
    assert found and not any(value.startswith("Dr") for value in found)


def test_when_the_whole_tagger_sees_the_new_cues_then_the_ordinary_phrases_stay_public(recall_tagger) -> None:
    for text in ("He works at home on Fridays.", "She is staying at the hospital overnight.",
                 "thanks everyone for coming", "Plan B is to wait until the spring."):
        assert recall_tagger.tag(text) == [], text
