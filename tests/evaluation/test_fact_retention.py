"""Annotated public facts in the synthetic corpus, and the fact-retention metric over releases."""

from __future__ import annotations

import json
import re

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.corpus import (
    CorpusDocument,
    FactSpan,
    generate_corpus,
    load_corpus,
    save_corpus,
)
from dpfusion_integrations.evaluation.templates import (
    DOMAINS,
    FACT_KINDS,
    SLOTS,
    TEMPLATES,
)
from dpfusion_integrations.evaluation.utility import fact_retention, normalise_fact

_FACT_MARK = re.compile(r"\[\[(\w+):([^\[\]{}]+)\]\]")


def test_when_templates_are_read_then_every_one_annotates_public_facts_of_known_kinds():
    for domain in DOMAINS:
        for template in TEMPLATES[domain]:
            marks = _FACT_MARK.findall(template)
            assert len(marks) + template.count("{amount}") >= 2, template[:40]
            assert {kind for kind, _ in marks} <= set(FACT_KINDS)
    assert SLOTS["amount"].fact == "amount" and SLOTS["amount"].entity_type is None


def test_when_generated_then_facts_point_at_public_text_and_no_marker_is_left():
    for doc in generate_corpus(32, seed=0):
        assert "[[" not in doc.text and "]]" not in doc.text
        assert len(doc.facts) >= 2 and all(f.kind in FACT_KINDS for f in doc.facts)
        for fact in doc.facts:
            text = doc.text[fact.start:fact.end]
            assert text == text.strip() and text
            assert not any(s.start < fact.end and fact.start < s.end for s in doc.spans)  # never private
        template = TEMPLATES[doc.domain][(int(doc.id[4:]) // len(DOMAINS)) % len(TEMPLATES[doc.domain])]
        assert [f.kind for f in doc.facts if f.kind != "amount"] == [k for k, _ in _FACT_MARK.findall(template)]
        assert sum(f.kind == "amount" for f in doc.facts) == template.count("{amount}")


def test_when_the_release_is_the_original_or_the_redacted_text_then_every_fact_is_kept():
    for doc in generate_corpus(8, seed=2):
        n = len(doc.facts)
        assert fact_retention(doc, doc.text) == (n, n)
        assert fact_retention(doc, doc.render(None)) == (n, n)  # facts are public: redaction keeps them


def test_when_a_fact_is_dropped_then_retention_counts_exactly_one_less():
    doc = generate_corpus(1, seed=0)[0]
    for fact in doc.facts:
        release = doc.text[:fact.start] + "something else" + doc.text[fact.end:]
        kept, total = fact_retention(doc, release)
        assert total == len(doc.facts) and kept == total - sum(
            normalise_fact(doc.text[f.start:f.end]) == normalise_fact(doc.text[fact.start:fact.end])
            for f in doc.facts)


@pytest.mark.parametrize("fact, release, kept", [
    ("$4,250.00", "a payment of 4250.00 was made", True),
    ("$4,250.00", "a payment of $4,250.00.", True),
    ("$4,250.00", "a payment of $4,250 was made", False),
    ("aspirin", "Started on ASPIRIN.", True),
    ("aspirin", "started on aspirins", False),
    ("follow-up meeting", "a follow up meeting is set", True),
    ("card was blocked", "the card, was blocked", True),
    ("card was blocked", "the card is blocked", False),
])
def test_when_normalising_then_case_punctuation_and_thousands_separators_do_not_matter(fact, release, kept):
    text = f"Note: {fact}"
    probe = CorpusDocument("d0", "test", text, (), None, (FactSpan(6, 6 + len(fact), "action"),))
    assert fact_retention(probe, release) == (int(kept), 1)


def test_when_saved_and_loaded_then_facts_round_trip_and_bad_facts_are_refused(tmp_path):
    docs = generate_corpus(6, seed=4)
    path = tmp_path / "corpus.json"
    save_corpus(docs, path)
    assert [d.facts for d in load_corpus(path)] == [d.facts for d in docs]
    records = json.loads(path.read_text(encoding="utf-8"))
    for bad, message in (({"start": 0}, "fact #0 is malformed"),
                         ({"start": 0, "end": 10 ** 6, "kind": "drug"}, "fact #0 is out of bounds")):
        records[0]["facts"] = [bad]
        path.write_text(json.dumps(records), encoding="utf-8")
        with pytest.raises(InvalidParameterError, match=message) as err:
            load_corpus(path)
        assert docs[0].text[:20] not in str(err.value)
