"""Round 8 (addresses) of the recall profile: named buildings with a dotted prefix, post boxes of many
countries, unit and floor words round 7 lacked, streets whose type word leads or is missing, and
postcode-and-town or town-and-state lines.

The development-set floors are what recall-v8 reaches (recall-v7 for comparison: 48/49 buildings,
22/25 boxes, 17/30 units, 21/23 streets, 16/17 towns, 22/27 fresh), not targets. Each rule also has
focused tests, with the public look-alikes it must leave alone.
"""

from __future__ import annotations

import re
import time
from itertools import pairwise

import pytest
from recall_dev_set import parse_dev_sentence
from recall_dev_set_r8_addresses import (
    DEV_SENTENCES_R8_ADDRESSES,
    FRESH_SENTENCES_R8_ADDRESSES,
    PUBLIC_SENTENCES_R8_ADDRESSES,
)
from test_recall_dev_set_r3 import _public_tagging, _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall import RecallTagger, addresses_r8
from dpfusion_integrations.tagging.recall.addresses_boxes_r8 import find_boxes
from dpfusion_integrations.tagging.recall.addresses_buildings_r8 import find_buildings
from dpfusion_integrations.tagging.recall.addresses_regions_r8 import grow_regions
from dpfusion_integrations.tagging.recall.addresses_streets_r8 import StreetsR8
from dpfusion_integrations.tagging.recall.addresses_units_r8 import (
    grow_units,
    unit_part_length,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_FLOORS = {"buildings": 1.0, "boxes": 1.0, "units": 1.0, "streets": 1.0, "towns": 1.0}


def _texts(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def _chars(text: str, spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end) if not text[i].isspace()}


def _at(text: str, value: str, group_type: str = LOCATION) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), group_type, 0.5)


# --- the development set ------------------------------------------------------------------------

def test_when_the_round_eight_address_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R8_ADDRESSES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R8_ADDRESSES) >= 120
    assert len(FRESH_SENTENCES_R8_ADDRESSES) >= 12
    assert {g.group_type for s in DEV_SENTENCES_R8_ADDRESSES for g in s.gold} == {PERSON, LOCATION}


@pytest.mark.parametrize("domain", sorted(_FLOORS))
def test_when_a_round_eight_address_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    sample = [s for s in DEV_SENTENCES_R8_ADDRESSES if s.domain == domain]
    assert _rate(recall_tagger, sample) >= _FLOORS[domain]


def test_when_address_sentences_written_after_the_rules_are_tagged_then_recall_holds_up(recall_tagger) -> None:
    assert _rate(recall_tagger, FRESH_SENTENCES_R8_ADDRESSES) >= 0.96


@pytest.fixture(scope="module")
def recall_v7() -> RecallTagger:
    """The round-7 tagger, built once for this module's comparisons."""
    return RecallTagger(version="recall-v7")


def test_when_recall_v7_tags_the_address_set_then_it_misses_more(recall_tagger, recall_v7) -> None:
    """The round-8 address rules are what covers these classes: recall-v7 does not."""
    previous = recall_v7
    sample = [*DEV_SENTENCES_R8_ADDRESSES, *FRESH_SENTENCES_R8_ADDRESSES]
    assert _rate(previous, sample) + 0.08 < _rate(recall_tagger, sample)


def test_when_address_look_alikes_are_tagged_then_the_round_eight_rules_add_almost_nothing(
    recall_v10_tagger, recall_v7
) -> None:
    """Public text with buses, boxes, rooms, building words and state-like capitals: the share of
    tagged words stays low, and the round-8 address step grows recall-v7's spans by at most one word."""
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R8_ADDRESSES))
    assert words > 200 and tagged / words < 0.22, (tagged, words)
    previous = recall_v7
    lists = load_wordlists()
    added = 0
    for text in PUBLIC_SENTENCES_R8_ADDRESSES:
        before = previous.tag(text)
        after = addresses_r8.grow(text, before, lists)
        added += len(_chars(text, after) - _chars(text, before))
    assert added <= 3, added


def test_when_public_look_alikes_are_read_then_the_round_eight_street_detector_finds_nothing(make_view) -> None:
    for text in PUBLIC_SENTENCES_R8_ADDRESSES:
        assert StreetsR8().detect(make_view(text)) == [], text


def test_when_only_the_private_address_values_differ_then_the_public_tagging_is_the_same(recall_tagger) -> None:
    pairs = [
        ("Delivery: courier to [[LOCATION:Kerkstraat 44 bus 7]]\n[[LOCATION:9000 Gent]]",
         "Delivery: courier to [[LOCATION:Molenstraat 3 bus 12]]\n[[LOCATION:3000 Leuven]]"),
        ("at [[LOCATION:H. Sunny Villa]], [[LOCATION:Ameeru Ahmed Magu]]. Clip attached.",
         "at [[LOCATION:Ma. Lotus Villa]], [[LOCATION:Sosun Magu]]. Clip attached."),
        ("Pick-up from [[LOCATION:Odos Ermou 14]], [[LOCATION:2os orofos]]. Then home.",
         "Pick-up from [[LOCATION:Odos Solonos 88]], [[LOCATION:7os orofos]]. Then home."),
    ]
    for a, b in pairs:
        first, second = parse_dev_sentence("pair", a), parse_dev_sentence("pair", b)
        assert _public_tagging(recall_tagger, first) == _public_tagging(recall_tagger, second), a


# --- units --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("1os orofos, Glyfada", "1os orofos"),
    ("3ος όροφος", "3ος όροφος"),
    ("as. 4. Then we left", "as. 4"),
    ("bte 12", "bte 12"),
    ("3. krs", "3. krs"),
    ("эт. 5)", "эт. 5"),
    ("302号室", "302号室"),
    ("Lantai 3", "Lantai 3"),
])
def test_when_a_unit_part_opens_then_its_length_is_read(text: str, expected: str) -> None:
    assert unit_part_length(text, 0) == len(expected)


@pytest.mark.parametrize("text", ["bus 21 leaves at 9", "as soon as 4 arrive", "box of 24 pencils", "Floor plan"])
def test_when_a_unit_word_runs_on_into_prose_then_no_unit_part_is_read(text: str) -> None:
    assert unit_part_length(text, 0) == 0


def test_when_a_unit_follows_a_house_number_then_the_street_grows_over_it() -> None:
    text = "Send it to Molenstraat 3 bus 12 please, and Rue Haute 9, boîte 3, Liège."
    spans = [_at(text, "Molenstraat 3"), _at(text, "Rue Haute 9"), _at(text, "Liège")]
    assert _texts(text, grow_units(text, spans)) == ["Molenstraat 3 bus 12", "Rue Haute 9, boîte 3, Liège"]


def test_when_a_unit_word_stands_beside_no_place_then_nothing_grows() -> None:
    text = "The bus 21 leaves at 9, bus 40 at ten; Meeting 3 bus 4."
    spans = [_at(text, "Meeting 3", ORGANIZATION)]
    assert grow_units(text, spans) == spans


@pytest.mark.parametrize(("text", "street", "group_type", "grown"), [
    ("Адрес: ул. Баумана, д. 15, кв. 42", "ул. Баумана, д. 15", PERSON, "ул. Баумана, д. 15, кв. 42"),
    ("Адреса: вул. Франка, буд. 3, кв. 7, під'їзд", "вул. Франка, буд. 3", PERSON, "вул. Франка, буд. 3, кв. 7"),
    ("Ship to Orion Plaza 12, Suite 400, Denver", "Orion Plaza 12", ORGANIZATION, "Orion Plaza 12, Suite 400"),
    ("Kontakt: Nordhaus 4, 3. krs", "Nordhaus 4", ORGANIZATION, "Nordhaus 4, 3. krs"),
])  # fmt: skip
def test_when_a_name_typed_span_ends_with_a_house_number_then_unit_parts_join_and_the_type_stays(
    text: str, street: str, group_type: str, grown: str
) -> None:
    spans = grow_units(text, [_at(text, street, group_type)])
    assert _texts(text, spans) == [grown] and spans[0].entity_type == group_type


@pytest.mark.parametrize(("text", "value", "group_type"), [
    ("Meeting 3 bus 4 was late.", "Meeting 3", ORGANIZATION),  # no inline unit after a name span
    ("Agent 7, bus 3 to town", "Agent 7", PERSON),  # the part runs on into prose
    ("Ivanov, кв. 42", "Ivanov", PERSON),  # the name ends with no number
    ("Report 2024, Suite 5", "Report", "DATE"),  # another type never grows
])
def test_when_a_name_span_has_no_number_or_no_unit_part_then_it_does_not_grow(text: str, value: str, group_type: str) -> None:
    spans = [_at(text, value, group_type)]
    assert grow_units(text, spans) == spans


def test_when_the_cyrillic_address_is_tagged_then_the_flat_number_is_covered(recall_tagger) -> None:
    text = "Адрес: г. Казань, ул. Баумана, д. 15, кв. 42"
    assert set(range(text.index("42"), len(text))) <= _chars(text, recall_tagger.tag(text))


# --- post boxes ---------------------------------------------------------------------------------

def test_when_a_spelled_out_post_box_is_written_then_it_is_a_place() -> None:
    text = "Remit to Caixa Postal 2044 or Skrytka pocztowa 19 or Private Bag X41; Postfach 12 34."
    found = _texts(text, find_boxes(text, [], load_wordlists()))
    assert found == ["Caixa Postal 2044", "Skrytka pocztowa 19", "Private Bag X41", "Postfach 12 34"]


def test_when_a_short_box_code_stands_in_an_address_block_then_it_is_a_place() -> None:
    text = "Koffi Adjoumani\nBP 915\nBouaké"
    spans = [_at(text, "Koffi Adjoumani", PERSON)]
    assert _texts(text, find_boxes(text, spans, load_wordlists())) == ["Koffi Adjoumani", "BP 915"]
    cued = "Write to B.P. 2210, Niamey."
    assert _texts(cued, find_boxes(cued, [], load_wordlists())) == ["B.P. 2210"]


@pytest.mark.parametrize("text", [
    "Tick box 12 on the form.",
    "Keep it in Box 4, Shelf 2.",
    "Box 12\nPens and pencils",
    "Marque la Casilla 5 del formulario.",
    "Share prices: BP 473 pence at close.",
])
def test_when_a_short_box_code_stands_in_prose_then_it_is_not_a_place(text: str) -> None:
    assert find_boxes(text, [], load_wordlists()) == []


# --- named buildings ----------------------------------------------------------------------------

def test_when_a_named_building_stands_before_an_address_part_then_it_joins_with_its_prefix() -> None:
    text = "Ballot papers go to Hm. Sea Breeze Lodge, Dhanbu Goalhi, and Shanti Niwas, 14 Laxmi Road."
    spans = [_at(text, "Dhanbu Goalhi"), _at(text, "14 Laxmi Road")]
    found = _texts(text, find_buildings(text, spans, load_wordlists()))
    assert found == ["Hm. Sea Breeze Lodge", "Dhanbu Goalhi", "Shanti Niwas", "14 Laxmi Road"]


@pytest.mark.parametrize(("text", "building"), [
    ("Stay at Rose Cottage, Jalan Ampang 5, Kuala Lumpur", "Rose Cottage"),  # round 5's leading word
    ("Send to Sai Krupa Bhavan, Anand Nagar, Pune", "Sai Krupa Bhavan"),  # round 8's South Asian word
    ("Write to Lake House, Via Garibaldi 7, Como", "Lake House"),
])
def test_when_a_shared_street_word_opens_the_part_after_a_building_then_the_building_is_found(
    text: str, building: str
) -> None:
    assert building in _texts(text, find_buildings(text, [], load_wordlists()))


def test_when_an_address_label_opens_a_line_then_a_building_after_it_is_a_place() -> None:
    text = "Address: Casa Amarela\nRua do Norte 48"
    assert _texts(text, find_buildings(text, [], load_wordlists())) == ["Casa Amarela"]


@pytest.mark.parametrize("text", [
    "Building on the Villa Park result, the coach kept the same eleven.",
    "The Supreme Court, 12 May: the appeal was dismissed.",
    "We walked to the Manor House gardens.",
    "Dr. Court House, 3 pm appointment.",
    "The Opera House, Act 2 opens after the interval.",
])
def test_when_a_building_word_is_outside_an_address_position_then_no_building_is_found(text: str) -> None:
    assert find_buildings(text, [], load_wordlists()) == []


# --- streets and towns ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Please send it to Chaussée de Louvain 540, 1030 Schaerbeek.", ["Chaussée de Louvain 540"]),
    ("The shop moved to Groenplaats 7, 2000 Antwerpen.", ["Groenplaats 7"]),
    ("at Frère-Orbanlaan 2 bus 5 near the park", ["Frère-Orbanlaan 2"]),
    ("Office on Kipdorpvest 31 since May.", ["Kipdorpvest 31"]),
    ("Адрес: ул. Садовая 17, кв. 42", ["ул. Садовая 17"]),
    ("The clinic is on Nehru Marg, Udaipur.", ["Nehru Marg"]),
    ("The family lived near Moncton NB for years.", ["Moncton NB"]),
])
def test_when_a_street_or_cued_town_has_an_r8_shape_then_it_is_found(make_view, text: str, expected) -> None:
    assert _texts(text, StreetsR8().detect(make_view(text))) == expected


@pytest.mark.parametrize("text", [
    "Square Enix 2 sold well.",
    "Tested in Safari OK and in Chrome IN beta.",
    "Chapter 3 covers the basics.",
])
def test_when_public_text_has_a_street_like_shape_then_no_r8_street_is_found(make_view, text: str) -> None:
    assert StreetsR8().detect(make_view(text)) == []


def test_when_a_region_code_follows_a_place_then_it_joins_it() -> None:
    text = ("He stayed in Tulsa OK. Then Halifax, NS B3H 1A1, Perth WA 6000, Springfield, Ill., "
            "Campinas/SP, Pune MH 411001 and Lecco (LC); OK.")
    places = ["Tulsa", "Halifax", "Perth", "Springfield", "Campinas", "Pune", "Lecco"]
    grown = _texts(text, grow_regions(text, [_at(text, p) for p in places]))
    assert grown == ["Tulsa OK", "Halifax, NS B3H 1A1", "Perth WA 6000", "Springfield, Ill.", "Campinas/SP",
                     "Pune MH 411001", "Lecco (LC)"]
    person = [_at(text, "Tulsa", PERSON)]
    assert grow_regions(text, person) == person


@pytest.mark.parametrize(("text", "place"), [
    ("LIVES IN LONDON OR PARIS", "LONDON"),
    ("Berlin is big", "Berlin"),
    ("Vienna ACTION plan", "Vienna"),
])
def test_when_a_place_is_followed_by_a_word_then_no_region_joins(text: str, place: str) -> None:
    spans = [_at(text, place)]
    assert grow_regions(text, spans) == spans


# --- linear time --------------------------------------------------------------------------------

_ADVERSARIAL = {
    "buildings": "Ma. Rose Villa, " * 2_000,
    "building lines": "Kestrel Lodge\n12 Mill Lane\n" * 1_000,
    "boxes": "BP 12 " * 2_000,
    "box lines": "BP 12\nAnn\n" * 1_500,
    "units": "Meir 12 bus 3, as. 4, " * 1_000,
    "states": "Tulsa OK, " * 2_000,
}


@pytest.mark.parametrize("name", sorted(_ADVERSARIAL))
def test_when_input_is_adversarial_then_the_round_eight_address_step_finishes_quickly(name: str) -> None:
    """The step runs on every merged span and every candidate of one long line; it must stay linear
    (generous bound: a busy machine cannot fail it, a quadratic scan would)."""
    text = _ADVERSARIAL[name]
    types = (PERSON, LOCATION, ORGANIZATION)
    words = list(re.finditer(r"\w+", text))[::3]
    spans = [Span(m.start(), m.end(), types[i % len(types)], 0.5) for i, m in enumerate(words)]
    start = time.perf_counter()
    grown = addresses_r8.grow(text, spans, load_wordlists())
    assert time.perf_counter() - start < 20.0
    assert all(0 <= s.start < s.end <= len(text) for s in grown)
    assert all(a.end <= b.start for a, b in pairwise(grown))
