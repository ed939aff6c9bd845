"""Recall profile, round-4 rules (``recall-v4``): phone extensions and bracketed country codes, cued
undotted initials, extra titles, possessive and self-introduced lower-case names, object names in
chats, handle shapes and platform lists, generic "... name:" fields and token completion; and the
ordinary text next to them that must stay public. Detectors are tested alone, through the parse they
see, and the version switch through the whole tagger."""

from __future__ import annotations

import time

import pytest
from recall_helpers import covered, texts_of

from dpfusion_integrations.tagging.recall.chat_names import OBJECT_CUES, ChatNames
from dpfusion_integrations.tagging.recall.cued_initials import CuedInitials
from dpfusion_integrations.tagging.recall.handle_shapes import HandleShapes
from dpfusion_integrations.tagging.recall.introduced_names import IntroducedNames
from dpfusion_integrations.tagging.recall.labelled_fields import LabelledFields
from dpfusion_integrations.tagging.recall.phone_extensions import (
    phone_extension_detector,
)
from dpfusion_integrations.tagging.recall.platform_handles import PlatformHandles
from dpfusion_integrations.tagging.recall.possessive_names import PossessiveNames
from dpfusion_integrations.tagging.recall.tagger import default_detectors
from dpfusion_integrations.tagging.recall.titled_names import TitledNames
from dpfusion_integrations.tagging.recall.token_completion import complete_tokens
from dpfusion_integrations.tagging.spans import Span


def _found(detector, make_view, text: str) -> list[str]:
    return texts_of(text, detector.detect(make_view(text)))


# --- phones ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Switchboard 0161 496 0418 (ext. 2210) today", "0161 496 0418 (ext. 2210)"),
    ("Phone +353 1 418 2290 – ext 12", "+353 1 418 2290 – ext 12"),
    ("Standard : +33 (0)4 72 10 55 83 (poste 214)", "+33 (0)4 72 10 55 83 (poste 214)"),
    ("Tel. (+34) 915 42 87 03 – horario", "(+34) 915 42 87 03"),
    ("Ruf an: 0 89 / 41 82 29 0", "0 89 / 41 82 29 0"),
    ("Oficina +55 11 3418-2290 ramal 31.", "+55 11 3418-2290 ramal 31"),
    ("Ring +32 2 418 22 90 and ask for extension 214.", "214"),
])
def test_when_a_phone_has_a_bracketed_code_or_extension_then_all_of_it_is_one_span(text: str, value: str) -> None:
    assert value in texts_of(text, phone_extension_detector().find(text))


@pytest.mark.parametrize("text", ["Upgrade to version 4.2.118 now.", "In 2019/2020 the club had 40 members.",
                                  "Read chapter 12 (pages 40-52)."])
def test_when_numbers_are_not_phones_then_the_extension_rule_leaves_them(text: str) -> None:
    assert phone_extension_detector().find(text) == []


# --- initials ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Job sheet signed off by SGM at 16:20.", "SGM"),
    ("Checked by: TK", "TK"),
    ("Keys handed to OD (site foreman).", "OD"),
    ("Per DK the order was cancelled.", "DK"),
    ("Agent KT closed the ticket.", "KT"),
    ("Lovely to see you.\nx LN", "LN"),
    ("Stock verified by NKM and LT.", "LT"),
])
def test_when_capitals_follow_a_signing_cue_then_they_are_initials(make_view, text: str, value: str) -> None:
    assert value in _found(CuedInitials(), make_view, text)


@pytest.mark.parametrize("text", ["Checked by QA before release; approved by HR.", "Sent to IT and copied to PR.",
                                  "Rewritten by DP-Fusion under the bound.", "Signed by AB 12 of the treaty.",
                                  "The NHS and the WHO agreed.", "Ship it to FR by Monday."])
def test_when_capitals_are_public_acronyms_or_uncued_then_they_stay_public(make_view, text: str) -> None:
    assert _found(CuedInitials(), make_view, text) == []


# --- titles ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Cllr Green opened the meeting.", "Green"),
    ("Pastor Young will lead the service.", "Young"),
    ("Insp. Long took the report.", "Long"),
    ("Shri Venkatesh Rao will inaugurate the hall.", "Venkatesh Rao"),
])
def test_when_an_extra_title_precedes_a_word_then_it_is_a_name_and_the_title_stays_out(make_view, text, value) -> None:
    found = _found(TitledNames(), make_view, text)
    assert value in found and not any(f.startswith(("Cllr", "Pastor", "Insp", "Shri")) for f in found)


def test_when_a_title_word_is_lower_case_or_before_lower_case_then_nothing_is_tagged(make_view) -> None:
    assert _found(TitledNames(), make_view, "The pastor said the imam and the elder agreed.") == []


# --- lower-case names --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("it was ravshan's idea tbh", "ravshan"),
    ("He kept posting pravina's address in the forum.", "pravina"),
])
def test_when_an_unknown_lower_case_word_has_a_possessive_then_it_is_a_name(make_view, text, value) -> None:
    assert value in _found(PossessiveNames(), make_view, text)


@pytest.mark.parametrize("text", ["the tagger's output and the owner's keys", "the café's opening hours",
                                  "the museum's collection and the city's parks"])
def test_when_possessive_words_are_ordinary_or_surname_listed_then_they_stay_public(make_view, text) -> None:
    assert _found(PossessiveNames(), make_view, text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("I'm dilnoza, the new volunteer.", "dilnoza"),
    ("my name is aigul ibraeva and i live here", "aigul ibraeva"),
    ("hi, it's boitumelo again", "boitumelo"),
])
def test_when_a_writer_introduces_themselves_in_lower_case_then_the_name_is_tagged(make_view, text, value) -> None:
    assert value in _found(IntroducedNames(), make_view, text)


@pytest.mark.parametrize("text", ["I'm tired and this is ridiculous.", "it's fine, call me later",
                                  "every span is replaced by its placeholder"])
def test_when_an_introduction_cue_precedes_an_ordinary_word_then_nothing_is_tagged(make_view, text) -> None:
    assert _found(IntroducedNames(), make_view, text) == []


def test_when_a_chat_verb_takes_an_unknown_lower_case_object_then_round_four_tags_it(make_view) -> None:
    text = "pls remind oyelaran about the deposit\ncan someone give ilkhom a lift"
    view = make_view(text)
    assert view.chat_like and ChatNames().detect(view) == []
    assert {"oyelaran", "ilkhom"} <= set(texts_of(text, ChatNames(extra_cues=OBJECT_CUES).detect(view)))


# --- handles -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("BrightOtter19 joined the voice channel.", "BrightOtter19"),
    ("moss.and.rain: anyone selling a bike pump?", "moss.and.rain"),
    ("kiwi_bandit: yes dm me", "kiwi_bandit"),
    ("Her Bluesky is tenzin-writes.bsky.social.", "tenzin-writes.bsky.social"),
    ("Portfolio: behance.net/sitanidraws", "behance.net/sitanidraws"),
])
def test_when_a_handle_has_a_handle_shape_or_leads_a_chat_line_then_it_is_tagged(make_view, text, value) -> None:
    assert value in _found(HandleShapes(), make_view, text)


@pytest.mark.parametrize("text", ["Use `max_new_tokens` and `slot_tokens` for the budget.",
                                  "Note: the café opens at 9.", "The iPhone15 case is in stock.",
                                  "See docs/eval/heldout.md for the figures."])
def test_when_code_labels_or_paths_look_like_handles_then_they_stay_public(make_view, text) -> None:
    assert _found(HandleShapes(), make_view, text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("Banned users this week: cobalt.wasp, FernGully88 and n0vaqueen", ["cobalt.wasp", "FernGully88", "n0vaqueen"]),
    ("Reported account: quietlantern_ (TikTok)", ["quietlantern_"]),
    ("GitHub user tsewang-dev opened the issue.", ["tsewang-dev"]),
])
def test_when_names_follow_a_platform_list_or_precede_a_bracketed_platform_then_round_four_tags_them(
        make_view, text, values) -> None:
    view = make_view(text)
    found = texts_of(text, PlatformHandles(extended=True).detect(view))
    assert set(values) <= set(found)
    assert not set(values) <= set(texts_of(text, PlatformHandles().detect(view)))


def test_when_a_list_cue_lists_ordinary_words_then_they_stay_public(make_view) -> None:
    assert PlatformHandles(extended=True).detect(make_view("Users: all, none and everyone.")) == []


# --- name fields -------------------------------------------------------------------------------

def test_when_a_label_ends_in_name_then_its_value_is_typed_by_the_label(make_view) -> None:
    text = "Guest name: aigul ibraeva\nCompany name: Velotra Ltd\nStreet name: Kingsway"
    spans = LabelledFields(extended=True).detect(make_view(text))
    got = {text[s.start:s.end]: s.entity_type for s in spans}
    assert got == {"aigul ibraeva": "PERSON", "Velotra Ltd": "ORGANIZATION", "Kingsway": "LOCATION"}
    assert LabelledFields().detect(make_view(text)) == []


# --- token completion --------------------------------------------------------------------------

def test_when_a_span_covers_part_of_a_token_then_it_grows_to_the_whole_token() -> None:
    text = "Seo-hyeon met saltwater.kid. Smith. Ana's bag"
    spans = [Span(0, 3, "PERSON"), Span(14, 26, "CONTACT"), Span(29, 34, "PERSON"), Span(36, 39, "PERSON")]
    assert texts_of(text, complete_tokens(text, spans)) == ["Seo-hyeon", "saltwater.kid", "Smith", "Ana"]


def test_when_a_long_token_holds_many_spans_then_completion_stays_linear() -> None:
    text = "x." * 8_000
    start = time.perf_counter()
    out = complete_tokens(text, [Span(i, i + 1, "ID") for i in range(0, len(text) - 1, 4)])
    assert len(out) == 1 and out[0].start == 0 and time.perf_counter() - start < 20.0


# --- versions ----------------------------------------------------------------------------------

def test_when_recall_v3_is_chosen_then_none_of_the_round_four_detectors_run() -> None:
    v3 = {type(d).__name__ for d in default_detectors("recall-v3")}
    v4 = {type(d).__name__ for d in default_detectors("recall-v4")}
    assert {"CuedInitials", "TitledNames", "PossessiveNames", "IntroducedNames", "HandleShapes"} <= v4 - v3
    assert len(default_detectors("recall-v4")) > len(default_detectors("recall-v3"))


def test_when_the_whole_tagger_reads_a_round_four_note_then_every_value_is_covered(recall_tagger) -> None:
    text = ("Checked by: TK. Cllr Green rang from (+34) 915 42 87 03 (ext. 21).\n"
            "moss.and.rain: it was ravshan's idea, I'm dilnoza btw")
    spans = recall_tagger.tag(text)
    for value in ("TK", "Green", "(+34) 915 42 87 03 (ext. 21)", "moss.and.rain", "ravshan", "dilnoza"):
        assert covered(text, spans, value), value
