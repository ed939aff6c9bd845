"""Round 14, additions before the release: plates after any vehicle's name, initials in minutes, agent slots
and after the person's own name, "c/o" and Russian address words. It only adds (property tests against
recall-v13); each rule finds what it is for and leaves its public look-alikes alone (acronyms, makes,
model numbers with units, labels for things); the recall profile on public look-alikes; failing closed
without the text; linear time on adversarial input; the version wiring."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from recall_dev_set_r12_completion import PUBLIC_SENTENCES_R12_COMPLETION
from recall_helpers import best_seconds, covered, span_of, texts_of, well_formed
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.errors import TaggingError
from dpfusion_integrations.tagging import TaggerProfile, default_tagger
from dpfusion_integrations.tagging.recall import RecallTagger
from dpfusion_integrations.tagging.recall import tagger as tagger_module
from dpfusion_integrations.tagging.recall.addresses_mail_bags_r14 import mail_bags
from dpfusion_integrations.tagging.recall.completion_legal_forms_r14 import legal_forms_after_names
from dpfusion_integrations.tagging.recall.completion_masks_r14 import masked_digits
from dpfusion_integrations.tagging.recall.completion_places_r14 import (
    abbreviation_dots,
    care_of,
    dutch_postcode_letters,
    floors_after_ordinals,
    russian_address_words,
)
from dpfusion_integrations.tagging.recall.initials_slots_r14 import (
    agent_slot_initials,
    is_agent_label,
    minutes_initials,
    named_bracket_initials,
)
from dpfusion_integrations.tagging.recall.names_nicknames_r14 import quoted_nicknames
from dpfusion_integrations.tagging.recall.places_routes_r14 import route_ends
from dpfusion_integrations.tagging.recall.plates_vehicles_r14 import vehicle_plates
from dpfusion_integrations.tagging.recall.round_fourteen import add_round_fourteen
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION, RECALL_VERSIONS
from dpfusion_integrations.tagging.spans import Span


@pytest.fixture(scope="module")
def recall_v13(recall_v13_tagger) -> RecallTagger:
    """The round-13 detector set (before round 14's additions), sharing the session's Presidio engine."""
    return recall_v13_tagger


def _chars(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


# --- 1. round 14 only adds ------------------------------------------------------------------------

_FRAGMENTS = [
    "Minutes approved (proposed RW, seconded JT).", "Present: AB, CK and TT.", "Action: HR to update the form.",
    "the van KX 219-40 was parked", "tractor MF 35 for sale", "Courier: DHL", "Checked by: OK",
    "reviewer = \"MP\"", "<packer>LN</packer>", "Size: XL", "Number: AB", "Ottilie Brandt (OB) signed.",
    "the Data Protection Officer (DPO)", "c/o Harbour Trust, 4 Quay Lane", "г. Пермь, ул. Ленина, д. 5",
    "Rehearsals on Tuesday evenings from 19:00 to 21:30.", "Door code: 12:34.", "every Monday", "\n",
    "Mar 4 09:10  RB  called back", "Brest -> Tamale", "Kovalin plc", "8643 MJ, Leeuwarden", "12th floor",
    "and the plate\nQP 448-17.", "Open Mon-Fri 9am-5pm.", "ISO 9001 audit", "the bus AT 10 AM",
]  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8))
def test_when_any_text_is_tagged_then_recall_v14_covers_every_character_recall_v13_covers(
        recall_tagger, recall_v13, parts: list[str]) -> None:
    text = " ".join(parts)
    after = recall_tagger.tag(text)
    well_formed(text, after)
    assert _chars(recall_v13.tag(text)) <= _chars(after)


def test_when_additions_are_made_then_they_go_only_where_nothing_is_tagged() -> None:
    text = "Ottilie Brandt (OB) drove the ute RK 551-08."
    spans = [Span(0, 14, "PERSON", 0.9), Span(34, 36, "ID", 0.8)]
    out = add_round_fourteen(text, spans)
    well_formed(text, out)
    assert spans[0] in out and {i for i in range(34, 36)} <= _chars(out)
    assert texts_of(text, out) == ["Ottilie Brandt", "OB", "RK", "551-08"]  # typed parts are never joined


# --- 2. plates after a vehicle's name -------------------------------------------------------------


@pytest.mark.parametrize(("text", "plate"), [
    ("The tanker KT 314-77 left the depot at six.", "KT 314-77"),
    ("Their ute MT 802-15 was parked outside.", "MT 802-15"),
    ("A forklift FL 2291 hit the racking.", "FL 2291"),
    ("Seen a white hatchback LB61 XOE leaving.", "LB61 XOE"),
    ("He gave the plate\nHV 603-42 to the officer.", "HV 603-42"),
    ("(truck RT 578, 0787 CN) left the yard", "0787 CN"),
    ("(truck RT 578, 0787 CN) left the yard", "RT 578"),
    ("The scooter 4412 VB was found in the canal.", "4412 VB"),
    ("The tuk-tuk's plate AB 5521 K was noted.", "AB 5521 K"),
])  # fmt: skip
def test_when_a_plate_follows_a_vehicle_name_then_it_is_tagged(recall_tagger, text, plate) -> None:
    assert covered(text, vehicle_plates(text), plate), plate
    assert covered(text, recall_tagger.tag(text), plate), plate


@pytest.mark.parametrize("text", [
    "The bus AT 10 AM is always late.", "A BMW X5 car was seen.", "The van ISO 9001 audit.",
    "Our 4x4 4 WD option.", "The coach 12 A stop.", "Van hire from EUR 2500 per month.",
    "the car park", "Tanker drivers must wear PPE.",
])  # fmt: skip
def test_when_a_vehicle_name_precedes_a_public_code_then_no_plate_is_tagged(text) -> None:
    assert vehicle_plates(text) == []


# --- 3. initials in minutes, agent slots and after the name ---------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The minutes were approved (proposed RW, seconded JT).", ["RW", "JT"]),
    ("Motion carried, moved PM, seconded AM.", ["PM", "AM"]),
    ("Present: AB, CK and TT\nApologies: JS", ["AB", "CK", "TT", "JS"]),
    ("Action: JS/MK by Friday.", ["JS", "MK"]),
    ("Owner: DK will call back.", ["DK"]),
    ("Present: AB Smith", []),
    ("Interview panel: JO, FJ. Offers go out on Friday.", ["JO", "FJ"]),
    ("Manager oversight: KT.", ["KT"]),
    ("Approval: QA", []),
    ("alert 4411   assigned GG   opened 2028.06.12", ["GG"]),
    ("Actions - JS to call the bank", ["JS"]),
    ("We moved ON to the next item.", []),
    ("Action: JS/MK", ["JS", "MK"]),
    ("Owner: D.K.", ["D.K."]),
    ("Action: HR", []),
    ("cc: OK", []),
])  # fmt: skip
def test_when_minutes_name_people_by_initials_then_they_are_tagged(text, expected) -> None:
    assert texts_of(text, minutes_initials(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('taken_by = "GN"\nmeasured_by = "Amira Haddad"', ["GN"]),
    ("  <packer>LN</packer>\n  <weigher>OT</weigher>", ["LN", "OT"]),
    ("Embalmer ...... SR", ["SR"]),
    ("LOADER      NI        CHECKER  RB", ["NI", "RB"]),
    ("Cashier: KM\nSupervisor: PJ", ["KM", "PJ"]),
    ("Size: XL\nNumber: AB\nColour: RD\nOrder: XY", []),
    ("Printer: HP\nMonitor: LG", []),
    ("Converter: DC\nTimer: ON\nSpeaker: JBL\nEncoder: AV", []),
    ("<publisher>EA</publisher> <manufacturer>LG</manufacturer>", []),
    ("Reviewer: OK", []),
    ("Reviewed by: NA", []),
    ("<size>XL</size>", []),
    ("Signed: KR (guardian)     TB (club secretary)", ["KR", "TB"]),
    ("the UK (colour)\nISO (standard)", []),
    ("2031-04-02  0715  gate checked, all secure. DW\n- keys returned – JM", ["DW", "JM"]),
    ("09:00 Landed in the UK\n10:00 Arrived. OK\n11:00 Meeting at 10 AM", []),
    ("Mar 4 09:10  RB  called back, no answer\n12.3. 14:02:11  DT: escalated", ["RB", "DT"]),
    ("14:02 DT: escalated\n[09:10] PK: acknowledged", ["DT", "PK"]),
    ("09:10  OK  done\n10:00  AM  slot\n11:00  CT  Scan booked", []),
    ("Pt settled overnight, obs stable. JS", ["JS"]),
    ("- Soup of the day – GF\n- Room 4 – TV\nSee page 4. AB\nCall me. PS", []),
])  # fmt: skip
def test_when_an_agent_slot_holds_initials_then_they_are_tagged(text, expected) -> None:
    assert texts_of(text, agent_slot_initials(text)) == expected


@pytest.mark.parametrize(("label", "agent"), [
    ("taken_by", True), ("Checked by", True), ("embalmer", True), ("Weigher", True), ("assessor", True),
    ("pharmacist", True), ("librarian", True), ("number", False), ("colour", False), ("monitor", False),
    ("size", False), ("Order", False), ("checklist", False), ("", False),
])  # fmt: skip
def test_when_a_label_is_read_then_only_words_for_who_acted_are_agent_labels(label, agent) -> None:
    assert is_agent_label(label) is agent


def test_when_initials_follow_their_own_name_then_they_are_tagged_even_if_an_acronym() -> None:
    text = "Signed for the lessor: Priya Raman (PR), and Hamid Rostami (HR) as witness; the Data Officer (DO)."
    spans = [Span(text.index("Priya"), text.index(" (PR)"), "PERSON", 0.9),
             Span(text.index("Hamid"), text.index(" (HR)"), "PERSON", 0.9)]
    assert texts_of(text, named_bracket_initials(text, spans)) == ["PR", "HR"]
    other = "Priya Raman (KT) signed."
    assert named_bracket_initials(other, [Span(0, 11, "PERSON", 0.9)]) == []  # not her initials


def test_when_the_recall_profile_reads_minutes_then_initials_and_names_are_covered(recall_tagger) -> None:
    text = ("Residents' association, minutes of 3 May.\nPresent: RW, JT, Oksana Hrytsenko (OH)\n"
            "1. Accounts approved (proposed RW, seconded OH).\nAction: JT to write to the council.")
    spans = recall_tagger.tag(text)
    for value, occurrence in (("RW", 0), ("JT", 0), ("OH", 0), ("RW", 1), ("OH", 1), ("JT", 1)):
        assert covered(text, spans, value, occurrence), (value, occurrence)


@pytest.mark.parametrize(("text", "expected"), [
    ('She left with a friend she called "Mizu".', ["Mizu"]),
    ("The man known as “Tank” was not there.", ["Tank"]),
    ("Staff nicknamed him ‘Bubbles’ on the ward.", ["Bubbles"]),
    ('Her cousin, who goes by "Teo Lind", rang.', ["Teo Lind"]),
    ('Save a file called "Report" and a step known as "Triage".', []),
    ('She called "Help!" twice.', []),
    ('Nickname: "Pik". The girl she knew as "Mo".', ["Pik", "Mo"]),
])  # fmt: skip
def test_when_a_quoted_name_follows_a_nickname_cue_then_it_is_tagged(recall_tagger, text, expected) -> None:
    assert texts_of(text, quoted_nicknames(text)) == expected
    for value in expected:
        assert covered(text, recall_tagger.tag(text), value)


# --- 4. address words and masks -------------------------------------------------------------------


def test_when_a_mask_precedes_a_card_numbers_last_digits_then_it_joins_them(recall_tagger) -> None:
    text = "Refund to my card ending **** **** **** 4417 or acct XXXX-XXXX-0932, •••• 0456."
    spans = [Span(text.index("4417"), text.index("4417") + 4, "ID", 0.6),
             Span(text.index("0932"), text.index("0932") + 4, "ID", 0.6),
             Span(text.index("0456"), text.index("0456") + 4, "ID", 0.6)]
    assert texts_of(text, masked_digits(text, spans)) == ["**** **** **** ", "XXXX-XXXX-", "•••• "]
    assert texts_of(text, add_round_fourteen(text, spans)) == ["**** **** **** 4417", "XXXX-XXXX-0932", "•••• 0456"]
    for value in ("**** **** **** 4417", "XXXX-XXXX-0932"):
        assert covered(text, recall_tagger.tag(text), value)
    other = "ending ...5786 or ∗∗∗∗ ∗∗∗∗ 1234; ### 2 Installation"
    others = [span_of(other, "5786", "ID"), span_of(other, "1234", "ID"), span_of(other, "2 I", "ID")]
    assert texts_of(other, masked_digits(other, others)) == ["...", "∗∗∗∗ ∗∗∗∗ "]  # a heading's "###" is no mask
    person = "Rated ** 4 stars by Ann"
    assert masked_digits(person, [Span(person.index("4"), person.index("4") + 1, "PERSON", 0.8)]) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Address: Private Mail Bag 0412, Lautoka", ["Private Mail Bag 0412"]),
    ("write to PRIVATE MAIL BAG No. 17", ["PRIVATE MAIL BAG No. 17"]),
    ("Our private mail bag service is free.", []),
    ("our private mail bag 5 service", []),
])  # fmt: skip
def test_when_a_private_mail_bag_has_its_number_then_it_is_tagged(recall_tagger, text, expected) -> None:
    assert texts_of(text, mail_bags(text)) == expected
    for value in expected:
        assert covered(text, recall_tagger.tag(text), value)


def test_when_care_of_precedes_a_tagged_name_then_it_joins_the_name() -> None:
    text = "Send it c/o Harbour Trust, or care of Ms Abara."
    spans = [Span(text.index("Harbour"), text.index(","), "ORGANIZATION", 0.8),
             Span(text.index("Ms"), len(text) - 1, "PERSON", 0.8)]
    assert texts_of(text, care_of(text, spans)) == ["c/o ", "care of "]
    other = "℅ Ms Abara; c/- John Smith; C/O: Office X"
    others = [span_of(other, "Ms Abara", "PERSON"), span_of(other, "John Smith", "PERSON"), span_of(other, "Office X", "ORGANIZATION")]
    assert texts_of(other, care_of(other, others)) == ["℅ ", "c/- ", "C/O: "]
    joined = add_round_fourteen(text, spans)
    assert texts_of(text, joined) == ["c/o Harbour Trust", "care of Ms Abara"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Site: Kovalin plc, Dock Road", "Kovalin", ["plc"]),
    ("Payroll, Brenmor Ltd. | ext 2210", "Brenmor", ["Ltd."]),
    ("supplier Vanek s.r.o. invoiced", "Vanek", ["s.r.o."]),
    ("Ordered from Fjellvik AS yesterday", "Fjellvik", ["AS"]),
    ("Anna as well as Tom", "Anna", []),
    ("Kim co-wrote it", "Kim", []),
    ("Ravi me and you", "Ravi", []),
])  # fmt: skip
def test_when_a_legal_form_follows_a_tagged_name_then_it_joins_it(text, name, expected) -> None:
    start = text.index(name)
    spans = [Span(start, start + len(name), "PERSON", 0.8)]
    assert texts_of(text, legal_forms_after_names(text, spans)) == expected


def test_when_an_address_has_a_floor_a_dutch_postcode_or_an_abbreviation_then_the_part_joins_it() -> None:
    text = "Unit 4, 12th floor\n8643 MJ, Leeuwarden\nFracc. Las Águilas\nin 2024 AD\n1234 SA, X\nModel 2500 HD, Ford"
    spans = [span_of(text, "12th", "DATE"), span_of(text, "8643", "ID"), span_of(text, "Fracc", "LOCATION"),
             span_of(text, "Las Águilas", "PERSON"), span_of(text, "2024", "DATE"), span_of(text, "1234", "ID"),
             span_of(text, "2500", "ID")]
    assert texts_of(text, floors_after_ordinals(text, spans)) == ["floor"]
    assert texts_of(text, dutch_postcode_letters(text, spans)) == ["MJ"]  # not after a year, "SA", running text
    assert texts_of(text, abbreviation_dots(text, spans)) == ["."]
    for value in ("12th floor", "8643 MJ", "Fracc. Las Águilas"):
        assert covered(text, add_round_fourteen(text, spans), value), value


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    ("  XQ 417   Thu 2 Sep   Brest -> Tamale    06:40", "Brest", ["Tamale"]),
    ("  XQ 418   16/12   Boise ID -> Augsburg    11:00", "Augsburg", ["Boise ID"]),
    ("flight Paris → Lomé on Monday", "Paris", ["Lomé"]),
    ("Open Settings -> Privacy and Draft → Review", None, []),
    ("Brest ⇒ Tamale", "Brest", ["Tamale"]),
    ("Accra —> Lomé", "Accra", ["Lomé"]),
])  # fmt: skip
def test_when_one_end_of_an_arrow_is_a_tagged_place_then_the_other_end_is_tagged(text, tagged, expected) -> None:
    spans = [span_of(text, tagged, "PERSON")] if tagged else []
    assert texts_of(text, route_ends(text, spans)) == expected


def test_when_one_end_of_an_arrow_is_an_organisation_then_the_path_stays_public() -> None:
    text = "Settings -> Google Account -> Privacy"
    assert route_ends(text, [span_of(text, "Google Account", "ORGANIZATION")]) == []


def test_when_russian_address_words_stand_next_to_a_place_then_they_join_it() -> None:
    text = "г. Пермь, ул. Ленина, д. 5; Садовая ул. 12; Московская обл."
    spans = [Span(text.index("Пермь"), text.index("Пермь") + 5, "LOCATION", 0.8),
             Span(text.index("Ленина"), text.index("Ленина") + 6, "PERSON", 0.8),
             Span(text.index("5;"), text.index("5;") + 1, "LOCATION", 0.8),
             Span(text.index("Садовая"), text.index("Садовая") + 7, "LOCATION", 0.8),
             Span(text.index("Московская"), text.index("Московская") + 10, "LOCATION", 0.8)]
    assert texts_of(text, russian_address_words(text, spans)) == ["г. ", "ул. ", "д. ", " ул.", " обл."]
    joined = texts_of(text, add_round_fourteen(text, spans))
    assert joined == ["г. Пермь", "ул. Ленина", "д. 5", "Садовая ул.", "Московская обл."]


def test_when_a_russian_abbreviation_is_a_year_or_a_clause_then_it_is_left_alone() -> None:
    text = "В 2019 г. Россия, п. Правила; д. Ивановка"
    spans = [span_of(text, "Россия", "LOCATION"), span_of(text, "Правила", "PERSON"), span_of(text, "Ивановка", "LOCATION")]
    assert texts_of(text, russian_address_words(text, spans)) == ["д. "]


def test_when_a_russian_abbreviation_precedes_a_number_that_is_no_place_then_it_is_left_alone() -> None:
    text = "см. ст. 159, п. 4 и стр. 12"
    spans = [Span(text.index("159"), text.index("159") + 3, "ID", 0.5), Span(text.index("4 "), text.index("4 ") + 1,
                                                                          "ID", 0.5)]
    assert russian_address_words(text, spans) == []


# --- 5. cost on public text, failing closed, linear time, wiring ----------------------------------


def test_when_public_look_alikes_are_tagged_then_round_fourteen_adds_almost_no_words(recall_tagger, recall_v13) -> None:
    texts = list(PUBLIC_SENTENCES_R12_COMPLETION) + [
        "Size: XL. Colour: RD. Order: XY.", "The bus AT 10 AM.", "A BMW X5 car.", "Action: HR to review.",
        "Our printer: HP. The monitor: LG.", "Present: all staff.", "the Data Protection Officer (DPO)",
    ]
    before, words = tagged_word_share(recall_v13, texts)
    after, _ = tagged_word_share(recall_tagger, texts)
    assert after - before <= 0.002 * words, (before, after, words)


def test_when_round_fourteen_raises_then_tagging_fails_without_the_text(recall_tagger, monkeypatch) -> None:
    def broken(text: str, spans: list[Span]) -> list[Span]:
        raise ValueError(f"cannot read {text!r}")

    monkeypatch.setattr(tagger_module, "add_round_fourteen", broken)
    text = "Present: Ottilie Brandt (OB), van KX 219-40."
    with pytest.raises(TaggingError) as info:
        recall_tagger.tag(text)
    message = str(info.value)
    assert "Ottilie" not in message and "KX 219-40" not in message
    assert info.value.__cause__ is None and info.value.__context__ is None


@pytest.mark.parametrize("unit", [
    " " * 7, "Checker" + " " * 5, "cc   ", "<a>AB</b>", "van AB 12 ", "plate\n", ". . . . ", "AB, ", "Loader: ",
    "c/o ", "г. ", "1 ok. ", "- a – ", "AB (", "Private Mail Bag ", "she called ", "aaaa", "** 1 ",
    "1:00  AB  ", "A -> ", "Ab. ", "1234 AB ", "Ab plc ",
])  # fmt: skip
def test_when_the_input_is_long_and_adversarial_then_round_fourteen_stays_linear(unit: str) -> None:
    times = []
    for repeat in (5_000, 20_000):
        text = unit * repeat
        spans = [Span(0, 1, "PERSON", 0.8)] if text[0].strip() else []
        times.append(best_seconds(lambda text=text, spans=spans: add_round_fourteen(text, spans)))
    assert times[1] < 8 * times[0], times


@pytest.mark.parametrize(("head", "run", "tail"), [
    ("van", " ", "."), ("van no", "\t", ""), ("plate", " ", ":"), ("<cutter>", " ", "KK"), ("Action", " ", "-"),
    ("09:10", " ", "PK"), ("Brest", " ", "->"), ("c/o", " ", ":"), ("Ann", " ", "("),
])  # fmt: skip
def test_when_a_cue_is_followed_by_a_long_blank_run_then_round_fourteen_stays_linear(head, run, tail) -> None:
    times = []
    for size in (10_000, 40_000):
        text = head + run * size + tail + run * size + "x"
        spans = [Span(0, len(head), "PERSON", 0.8)]
        times.append(best_seconds(lambda text=text, spans=spans: add_round_fourteen(text, spans)))
    assert times[1] < 8 * times[0], times


def test_when_no_version_is_chosen_then_recall_v14_is_the_default_and_v13_stays_selectable(
        recall_tagger, recall_v13) -> None:
    assert RECALL_VERSION == "recall-v14" == recall_tagger.version == RECALL_VERSIONS[-1]
    assert RECALL_VERSIONS[-2:] == ("recall-v13", "recall-v14") and recall_v13.version == "recall-v13"
    assert recall_tagger.name.startswith("recall-v14/") and recall_v13.name.startswith("recall-v13/")
    profile = default_tagger(TaggerProfile.RECALL_V13)
    assert isinstance(profile, RecallTagger) and profile.version == "recall-v13"
