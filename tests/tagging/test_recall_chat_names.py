"""Recall profile, chat names: unknown lower-case names after a cue, in chat-like text only."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.chat_names import ChatNames


@pytest.mark.parametrize(("text", "name"), [("hey traude can u send it", "traude"), ("thx telmo! see u at 6", "telmo"),
                                            ("ask yfke she has the code", "yfke")])
def test_when_a_cue_precedes_an_unknown_lower_case_word_in_a_chat_then_it_is_a_person(make_view, text, name) -> None:
    view = make_view(text)
    assert view.chat_like and name in texts_of(text, ChatNames().detect(view))


def test_when_a_line_is_led_by_a_speaker_then_the_speaker_is_a_person(make_view) -> None:
    text = "kalevi: ok see you\nasbjørn: sure, bring the keys"
    assert {"kalevi", "asbjørn"} <= set(texts_of(text, ChatNames().detect(make_view(text))))


def test_when_chat_slang_follows_a_cue_then_it_is_not_a_name(make_view) -> None:
    text = "hey lol can u send it tmrw"
    assert ChatNames().detect(make_view(text)) == []


def test_when_text_is_ordinary_prose_then_no_chat_names(make_view) -> None:
    text = "Thanks for the update. We will ask the committee and reply on Monday."
    view = make_view(text)
    assert not view.chat_like and ChatNames().detect(view) == []
