"""Round 6, organisations: the growth steps after the union (trade words after a name, heads before it,
particles, "The", full stops, practice words, surname firms) and the detectors of multi-word legal
forms, "Friends of" groups and strong trade words, each on its own with negative cases; then the
recall profile on its round-6 organisation set (floors are what recall-v6 reaches when written, not
targets), against recall-v5, and on public look-alikes of the new cues."""

from __future__ import annotations

import itertools
import re

import pytest
from recall_dev_set_r6_orgs import DEV_SENTENCES_R6_ORGS, PUBLIC_SENTENCES_R6_ORGS
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall import RecallTagger, org_names_r6
from dpfusion_integrations.tagging.recall.org_acronyms_r6 import tag_acronyms
from dpfusion_integrations.tagging.recall.org_edges_r6 import (
    grow_org_edges,
    join_org_gaps,
    join_surname_lists,
)
from dpfusion_integrations.tagging.recall.org_friends_r6 import FriendsOf
from dpfusion_integrations.tagging.recall.org_legal_phrases_r6 import LegalPhrases
from dpfusion_integrations.tagging.recall.org_signatures_r6 import tag_signature_firms
from dpfusion_integrations.tagging.recall.org_tails_r6 import (
    grow_bare_kinds,
    grow_heads,
    grow_tails,
)
from dpfusion_integrations.tagging.recall.org_trade_runs_r6 import TradeWordRuns
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_DOMAINS = {"tails", "trade-runs", "heads", "edges", "legal-phrases"}


def _span(text: str, value: str, kind: str = PERSON, score: float = 0.8) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, score)


def _values(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


# --- tails -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "head", "firm"), [
    ("Questions: Ravindran Advocates, 0412 555 019", "Ravindran", "Ravindran Advocates"),
    ("Complaint 88213/02 – Kobuleti Power\nAccount holder", "Kobuleti", "Kobuleti Power"),
    ("Ioane (Tuilagi Customs Brokers): the crate", "Tuilagi", "Tuilagi Customs Brokers"),
    ("Prescriber: Dr Okafor, Mahendran Family Doctors", "Mahendran", "Mahendran Family Doctors"),
    ("If you get help from Tavita Foods plc or another", "Tavita", "Tavita Foods plc"),
])  # fmt: skip
def test_when_trade_words_follow_a_tagged_name_then_the_name_grows_into_an_organisation(
        text: str, head: str, firm: str) -> None:
    out = grow_tails(text, [_span(text, head, LOCATION)])
    assert _values(text, out) == [(ORGANIZATION, firm)]


@pytest.mark.parametrize("text", [
    "Ravindran said Advocates were late.",  # a lower-case word between
    "Ravindran\nAdvocates",  # another line
    "Ravindran. Advocates are late.",  # another sentence
    "Ravindran Tuesday Meeting",  # capitalised, but no trade word
])  # fmt: skip
def test_when_no_trade_word_follows_on_the_same_line_then_the_span_stays_as_it_is(text: str) -> None:
    spans = [_span(text, "Ravindran")]
    assert grow_tails(text, spans) == spans


def test_when_a_chat_name_is_lower_case_then_only_lower_case_organisation_words_join() -> None:
    text = "gasana (mikkelsen customs brokers): ok. maria water is off"
    spans = [_span(text, "mikkelsen"), _span(text, "maria")]
    assert _values(text, grow_tails(text, spans)) == [(ORGANIZATION, "mikkelsen customs brokers"), (PERSON, "maria")]


def test_when_nothing_is_tagged_then_a_title_case_heading_with_trade_words_stays_public() -> None:
    text = "Tax Services Overview\nCustoms Brokers Association guidance"
    assert org_names_r6.grow(text, [], load_wordlists()) == []


def test_when_a_tagged_trade_word_stands_alone_then_it_takes_the_name_before_it() -> None:
    text = "Gori Grammar · Incident report"
    assert _values(text, grow_bare_kinds(text, [_span(text, "Grammar")])) == [(ORGANIZATION, "Gori Grammar")]
    lower = "the new Grammar · report"
    assert grow_bare_kinds(lower, [_span(lower, "Grammar")]) == [_span(lower, "Grammar")]
    name = "Ann Grammar"  # not a trade word alone: a name span with more words is left alone
    assert grow_bare_kinds(name, [_span(name, "Ann Grammar")]) == [_span(name, "Ann Grammar")]


def test_when_a_firm_line_follows_a_signed_name_or_precedes_a_phone_then_it_is_an_organisation() -> None:
    text = ("Best wishes,\nAnna Kim\nBlue Harbour Water | +1 555 0100\n\nTax Services\nLegal Aid | 0800 123 456\n"
            "Ines Moor\nAdmissions Office\nSilver Fern Bookkeeping")
    spans = [_span(text, "Anna Kim"), _span(text, "+1 555 0100", CONTACT), _span(text, "0800 123 456", CONTACT),
             _span(text, "Ines Moor")]
    added = [text[s.start : s.end] for s in tag_signature_firms(text, spans) if s not in spans]
    # only trade words ("Legal Aid"), a department ("Admissions Office") or no cue ("Silver Fern ...") stay public
    assert added == ["Blue Harbour Water"]


# --- heads -------------------------------------------------------------------------------------


def test_when_a_kind_of_body_head_precedes_a_tagged_place_then_it_joins() -> None:
    words = load_wordlists()
    text = "CASE NOTE – Friends of Batumi\nClient"
    assert _values(text, grow_heads(text, [_span(text, "Batumi", LOCATION)], words)) == \
        [(ORGANIZATION, "Friends of Batumi")]
    grant = "A grant from the National Bank of Tskaltubo paid"
    assert _values(grant, grow_heads(grant, [_span(grant, "Tskaltubo", LOCATION)], words)) == \
        [(ORGANIZATION, "National Bank of Tskaltubo")]


@pytest.mark.parametrize("text", ["the friends of Batumi came", "Thanks of Batumi", "Meeting for Batumi"])
def test_when_the_word_before_of_is_no_head_then_the_place_stays_as_it_is(text: str) -> None:
    spans = [_span(text, "Batumi", LOCATION)]
    assert grow_heads(text, spans, load_wordlists()) == spans


def test_when_an_ordinary_word_precedes_the_head_then_only_the_head_joins() -> None:
    text = "Contact Friends of Batumi today"
    out = grow_heads(text, [_span(text, "Batumi", LOCATION)], load_wordlists())
    assert _values(text, out) == [(ORGANIZATION, "Friends of Batumi")]


# --- edges, gaps, lists ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "spans", "firm"), [
    ("Reservation – The Kobuleti Grand\nGuest", [("Kobuleti Grand", PERSON)], "The Kobuleti Grand"),
    ("Employer: Szalai és Fekete Kkt.\nSource", [("Szalai és Fekete Kkt", ORGANIZATION)], "Szalai és Fekete Kkt."),
    ("Sponsor: Wróblewski-Nowak Sp.k., licence", [("Wróblewski-Nowak Sp.k", PERSON)], "Wróblewski-Nowak Sp.k."),
    ("CASE NOTE – TP. Cần Thơ Law Centre\n", [("Cần Thơ Law Centre", ORGANIZATION)], "TP. Cần Thơ Law Centre"),
    ("Registered GP: Praxis Dr. Wähling. Triage", [("Wähling", PERSON)], "Praxis Dr. Wähling"),
    ("Representative: Cabinet Ravanel Avocats, x", [("Ravanel Avocats", ORGANIZATION)], "Cabinet Ravanel Avocats"),
])  # fmt: skip
def test_when_an_edge_piece_stands_beside_an_organisation_then_it_joins(
        text: str, spans: list[tuple[str, str]], firm: str) -> None:
    out = grow_org_edges(text, [_span(text, value, kind) for value, kind in spans])
    assert _values(text, out) == [(ORGANIZATION, firm)]


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("He met the Kobuleti Grand team", "Kobuleti Grand", ORGANIZATION),  # lower-case "the"
    ("We hired Acme Engineering. Then", "Acme Engineering", ORGANIZATION),  # no legal form before the stop
    ("Note XY. Tamar Gelashvili came", "Tamar Gelashvili", PERSON),  # not a place-type abbreviation
    ("Thanks Dr. Wähling for the note", "Wähling", PERSON),  # not a practice word
    ("The Tamar said so", "Tamar", PERSON),  # "The" only before an organisation
    ("Done. The Kobuleti Grand is open", "Kobuleti Grand", ORGANIZATION),  # "The" opening a sentence
])  # fmt: skip
def test_when_the_piece_beside_a_span_is_ordinary_then_the_span_stays_as_it_is(
        text: str, value: str, kind: str) -> None:
    spans = [_span(text, value, kind)]
    assert grow_org_edges(text, spans) == spans


def test_when_place_particles_join_a_place_to_a_firm_then_they_are_one_organisation() -> None:
    text = "Sponsor: Kirchberg am Wechsel Engineering, licence"
    spans = [_span(text, "Kirchberg", LOCATION), _span(text, "Wechsel Engineering", ORGANIZATION)]
    assert _values(text, join_org_gaps(text, spans)) == [(ORGANIZATION, "Kirchberg am Wechsel Engineering")]
    hospital = "Referral – Mtatsminda Women's and Children's Hospital"
    parts = [_span(hospital, "Mtatsminda Women's", ORGANIZATION), _span(hospital, "Children's Hospital", ORGANIZATION)]
    assert _values(hospital, join_org_gaps(hospital, parts)) == \
        [(ORGANIZATION, "Mtatsminda Women's and Children's Hospital")]


def test_when_and_or_a_non_organisation_follows_then_no_gap_is_joined() -> None:
    text = "Tamar and Acme Engineering met Kirchberg am Wechsel"
    spans = [_span(text, "Tamar"), _span(text, "Acme Engineering", ORGANIZATION), _span(text, "Kirchberg", LOCATION),
             _span(text, "Wechsel", LOCATION)]
    assert join_org_gaps(text, spans) == spans


def test_when_three_surnames_follow_a_comma_then_they_are_one_firm_unless_the_list_goes_on() -> None:
    text = "Talent Acquisition, Oyelaran, Adebisi and Olatunji"
    spans = [_span(text, name) for name in ("Oyelaran", "Adebisi", "Olatunji")]
    assert _values(text, join_surname_lists(text, spans)) == [(ORGANIZATION, "Oyelaran, Adebisi and Olatunji")]
    longer = "Present: Tamar, Oyelaran, Adebisi and Olatunji"
    people = [_span(longer, name) for name in ("Tamar", "Oyelaran", "Adebisi", "Olatunji")]
    assert join_surname_lists(longer, people) == people


def test_when_a_short_form_follows_an_organisation_then_it_and_its_other_uses_are_tagged() -> None:
    text = "Bill from Kobuleti Power Company (KPC). Later KPC said no; KPCs and the (TV) stay."
    out = tag_acronyms(text, [_span(text, "Kobuleti Power Company", ORGANIZATION)])
    assert _values(text, out) == [(ORGANIZATION, "Kobuleti Power Company (KPC)"), (ORGANIZATION, "KPC")]
    person = "Dr Tamar Gelashvili (TG) signed; TG left."
    assert tag_acronyms(person, [_span(person, "Tamar Gelashvili")]) == [_span(person, "Tamar Gelashvili")]


# --- detectors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ("Supplier: Wierzbicki i Syn Sp. z o.o.", "Wierzbicki i Syn Sp. z o.o."),
    ("shipped by Hanbit Trading Co., Ltd. last week", "Hanbit Trading Co., Ltd."),
    ("Contract signed with Công ty TNHH Bảo Ngọc Hưng in March", "Công ty TNHH Bảo Ngọc Hưng"),
    ("a role at Lương và cộng sự Công ty TNHH now", "Lương và cộng sự Công ty TNHH"),
    ("Invoice from Grupo Tlaloc S.A. de C.V. attached", "Grupo Tlaloc S.A. de C.V."),
])  # fmt: skip
def test_when_a_multi_word_legal_form_follows_capitalised_words_then_the_firm_is_found(text: str, firm: str) -> None:
    assert firm in [text[s.start : s.end] for s in LegalPhrases().find(text)]


def test_when_a_legal_form_is_named_in_prose_then_nothing_is_found() -> None:
    assert LegalPhrases().find("The form Sp. z o.o. is common; so is the form Co., Ltd. in Asia.") == []


def test_when_friends_of_leads_capitalised_words_then_the_group_is_found() -> None:
    text = "[WhatsApp] Friends of Cusco volunteers; Amigos de Tarija; Friends of the Old Mill Park"
    assert [text[s.start : s.end] for s in FriendsOf().find(text)] == \
        ["Friends of Cusco", "Amigos de Tarija", "Friends of the Old Mill Park"]
    assert FriendsOf().find("Friends of mine and friends of the museum came; Friends of the library too.") == []


def test_when_a_strong_trade_word_ends_a_capitalised_run_then_it_is_an_organisation(make_view) -> None:
    text = "The books are kept by Blue Ridge Bookkeeping since May."
    assert [text[s.start : s.end] for s in TradeWordRuns().detect(make_view(text))] == ["Blue Ridge Bookkeeping"]
    prose = "Our guide explains what conveyancers charge. Bookkeeping is dull."
    assert TradeWordRuns().detect(make_view(prose)) == []


# --- the whole tagger ---------------------------------------------------------------------------


def test_when_the_round_six_org_set_is_parsed_then_it_covers_every_failure_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R6_ORGS} == _DOMAINS
    assert sum(len(s.gold) for s in DEV_SENTENCES_R6_ORGS) >= 70
    assert all(s.text.strip() and s.gold for s in DEV_SENTENCES_R6_ORGS)


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_round_six_org_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R6_ORGS if s.domain == domain]) >= 0.95


@pytest.fixture(scope="module")
def recall_v5(recall_tagger) -> RecallTagger:
    """The round-5 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v5")


def test_when_recall_v5_tags_the_round_six_org_set_then_it_misses_more(recall_tagger, recall_v5) -> None:
    assert _rate(recall_v5, DEV_SENTENCES_R6_ORGS) + 0.2 < _rate(recall_tagger, DEV_SENTENCES_R6_ORGS)


def test_when_public_look_alikes_of_the_org_cues_are_tagged_then_no_more_words_are_tagged_than_before(
        recall_v10_tagger, recall_v5) -> None:
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R6_ORGS))
    before, _ = tagged_word_share(recall_v5, list(PUBLIC_SENTENCES_R6_ORGS))
    assert words > 200 and tagged <= before and tagged / words < 0.15, (tagged, before, words)


def test_when_only_the_private_name_differs_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    texts = [f"Questions: Ngozi Eze, {name} Advocates, 0412 555 019. Complaint – {name} Power" for name in
             ("Ravindran", "Oyelowo", "Gelashvili")]
    shapes = []
    for text in texts:
        spans = recall_tagger.tag(text)
        shapes.append([re.sub(r"Ravindran|Oyelowo|Gelashvili", "X", text[s.start : s.end]) for s in spans])
    assert shapes[0] == shapes[1] == shapes[2]
    assert "X Advocates" in shapes[0] and "X Power" in shapes[0]


@pytest.mark.parametrize("text", [
    "Hospital " * 300, "Friends of " * 300 + "Batumi", "Acme Power (AP) AP " * 200, "X, " * 300 + "Y and Z",
    "Ann Kim\nBlue Harbour Water | 0800 123 456\n" * 100, "The " * 300 + "Kobuleti Grand Kkt.",
])  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_org_steps_return_valid_spans(text: str) -> None:
    spans = [Span(m.start(), m.end(), (PERSON, ORGANIZATION, LOCATION, CONTACT)[k % 4], 0.8)
             for k, m in enumerate(re.finditer(r"[A-Z]\w*|\d[\d ]+\d", text))]
    out = org_names_r6.grow(text, spans, load_wordlists())
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert all(0 <= s.start < s.end <= len(text) for s in out)
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))  # growth never uncovers


def test_when_the_org_steps_run_then_spans_stay_sorted_and_apart() -> None:
    text = "Friends of Batumi and The Kobuleti Grand, Oyelaran, Adebisi and Olatunji"
    spans = [_span(text, "Batumi", LOCATION), _span(text, "Kobuleti Grand"), _span(text, "Oyelaran"),
             _span(text, "Adebisi"), _span(text, "Olatunji")]
    out = org_names_r6.grow(text, spans, load_wordlists())
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert all(0 <= s.start < s.end <= len(text) for s in out)
