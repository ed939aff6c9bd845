"""The recall profile on its own development set: strict mention recall per group type.

Strict: every non-space character of a mention must be covered by some span (of any type). The
sentences were written for tuning (``recall_dev_set.py``), so these figures are an upper bound on
what held-out text will show; the held-out evaluation is kept apart from this set.
"""

from __future__ import annotations

from collections import Counter

import pytest
from recall_dev_set import DEV_SENTENCES, FRESH_SENTENCES

from dpfusion_integrations.tagging import GROUP_TYPES

#: Floors per type on the development set (the issue's held-out targets: PERSON 0.98; e-mail, phone,
#: ID 0.97; ORGANIZATION, address, location 0.93). Met here with margin; held-out data will be lower.
FLOORS = {"PERSON": 0.98, "ORGANIZATION": 0.95, "LOCATION": 0.95, "DATE": 0.95, "CONTACT": 0.97, "ID": 0.97}


def _recall(tagger, sentences=DEV_SENTENCES) -> tuple[Counter, Counter]:
    total: Counter = Counter()
    hit: Counter = Counter()
    for sentence in sentences:
        chars = {i for s in tagger.tag(sentence.text) for i in range(s.start, s.end)}
        for gold in sentence.gold:
            total[gold.group_type] += 1
            hit[gold.group_type] += all(i in chars for i in range(gold.start, gold.end)
                                        if not sentence.text[i].isspace())
    return total, hit


def test_when_the_dev_set_is_parsed_then_every_type_has_mentions() -> None:
    counts = Counter(g.group_type for s in DEV_SENTENCES for g in s.gold)
    assert set(counts) == set(GROUP_TYPES) and sum(counts.values()) >= 300


def test_when_the_recall_profile_tags_the_dev_set_then_each_type_meets_its_floor(recall_tagger) -> None:
    total, hit = _recall(recall_tagger)
    rates = {t: hit[t] / total[t] for t in total}
    assert sum(hit.values()) / sum(total.values()) >= 0.97, rates
    for group_type, floor in FLOORS.items():
        assert rates[group_type] >= floor, (group_type, rates)


def test_when_the_precision_profile_tags_the_dev_set_then_it_misses_much_more(recall_tagger, presidio_tagger) -> None:
    r_total, r_hit = _recall(recall_tagger)
    p_total, p_hit = _recall(presidio_tagger)
    assert sum(p_hit.values()) < sum(r_hit.values()) - 0.15 * sum(r_total.values())


@pytest.mark.parametrize("domain", sorted({s.domain for s in DEV_SENTENCES}))
def test_when_a_domain_is_tagged_then_its_mentions_are_nearly_all_covered(recall_tagger, domain: str) -> None:
    sentences = [s for s in DEV_SENTENCES if s.domain == domain]
    total = hit = 0
    for sentence in sentences:
        chars = {i for s in recall_tagger.tag(sentence.text) for i in range(s.start, s.end)}
        for gold in sentence.gold:
            total += 1
            hit += all(i in chars for i in range(gold.start, gold.end) if not sentence.text[i].isspace())
    assert hit / total >= 0.9


def test_when_sentences_written_after_tuning_are_tagged_then_recall_holds_up(recall_tagger) -> None:
    total, hit = _recall(recall_tagger, FRESH_SENTENCES)
    assert sum(total.values()) >= 50 and sum(hit.values()) / sum(total.values()) >= 0.94
