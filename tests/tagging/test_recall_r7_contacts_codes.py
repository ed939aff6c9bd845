"""The round-7 contact, identifier and date rules on their development set, on public look-alikes,
and one by one. Floors are what recall-v7 reaches on the set (1.00); recall-v6 reaches 0.73 on it,
with the extension words, role-labelled user names, dates in new positions and lower-case-prefixed
identifiers as its misses."""

from __future__ import annotations

import pytest
from recall_dev_set_r7_contacts_codes import (
    DEV_SENTENCES_R7_CONTACTS_CODES,
    PUBLIC_SENTENCES_R7_CONTACTS_CODES,
)
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import CONTACT, DATE, ID
from dpfusion_integrations.tagging.recall import RecallTagger, codes_r7, contacts_r7
from dpfusion_integrations.tagging.recall.code_registrations_r7 import (
    registration_detector,
)
from dpfusion_integrations.tagging.recall.contact_extensions_r7 import (
    grow_phone_extensions,
)
from dpfusion_integrations.tagging.recall.contact_handles_r7 import (
    role_and_app_handle_detector,
)
from dpfusion_integrations.tagging.recall.date_positions_r7 import (
    short_date_position_detector,
)
from dpfusion_integrations.tagging.spans import Span

_DOMAINS = {"extensions", "handles-roles", "handles-apps", "dates", "aircraft", "plates", "prefixed-ids"}
_TYPES = {"extensions": CONTACT, "handles-roles": CONTACT, "handles-apps": CONTACT, "dates": DATE,
          "aircraft": ID, "plates": ID, "prefixed-ids": ID}


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# ---------------------------------------------------------------------------------------------
# The development set


def test_when_the_set_is_parsed_then_each_class_is_written_several_ways() -> None:
    assert {s.domain for s in DEV_SENTENCES_R7_CONTACTS_CODES} == _DOMAINS
    for domain in _DOMAINS:
        sentences = [s for s in DEV_SENTENCES_R7_CONTACTS_CODES if s.domain == domain]
        assert len(sentences) >= 6
        assert all(s.gold and all(g.group_type == _TYPES[domain] for g in s.gold) for s in sentences)


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R7_CONTACTS_CODES if s.domain == domain]) >= 1.0


def test_when_recall_v6_tags_the_set_then_it_misses_more(recall_tagger) -> None:
    previous = RecallTagger(version="recall-v6")
    sample = [s for s in DEV_SENTENCES_R7_CONTACTS_CODES if s.domain in ("handles-roles", "dates", "prefixed-ids")]
    assert _rate(previous, sample) + 0.3 < _rate(recall_tagger, sample)


def test_when_public_look_alikes_are_scanned_then_the_round_seven_rules_take_nothing() -> None:
    detectors = (registration_detector(), short_date_position_detector(), role_and_app_handle_detector())
    for text in PUBLIC_SENTENCES_R7_CONTACTS_CODES:
        assert [d.find(text) for d in detectors] == [[], [], []]


def test_when_public_look_alikes_are_tagged_then_few_words_are_tagged(recall_v10_tagger) -> None:
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R7_CONTACTS_CODES))
    assert words > 250 and tagged / words < 0.12, (tagged, words)


def test_when_the_areas_are_wired_then_their_detectors_have_distinct_names() -> None:
    names = [d.name for d in (*codes_r7.detectors(), *contacts_r7.detectors())]
    assert len(names) == len(set(names)) == 3


def test_when_only_the_user_name_differs_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    public_tagging = set()
    for user in ("qalbiyev", "tormuk22", "sanele_d"):  # same length, so offsets line up
        text = f"Post removed.\nModerator: {user}\nReason: spam\nPrefers Viber ({user}) to e-mail."
        names = {i for start in (text.find(user), text.rfind(user)) for i in range(start, start + len(user))}
        chars = {i for s in recall_tagger.tag(text) for i in range(s.start, s.end)}
        assert names <= chars
        public_tagging.add(frozenset(chars - names))
    assert len(public_tagging) == 1


# ---------------------------------------------------------------------------------------------
# Phone extensions


@pytest.mark.parametrize(("text", "phone", "grown"), [
    ("Call 0412 555 019 loc. 44 today.", "0412 555 019", "0412 555 019 loc. 44"),
    ("Tel. 011 4455 6677 local 12 please.", "011 4455 6677", "011 4455 6677 local 12"),
    ("Zentrale +43 1 53120 App. 118.", "+43 1 53120", "+43 1 53120 App. 118"),
    ("Bel 020 525 7718 tst. 31 aub", "020 525 7718", "020 525 7718 tst. 31"),
    ("Desk 020 7946 0000 #580 after", "020 7946 0000", "020 7946 0000 #580"),
    ("T 22 621 40 88 (wew. 305)", "22 621 40 88", "22 621 40 88 (wew. 305)"),
    ("T 03-5412-7789 内線 204", "03-5412-7789", "03-5412-7789 内線 204"),
    ("T 495 621-44-18, доб. 231", "495 621-44-18", "495 621-44-18, доб. 231"),
])
def test_when_a_phone_has_an_extension_then_the_span_grows_over_it(text: str, phone: str, grown: str) -> None:
    start = text.index(phone)
    spans = grow_phone_extensions(text, [Span(start, start + len(phone), DATE, 0.5)])
    assert _values(text, spans) == [grown] and spans[0].entity_type == CONTACT


def test_when_a_span_was_made_of_the_extension_digits_then_it_is_folded_into_the_phone() -> None:
    text = "Ring me on 0412 555 019 loc. 44 today."
    spans = [Span(11, 23, DATE, 0.5), Span(29, 37, DATE, 0.5)]  # "44 today" read as a date
    assert _values(text, grow_phone_extensions(text, spans)) == ["0412 555 019 loc. 44"]


def test_when_a_span_holds_a_phone_and_part_of_its_extension_then_it_grows_to_the_digits() -> None:
    text = "Gift letter, +33 7 40 90 12 62 loc. 742\nUploaded"
    spans = grow_phone_extensions(text, [Span(13, 34, "PERSON", 0.5)])  # stopped at "loc"
    assert _values(text, spans) == ["+33 7 40 90 12 62 loc. 742"] and spans[0].entity_type == CONTACT


@pytest.mark.parametrize(("text", "value"), [
    ("Page 555-201-3344, p 12", "555-201-3344"),  # a bare one-letter word does not start an extension
    ("In 2024 ext 5 was added", "2024"),  # not a phone
    ("Total 125 000 local 3", "125 000"),  # too few digits for a phone
])
def test_when_a_look_alike_follows_a_number_then_nothing_grows(text: str, value: str) -> None:
    start = text.index(value)
    span = Span(start, start + len(value), DATE, 0.5)
    assert grow_phone_extensions(text, [span]) == [span]


# ---------------------------------------------------------------------------------------------
# Handles


@pytest.mark.parametrize(("text", "value"), [
    ("Removed.\nModerator: ezkarin\nIP:", "ezkarin"),
    ("Handled by: mirelva22.", "mirelva22"),
    ("Reviewer: dkoval, approved", "dkoval"),
    ("Zugewiesen an: hbrandl\n", "hbrandl"),
    ("Account: jdoe_2\nPlan: basic", "jdoe_2"),
    ("Prefers KakaoTalk (winta19) to e-mail.", "winta19"),
    ("Prefers LINE (tanaka_y).", "tanaka_y"),
    ("Reach her on Telegram as voskrig after six.", "voskrig"),
    ("Signal: habbanu88", "habbanu88"),
    ("Viber @dorjvan", "@dorjvan"),
    ("WeChat ID: Lin_Xiao88, thanks", "Lin_Xiao88"),
])
def test_when_a_handle_follows_a_role_label_or_an_app_then_it_is_found(text: str, value: str) -> None:
    assert value in _values(text, role_and_app_handle_detector().find(text))


@pytest.mark.parametrize("text", [
    "Moderator: none\nOwner: unassigned",
    "Moderator: Anna Smith",  # capitalised names are left to the name detectors
    "Owner: the finance team",
    "Account: savings\nHost: localhost",
    "Use WhatsApp (business) please.",
    "Line: manager\nSession: morning\nSignal: weak",
    "We chat on Telegram as a team and on Discord as well.",
    "Status: open",
])
def test_when_a_placeholder_or_word_follows_the_cue_then_no_handle_is_found(text: str) -> None:
    assert role_and_app_handle_detector().find(text) == []


# ---------------------------------------------------------------------------------------------
# Registrations, plates, prefixed identifiers


@pytest.mark.parametrize(("text", "value"), [
    ("aircraft VH-NPC\n", "VH-NPC"),
    ("9V-SKA at the gate", "9V-SKA"),
    ("C-FTJQ and D-AIBC", "C-FTJQ"),
    ("C-FTJQ and D-AIBC", "D-AIBC"),
    ("cargo B-2097 diverted", "B-2097"),
    ("aircraft N512AB, crew", "N512AB"),
    ("reg. JA731A", "JA731A"),
    ("Car 17가 5042, 2016", "17가 5042"),
    ("서울 12가 3456", "서울 12가 3456"),
    ("品川 300 あ 12-34", "品川 300 あ 12-34"),
    ("京A·12345", "京A·12345"),
    ("1กข 1234", "1กข 1234"),
    ("А 123 ВС 77", "А 123 ВС 77"),
    ("Student no. u 3110627", "u 3110627"),
    ("Staff ID: e 331907", "e 331907"),
])
def test_when_a_registration_plate_or_prefixed_id_is_written_then_it_is_found(text: str, value: str) -> None:
    assert value in _values(text, registration_detector().find(text))


@pytest.mark.parametrize("text", [
    "D-Day and the X-ray, COVID-19 and the UK-EU deal.",
    "N95 masks and the A-team.",  # no aircraft cue before an N-number
    "12월 2024, 100원 1234",  # a month or a price before digits is not a plate letter
    "The student a lot of people know.",
    "Record 3 of 12 was merged.",
])
def test_when_a_look_alike_of_a_registration_is_written_then_it_is_not_taken(text: str) -> None:
    assert registration_detector().find(text) == []


# ---------------------------------------------------------------------------------------------
# Short dates in new positions


@pytest.mark.parametrize(("text", "value"), [
    ("Telephone note – 10/12\nCaller", "10/12"),
    ("#desk – Daily – 9/23\nx", "9/23"),
    ("Flight TR 902, 14/7, aircraft", "14/7"),
    ("Died 2/3\nPlace", "2/3"),
    ("Order made: 6/18 by the court", "6/18"),
    ("Order made: 3/27 in the family court", "3/27"),
    ("Room: Caterpillars    28/2\nKey", "28/2"),
    ("| 14/6 |", "14/6"),
])
def test_when_a_short_date_stands_in_a_record_position_then_it_is_found(text: str, value: str) -> None:
    assert _values(text, short_date_position_detector().find(text)) == [value]


@pytest.mark.parametrize("text", [
    "Open 24/7 – 9/11",
    "Rating – 8/10\n",
    "Service – 4/5\n",
    "Mix – 3/4\n",
    "Score  2/3  ",
    "Died 1/2 of the plants",
    "Cut – 3/8 in\n",
    "Season 2023 – 24/25\n",
])
def test_when_a_fraction_score_or_phrase_stands_there_then_it_is_not_a_date(text: str) -> None:
    assert short_date_position_detector().find(text) == []
