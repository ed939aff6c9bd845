"""Round 6 (people) of the recall profile: initials that are also abbreviations, signing dashes, carets
and bracketed initials; lower-case names after cues and with non-English letters; first names after a
role word; name parts joined across particles and upper-case surnames.

The development-set floors are what recall-v6 reaches (recall-v5 for comparison: 5/21 initials, 9/17
lower-case names, 8/15 joins, 16/25 fresh sentences), not targets. Each rule also has focused tests,
with the public look-alikes it must leave alone.
"""

from __future__ import annotations

import itertools

import pytest
from recall_dev_set import parse_dev_sentence
from recall_dev_set_r6_people import (
    DEV_SENTENCES_R6_PEOPLE,
    FRESH_SENTENCES_R6_PEOPLE,
    PUBLIC_SENTENCES_R6_PEOPLE,
)
from test_recall_dev_set_r3 import _public_tagging, _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall import RecallTagger
from dpfusion_integrations.tagging.recall.lower_names_r6 import (
    LowerCaseNames,
    join_lower_surnames,
    list_lower_names,
    unknown_lower,
)
from dpfusion_integrations.tagging.recall.name_joins_r6 import join_name_parts
from dpfusion_integrations.tagging.recall.names_r6 import detectors, grow
from dpfusion_integrations.tagging.recall.role_names_r6 import RoleNames
from dpfusion_integrations.tagging.recall.signed_initials_r6 import (
    SignedInitials,
    bracketed_initials,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_FLOORS = {"initials": 0.95, "lower": 0.97, "joins": 0.97, "roles": 0.97}


def _values(view, spans: list[Span]) -> list[str]:
    return [view.text[s.start : s.end] for s in spans]


def _found(make_view, detector, text: str) -> list[str]:
    view = make_view(text)
    return _values(view, detector.detect(view))


# --- the development set ------------------------------------------------------------------------

def test_when_the_round_six_people_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R6_PEOPLE} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R6_PEOPLE) >= 50 and len(FRESH_SENTENCES_R6_PEOPLE) >= 20
    assert all(g.group_type == PERSON for s in (*DEV_SENTENCES_R6_PEOPLE, *FRESH_SENTENCES_R6_PEOPLE) for g in s.gold)


@pytest.mark.parametrize("domain", sorted(_FLOORS))
def test_when_a_round_six_people_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R6_PEOPLE if s.domain == domain]) >= _FLOORS[domain]


def test_when_sentences_written_after_the_people_rules_are_tagged_then_recall_holds_up(recall_tagger) -> None:
    assert _rate(recall_tagger, FRESH_SENTENCES_R6_PEOPLE) >= 0.92


def test_when_the_previous_detector_set_tags_the_people_set_then_it_misses_more(recall_tagger) -> None:
    """The round-6 people rules are what covers these classes: recall-v5 does not."""
    previous = RecallTagger(version="recall-v5")
    sample = [s for s in DEV_SENTENCES_R6_PEOPLE if s.domain in ("initials", "lower", "joins")]
    assert _rate(previous, sample) + 0.3 < _rate(recall_tagger, sample)


def test_when_public_look_alikes_of_the_people_cues_are_tagged_then_few_words_are_tagged(recall_tagger) -> None:
    tagged, words = tagged_word_share(recall_tagger, list(PUBLIC_SENTENCES_R6_PEOPLE))
    assert words > 200 and tagged / words < 0.12, (tagged, words)


def test_when_public_look_alikes_are_read_then_the_people_detectors_find_nothing(make_view) -> None:
    for text in PUBLIC_SENTENCES_R6_PEOPLE:
        view = make_view(text)
        assert [d.name for d in detectors() if d.detect(view)] == [], text


def test_when_only_the_private_values_differ_then_the_public_tagging_is_the_same(recall_tagger) -> None:
    pairs = [
        ("Closed by [[PERSON:PC]] on 3 May, no answer", "Closed by [[PERSON:KW]] on 3 May, no answer"),
        ("Letter sent. – [[PERSON:GN]]", "Letter sent. – [[PERSON:TB]]"),
        ("can my flatmate [[PERSON:keza]] pick it up?", "can my flatmate [[PERSON:aroha]] pick it up?"),
        ("ITINERARY FOR [[PERSON:FONT I BOSCH Queralt]]", "ITINERARY FOR [[PERSON:MAS I PLA Laia]]"),
    ]
    for a, b in pairs:
        first, second = parse_dev_sentence("pair", a), parse_dev_sentence("pair", b)
        assert _public_tagging(recall_tagger, first) == _public_tagging(recall_tagger, second), a


# --- initials -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("10:14 Closed by IT", ["IT"]),
    ("Passport seen by MS on 02/04/25", ["MS"]),
    ("Picked up by: PC    Outcome: no answer", ["PC"]),
    ("Recorded by ID, DSL, Gwynedd High School", ["ID"]),
    ("Checked by PR and TW before dispatch.", ["PR"]),
    ("Follow-up booked; letter sent. – GN", ["GN"]),
    ("Address changed.\n– PR, Reykjavík Accounts", ["PR"]),
    ("We'll rebook you now. ^FL", ["FL"]),
    ("Screener: HK, 04/02/2023", ["HK"]),
    ("PT session notes – client MP\nSession 6 of 12.", ["MP"]),
])
def test_when_initials_sign_or_check_then_they_are_taken(make_view, text: str, expected: list[str]) -> None:
    assert _found(make_view, SignedInitials(), text) == expected


@pytest.mark.parametrize("text", [
    "The request was approved by HR on Monday.",
    "Sent by SMS and handled by IT support.",
    "Patients are seen by GP practices first.",
    "Results are stored by ID and sorted by date.",
    "Verified by ID card at the desk.",
    "For details – see FAQ.",
    "Agenda – HR\nNotes – Q3 plan",
    "Reviewer: QA",
    "The ratio is x^2 over n.",
    "Enter the patient ID. The client PC was updated.",
])
def test_when_public_acronyms_follow_the_cues_then_the_initials_rule_leaves_them(make_view, text: str) -> None:
    assert _found(make_view, SignedInitials(), text) == []


def test_when_capitals_in_brackets_follow_a_name_then_they_join_as_a_person() -> None:
    text = "Regards,\nAna Ruiz (AR)\nSurgery"
    name = Span(9, 17, PERSON, 0.8)
    assert [(s.start, s.end, s.entity_type) for s in bracketed_initials(text, [name])] == [
        (9, 17, PERSON), (19, 21, PERSON)]
    assert bracketed_initials("Ana Ruiz (CEO) spoke", [Span(0, 8, PERSON, 0.8)]) == [Span(0, 8, PERSON, 0.8)]
    org = [Span(0, 11, ORGANIZATION, 0.8)]
    assert bracketed_initials("Acme Widget (AW) sells", org) == org


# --- lower-case names ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("can my flatmate keza pick it up instead?", ["keza"]),
    ("Dear Mr petek, your reference is missing.", ["petek"]),
    ("Nobody home. Signed by mustapha. Card left.", ["mustapha"]),
    ("ximena is off today, try tupaq instead", ["tupaq"]),
    ("@lleucu.p: síofra unlocked. was it the laptop?", ["síofra"]),
    ("@oana.r: ty! also bjørk from payroll says the same", ["bjørk"]),
    ("yes Tuesday at 4 with dr de jesús", ["de jesús"]),
    ('Contacts of interest: "adil" (+31 6 3927 9863)', ["adil"]),
    ("#ops\nrhys: vepkhvia the designer we hired is great", ["vepkhvia"]),
    ("[Oct 23, 08:05] Ana: who has keys\n[Oct 23, 08:06] Rani: on my way. heaika pls open the gate", ["heaika"]),
])
def test_when_a_cue_or_foreign_letters_mark_a_lower_case_name_then_it_is_taken(
        make_view, text: str, expected: list[str]) -> None:
    assert _found(make_view, LowerCaseNames(), text) == expected


@pytest.mark.parametrize("text", [
    "my flatmate said it's fine and my neighbour agreed.",
    "We met at the café for a naïve chat about my résumé and a crème brûlée.",
    "El señor dijo que mañana vendrá con la niña a la oficina de correos, según el horario.",
    "Signed by hand and sent by post.",
    "@dev.ops: build unlocked. deploy when ready",
    'The setting "verbose" (default off) prints more.',
])
def test_when_ordinary_words_follow_the_cues_then_the_lower_case_rule_leaves_them(make_view, text: str) -> None:
    assert _found(make_view, LowerCaseNames(), text) == []


def test_when_unknown_lower_case_words_stand_next_to_a_name_then_they_join_it() -> None:
    words = load_wordlists()
    text = "hi, it's nerys delić, calling about the order"
    start = text.index("nerys")
    grown = join_lower_surnames(text, [Span(start, start + 5, PERSON, 0.7)], words)
    assert text[grown[0].start : grown[0].end] == "nerys delić"
    plain = "it's nerys calling again"
    start = plain.index("nerys")
    assert join_lower_surnames(plain, [Span(start, start + 5, PERSON, 0.7)], words)[0].end == start + 5
    listed = "Cristobal de Marín, riley (online only)"
    grown = list_lower_names(listed, [Span(0, 18, PERSON, 0.8)], words)
    assert [listed[s.start : s.end] for s in grown] == ["Cristobal de Marín", "riley"]
    public = "Jane Roe, however, said no."
    assert list_lower_names(public, [Span(0, 8, PERSON, 0.8)], words) == [Span(0, 8, PERSON, 0.8)]
    before = "Attendees: cristobal de marín; x"
    start = before.index("marín")
    grown = join_lower_surnames(before, [Span(start, start + 5, PERSON, 0.7)], words)
    assert before[grown[0].start : grown[0].end] == "cristobal de marín"
    assert unknown_lower("bjørk", words) and not unknown_lower("café", words) and not unknown_lower("Keza", words)


# --- role words and name joins ------------------------------------------------------------------

def test_when_a_capitalised_name_follows_a_role_word_then_it_is_taken(make_view) -> None:
    assert _found(make_view, RoleNames(), "Pick-up confirmed: driver Koro will wait at arrivals.") == ["Koro"]
    assert _found(make_view, RoleNames(), "The driver Tuesday shift starts at 6.") == []
    assert _found(make_view, RoleNames(), "Contact the driver FAQ page first.") == []


@pytest.mark.parametrize(("text", "parts", "joined"), [
    ("ITINERARY FOR ROIG I PUIG Roser", ["ROIG", "PUIG Roser"], "ROIG I PUIG Roser"),
    ("my daughter, Nurul bt. Hassan, and I", ["Nurul", "Hassan"], "Nurul bt. Hassan"),
    ("Candidate: Maarten van 't Hoff (C-1)", ["Maarten", "Hoff"], "Maarten van 't Hoff"),
    ("A. No.\nVAN DEN BERGH: Objection.", ["BERGH"], "VAN DEN BERGH"),
    ("A. No.\nVAN DER WOUDE: Objection.", ["VAN DER"], "VAN DER WOUDE"),
    ("Child: TAUFA, Sione    Class: 4", ["Sione"], "TAUFA, Sione"),
])
def test_when_name_parts_stand_apart_then_they_are_joined(text: str, parts: list[str], joined: str) -> None:
    spans = [Span(text.index(p), text.index(p) + len(p), PERSON, 0.8) for p in parts]
    values = [text[s.start : s.end] for s in join_name_parts(text, spans)]
    assert joined in values


def test_when_a_surname_was_typed_otherwise_then_the_join_keeps_one_person_span() -> None:
    text = "Child: TAUFA, Sione    Class: 4"
    spans = [Span(7, 12, ORGANIZATION, 0.7), Span(14, 19, PERSON, 0.8)]
    assert join_name_parts(text, spans) == [Span(7, 19, PERSON, 0.8)]


@pytest.mark.parametrize(("text", "parts"), [
    ("Ana and Pedro came", ["Ana", "Pedro"]),
    ("Owner: HR, Maria signs", ["Maria"]),
    ("Call Maria about it", ["Maria"]),
])
def test_when_no_particle_or_surname_stands_between_then_nothing_is_joined(text: str, parts: list[str]) -> None:
    spans = [Span(text.index(p), text.index(p) + len(p), PERSON, 0.8) for p in parts]
    assert join_name_parts(text, spans) == spans


def test_when_the_people_growth_step_runs_then_spans_stay_sorted_and_apart() -> None:
    text = "it's nerys delić (ND) and ROIG I PUIG"
    spans = [Span(5, 10, PERSON, 0.7), Span(26, 30, PERSON, 0.7), Span(33, 37, PERSON, 0.7)]
    out = grow(text, spans, load_wordlists())
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert [text[s.start : s.end] for s in out] == ["nerys delić", "ND", "ROIG I PUIG"]
