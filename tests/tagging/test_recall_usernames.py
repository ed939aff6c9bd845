"""Recall profile, user-name rule: handles without an ``@`` after an account word, ``u/name``,
Discord tags and underscore-and-digit words; ordinary words after the same cues stay public."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.usernames import username_detector


@pytest.mark.parametrize(("text", "value"), [
    ("user jdoe_44 reported it", "jdoe_44"),
    ("Log in with username m.kowalczyk today", "m.kowalczyk"),
    ("His GitHub username is okonkwo-dev.", "okonkwo-dev"),
    ("my discord is lunarfox.99", "lunarfox.99"),
    ("Login: hvo_1988", "hvo_1988"),
    ("skype id live:aiko.tan_3", "live:aiko.tan_3"),
    ("My gamertag is xXShadowWolfXx, add me", "xXShadowWolfXx"),
    ("see u/throwaway_ferret77 on reddit", "u/throwaway_ferret77"),
    ("I'm pixel_samurai#4821 on there", "pixel_samurai#4821"),
    ("sent a request to mango_lassi_99 on steam", "mango_lassi_99"),
])  # fmt: skip
def test_when_a_user_name_is_announced_or_shaped_then_it_is_a_contact_span(text: str, value: str) -> None:
    spans = username_detector().find(text)
    assert value in texts_of(text, spans) and all(s.entity_type == "CONTACT" for s in spans)


@pytest.mark.parametrize("text", [
    "Check the user guide and the login page.",
    "A handle is thread-safe (one connection behind a lock).",
    "The username field must not be empty.",
    "Please reset the account settings, e.g. the password.",
    "Call `merge_spans` and `privatize_many` from your code.",
    "the user-facing docs explain it",
])  # fmt: skip
def test_when_account_words_precede_ordinary_words_then_nothing_is_tagged(text: str) -> None:
    assert username_detector().find(text) == []
