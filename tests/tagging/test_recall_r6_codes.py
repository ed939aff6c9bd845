"""Recall profile, round-6 code rules (``recall-v6``): identifiers with an issuer's prefix, hyphenated
numbers alone in a cell, values after register labels, plates of many countries, short dates and
weekdays before dates; and the public look-alikes that must stay public. Rules are tested alone (no
parse needed), the growth steps on spans, and the whole tagger on the round-6 codes development set.
Floors are what recall-v6 reaches, not targets."""

from __future__ import annotations

import pytest
from dpfusion_integrations.tagging.group_types import DATE, ID, ORGANIZATION
from dpfusion_integrations.tagging.recall import RecallTagger, codes_r6
from dpfusion_integrations.tagging.recall.cell_numbers_r6 import cell_number_detector
from dpfusion_integrations.tagging.recall.check_characters_r6 import grow_check_characters
from dpfusion_integrations.tagging.recall.code_prefixes_r6 import (
    PrefixedCodes,
    grow_code_prefixes,
)
from dpfusion_integrations.tagging.recall.labelled_codes_r6 import (
    labelled_code_detector,
)
from dpfusion_integrations.tagging.recall.plate_layouts_r6 import plate_layout_detector
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import is_public_prefix
from dpfusion_integrations.tagging.recall.short_dates_r6 import (
    grow_weekdays,
    short_date_detector,
)
from dpfusion_integrations.tagging.spans import Span
from recall_dev_set_r6_codes import DEV_SENTENCES_R6_CODES, PUBLIC_SENTENCES_R6_CODES
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

_DOMAINS = {"prefixed", "labels", "cells", "registers", "plates", "dates"}


def _found(detector, text: str) -> list[str]:
    return [text[s.start:s.end] for s in detector.find(text)]


# --- prefixed codes ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("SR 4419021 | Category: Access", "SR 4419021"),
    ("Claim CLM 0451227 was opened.", "CLM 0451227"),
    ("Purchase PO 5512-07 delivered.", "PO 5512-07"),
    ("Device SN KX3PQ88ZRT was wiped.", "SN KX3PQ88ZRT"),
    ("the number on the box is Rx 551902.", "Rx 551902"),
    ("CASE 8103256/2025 opened", "CASE 8103256/2025"),
])
def test_when_a_code_has_an_issuer_prefix_then_the_prefix_is_part_of_the_span(text: str, value: str) -> None:
    assert value in _found(PrefixedCodes(), text)


@pytest.mark.parametrize("text", [
    "(MRN 483920) updated", "NHS 4012239987 on file", "ID 88302147 checked", "Ref 5521904 quoted",
    "IBAN 12345678 given", "Tel 0207946012 rings", "DOB 1985 only", "certified to ISO 9001", "paid USD 2500",
    "an RTX 4090 card", "FIFA 2022 was held", "IN 2024 WE HIRED 1500 PEOPLE", "No 123456 here",
    "flight AF 1381 departs", "DISPENSING LOG 2023/03/25", "SR 520 highway", "Rx 1234 is short",
])
def test_when_a_label_or_public_prefix_stands_before_a_number_then_no_prefixed_code_is_found(text: str) -> None:
    assert _found(PrefixedCodes(), text) == []


def test_when_a_prefix_heads_a_non_year_code_then_its_year_like_codes_are_taken_too() -> None:
    """The decision follows the prefix, not the private value: "PAT 2019" in a list of PAT numbers."""
    alone = "PAT 2019 | visit 1"
    listed = "PAT 7721 | visit 4\nPAT 2019 | visit 1"
    assert _found(PrefixedCodes(), alone) == []
    assert _found(PrefixedCodes(), listed) == ["PAT 7721", "PAT 2019"]


def test_when_a_code_span_follows_a_prefix_then_growth_takes_the_prefix_but_not_a_label() -> None:
    text = "plate WPR 4K21 and MRN 4839207 and Flight BA 0953"
    types = {"4K21": ID, "4839207": ORGANIZATION, "0953": ID}
    spans = [Span(text.index(v), text.index(v) + len(v), t, 0.5) for v, t in types.items()]
    grown = grow_code_prefixes(text, spans)
    assert [text[s.start:s.end] for s in grown] == ["WPR 4K21", "4839207", "0953"]
    assert grown[1].entity_type == ORGANIZATION  # growth keeps the type the union chose


def test_when_words_are_checked_then_labels_and_public_prefixes_are_public_and_issuer_prefixes_are_not() -> None:
    assert all(is_public_prefix(w) for w in ("MRN", "nhs", "ID", "Ref", "IBAN", "USD", "ISO", "FY", "AND"))
    assert not any(is_public_prefix(w) for w in ("SUBJ", "CLM", "SR", "PO", "JOB", "WO", "CASE"))


# --- cells, register labels ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("41-8830 | MBEKI, Tau | visit 1", "41-8830"),
    ("Subject: Withdrawal – 23-1180", "23-1180"),
    ("| 88-1029 | withdrew |", "88-1029"),
    ("- 204-55871\n- 204-55902", "204-55871"),
])
def test_when_a_hyphenated_number_is_alone_in_a_cell_then_it_is_an_identifier(text: str, value: str) -> None:
    assert value in _found(cell_number_detector(), text)


@pytest.mark.parametrize("text", [
    "see section 3-2 first", "won 2-1 at home", "2019-2020 season", "- 2019-2020 season",
    "pages 10-1500 indexed", "range: 10-1500 Hz", "COVID-19 cases",
])
def test_when_a_hyphenated_number_is_a_range_score_or_section_then_it_stays_public(text: str) -> None:
    assert _found(cell_number_detector(), text) == []


def test_when_a_register_label_precedes_a_value_then_the_value_is_taken_and_short_counts_are_not() -> None:
    detector = labelled_code_detector()
    assert _found(detector, "Participant 3381-B missed a visit.") == ["3381-B"]
    assert _found(detector, "Case No. 2:24-cv-01187 (stayed)") == ["2:24-cv-01187"]
    assert _found(detector, "visit 2, batch of 20, subject 3, flight KL 1744") == []


# --- plates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("permit for T 4412 KPW renewed", "T 4412 KPW"),
    ("grey van, GR 2201-KX, outside", "GR 2201-KX"),
    ("Vehicle in bay 7: B 6630 ZRT.", "B 6630 ZRT"),
    ("Placa QTE 7H42 registrada", "QTE 7H42"),
    ("plaka 06 KLM 4471 kayıtlı", "06 KLM 4471"),
    ("ute 1XT 7QP on the verge", "1XT 7QP"),
    ("Parked: Х552ОТ 178.", "Х552ОТ 178"),
    ("Plate 粤B·7X3K9 seen", "粤B·7X3K9"),
    ("登録番号 横浜 300 ら 48-07", "横浜 300 ら 48-07"),
    ("seen driving ABC 4471 (grey)", "ABC 4471"),
    ("An old Rover, HTX 418E, was stopped", "HTX 418E"),
])
def test_when_a_plate_of_another_country_is_written_then_it_is_found(text: str, value: str) -> None:
    assert value in _found(plate_layout_detector(), text)


@pytest.mark.parametrize("text", [
    "IN 2024 AND 2025", "ISO 9001 EN", "drove a BMW X5 home", "the car is from 2019", "A4 paper",
    "Windows 10 and GPT-4", "parked at 12:30", "THE RUN 10K", "WON THE 5K RUN",
])
def test_when_a_plate_look_alike_is_written_then_no_plate_is_found(text: str) -> None:
    assert _found(plate_layout_detector(), text) == []


# --- short dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("visit booked for 17/7 with the OT", "17/7"),
    ("When: 28/2, period 3", "28/2"),
    ("Next review: 12/5.", "12/5"),
    ("Delivery note 28/06", "28/06"),
    ("Nursing note 08/07 08:40", "08/07"),
    ("Trip 05/04 to 28/08 booked", "05/04 to 28/08"),
    ("tomorrow (6/12).", "6/12"),
    ("since 04/2022", "04/2022"),
    ("in 07.2024 she left", "07.2024"),
    ("Started in 4/2022 as a trainee", "4/2022"),
    ("予約日: 2025年7月14日", "2025年7月14日"),
    ("방문일: 2025년 9월 3일", "2025년 9월 3일"),
    ("Afspraak op 14-5 bij", "14-5"),
    ("Spotkanie 19.06 o 10:30", "19.06"),
    ("clos depuis le 3 févr. et", "3 févr."),
    ("due on 3 set 2024", "3 set 2024"),
])
def test_when_a_short_date_is_written_then_it_is_found(text: str, value: str) -> None:
    assert value in _found(short_date_detector(), text)


@pytest.mark.parametrize("text", [
    "open 24/7 all year", "add 1/2 cup of milk", "for 1/2 hour", "a 50/50 split", "20/20 vision",
    "rated 8/10 by critics", "11/12 students passed", "for 3/4 of the time", "from 1/5 to 5/5 stars",
    "version 3.10.2", "in 3.5 seconds", "10.5 kg", "3月 only", "won on 3-2", "open from 9-5",
    "rated 4.5 at 10:00", "a 3 set match", "2 ago",
])
def test_when_a_fraction_ratio_or_decimal_is_written_then_no_date_is_found(text: str) -> None:
    assert _found(short_date_detector(), text) == []


def test_when_a_weekday_of_another_language_precedes_a_date_then_growth_takes_it() -> None:
    text = "Held Sun 21/04/2019; dimanche 20 mai 2018; miércoles, 29 de agosto de 2018; so 12 May"
    starts = [text.index(v) for v in ("21/04/2019", "20 mai 2018", "29 de agosto de 2018", "12 May")]
    ends = [text.index(v) + len(v) for v in ("21/04/2019", "20 mai 2018", "29 de agosto de 2018", "12 May")]
    spans = [Span(s, e, DATE, 0.9) for s, e in zip(starts, ends, strict=True)] + [Span(0, 4, ID, 0.5)]
    grown = grow_weekdays(text, sorted(spans, key=lambda s: s.start))
    values = [text[s.start:s.end] for s in grown]
    assert values == ["Held", "Sun 21/04/2019", "dimanche 20 mai 2018", "miércoles, 29 de agosto de 2018", "12 May"]


def test_when_a_check_character_in_brackets_follows_a_number_then_growth_takes_it() -> None:
    text = "HKID K448120(3) and K448120(3) and note X12(a) and Grade (B)"
    first = Span(5, 12, ID, 0.6)  # the number alone
    second = Span(20, 29, ORGANIZATION, 0.5)  # inside the bracket, another type
    footnote = Span(text.index("X12"), text.index("X12") + 3, ID, 0.6)
    grade = Span(text.index("Grade"), text.index("Grade") + 5, ORGANIZATION, 0.5)
    grown = grow_check_characters(text, [first, second, footnote, grade])
    assert [text[s.start:s.end] for s in grown] == ["K448120(3)", "K448120(3)", "X12", "Grade"]


# --- the area module and the whole tagger ------------------------------------------------------

def test_when_the_area_module_is_loaded_then_its_detectors_are_named_and_growth_is_stable() -> None:
    names = [d.name for d in codes_r6.detectors()]
    assert len(names) == len(set(names)) == 5
    text = "SR 4419021 on Sun 21/04/2019"
    spans = [Span(3, 10, ID, 0.6), Span(18, 28, DATE, 0.9)]
    once = codes_r6.grow(text, spans, None)  # type: ignore[arg-type]  # the words are not used
    assert [text[s.start:s.end] for s in once] == ["SR 4419021", "Sun 21/04/2019"]
    assert codes_r6.grow(text, once, None) == once  # type: ignore[arg-type]


def test_when_the_codes_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R6_CODES} == _DOMAINS
    assert sum(len(s.gold) for s in DEV_SENTENCES_R6_CODES) >= 70
    assert all(s.text.strip() and s.gold for s in DEV_SENTENCES_R6_CODES)


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_round_six_code_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R6_CODES if s.domain == domain]) >= 0.99


def test_when_the_previous_detector_set_tags_the_codes_set_then_it_misses_more(recall_tagger) -> None:
    """The round-6 code rules are what covers these classes: recall-v5 does not."""
    previous = RecallTagger(version="recall-v5")
    sample = [s for s in DEV_SENTENCES_R6_CODES if s.domain in ("prefixed", "plates", "dates")]
    assert _rate(previous, sample) + 0.3 < _rate(recall_tagger, sample)


def test_when_public_look_alikes_are_scanned_then_the_round_six_code_detectors_find_nothing() -> None:
    found = [(d.name, len(d.find(p))) for p in PUBLIC_SENTENCES_R6_CODES for d in codes_r6.detectors() if d.find(p)]
    assert found == []


def test_when_public_look_alikes_are_tagged_then_few_words_are_tagged(recall_v10_tagger) -> None:
    """The other detectors take some look-alikes ("ISO 9001", "RTX 4090"); the share stays bounded."""
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R6_CODES))
    assert words > 250 and tagged / words < 0.2, (tagged, words)
