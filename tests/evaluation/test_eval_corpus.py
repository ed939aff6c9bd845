"""The synthetic corpus: seeded, well-formed gold spans, a fair attack game, a faithful JSON file."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.corpus import generate_corpus, load_corpus, save_corpus
from dpfusion_integrations.evaluation.templates import DOMAINS, TEMPLATES


def test_when_seeded_then_the_corpus_is_reproducible_and_covers_every_domain():
    a, b = generate_corpus(16, seed=3), generate_corpus(16, seed=3)
    assert [d.text for d in a] == [d.text for d in b]
    assert [d.text for d in a] != [d.text for d in generate_corpus(16, seed=4)]
    assert Counter(d.domain for d in a) == {d: 4 for d in DOMAINS}
    assert len({d.text.split(" ")[0] + str(d.domain) for d in a}) >= 4


def test_when_generated_then_spans_cover_their_values_and_mentions_of_an_entity_agree():
    for doc in generate_corpus(32, seed=0):
        by_entity: dict[str, set[str]] = {}
        for s in doc.spans:
            value = doc.text[s.start:s.end]
            assert value and value == value.strip()
            assert s.identifier_type in {"DIRECT", "QUASI"}
            by_entity.setdefault(s.entity_id, set()).add(value)
        assert all(len(v) == 1 for v in by_entity.values())
        starts = [s.start for s in doc.spans]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(doc.spans, doc.spans[1:]))


def test_when_generated_then_the_attack_game_is_fair():
    docs = generate_corpus(400, seed=1, n_candidates=5)
    positions = Counter(d.true_index for d in docs)
    assert set(positions) == set(range(5)) and min(positions.values()) > 50  # uniform-ish placement
    for doc in docs[:100]:
        cands = doc.target.candidates
        assert len(set(cands)) == 5 and doc.true_value in cands
        # no other span, and no public text, carries any part of any candidate name
        others = [doc.text[s.start:s.end] for s in doc.spans if s.entity_id != doc.target.entity_id]
        public = doc.render(None)
        for part in {p for c in cands for p in c.split()}:
            assert not any(part in o for o in others)
            assert part not in public


def test_when_templates_are_read_then_they_hold_no_gendered_pronoun_and_name_the_subject_early():
    for domain in DOMAINS:
        for template in TEMPLATES[domain]:
            assert not re.search(r"\b(he|she|him|her|his|hers|Mr|Mrs|Ms)\b", template)
            assert template.index("{subject}") < 120


def test_when_rendering_variants_then_only_the_target_changes(tmp_path):
    doc = generate_corpus(1, seed=0)[0]
    other = next(c for c in doc.target.candidates if c != doc.true_value)
    assert doc.render(doc.true_value, reveal_others=True) == doc.text
    variant = doc.render(other)
    assert other in variant and doc.true_value not in variant and "[PHONE_NUMBER]" in variant
    first = doc.target_spans()[0]
    assert doc.render(other, end=first.end).endswith(other)


def test_when_saved_and_loaded_then_the_corpus_round_trips(tmp_path):
    docs = generate_corpus(8, seed=2)
    path = tmp_path / "c.json"
    save_corpus(docs, path)
    data = json.loads(path.read_text())
    assert isinstance(data, list) and set(data[0]) == {"id", "domain", "text", "spans", "attack", "facts"}
    assert set(data[0]["spans"][0]) == {"start", "end", "entity_type", "identifier_type", "entity_id"}
    assert load_corpus(path) == docs


@pytest.mark.parametrize("record", [
    {"text": "Ann Lee came.", "spans": [{"start": 0, "end": 99, "entity_type": "PERSON"}]},
    {"text": "Ann Lee came.", "spans": [{"start": 0, "entity_type": "PERSON"}]},
    {"text": "Ann Lee came.", "spans": [{"start": 0, "end": 7, "entity_type": "PERSON", "entity_id": "e"}],
     "attack": {"entity_id": "e", "candidates": ["Bo Zhu", "Al Po"]}},
    {"no_text": 1},
])
def test_when_a_corpus_file_is_malformed_then_the_error_names_no_text(tmp_path, record):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([record]))
    with pytest.raises(InvalidParameterError) as info:
        load_corpus(path)
    assert "Ann" not in str(info.value) and "Lee" not in str(info.value)


def test_when_the_document_repr_is_shown_then_no_text_appears():
    doc = generate_corpus(1, seed=0)[0]
    assert doc.true_value not in repr(doc) and doc.true_value not in repr(doc.spanned())
