"""Round 10, organisations and addresses: Baltic, Balkan, Central Asian, Andean and Francophone street
shapes, districts and district lines inside an address block, businesses named by a business noun and
catch-phrase brands in a letterhead, each on its own with negative cases; then the recall profile on its
round-10 set (floors are what recall-v10 reaches when written), against recall-v9, and on public
look-alikes of the cues."""

from __future__ import annotations

import time

import pytest
from recall_dev_set_r10_places import DEV_SENTENCES_R10_PLACES, PUBLIC_SENTENCES_R10_PLACES
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall import RecallTagger, places_r10
from dpfusion_integrations.tagging.recall.places_blocks_r10 import (
    DistrictNames,
    grow_block_lines,
    grow_district_words,
)
from dpfusion_integrations.tagging.recall.places_brands_r10 import BrandNames
from dpfusion_integrations.tagging.recall.places_streets_r10 import street_detector
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

#: What recall-v10 reached on each class when the set was written.
_FLOORS = {"streets": 1.0, "districts": 0.9, "brands": 1.0}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


def _span(text: str, value: str, kind: str = LOCATION) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.8)


def _found(spans: list[Span], text: str) -> list[str]:
    return [text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start)]


# --- streets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "street"), [
    ("at Kalnciema iela 88k2, dz. 14, Riga", "Kalnciema iela 88k2, dz. 14"),
    ("Tartu maantee 74, korter 9", "Tartu maantee 74, korter 9"),
    ("Savanorių pr. 144-7, Kaunas", "Savanorių pr. 144-7"),
    ("Žalgirio gatvė 9, butas 21", "Žalgirio gatvė 9, butas 21"),
    ("Property: ul. Marshal Tito br. 33/4, 1000 Skopje", "ul. Marshal Tito br. 33/4"),
    ("Bobur ko'chasi 17, Samarqand", "Bobur ko'chasi 17"),
    ("Av. Shyris N35-52, Quito", "Av. Shyris N35-52"),
    ("Rue des Jardins, lot 214, Treichville", "Rue des Jardins, lot 214"),
    ("Treichville, 18 BP 2210 Abidjan", "18 BP 2210 Abidjan"),
])  # fmt: skip
def test_when_a_street_follows_a_country_convention_then_it_is_found(text: str, street: str) -> None:
    found = street_detector().find(text)
    assert street in _found(found, text) and all(s.entity_type == LOCATION for s in found)


@pytest.mark.parametrize("text", [
    "Golf tee times are posted.", "I told you a lot 5 times.", "Meet me on the avenue at 5.",
    "Section N9-118 of the manual", "ul. 12 is not a street", "Vitamin E3-45 dosage",
])  # fmt: skip
def test_when_a_street_word_has_no_name_or_number_then_nothing_is_found(text: str) -> None:
    assert street_detector().find(text) == []


# --- districts ----------------------------------------------------------------------------------


def test_when_a_district_word_or_a_quarter_word_names_a_district_then_it_is_found(words) -> None:
    text = ("Olmazor tumani, Toshkent; Flat 4, Sükhbaatar düüreg; apt 7, Songinokhairkhan district, Erdenet\n"
            "18 Rue Manga Bell, quartier Akwa\nDouala")
    found = _found(DistrictNames().find(text, words), text)
    assert found == ["Olmazor tumani", "Sükhbaatar düüreg", "Songinokhairkhan district", "quartier Akwa"]


@pytest.mark.parametrize("text", [
    "We hiked in the Lake District.", "Peak District, then home.", "The Central Business District, busy.",
    "a quartier nearby", "my district, your ward",
])  # fmt: skip
def test_when_a_district_word_follows_public_words_then_nothing_is_found(words, text: str) -> None:
    assert DistrictNames().find(text, words) == []


def test_when_a_location_span_precedes_a_district_word_then_it_grows_over_it() -> None:
    text = "outside Building 9, apt 3, Bayangol district, Darkhan"
    grown = grow_district_words(text, [_span(text, "Building 9, apt 3, Bayangol")])
    assert _found(grown, text) == ["Building 9, apt 3, Bayangol district"]


def test_when_a_line_stands_between_a_street_line_and_a_town_line_then_it_is_a_district() -> None:
    text = "Kouassi Roofing\nAvenue Terrasson, lot 12\nAdjamé\n01 BP 4471 Abidjan\n\nIntroduction\nMore text"
    spans = [_span(text, "Avenue Terrasson, lot 12"), _span(text, "01 BP 4471 Abidjan")]
    assert "Adjamé" in _found(grow_block_lines(text, spans), text)
    # a heading between paragraphs is no district line
    assert "Introduction" not in _found(grow_block_lines(text, spans), text)


def test_when_the_line_before_holds_no_number_then_no_district_line_is_added() -> None:
    text = "Kind regards,\nPlateau\nAbidjan"
    spans = [_span(text, "Abidjan")]
    assert grow_block_lines(text, spans) == spans


# --- brands -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "brand"), [
    ("FLIGHT LOG — Vesperine Balloon Tours     Date 3-4-2026", "Vesperine Balloon Tours"),
    ("INCIDENT NOTE (The Morvath Vault) logged", "The Morvath Vault"),
    ("two nights at Tessaly Planetarium next week", "Tessaly Planetarium"),
    ("Paws at Kelvedon  ·  INTAKE FORM\nOwner: R. O.", "Paws at Kelvedon"),
    ("INCIDENT NOTE (Locked in Cartago) 2026/3/4", "Locked in Cartago"),
    ("Booking confirmation\nEscape Durnovia — The Pharaoh's Tomb", "Escape Durnovia"),
    ("Stash-it Quorra — STORAGE AGREEMENT", "Stash-it Quorra"),
])  # fmt: skip
def test_when_a_business_or_brand_name_stands_in_its_place_then_it_is_found(words, text: str, brand: str) -> None:
    found = BrandNames().find(text, words)
    assert brand in _found(found, text) and all(s.entity_type == ORGANIZATION for s in found)


@pytest.mark.parametrize("text", [
    "Lost in Translation — a film review", "INCIDENT NOTE (The Last Train) reset", "The Globe Theatre reopened.",
    "Cheap Flights and Package Tours", "The Main Stage opens; the Escape Rooms close.", "Happy Birthday — from us",
    "Storage tips · keep boxes dry",
])  # fmt: skip
def test_when_a_business_noun_or_heading_holds_public_words_only_then_no_brand_is_found(words, text: str) -> None:
    assert BrandNames().find(text, words) == []


# --- linear time --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Kalnciema " * 5000 + "iela 5", "ul. Goce " * 4000 + "br. 5", "Av. x " * 4000 + "N9-118",
    "Rue Anna " * 4000 + ", lot 5", "74 BP 77 " * 4000, "Bayan " * 5000 + "district",
    "Plateau\n" * 8000, "The Quorun " * 5000 + "Vault", "Paws at " * 4000 + "Limu", "(" * 5000 + "Locked in X)",
    " " * 20_000 + "— X", "quartier " * 5000,
], ids=lambda text: f"{text[:12]!r}x{len(text)}")  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_places_steps_finish_with_valid_spans(words, text: str) -> None:
    # A guard against rescanning a line per candidate; the bound is generous.
    start = time.perf_counter()
    found = street_detector().find(text) + DistrictNames().find(text, words) + BrandNames().find(text, words)
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    spans = [Span(m.start(), m.end(), (LOCATION, PERSON, ORGANIZATION)[k % 3], 0.8)
             for k, m in enumerate(__import__("re").finditer(r"[A-Z0-9][\w']*", text))]
    out = places_r10.grow(text, spans, words)
    assert time.perf_counter() - start < 20.0
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))  # growth never uncovers


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_ten_places_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R10_PLACES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R10_PLACES) >= 50


@pytest.fixture(scope="module")
def recall_v10(recall_v10_tagger) -> RecallTagger:
    """The round-10 detector set (the session's shared ``recall-v10`` tagger)."""
    return recall_v10_tagger


@pytest.fixture(scope="module")
def recall_v9(recall_tagger) -> RecallTagger:
    """The round-9 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v9")


@pytest.mark.parametrize("domain", sorted(_FLOORS))
def test_when_a_round_ten_places_class_is_tagged_then_its_mentions_are_covered(recall_v10, domain: str) -> None:
    assert _rate(recall_v10, [s for s in DEV_SENTENCES_R10_PLACES if s.domain == domain]) >= _FLOORS[domain]


def test_when_recall_v9_tags_the_round_ten_places_set_then_it_misses_more(recall_v10, recall_v9) -> None:
    assert _rate(recall_v9, DEV_SENTENCES_R10_PLACES) + 0.2 < _rate(recall_v10, DEV_SENTENCES_R10_PLACES)


def test_when_public_look_alikes_of_the_places_cues_are_tagged_then_few_more_words_are_tagged(
        recall_v10, recall_v9) -> None:
    tagged, words_ = tagged_word_share(recall_v10, list(PUBLIC_SENTENCES_R10_PLACES))
    before, _ = tagged_word_share(recall_v9, list(PUBLIC_SENTENCES_R10_PLACES))
    assert words_ > 80 and tagged <= before and tagged / words_ < 0.15, (tagged, before, words_)


def test_when_a_first_line_names_a_person_then_no_brand_takes_it(recall_tagger) -> None:
    """A note that opens with a role word and a person ("Patient Ann Lee (…)") is no letterhead brand: an
    organisation span there would take the role word and turn the person into an organisation (found by
    the red-team unit-alias test, whose canary person then resolved to another unit)."""
    text = "Patient Zephyrine Okonkwo-Valdés (record ZX-9931-CANARY) reported chest pain."
    spans = [(text[s.start : s.end], s.entity_type) for s in recall_tagger.tag(text)]
    assert ("Zephyrine Okonkwo-Valdés", "PERSON") in spans
    assert not any(value.startswith("Patient") for value, _ in spans)
