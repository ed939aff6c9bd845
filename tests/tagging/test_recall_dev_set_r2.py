"""The recall profile on its round-2 development set (the weak spots of issue 13) and on public
look-alikes of those weak spots. Strict mention recall, as in ``test_recall_dev_set.py``."""

from __future__ import annotations

import pytest
from recall_dev_set_r2 import DEV_SENTENCES_R2, FRESH_SENTENCES_R2, PUBLIC_SENTENCES_R2
from test_recall_overtagging import tagged_word_share


def _rate(tagger, sentences) -> float:
    total = hit = 0
    for sentence in sentences:
        chars = {i for s in tagger.tag(sentence.text) for i in range(s.start, s.end)}
        for gold in sentence.gold:
            total += 1
            hit += all(i in chars for i in range(gold.start, gold.end) if not sentence.text[i].isspace())
    return hit / total


def test_when_the_round_two_set_is_parsed_then_it_covers_every_weak_spot() -> None:
    domains = {s.domain for s in DEV_SENTENCES_R2}
    assert {"chat-names", "handles", "booking-codes", "plates", "organizations", "postcodes", "dates",
            "names", "addresses"} <= domains
    assert sum(len(s.gold) for s in DEV_SENTENCES_R2) >= 300


@pytest.mark.parametrize("domain", sorted({s.domain for s in DEV_SENTENCES_R2}))
def test_when_a_weak_spot_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R2 if s.domain == domain]) >= 0.95


def test_when_sentences_written_after_round_two_are_tagged_then_recall_holds_up(recall_tagger) -> None:
    assert _rate(recall_tagger, FRESH_SENTENCES_R2) >= 0.9


def test_when_public_look_alikes_of_the_weak_spots_are_tagged_then_few_words_are_tagged(recall_v10_tagger) -> None:
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R2))
    assert tagged / words < 0.06, (tagged, words)
