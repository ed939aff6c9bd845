"""Round 10 (people) of the recall profile: capitalised names at their lower-case mentions, initials and
given names after role labels, the people cells of tables round 8 left untyped, and lower-case names
as action owners, in people lists, headings, kinship notes and after a person in a list.

The development-set floors are what recall-v10 reaches (recall-v9 for comparison: 27/51), not targets.
Each rule also has focused tests with the public look-alikes it must leave alone, and the new passes
have an adversarial-input test. Tagger calls are batched: one pass over the set per tagger.
"""

from __future__ import annotations

import time

import pytest
import spacy
from recall_dev_set_r10_names import DEV_SENTENCES_R10_NAMES, PUBLIC_SENTENCES_R10_NAMES

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall import RecallTagger, names_r10
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.names_case_repeats_r10 import repeat_names_any_case
from dpfusion_integrations.tagging.recall.names_lower_lists_r10 import LowerNameLists, lower_list_neighbours
from dpfusion_integrations.tagging.recall.names_role_cues_r10 import RoleCues
from dpfusion_integrations.tagging.recall.names_table_people_r10 import grow_people_columns
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_FLOORS = {"case_repeats": 1.0, "role_initials": 1.0, "role_names": 1.0, "table_people": 1.0, "lower_lists": 1.0}


def _blank_view(text: str) -> TextView:
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    return TextView(text, nlp(text), load_wordlists())


def _span(text: str, value: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), PERSON, 0.7)


def _texts(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def _hits(tagger: RecallTagger) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = {}
    for sentence in DEV_SENTENCES_R10_NAMES:
        chars = {i for s in tagger.tag(sentence.text) for i in range(s.start, s.end)}
        for gold in sentence.gold:
            out.setdefault(sentence.domain, []).append(all(
                i in chars for i in range(gold.start, gold.end) if not sentence.text[i].isspace()))
    return out


@pytest.fixture(scope="module")
def new_hits(recall_tagger: RecallTagger) -> dict[str, list[bool]]:
    return _hits(recall_tagger)


# --- the development set ------------------------------------------------------------------------

def test_when_the_round_ten_names_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R10_NAMES} == set(_FLOORS)
    assert sum(len(s.gold) for s in DEV_SENTENCES_R10_NAMES) >= 50
    assert {g.group_type for s in DEV_SENTENCES_R10_NAMES for g in s.gold} == {PERSON}


def test_when_the_round_ten_names_classes_are_tagged_then_their_mentions_are_covered(new_hits) -> None:
    rates = {domain: sum(hits) / len(hits) for domain, hits in new_hits.items()}
    assert all(rates[d] >= floor for d, floor in _FLOORS.items()), rates


def test_when_recall_v9_tags_the_names_set_then_it_misses_more(new_hits) -> None:
    """The round-10 people rules are what covers these classes: recall-v9 misses about half."""
    old = [hit for hits in _hits(RecallTagger(version="recall-v9")).values() for hit in hits]
    new = [hit for hits in new_hits.values() for hit in hits]
    assert sum(old) / len(old) + 0.3 < sum(new) / len(new)


def test_when_name_look_alikes_are_read_then_the_round_ten_rules_add_nothing(make_view) -> None:
    words = load_wordlists()
    hits = [text for text in PUBLIC_SENTENCES_R10_NAMES
            if any(d.detect(make_view(text)) for d in names_r10.detectors())]
    assert hits == []
    text = PUBLIC_SENTENCES_R10_NAMES[9]  # a table of colours: no people column
    spans = [_span(text, "White")]
    assert grow_people_columns(text, spans, words) == spans


# --- role cues ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Signed: A. Lind          Staff: QV", ["QV"]),
    ("therapist: ZN", ["ZN"]),
    ("Gift wrap: yes\nPacked by OS", ["OS"]),
    ("diary received, scanned by BM\n", ["BM"]),
    ("Clinician - KO", ["KO"]),
    ("Game master tonight: Oyuntuya — questions to the desk", ["Oyuntuya"]),
    ("Driver on duty: Mabiala", ["Mabiala"]),
])
def test_when_a_role_label_names_initials_or_a_given_name_then_they_are_a_person(
        text: str, expected: list[str]) -> None:
    assert _texts(text, RoleCues().detect(_blank_view(text))) == expected


@pytest.mark.parametrize("text", [
    "Staff: All", "Host: TBC", "approved by HR.", "Guide: Beginners", "printed by HP", "Note: Tuesday",
    "Location: Ulaanbaatar", "Theme tonight: Jazz — doors at 8", "scanned by OCR", "Status: OK",
])
def test_when_a_role_label_holds_an_acronym_or_word_then_nothing_is_found(text: str) -> None:
    assert RoleCues().detect(_blank_view(text)) == []


# --- lower-case lists ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Committee follow-up: vaitiare to e-mail the council", ["vaitiare"]),
    ("10:00 group: ulzii, tsogt, batjargal (all beginners) — coach", ["ulzii", "tsogt", "batjargal"]),
    ("patient food diary — wairimu njoroge — week from 3.2.", ["wairimu njoroge"]),
    ("2026-01-09 — kapono kealoha (MRN 55), review", ["kapono kealoha"]),
    ("mon | 06:45 | ruslana oksentiuk (my sister-in-law) says hi", ["ruslana oksentiuk"]),
    ("my fiancé tavita leaupepe and I would love two seats", ["tavita leaupepe"]),
])
def test_when_a_note_lists_lower_case_names_then_they_are_a_person(text: str, expected: list[str]) -> None:
    assert _texts(text, LowerNameLists().detect(_blank_view(text))) == expected


@pytest.mark.parametrize("text", [
    "group: beginners, improvers", "riders: walkers, joggers", "follow-up: someone to check",
    "diary — week one — notes", "the usual (my favourite)", "my partner and I", "my friend kamati too and I",
])
def test_when_the_list_holds_ordinary_words_then_no_name_is_found(text: str) -> None:
    assert LowerNameLists().detect(_blank_view(text)) == []


def test_when_a_lower_case_list_item_follows_a_person_then_it_is_one() -> None:
    words = load_wordlists()
    text = "Crew: Haruto Sasaki, Mele Fonua, lagi tuilagi\nMenu: Soup, bread, cheese"
    spans = [_span(text, "Haruto Sasaki"), _span(text, "Mele Fonua"), _span(text, "Soup")]
    assert _texts(text, lower_list_neighbours(text, spans, words))[-1] == "lagi tuilagi"
    assert "bread" not in _texts(text, lower_list_neighbours(text, spans, words))


# --- repeats in any case ------------------------------------------------------------------------

def test_when_a_capitalised_name_recurs_in_lower_case_then_every_mention_is_a_person() -> None:
    words = load_wordlists()
    text = "[sms with Ilkka Vuorenmaa]\n5th 09:12  ilkka: hi\n5th 09:15  me: Hi Ilkka\n# exported by ilkka"
    out = repeat_names_any_case(text, [_span(text, "Ilkka Vuorenmaa")], words)
    assert _texts(text, out) == ["Ilkka Vuorenmaa", "ilkka", "ilkka"]  # "Ilkka" is round 5's


def test_when_a_name_is_also_a_word_then_its_lower_case_mentions_stay_public() -> None:
    words = load_wordlists()
    text = "Rose Long called.\nwe rose early, a long day; ilkka@example.com"
    spans = [_span(text, "Rose Long")]
    assert repeat_names_any_case(text, spans, words) == spans


# --- tables -------------------------------------------------------------------------------------

def test_when_a_patron_column_holds_names_then_every_name_cell_is_a_person() -> None:
    words = load_wordlists()
    text = ("ref,order,patron,email,amount,approved_by\n1,O-1,Fenella Oyelaran,f@x.io,48.00,RT\n"
            "2,O-2,Dobrila N.,d@x.io,12.00,RT\n3,O-3,HASANOVA Leyla,h@x.io,+7 701 555 0199 ext. 45 after six,SO")
    found = _texts(text, grow_people_columns(text, [], words))
    assert found == ["Fenella Oyelaran", "RT", "Dobrila N.", "RT", "HASANOVA Leyla", "SO"]


def test_when_a_column_holds_partly_found_names_then_the_whole_cells_are_a_person() -> None:
    words = load_wordlists()
    text = ("Bd | Home | Rtg | Away | Rtg\n 1 | A. Smith | 2100 | GICA Ioana | 2000\n"
            " 2 | B. Jones | 2050 | TEPAZ Rosa | 1990\n 3 | C. Ray | 1900 | bye | -")
    spans = [_span(text, "Ioana"), _span(text, "TEPAZ Rosa")]
    found = _texts(text, grow_people_columns(text, spans, words))
    assert "GICA Ioana" in found and "bye" not in found and "Away" not in found


def test_when_a_name_is_also_an_english_word_then_its_lower_case_mentions_stay_public() -> None:
    words = load_wordlists()
    text = "Bill and Grace Okonkwo came. the bill is due; she said grace; okonkwo paid."
    spans = [_span(text, "Bill"), _span(text, "Grace Okonkwo")]
    found = _texts(text, repeat_names_any_case(text, spans, words))
    assert "okonkwo" in found and "bill" not in found and "grace" not in found


# --- linear time --------------------------------------------------------------------------------

def test_when_the_input_is_adversarial_then_the_round_ten_passes_stay_linear() -> None:
    """Long runs of cues without their endings, many commas and many spans: generous bound."""
    words = load_wordlists()
    chunks = [
        "Staff: " * 4_000, "packed by " * 3_000, "guide: Abcdef " * 3_000, "follow-up: " * 3_000 + "x",
        "group: " + "abcde, " * 5_000, "— abcde fghij " * 3_000, "abcde (my " * 3_000, "my partner " * 3_000,
        "a,b,c,d\n" + "1,2,3,4\n" * 5_000 + "5,6,7,8 9 10 11 12 13 14 15\n" * 3_000, ", abcde" * 6_000,
        "Ilkka " * 3_000 + "ilkka " * 3_000,
    ]
    text = "\n".join(chunks)
    small = "\n".join(chunk[: len(chunk) // 8] for chunk in chunks)
    view = _blank_view(small)
    spans = [Span(m, m + 5, PERSON, 0.7) for m in range(0, len(text) - 5, 97)]
    start = time.perf_counter()
    for detector in names_r10.detectors():
        detector.detect(view)
    names_r10.grow(text, spans, words)
    assert time.perf_counter() - start < 20.0
