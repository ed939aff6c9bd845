"""The round-6 contact rules (phones, user names and handles, e-mail) on their development set, on
public look-alikes, and one by one. Floors are what recall-v6 reaches, not targets; recall-v5 is
kept for comparison (0.90 on this set, with the user names in tickets, extensions after a comma and
non-ASCII handles and e-mail as its misses)."""

from __future__ import annotations

import re

import pytest
from recall_dev_set_r6_contacts import (
    DEV_SENTENCES_R6_CONTACTS,
    PUBLIC_SENTENCES_R6_CONTACTS,
)
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall import RecallTagger, contacts_r6
from dpfusion_integrations.tagging.recall.handle_variants_r6 import (
    JoinedHandles,
    handle_variant_detector,
)
from dpfusion_integrations.tagging.recall.phone_variants_r6 import (
    PhoneVariants,
    grow_extensions,
    same_length_ascii,
)
from dpfusion_integrations.tagging.recall.ticket_user_names_r6 import TicketUserNames
from dpfusion_integrations.tagging.spans import Span

_DOMAINS = {"phones-europe", "phones-africa", "phones-asia", "phones-americas", "phones-mideast-oceania",
            "extensions", "phones-odd", "messengers", "handles-it", "handles-platform", "emails"}


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# ---------------------------------------------------------------------------------------------
# The development set


def test_when_the_contact_set_is_parsed_then_it_is_broad() -> None:
    assert {s.domain for s in DEV_SENTENCES_R6_CONTACTS} == _DOMAINS
    phones = [s for s in DEV_SENTENCES_R6_CONTACTS if s.domain.startswith("phones-")]
    assert sum(len(s.gold) for s in phones) >= 150
    assert sum(len(s.gold) for s in DEV_SENTENCES_R6_CONTACTS) >= 250
    assert all(s.gold and all(g.group_type == CONTACT for g in s.gold) for s in DEV_SENTENCES_R6_CONTACTS)
    international = {m.group() for s in phones for m in re.finditer(r"\+\d{1,3}(?=[ (-])", s.text)}
    assert len(international) >= 40  # country codes written in the set


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_contact_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R6_CONTACTS if s.domain == domain]) >= 0.95


def test_when_the_round_five_set_tags_the_contact_set_then_it_misses_more(recall_tagger) -> None:
    previous = RecallTagger(version="recall-v5")
    sample = [s for s in DEV_SENTENCES_R6_CONTACTS if s.domain in ("handles-it", "extensions", "emails")]
    assert _rate(previous, sample) + 0.2 < _rate(recall_tagger, sample)


def test_when_public_look_alikes_of_contact_cues_are_tagged_then_few_words_are_tagged(recall_v10_tagger) -> None:
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R6_CONTACTS))
    assert words > 300 and tagged / words < 0.12, (tagged, words)


def test_when_only_the_user_name_differs_then_the_public_context_is_tagged_alike(recall_tagger) -> None:
    public_tagging = set()
    for user in ("brandtko", "qiuyanlm", "mbekizaz"):  # same length, so offsets line up
        text = f"Phishing report: the user {user} reported a message at 08:12; three users clicked, including {user}."
        names = {i for m in re.finditer(user, text) for i in range(m.start(), m.end())}
        chars = {i for s in recall_tagger.tag(text) for i in range(s.start, s.end)}
        public_tagging.add(frozenset(chars - names))
        assert names <= chars
    assert len(public_tagging) == 1


def test_when_the_area_is_wired_then_its_detectors_have_distinct_names() -> None:
    names = [d.name for d in contacts_r6.detectors()]
    assert len(names) == len(set(names)) == 4


# ---------------------------------------------------------------------------------------------
# Phones


def test_when_text_has_unicode_spaces_and_dashes_then_the_ascii_copy_keeps_its_length() -> None:
    text = "07700\u202f900\u202f486 – ０３－５４１２"
    ascii_text = same_length_ascii(text)
    assert len(ascii_text) == len(text) and ascii_text == "07700 900 486 - 03-5412"


@pytest.mark.parametrize(("text", "value"), [
    ("Mobile 07700\u202f900\u202f486 today", "07700\u202f900\u202f486"),
    ("Tel 030\u20132758\u20134410", "030\u20132758\u20134410"),
    ("Order at 1-800-FLOWERS now", "1-800-FLOWERS"),
    ("Text PIZZA to 0800 PIZZA 24.", "0800 PIZZA 24"),
    ("Tel. 41 27 78 (village office)", "41 27 78"),
    ("Fax: 4418", "4418"),
    ("In the village, call 41 27 86 or ring me on 412786.", "41 27 86"),
    ("In the village, call 41 27 86 or ring me on 412786.", "412786"),
    ("Kind regards\nTel. +43 1 532\n44 18\n", "+43 1 532\n44 18"),
])
def test_when_a_phone_variant_is_written_then_it_is_found(make_view, text: str, value: str) -> None:
    assert value in _values(text, PhoneVariants().detect(make_view(text)))


@pytest.mark.parametrize("text", [
    "The 2024 ANNUAL REPORT is out.",
    "Tel: 09:30 is when the line opens.",
    "phone 3 of the batch",
    "The 800 GB disk and the 1300 MW plant.",
    "Call 112 now, call 10 000 people, call 12 500 km away.",
    "Totals\n2019 2020\n41 27\n",
])
def test_when_a_look_alike_of_a_phone_variant_is_written_then_it_is_not_taken(make_view, text: str) -> None:
    assert PhoneVariants().detect(make_view(text)) == []


@pytest.mark.parametrize(("text", "tail"), [
    ("Central (01) 412-7781, anexo 2210", "(01) 412-7781, anexo 2210"),
    ("Tel. +48 22 412 77 80 wew. 31", "+48 22 412 77 80 wew. 31"),
    ("Tel: +1-202-412-7781;ext=55", "+1-202-412-7781;ext=55"),
    ("Тел. +7 812 412-77-80 доб. 214", "+7 812 412-77-80 доб. 214"),
])
def test_when_an_extension_follows_a_phone_then_the_phone_grows_over_it(text: str, tail: str) -> None:
    start = text.index(tail)
    phone_end = start + len(re.match(r"[+(\d][\d() +-]*\d", tail).group())
    grown = grow_extensions(text, [Span(start, phone_end, "DATE", 0.5)])
    assert _values(text, grown) == [tail] and grown[0].entity_type == CONTACT


@pytest.mark.parametrize("text", [
    "Call 020 7946 0318, p 12 lists the rest.",
    "Call 020 7946 0318, x marks the spot.",
    "Room 2019-2024 internal 5",
])
def test_when_no_extension_follows_a_phone_then_it_does_not_grow(text: str) -> None:
    match = re.search(r"\d[\d -]*\d", text)
    spans = [Span(match.start(), match.end(), CONTACT, 0.7)]
    assert grow_extensions(text, spans) == spans


# ---------------------------------------------------------------------------------------------
# User names in tickets


@pytest.mark.parametrize(("text", "names"), [
    ("08:12 User solerqa reported a message", ["solerqa"]),
    ("three users clicked, including gashtri and ponvel", ["gashtri", "ponvel"]),
    ("Affected accounts: lopezma, kimdh, ngcobot", ["lopezma", "kimdh", "ngcobot"]),
    ("MFA prompt approved by user svetlanak", ["svetlanak"]),
    ("Failed login: user=okonjoe src=10.0.0.4", ["okonjoe"]),
    ("Files in /home/rkhalid/.ssh were read", ["rkhalid"]),
    ("Logon by CORP\\mwangie at 02:10", ["CORP\\mwangie"]),
    ("Ping rkhalid if the job fails. Approver: nakashimay", ["rkhalid", "nakashimay"]),
    ("adeyemitk joined the bridge at 09:02", ["adeyemitk"]),
    ("The pupil (lilfrostbite on the school app) posted it.", ["lilfrostbite"]),
])
def test_when_a_user_name_follows_a_ticket_cue_then_it_is_found(make_view, text: str, names: list[str]) -> None:
    found = _values(text, TicketUserNames().detect(make_view(text)))
    assert all(name in found for name in names), found


@pytest.mark.parametrize("text", [
    "All users, including admins, must enable MFA by default.",
    "The user reported that the login page was slow.",
    "Three users clicked the link, including two managers.",
    "The account was locked by mistake and restored by hand.",
    "The change was approved by management and implemented by contractors.",
    "Set HKLM\\Software\\Policies before login.",
    "Tap on the app icon, then post on the forum.",
    "Everyone joined the call at nine and several left early.",
    "Ping the server, cc the team and ask the reviewer.",
])
def test_when_an_ordinary_word_follows_a_ticket_cue_then_it_is_not_taken(make_view, text: str) -> None:
    assert TicketUserNames().detect(make_view(text)) == []


# ---------------------------------------------------------------------------------------------
# Handles and e-mail in other scripts and shapes


@pytest.mark.parametrize(("text", "value"), [
    ("Follow @müller_lena for news", "@müller_lena"),
    ("Мой ник: @анна_ковальчук", "@анна_ковальчук"),
    ("Matrix: @kofi.mensah:matrix.org", "@kofi.mensah:matrix.org"),
    ("Now at @lumi@mastodon.social.", "@lumi@mastodon.social"),
    ("Discord ñandú_rojo#4821", "ñandú_rojo#4821"),
    ("Skype: live:.cid.4f1a2b3c9d8e7f60", "live:.cid.4f1a2b3c9d8e7f60"),
    ("Write to jürgen.weiß@bäckerei-mayer.de today", "jürgen.weiß@bäckerei-mayer.de"),
    ("Kontakt: anna.berg(at)stadtwerke-lauf.de", "anna.berg(at)stadtwerke-lauf.de"),
    ("Email: t.mbeki [at] uct-lab [dot] ac [dot] za", "t.mbeki [at] uct-lab [dot] ac [dot] za"),
    ("Send it to ravi.k AT zylo DOT in please", "ravi.k AT zylo DOT in"),
])
def test_when_a_handle_or_address_variant_is_written_then_it_is_found(text: str, value: str) -> None:
    assert value in _values(text, handle_variant_detector().find(text))


@pytest.mark.parametrize("text", [
    "We meet at noon at the station.",
    "Prices are 3 @ 4.50 each; see section 2 at page 4.",
    "Write AT LEAST two lines.",
    "The e-mail field is optional.",
])
def test_when_prose_looks_like_a_handle_or_address_then_it_is_not_taken(text: str) -> None:
    assert handle_variant_detector().find(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Summary: the.karishma kept posting her name", "the.karishma"),
    ("Her handle was moonlit.otter on the forum.", "moonlit.otter"),
    ("Mailbox of ariadne.p was shared with okeke_c.", "okeke_c"),
])
def test_when_a_joined_lower_case_handle_is_written_then_it_is_found(make_view, text: str, value: str) -> None:
    assert value in _values(text, JoinedHandles().detect(make_view(text)))


@pytest.mark.parametrize("text", [
    "Open notes.txt and example.com, e.g. at 9 a.m. today.",
    "Call `os.path` or numpy.linalg( directly; the real.time data is here.",
    "See the config.yaml file and the readme.md notes.",
    "Set max_new_tokens and pass max_len=4 to the tool_call.",
])
def test_when_a_joined_word_is_a_file_domain_abbreviation_or_code_then_it_is_not_taken(make_view, text: str) -> None:
    assert JoinedHandles().detect(make_view(text)) == []
