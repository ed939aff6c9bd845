"""Round 8, organisations and identifiers: unknown heads grown over their title-case tails, acting-for
cues and organisation labels, kind-of-body heads of many languages, register references, number-sign
values, bracketed number/year ids, hexadecimal byte pairs, plates with middle dots or alone in a cell,
codes after codes and number fields to their end, each on its own with negative cases; then the recall
profile on its round-8 organisation/identifier set (floors are what recall-v8 reaches when written, not
targets), against recall-v7, and on public look-alikes of the new cues."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from recall_dev_set_r8_org_codes import (
    DEV_SENTENCES_R8_ORG_CODES,
    PUBLIC_SENTENCES_R8_ORG_CODES,
)
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import ID, LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall import RecallTagger, org_codes_r8
from dpfusion_integrations.tagging.recall.codes_fields_r8 import NumberFields
from dpfusion_integrations.tagging.recall.codes_hex_r8 import hex_id_detector
from dpfusion_integrations.tagging.recall.codes_plates_r8 import (
    grow_codes_after_codes,
    plate_shape_detector,
)
from dpfusion_integrations.tagging.recall.codes_references_r8 import reference_detector
from dpfusion_integrations.tagging.recall.org_cues_r8 import OrgActingCues
from dpfusion_integrations.tagging.recall.org_heads_r8 import ForeignOrgHeads
from dpfusion_integrations.tagging.recall.org_tails_r8 import grow_unknown_heads
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

#: What recall-v8 reached on each class when the set was written.
_FLOORS = {"tails": 1.0, "cues": 1.0, "heads": 0.9, "references": 1.0, "shapes": 1.0}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


def _span(text: str, value: str, kind: str = PERSON) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.8)


def _values(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


def _found(spans: list[Span], text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# --- organisations -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "head", "org"), [
    ("Thanks,\nHine Parata\nVorthalen Claims Pathways\n+64 9 555 0101", "Vorthalen", "Vorthalen Claims Pathways"),
    ("Surveyor: L. Ortiz, Quembra Roots & Origins", "Quembra", "Quembra Roots & Origins"),
    ("Collected for Sarnivel Quarters: 3 parcels", "Sarnivel", "Sarnivel Quarters"),
    ("KESTRAVO ARREARS SETTLEMENT\nAvenida Sul 4", "KESTRAVO", "KESTRAVO ARREARS SETTLEMENT"),
    ("Booked via Ilmarvet Voices (invoice follows)", "Ilmarvet", "Ilmarvet Voices"),
])  # fmt: skip
def test_when_an_unknown_head_and_title_case_words_fill_a_segment_then_they_are_one_organisation(
        words, text: str, head: str, org: str) -> None:
    assert _values(text, grow_unknown_heads(text, [_span(text, head)], words)) == [(ORGANIZATION, org)]


@pytest.mark.parametrize(("text", "head"), [
    ("Ask Vorthalen Claims about it today.", "Vorthalen"),  # the tail does not end a segment
    ("Dear Vorthalen Team Lead,\nthanks", "Vorthalen"),  # a role word
    ("Minutes: Vorthalen Report\nItem 1", "Vorthalen"),  # a document word
    ("Notes on Paris Family Research\nsee below", "Paris"),  # a public head
    ("I met Vorthalen Claims Pathways yesterday.", "Vorthalen"),  # not a segment of its own
])  # fmt: skip
def test_when_the_words_after_a_head_are_no_organisation_tail_then_the_span_stays(words, text: str, head: str) -> None:
    spans = [_span(text, head, LOCATION if head == "Paris" else PERSON)]
    assert grow_unknown_heads(text, spans, words) == spans


def test_when_an_acting_for_cue_or_an_org_label_precedes_a_name_then_it_is_an_organisation(words) -> None:
    text = ("Signé au nom de Vauclaire Dialogue hier.\nTrading as Seaglass Stories, she sells online.\n"
            "Werkgever: Brandsma Houtbouw    Sinds: 2020\nSigned on behalf of the United Nations Staff.")
    found = _found(OrgActingCues().find(text, words.safe), text)
    assert found[:2] == ["Vauclaire Dialogue", "Seaglass Stories"] and "Brandsma Houtbouw" in found
    assert "United Nations Staff" in found


@pytest.mark.parametrize("text", [
    "On behalf of the team, thank you.", "He works for a charity.", "Signed for by the resident.",
    "on behalf of Management", "Employer details are below.",
])  # fmt: skip
def test_when_a_cue_has_no_capitalised_name_or_one_public_word_then_nothing_is_found(words, text: str) -> None:
    assert OrgActingCues().find(text, words.safe) == []


def test_when_a_kind_of_body_head_leads_a_name_then_the_organisation_is_found(words) -> None:
    text = ("Lot 4 at Maison de Ventes Durvaleix; Spende an Stiftung Helmkraut; Umowa z Kancelaria Wróblewski-Mazur; "
            "vedi Casa d'Aste Orvieni – asta; don à la Fondation Quervaine pour l'Enfance.")
    assert _found(ForeignOrgHeads().find(text, words), text) == [
        "Maison de Ventes Durvaleix", "Stiftung Helmkraut", "Kancelaria Wróblewski-Mazur", "Casa d'Aste Orvieni",
        "Fondation Quervaine pour l'Enfance"]


@pytest.mark.parametrize("text", [
    "Studio Apartment to let", "Studio Apartment for Rent", "Bureau Chief named", "Cabinet Office guidance", "Stiftung is German",
    "a casa in the hills", "Galerie opening hours",
])  # fmt: skip
def test_when_a_head_is_followed_by_public_words_only_then_no_organisation_is_found(words, text: str) -> None:
    assert ForeignOrgHeads().find(text, words) == []


# --- identifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ref"), [
    ("Ve věci sp. zn. 23 Co 118/2023 rozhodl", "sp. zn. 23 Co 118/2023"),
    ("Bitte Az. 7 S 45/25 angeben", "Az. 7 S 45/25"),
    ("Sygn. akt II K 512/24 – wyrok", "Sygn. akt II K 512/24"),
    ("Processo n.º 1234/23.5T8LSB – audiência", "Processo n.º 1234/23.5T8LSB"),
    ("Ügyszám: 12.P.20.114/2024", "Ügyszám: 12.P.20.114/2024"),
    ("Police report Rk. 338/26 attached", "Rk. 338/26"),
    ("Receipt Nº 20931-7 issued", "20931-7"),
    ("Roll check: Sione Vaifale (8812/41) voted", "8812/41"),
])  # fmt: skip
def test_when_a_register_abbreviation_or_number_sign_precedes_a_reference_then_it_is_found(text: str, ref: str) -> None:
    assert ref in _found(reference_detector().find(text), text)


@pytest.mark.parametrize("text", [
    "Symphony No. 9 and No. 10", "See Fig. 2/3 and Art. 12/2024", "open 24/7 (1/2 price)", "rep 100 times",
    "dated (12/24) by hand", "version 3.12.1",
])  # fmt: skip
def test_when_a_number_is_an_ordinal_fraction_or_figure_then_no_reference_is_found(text: str) -> None:
    assert reference_detector().find(text) == []


def test_when_hex_pairs_or_plate_shapes_appear_then_they_are_ids_but_colours_times_and_bullets_are_not() -> None:
    text = "card 9F:12:4C:E0, MAC 3c-5a-b4-01-9f-22, port a4c1.38ff.02be, van LM·47·KX, plate B•KR•2210"
    found = _found(hex_id_detector().find(text), text) + _found(plate_shape_detector().find(text), text)
    assert found == ["9F:12:4C:E0", "3c-5a-b4-01-9f-22", "a4c1.38ff.02be", "LM·47·KX", "B•KR•2210"]
    public = "#AC7469 at 12:30:45, timecode 01:02:03:04, Home · About · FAQ, ISO 9001, Q3 2024"
    assert hex_id_detector().find(public) == [] and plate_shape_detector().find(public) == []


def test_when_a_cell_holds_only_a_plate_then_it_is_an_id() -> None:
    text = "driver;vehicle;period\nKaveh Rostami;9KD 114;Q3 2024\nAroha Ngata;TJW 4471;FY 2025"
    assert _found(plate_shape_detector().find(text), text) == ["9KD 114", "TJW 4471"]


def test_when_a_short_code_follows_a_tagged_code_in_a_heading_then_it_is_tagged_too() -> None:
    text = "Re: Incident 55120 – WX 88 301\nClaim 7741 – OK\nRef 88 / AB 12 CD done"
    spans = [_span(text, "55120", ID), _span(text, "7741", ID), _span(text, "88 /", ID)]
    out = _found(grow_codes_after_codes(text, spans), text)
    assert "WX 88 301" in out and not any("OK" in v for v in out) and "AB 12 CD" not in out


def test_when_a_number_field_has_spaced_groups_then_its_whole_value_is_one_id() -> None:
    text = "Tax ref. on file: 702 118 554 RT    Status: ok\nPersonal no.: 881204-5521 A | x\nRoom no.: 12 on the left"
    assert _found(NumberFields().find(text), text) == ["702 118 554 RT", "881204-5521 A", "12"]
    assert NumberFields().find("Number of guests: three\nID: pending") == []


@pytest.mark.parametrize("text", [
    "Siehe S. 12-14 und Bd. 3/2024", "Read Pg. 12-15 and Nos. 3-14", "vgl. Kap. 4-9, Abb. 2-3, Fol. 10-12",
    "Club history: Season (2019/20) and the years (1939-1945)",
])  # fmt: skip
def test_when_a_page_range_or_a_season_follows_an_abbreviation_or_a_word_then_no_reference_is_found(text: str) -> None:
    assert reference_detector().find(text) == []


def test_when_a_dotted_register_or_a_roll_number_is_no_range_then_it_is_still_found() -> None:
    text = "Police report Rk. 14-03 and roll (2019/87) and (5247/87)"
    assert _found(reference_detector().find(text), text) == ["Rk. 14-03", "2019/87", "5247/87"]


def test_when_a_table_row_holds_products_and_quantities_then_no_plate_or_second_code_is_found() -> None:
    text = "| GPU | Memory |\n| A100 80GB | 80 GB |\n| H100 SXM5 | 94 GB |\n| RX 7900 | 24 GB |"
    assert plate_shape_detector().find(text) == []
    spans = [_span(text, "A100 80GB", ID), _span(text, "RX 7900", ID)]
    assert grow_codes_after_codes(text, spans) == spans
    plain = "Incident 88123 | PLK 4410"
    assert "PLK 4410" in _found(grow_codes_after_codes(plain, [_span(plain, "88123", ID)]), plain)


def test_when_an_org_label_holds_one_public_word_then_no_organisation_is_found(words) -> None:
    text = "Trust: High\nBusiness: Retail  Club: Private\nFirma: Brenvask Holz"
    assert _found(OrgActingCues().find(text, words.safe), text) == ["Brenvask Holz"]


@pytest.mark.parametrize("blank", [" ", "\t", " \t"])
def test_when_a_long_run_of_blanks_precedes_a_label_then_the_label_rules_finish_and_find_it(words, blank: str) -> None:
    # A guard against quadratic backtracking (the old patterns took minutes here); the bound is generous.
    text = (blank * 20_000)[:20_000] + "Business: Zorblax Quenty  Tax number: 482 551 903 B"
    start = time.perf_counter()
    orgs, ids = OrgActingCues().find(text, words.safe), NumberFields().find(text)
    assert time.perf_counter() - start < 20.0
    assert _found(orgs, text) == ["Zorblax Quenty"] and _found(ids, text) == ["482 551 903 B"]


def test_when_one_long_line_holds_many_tagged_names_then_growing_tails_finishes(words) -> None:
    # A guard against a look-back over the whole line for every span; the bound is generous.
    text = "Zorblax Quenty, " * 12_000
    spans = [Span(m.start(), m.end(), PERSON, 0.8) for m in re.finditer(r"Zorblax Quenty", text)]
    start = time.perf_counter()
    out = grow_unknown_heads(text, spans, words)
    assert time.perf_counter() - start < 20.0
    assert len(out) == len(spans) and all(0 <= s.start < s.end <= len(text) for s in out)


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_eight_org_codes_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R8_ORG_CODES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R8_ORG_CODES) >= 60


@pytest.mark.parametrize("domain", sorted(_FLOORS))
def test_when_a_round_eight_org_codes_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R8_ORG_CODES if s.domain == domain]) >= _FLOORS[domain]


@pytest.fixture(scope="module")
def recall_v7(recall_tagger) -> RecallTagger:
    """The round-7 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v7")


def test_when_recall_v7_tags_the_round_eight_org_codes_set_then_it_misses_more(recall_tagger, recall_v7) -> None:
    assert _rate(recall_v7, DEV_SENTENCES_R8_ORG_CODES) + 0.2 < _rate(recall_tagger, DEV_SENTENCES_R8_ORG_CODES)


def test_when_public_look_alikes_of_the_org_and_code_cues_are_tagged_then_few_words_are_tagged(
        recall_v10_tagger, recall_v7) -> None:
    tagged, words_ = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R8_ORG_CODES))
    before, _ = tagged_word_share(recall_v7, list(PUBLIC_SENTENCES_R8_ORG_CODES))
    assert words_ > 150 and tagged <= before + 2 and tagged / words_ < 0.2, (tagged, before, words_)


def test_when_only_the_private_values_differ_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    texts = [f"Regards,\nAroha Ngata\n{brand} Claims Pathways\nRef Rk. {num}/26 – card {hexid}"
             for brand, num, hexid in (("Vorthalen", "338", "9F:12:4C:E0"), ("Quembrik", "471", "0A:B3:77:21"))]
    values = r"Vorthalen|Quembrik|338|471|9F:12:4C:E0|0A:B3:77:21"
    shapes = [[re.sub(values, "X", text[s.start : s.end]) for s in recall_tagger.tag(text)] for text in texts]
    assert shapes[0] == shapes[1]
    assert any(v.endswith("X Claims Pathways") for v in shapes[0]) and "Rk. X/26" in shapes[0] and "X" in shapes[0]


@pytest.mark.parametrize("text", [
    "Stiftung " * 300, "on behalf of " * 300 + "Vorthalen", "Az. " * 300 + "3 O 123/24", "No. " * 300,
    "AB:" * 300, "KH·" * 300 + "99", "Tax no.: " + "12 " * 300, "(" * 300 + "5247/87)", "A " * 300 + "Quarters",
])  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_org_and_code_steps_return_valid_spans(words, text: str) -> None:
    found = (OrgActingCues().find(text, words.safe) + ForeignOrgHeads().find(text, words)
             + reference_detector().find(text) + hex_id_detector().find(text) + plate_shape_detector().find(text)
             + NumberFields().find(text))
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    spans = [Span(m.start(), m.end(), (PERSON, ORGANIZATION, LOCATION, ID)[k % 4], 0.8)
             for k, m in enumerate(re.finditer(r"[A-Z0-9][\w']*", text))]
    out = org_codes_r8.grow(text, spans, words)
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))  # growth never uncovers
