"""The recall profile on its round-5 development set (address parts, units and street layouts,
identifiers, trade and partner firms, people named by position, short dates, handles, places after a
preposition, whole documents), on sentences written after the round-5 rules, and on public
look-alikes of the new cues. Strict mention recall as in ``test_recall_dev_set.py``; the floors are
what recall-v5 reaches (recall-v4 for comparison: 0.854 on the development set, 0.732 on the fresh
sentences), not targets."""

from __future__ import annotations

import pytest
from dpfusion_integrations.tagging.recall import RecallTagger
from recall_dev_set_r5 import DEV_SENTENCES_R5, FRESH_SENTENCES_R5, PUBLIC_SENTENCES_R5
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

_DOMAINS = {"addresses", "identifiers", "organisations", "documents", "documents-2", "people", "places", "dates",
            "firms", "handles"}


def test_when_the_round_five_set_is_parsed_then_it_covers_every_failure_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R5} == _DOMAINS
    assert sum(len(s.gold) for s in DEV_SENTENCES_R5) >= 500 and len(FRESH_SENTENCES_R5) >= 20
    assert all(s.text.strip() and s.gold for s in (*DEV_SENTENCES_R5, *FRESH_SENTENCES_R5))


@pytest.mark.parametrize("domain", sorted(_DOMAINS))
def test_when_a_round_five_failure_class_is_tagged_then_its_mentions_are_covered(recall_tagger, domain: str) -> None:
    assert _rate(recall_tagger, [s for s in DEV_SENTENCES_R5 if s.domain == domain]) >= 0.97


def test_when_sentences_written_after_round_five_are_tagged_then_recall_holds_up(recall_tagger) -> None:
    assert _rate(recall_tagger, FRESH_SENTENCES_R5) >= 0.9


def test_when_the_previous_detector_set_tags_the_round_five_set_then_it_misses_more(recall_tagger) -> None:
    """The round-5 rules are what covers these classes: recall-v4 (kept for reproducibility) does not."""
    previous = RecallTagger(version="recall-v4")
    sample = [s for s in DEV_SENTENCES_R5 if s.domain in ("addresses", "people", "dates")]
    assert _rate(previous, sample) + 0.1 < _rate(recall_tagger, sample)


def test_when_public_look_alikes_of_the_round_five_cues_are_tagged_then_few_words_are_tagged(recall_v10_tagger) -> None:
    tagged, words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R5))
    assert words > 250 and tagged / words < 0.12, (tagged, words)
