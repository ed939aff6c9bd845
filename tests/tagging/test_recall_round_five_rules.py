"""Recall profile, round-5 rules (``recall-v5``): address parts around a street, units and street
layouts, identifiers joined by "#" or "/" or spaced after a label, trade words and partner firms,
chat speakers and lower-case names in chats, names after kinship words and in lists, day-month
dates, handle endings, places after a preposition, span edges and repeated names; and the public
text next to them that must stay public. Detectors are tested alone, through the parse they see, the
post-union steps on spans, and the version switch through the whole tagger."""

from __future__ import annotations

import time

import pytest
from dpfusion_integrations.tagging.recall.address_blocks import AddressBlocks
from dpfusion_integrations.tagging.recall.chat_speakers import ChatSpeakers
from dpfusion_integrations.tagging.recall.cued_initials import (
    PERSON_NOUN_CUES,
    CuedInitials,
)
from dpfusion_integrations.tagging.recall.day_month_dates import day_month_detector
from dpfusion_integrations.tagging.recall.handle_suffixes import handle_suffix_detector
from dpfusion_integrations.tagging.recall.id_codes import id_code_detector
from dpfusion_integrations.tagging.recall.labelled_ids import labelled_id_detector
from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule
from dpfusion_integrations.tagging.recall.org_words_r5 import (
    ORGANIZATION_WORDS_R5,
    SUFFIX_ONLY_WORDS_R5,
)
from dpfusion_integrations.tagging.recall.person_cues import PersonCues
from dpfusion_integrations.tagging.recall.place_cues import PlaceCues
from dpfusion_integrations.tagging.recall.span_edges import (
    grow_span_edges,
    repeat_person_names,
)
from dpfusion_integrations.tagging.recall.street_shapes import STREET_PATTERNS_R5
from dpfusion_integrations.tagging.recall.tagger import default_detectors
from dpfusion_integrations.tagging.recall.token_completion import (
    JOINERS_R5,
    complete_tokens,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists
from recall_helpers import covered, texts_of


def _found(detector, make_view, text: str) -> list[str]:
    return texts_of(text, detector.detect(make_view(text)))


def _org_words() -> OrganizationSuffixRule:
    return OrganizationSuffixRule(extra_words=ORGANIZATION_WORDS_R5, extra_suffix_words=SUFFIX_ONLY_WORDS_R5,
                                  extended=True)


# --- addresses ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values"), [
    ("Pick-up from Unit 19B, 5 Jupiter St., San Roque, Cebu City 7237. Any problems, call me.",
     ["San Roque", "Cebu City 7237"]),
    ("Deliver to Flat B, 14/F, 88 Hennessy Road, Wan Chai. Ring twice.", ["Flat B", "14/F", "Wan Chai"]),
    ("Dirección: Av. Rivadavia 5120, piso 9 depto. C, Caballito", ["piso 9 depto. C", "Caballito"]),
    ("Registered office:\n17 Loop Street, Bo-Kaap\nCape Town, 8001\nEmail the clerk.", ["Bo-Kaap", "Cape Town", "8001"]),
    ("Address: Av. Afonso Pena, 99, apto 34\nRecife\n84764-681", ["apto 34", "Recife"]),
    ("Adresa: Str. Lalelelor 9, bl. 12, sc. A, et. 3, ap. 14, Sector 4", ["bl. 12", "sc. A", "et. 3", "ap. 14"]),
])
def test_when_an_address_has_parts_around_its_street_then_they_are_tagged(make_view, text: str, values) -> None:
    found = AddressBlocks().detect(make_view(text))
    for value in values:
        assert covered(text, found, value), value


@pytest.mark.parametrize(("text", "value"), [
    ("She stays at Szerbtóti utca 48. now", "Szerbtóti utca 48."),
    ("Office: avenue Odette Saudan 92", "avenue Odette Saudan 92"),
    ("Ship to 8932 de Bhailis Court today", "8932 de Bhailis Court"),
    ("Envíe a Calle 70 # 19U-92 Sur", "Calle 70 # 19U-92 Sur"),
    ("Meeting at Av. Sete de Setembro, 58 tomorrow", "Av. Sete de Setembro, 58"),
    ("Sender: İstiklal Cd. No:110 D:15, Kadıköy", "İstiklal Cd. No:110 D:15"),
    ("Los Girasoles 33 Of. 379, Renaico", "Los Girasoles 33"),
])
def test_when_a_street_is_written_in_another_country_s_layout_then_it_is_an_anchor(text: str, value: str) -> None:
    assert value in [m.group("value") for pattern in STREET_PATTERNS_R5 for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "Unit A of the course covers the basics; Block B covers the exam.",
    "Our address form has street, district, city and country fields.",
    "The flat rate is 12 dollars and the tower has 3 floors.",
    "Level 20 unlocks the ranked mode.",
])
def test_when_public_text_uses_address_words_then_the_blocks_rule_leaves_it(make_view, text: str) -> None:
    assert AddressBlocks().detect(make_view(text)) == []


def test_when_a_street_ends_a_sentence_then_the_next_sentence_stays_public(make_view) -> None:
    text = "I live at 12 Oak Street, Leeds. Tuesday works for me, see you then."
    found = _found(AddressBlocks(), make_view, text)
    assert "Leeds" in found and not any("Tuesday" in value for value in found)


# --- identifiers -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Dispute CASE#41271 – item not as described", "CASE#41271"),
    ("Applicant file 1774/QW/2027\n", "1774/QW/2027"),
    ("Tax number: 74 745 186 301\nID document", "74 745 186 301"),
    ("Licence no.: R 113 CTR 3D3   Passport", "R 113 CTR 3D3"),
    ("the car you hired from us (3BA 1241) dated", "3BA 1241"),
    ("Consignment 4373 4777 7245 1562 8287 12 for", "4373 4777 7245 1562 8287 12"),
    ("passport number: BHFV3TFKW", "BHFV3TFKW"),
])
def test_when_an_identifier_has_a_round_five_shape_then_all_of_it_is_tagged(text: str, value: str) -> None:
    assert value in texts_of(text, id_code_detector().find(text))


@pytest.mark.parametrize("text", ["on 12/05/2024 at 24/7", "the TCP/IP stack supports HTTP/2",
                                  "sin 2019 se fue", "call +44 20 7946 0018 now", "version (3.11) works"])
def test_when_numbers_are_dates_versions_or_phones_then_the_id_code_rule_leaves_them(text: str) -> None:
    assert id_code_detector().find(text) == []


@pytest.mark.parametrize(("text", "value"), [("Patient John Smith (MRN 483920), born", "483920"),
                                            ("the claim (Policy 55120-B) was", "55120-B")])
def test_when_a_bracketed_code_starts_with_an_identifier_label_then_the_label_stays_public(text: str, value: str) -> None:
    assert all("MRN" not in t and "Policy" not in t for t in texts_of(text, id_code_detector().find(text)))
    assert value in texts_of(text, labelled_id_detector().find(text))


# --- organisations -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("ACCIDENT BOOK – Kalnins Boxing Club\nDate: today", "Kalnins Boxing Club"),
    ("Asked to book via Moyo's Gym desk.", "Moyo's Gym"),
    ("Redelivery booked via Ozols Couriers, ref attached.", "Ozols Couriers"),
    ("Referred to Linden Midwifery Practice for aftercare.", "Linden Midwifery Practice"),
    ("As discussed, The Venka Rooms is held for you.", "The Venka Rooms"),
    ("Flowers by Bloom & Stem on the day.", "Bloom & Stem"),
    ("Invoice from Kalnins and Sons attached.", "Kalnins and Sons"),
    ("Our solicitors are Farrugia, Mifsud and Camilleri.", "Farrugia, Mifsud and Camilleri"),
    ("Paid to Vass és társa Bt. yesterday", "Vass és társa Bt."),
])
def test_when_a_firm_is_named_by_a_trade_or_its_partners_then_it_is_one_span(make_view, text: str, value: str) -> None:
    assert value in _found(_org_words(), make_view, text)


@pytest.mark.parametrize("text", ["Health and safety comes first.", "Practice makes perfect.", "Rooms are cleaned daily."])
def test_when_a_suffix_only_word_stands_alone_then_it_stays_public(make_view, text: str) -> None:
    assert _found(_org_words(), make_view, text) == []


def test_when_the_round_four_organisation_rule_runs_then_it_has_none_of_the_round_five_words(make_view) -> None:
    text = "Asked to book via Tengri Fitness, then Kalnins and Sons."
    assert _found(OrganizationSuffixRule(), make_view, text) == []
    assert {"Tengri Fitness", "Kalnins and Sons"} <= set(_found(_org_words(), make_view, text))


# --- people ------------------------------------------------------------------------------------

def test_when_a_transcript_has_speakers_then_word_like_given_names_are_tagged(make_view) -> None:
    text = "[19 Mar, 08:09] Will: ok running late\n[19 Mar, 08:10] Sati: yep, on my way. rich pls open the gate"
    found = _found(ChatSpeakers(), make_view, text)
    assert "Will" in found and "Sati" in found and "rich" in found


def test_when_a_chat_has_unknown_lower_case_words_then_they_are_tagged(make_view) -> None:
    text = "rocky: who has the keys today?\narshak: sumaq does I think\nrocky: thx"
    found = _found(ChatSpeakers(), make_view, text)
    assert "sumaq" in found and "keys" not in found and "thx" not in found


def test_when_prose_is_lower_case_technical_text_then_chat_rules_stay_silent(make_view) -> None:
    text = ("`dpfusion tag` prints the placeholders and the tagger's spans; the redacted text keeps every "
            "public word, and `slot_tokens` sets the budget per span so the divergences stay bounded in the "
            "faithful release mode described below")
    assert ChatSpeakers().detect(make_view(text)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Member declined ambulance. Partner Major collected him.", "Major"),
    ("Neighbour at no. 4 (Faith) offered to take it.", "Faith"),
    ("hi visal it's Will your midwife, just checking in", "Will"),
    ("Present: Jagavir Sharma (chair), W. Cifuentes, Among\nApologies: none", "Among"),
])
def test_when_a_word_like_name_stands_after_a_person_cue_then_it_is_tagged(make_view, text: str, value: str) -> None:
    assert value in _found(PersonCues(), make_view, text)


def test_when_a_list_names_handles_then_they_are_contacts(make_view) -> None:
    text = "Mods on duty: ShadowOrbit61, kosspa_."
    spans = PersonCues().detect(make_view(text))
    assert [(text[s.start : s.end], s.entity_type) for s in spans if text[s.start : s.end] == "kosspa_"] == [
        ("kosspa_", "CONTACT")]


@pytest.mark.parametrize(("text", "value"), [("PT session notes – client EP", "EP"), ("Participant JT withdrew.", "JT")])
def test_when_initials_follow_a_person_noun_then_round_five_tags_them(make_view, text: str, value: str) -> None:
    assert value in _found(CuedInitials(extra_cues=PERSON_NOUN_CUES), make_view, text)
    assert value not in _found(CuedInitials(), make_view, text)


def test_when_a_person_noun_precedes_a_public_acronym_then_it_stays_public(make_view) -> None:
    assert _found(CuedInitials(extra_cues=PERSON_NOUN_CUES), make_view, "The patient HIV test and client ID card.") == []


# --- dates, handles, places --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("she will resend by 1.9..", "1.9."), ("Viewed 9.12. by the buyers", "9.12."), ("see you thurs then", "thurs"),
])
def test_when_a_short_date_is_written_then_it_is_tagged(text: str, value: str) -> None:
    assert value in texts_of(text, day_month_detector().find(text))


@pytest.mark.parametrize("text", ["in version 3.4. of the parser", "see section 2.1. below", "it costs 3.4",
                                  "The meeting is in room 4.12."])
def test_when_a_version_or_decimal_looks_like_a_date_then_it_stays_public(text: str) -> None:
    assert day_month_detector().find(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Summary: realhaeun.90 kept posting", "realhaeun.90"), ("Mods: kosspa_.", "kosspa_"),
])
def test_when_a_word_ends_like_a_handle_then_it_is_a_contact(make_view, text: str, value: str) -> None:
    assert value in _found(handle_suffix_detector(), make_view, text)


def test_when_version_strings_look_like_handles_then_they_stay_public(make_view) -> None:
    assert _found(handle_suffix_detector(), make_view, "Use v1.2, py3.11 or python3.12; see utils.py and model.pt.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("I've been posted to Brno for three months.", "Brno"), ("We flew from Lisbon to Cape Town.", "Cape Town"),
])
def test_when_a_capitalised_name_follows_a_place_preposition_then_it_is_a_location(make_view, text, value) -> None:
    assert value in _found(PlaceCues(), make_view, text)


def test_when_a_month_weekday_or_language_follows_a_preposition_then_the_place_rule_leaves_it(make_view) -> None:
    assert _found(PlaceCues(), make_view, "Translated to English in June, due from Monday.") == []


# --- after the union ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "kind", "value"), [
    ("Technician: Grant D.. Courtesy car given.", (12, 19), "LOCATION", "Grant D."),
    ("Stored in folder Tambe A. today", (17, 22), "PERSON", "Tambe A."),
    ("Signature: S. binti Ismail", (14, 26), "PERSON", "S. binti Ismail"),
    ("Viewed by Min-su Lee and Joy", (17, 20), "PERSON", "Min-su Lee"),
    ("Account holder: Mr J van den Broek\n", (29, 34), "LOCATION", "J van den Broek"),
    ("Payment due on the 28th, thanks.", (19, 23), "DATE", "the 28th"),
])
def test_when_initials_particles_or_the_stand_beside_a_span_then_it_grows_over_them(text, span, kind, value) -> None:
    assert texts_of(text, grow_span_edges(text, [Span(*span, kind)])) == [value]


def test_when_a_title_stands_before_name_particles_then_it_stays_public() -> None:
    text = "Dear Mr van der Berg,"
    assert texts_of(text, grow_span_edges(text, [Span(16, 20, "PERSON")])) == ["van der Berg"]


def test_when_a_name_was_found_once_then_its_other_mentions_with_the_same_case_are_tagged() -> None:
    text = "Volunteers: Hope and Heaika. Hope will bring the urn; hope it rains. thanks Heaika"
    spans = [Span(12, 16, "PERSON"), Span(21, 27, "PERSON")]
    out = texts_of(text, repeat_person_names(text, spans, load_wordlists()))
    assert out.count("Hope") == 2 and out.count("Heaika") == 2 and "hope" not in out


def test_when_a_span_ends_inside_a_hash_or_slash_code_then_round_five_completes_it() -> None:
    text = "ticket CASE#08803 and file 1774/JT/2027"
    spans = [Span(12, 17, "ID"), Span(27, 31, "ID")]
    assert texts_of(text, complete_tokens(text, spans)) == ["08803", "1774"]
    assert texts_of(text, complete_tokens(text, spans, joiners=JOINERS_R5)) == ["CASE#08803", "1774/JT/2027"]


# --- speed and versions ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Calle " + "della" * 2_000 + " 12", "Av. " + "de " * 3_000 + "Xa 1",
                                  "Ann, " * 3_000, "Flat 1, " * 2_000, "[1] Ann: hi\n" * 2_000],
                         ids=["particle run", "particle list", "comma list", "unit list", "stamped lines"])
def test_when_input_is_adversarial_then_the_round_five_detectors_finish_quickly(make_view, text: str) -> None:
    view = make_view(text)
    for detector in default_detectors("recall-v5")[-12:]:
        start = time.perf_counter()
        detector.detect(view)
        assert time.perf_counter() - start < 20.0, detector.name


def test_when_recall_v4_is_chosen_then_none_of_the_round_five_detectors_run() -> None:
    v4 = {type(d).__name__ for d in default_detectors("recall-v4")}
    v5 = {type(d).__name__ for d in default_detectors("recall-v5")}
    assert {"AddressBlocks", "ChatSpeakers", "PersonCues", "PlaceCues"} <= v5 - v4
    assert len(default_detectors("recall-v5")) > len(default_detectors("recall-v4"))


def test_when_the_whole_tagger_reads_a_round_five_note_then_every_value_is_covered(recall_tagger) -> None:
    text = ("Dispute CASE#41271. Ship to Flat C, 23/F, 197 Nathan Road, Mong Kok.\n"
            "Technician: Hristov N.. Partner Major collected the car from Ozols Couriers by 1.9..")
    spans = recall_tagger.tag(text)
    for value in ("CASE#41271", "Flat C", "23/F", "Mong Kok", "Hristov N.", "Major", "Ozols Couriers", "1.9."):
        assert covered(text, spans, value), value
