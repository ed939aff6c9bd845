"""Round 9, organisations, addresses, dates and codes: venues and clubs named by a town or an invented word
and a venue or member noun, house numbers before numbered roads, postcodes after a dash, buildings with
a flat number, bare day/month after a scheduling word and document numbers after a lower-case number
sign, each on its own with negative cases; then the recall profile on its round-9 set (floors are what
recall-v9 reaches when written, not targets), against recall-v8, and on public look-alikes of the cues."""

from __future__ import annotations

import itertools
import re
import time

import pytest
from recall_dev_set_r9_places import DEV_SENTENCES_R9_PLACES, PUBLIC_SENTENCES_R9_PLACES
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import (
    DATE,
    ID,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall import RecallTagger, places_r9
from dpfusion_integrations.tagging.recall.places_addresses_r9 import (
    grow_building_units,
    grow_dash_postcodes,
    grow_house_numbers,
)
from dpfusion_integrations.tagging.recall.places_codes_r9 import (
    document_number_detector,
)
from dpfusion_integrations.tagging.recall.places_dates_r9 import scheduled_date_detector
from dpfusion_integrations.tagging.recall.places_venues_r9 import VenueNames
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

#: What recall-v9 reached on each class when the set was written.
_FLOORS = {"venues": 1.0, "addresses": 1.0, "dates": 1.0, "codes": 1.0}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


def _span(text: str, value: str, kind: str = LOCATION) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.8)


def _found(spans: list[Span], text: str) -> list[str]:
    return [text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start)]


# --- venues and clubs ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "venue"), [
    ("#floor  (Tromsø Climbing Wall)\nmo 18:02  ok", "Tromsø Climbing Wall"),
    ("#desk  (Porto Climbing Wall)", "Porto Climbing Wall"),  # a town on the public word list, in a bracket
    ("The Quarvisk Wall – REGISTRATION FORM", "The Quarvisk Wall"),
    ("#floor-staff  (The Brasmoor Wall)\nteo 18:02  fall", "The Brasmoor Wall"),
    ("WAITING LIST (Toledo Growers) – updated", "Toledo Growers"),
    ("Minutes of the Duskvale Ramblers AGM", "Duskvale Ramblers"),
    ("Skate at Ostravik Ice Rink tonight", "Ostravik Ice Rink"),
    ("Fixtures: Trevannick Rovers away", "Trevannick Rovers"),
])  # fmt: skip
def test_when_a_name_word_and_a_venue_or_club_noun_stand_together_then_a_venue_is_found(
        make_view, text: str, venue: str) -> None:
    found = VenueNames().detect(make_view(text))
    assert venue in _found(found, text) and all(s.entity_type == ORGANIZATION for s in found)


@pytest.mark.parametrize("text", [
    "The Berlin Wall fell in November 1989.",  # a landmark: the parse reads a place
    "We walked along the Great Wall.",  # a descriptor
    "The Western Wall is in the old city.",
    "Hadrian's Wall runs coast to coast.",  # a possessive
    "Key Players in the Market",
    "New Climbing Wall Opens Downtown",  # a headline: public words, no segment of its own
    "the climbing wall is shut, a gym nearby, the rovers lost",  # lower case
    "Chess Players\nA guide for beginners.",  # an activity word as the name
    "Leisure Centre opening hours",  # no name word
    "Table Tennis Club\nNew members welcome.",  # two activity words, no name word
])  # fmt: skip
def test_when_the_words_before_a_venue_noun_describe_or_name_a_landmark_then_no_venue_is_found(
        make_view, text: str) -> None:
    assert VenueNames().detect(make_view(text)) == []


def test_when_a_town_on_the_public_word_list_is_not_in_a_segment_of_its_own_then_a_member_noun_is_not_enough(
        words) -> None:
    text = "Stuttgart Singers won praise; the (Stuttgart Singers) sang."
    assert _found(VenueNames().find(text, words), text) == ["Stuttgart Singers"]


# --- addresses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "road", "address"), [
    ("Unit base: 44 80 Feet Road, Koramangala", "80 Feet Road, Koramangala", "44 80 Feet Road, Koramangala"),
    ("confirm 7B 60 Feet Road as the address", "60 Feet Road", "7B 60 Feet Road"),
    ("12 4th Cross Road, Malleswaram", "4th Cross Road, Malleswaram", "12 4th Cross Road, Malleswaram"),
    ("Flat 3, 9/2 2nd Main Road", "2nd Main Road", "9/2 2nd Main Road"),
])  # fmt: skip
def test_when_a_house_number_stands_before_a_numbered_road_then_the_address_takes_it(
        text: str, road: str, address: str) -> None:
    assert _found(grow_house_numbers(text, [_span(text, road)]), text) == [address]


@pytest.mark.parametrize(("text", "road"), [
    ("Tel 020 7946 100 Feet Road", "100 Feet Road"),  # a digit group before: part of a number
    ("ref 12-7-2024 100 Feet Road", "100 Feet Road"),  # the tail of a dated code
    ("Call 3.5 80 Feet Road", "80 Feet Road"),
])  # fmt: skip
def test_when_the_number_before_a_numbered_road_belongs_to_another_number_then_it_stays(text: str, road: str) -> None:
    spans = [_span(text, road)]
    assert grow_house_numbers(text, spans) == spans


@pytest.mark.parametrize(("text", "spans", "address"), [
    ("confirm Bengaluru - 560034 as the address", [("Bengaluru", LOCATION)], "Bengaluru - 560034"),
    ("Send to Mysuru - 570 001.", [("Mysuru", LOCATION)], "Mysuru - 570 001"),
    ("Anand Nagar, Hubballi - 580032 (gate 2)", [("Anand Nagar", LOCATION), ("Hubballi", PERSON)],
     "Hubballi - 580032"),
    ("Paris – 75011\nFrance", [("Paris", LOCATION)], "Paris – 75011"),
])  # fmt: skip
def test_when_a_postcode_follows_a_town_after_a_dash_then_the_town_takes_it(text: str, spans, address: str) -> None:
    grown = grow_dash_postcodes(text, [_span(text, v, k) for v, k in spans])
    assert address in _found(grown, text) and all(s.entity_type == LOCATION for s in grown if "-" in text[s.start:s.end]
                                                 or "–" in text[s.start:s.end])


@pytest.mark.parametrize(("text", "spans"), [
    ("Lagos - 2024 was busy", [("Lagos", LOCATION)]),  # a year
    ("Pune - 100000 visitors came", [("Pune", LOCATION)]),  # a count before a noun
    ("Amara - 560034 as the code", [("Amara", PERSON)]),  # a person, no place before
])  # fmt: skip
def test_when_a_dash_and_a_number_are_no_postcode_then_the_span_stays(text: str, spans) -> None:
    given = [_span(text, v, k) for v, k in spans]
    assert grow_dash_postcodes(text, given) == given


def test_when_a_building_and_a_flat_number_open_an_address_line_then_they_are_an_address() -> None:
    text = "08:22 - ana: Seabright Towers 1402, Marine Drive, Kochi\nOrchid Residency 33B, 12 Lake Road, Colombo"
    spans = [_span(text, "Kochi"), _span(text, "Colombo"), _span(text, "Seabright", PERSON)]
    found = _found(grow_building_units(text, spans), text)
    assert "Seabright Towers 1402" in found and "Orchid Residency 33B" in found


@pytest.mark.parametrize("text", [
    "Marina Heights 2018 was a good year, said Lagos.",  # no comma right after the number
    "We toured Marina Heights 2018, then went home.",  # no segment start, no place after
])  # fmt: skip
def test_when_a_building_and_a_number_are_no_address_line_then_nothing_is_added(text: str) -> None:
    spans = [_span(text, "Lagos")] if "Lagos" in text else []
    assert grow_building_units(text, spans) == spans


# --- dates and codes ----------------------------------------------------------------------------


def test_when_a_bare_day_and_month_follow_a_scheduling_word_then_they_are_a_date() -> None:
    text = ("he can come 3/26 between 2-4; comes 10/3; delivery 5/6, pickup 5/9; back 9/14; reopens 1/15; "
            "due by 12/1; closed until 6/30; arriving 27/9; see you on 4/2")
    found = scheduled_date_detector().find(text)
    assert _found(found, text) == ["3/26", "10/3", "5/6", "5/9", "9/14", "1/15", "12/1", "6/30", "27/9", "4/2"]
    assert all(s.entity_type == DATE for s in found)


@pytest.mark.parametrize("text", [
    "Add 3/4 cup of flour.", "We won 3/1 and lost 2/4.", "Open 24/7 all year.", "Cut it by 1/2 now.",
    "On 2/3 of the days it rained.", "came 4/5 in the quiz", "due 3/10 marks", "by 13/13", "from 1/3 to 1/2",
    "version 2/3.1", "on 9/11 anniversaries",
])  # fmt: skip
def test_when_a_fraction_score_ratio_or_phrase_follows_a_cue_then_no_date_is_found(text: str) -> None:
    assert scheduled_date_detector().find(text) == []


def test_when_a_document_number_follows_a_lower_case_sign_then_it_is_an_id() -> None:
    text = ("Agreement no. 1873-52\ncontract no 1966-41; policy number 88123-A; Licence nr. 1999/01; "
            "Permit # 5512-B; lease no. 30881")
    found = document_number_detector().find(text)
    assert _found(found, text) == ["1873-52", "1966-41", "88123-A", "1999/01", "5512-B", "30881"]
    assert all(s.entity_type == ID for s in found)


@pytest.mark.parametrize("text", [
    "See page no. 123 and track no 12.", "There were no 1000 people.", "Version number 3.12 is out.",
    "Symphony no. 9 and model no. 44.", "ISBN no. 978-3-16", "Dial phone number 555-0192 later.",
])  # fmt: skip
def test_when_a_sign_follows_a_word_of_a_text_part_or_quantity_then_no_document_number_is_found(text: str) -> None:
    assert document_number_detector().find(text) == []


# --- linear time --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The " * 5000 + "Wall", "Quarvisk " * 5000 + "Climbing Wall", "(Porto Growers) " * 3000,
    "come " * 5000 + "3/25", "on 3/" * 5000, "Agreement no. " * 4000 + "1873-52", "no. 12-" * 4000,
    "Seabright Towers 1402, " * 2000 + "Kochi", "1 " * 8000 + "100 Feet Road", "Pune - " * 4000 + "560034",
    " " * 20_000 + "Pune - 560034", "\t" * 20_000 + "(Porto Climbing Wall)",
], ids=lambda text: f"{text[:12]!r}x{len(text)}")  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_places_steps_finish_with_valid_spans(words, text: str) -> None:
    # A guard against rescanning a line per candidate; the bound is generous.
    start = time.perf_counter()
    found = (VenueNames().find(text, words) + scheduled_date_detector().find(text)
             + document_number_detector().find(text))
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    spans = [Span(m.start(), m.end(), (LOCATION, PERSON, ORGANIZATION)[k % 3], 0.8)
             for k, m in enumerate(re.finditer(r"[A-Z0-9][\w']*", text))]
    out = places_r9.grow(text, spans, words)
    assert time.perf_counter() - start < 20.0
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))  # growth never uncovers


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_nine_places_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R9_PLACES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R9_PLACES) >= 45


@pytest.mark.parametrize("domain", sorted(_FLOORS))
def test_when_a_round_nine_places_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R9_PLACES if s.domain == domain]) >= _FLOORS[domain]


@pytest.fixture(scope="module")
def recall_v8(recall_tagger) -> RecallTagger:
    """The round-8 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v8")


def test_when_recall_v8_tags_the_round_nine_places_set_then_it_misses_more(recall_tagger, recall_v8) -> None:
    assert _rate(recall_v8, DEV_SENTENCES_R9_PLACES) + 0.2 < _rate(recall_tagger, DEV_SENTENCES_R9_PLACES)


def test_when_public_look_alikes_of_the_places_cues_are_tagged_then_no_more_words_are_tagged(
        recall_v10_tagger, recall_v8) -> None:
    tagged, words_ = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R9_PLACES))
    before, _ = tagged_word_share(recall_v8, list(PUBLIC_SENTENCES_R9_PLACES))
    assert words_ > 150 and tagged <= before and tagged / words_ < 0.12, (tagged, before, words_)


def test_when_only_the_private_values_differ_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    texts = [f"#desk  ({venue} Climbing Wall)\nplease confirm {house} 80 Feet Road - agreement no. {num}"
             for venue, house, num in (("Quarvisk", "44", "1873-52"), ("Brasmoor", "7", "1966-41"))]
    values = r"Quarvisk|Brasmoor|\b44\b|\b7\b|1873-52|1966-41"
    shapes = [[re.sub(values, "X", text[s.start : s.end]) for s in recall_tagger.tag(text)] for text in texts]
    assert shapes[0] == shapes[1]
    assert "X Climbing Wall" in shapes[0] and "X" in shapes[0]
