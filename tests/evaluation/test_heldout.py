"""The frozen held-out tagging set and its generator (issue 13, item 4)."""

from __future__ import annotations

import hashlib
import json

import pytest

from eval_helpers import assert_same_but_national_ids

from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_V2_PATH,
    FROZEN_V2_SEED,
    GOLD_TYPES,
    NAME_LOCALES,
    document_sha256,
    generate_heldout,
    load_heldout,
    render_template,
)
from dpfusion_integrations.evaluation.heldout_metrics import skeleton
from dpfusion_integrations.evaluation.heldout_templates import PRIVATE_TEMPLATES, PUBLIC_TEMPLATES

#: sha256 of docs/eval/heldout/heldout_v1.jsonl, pinned when the set was frozen (before any tagger
#: was run on it). Never update this to make a tagger pass: a new set is a new file (v2).
FROZEN_SHA256 = "e877fca9e1e652bd8b7e0dd0ab974f9df393a6686265acecd0ada87cc2c32a2e"


#: sha256 of docs/eval/heldout/heldout_v2.jsonl (frozen before the second tuning round).
FROZEN_V2_SHA256 = "0f6112c2de91e37e465bab154cc2ea7eae552b9b263959ae62495513769a3837"


@pytest.fixture(scope="module")
def frozen():
    return load_heldout()


def test_frozen_file_hash_is_pinned():
    digest = hashlib.sha256(FROZEN_PATH.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256
    meta = json.loads(FROZEN_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["sha256"] == FROZEN_SHA256


def test_second_frozen_set_is_pinned_and_disjoint_in_values(frozen):
    digest = hashlib.sha256(FROZEN_V2_PATH.read_bytes()).hexdigest()
    assert digest == FROZEN_V2_SHA256
    meta = json.loads(FROZEN_V2_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["sha256"] == FROZEN_V2_SHA256 and meta["seed"] == FROZEN_V2_SEED
    v2 = load_heldout(FROZEN_V2_PATH)
    assert document_sha256(v2) == FROZEN_V2_SHA256
    assert {d.text for d in v2}.isdisjoint(d.text for d in frozen if d.kind == "private")


def test_frozen_round_trips(frozen):
    assert document_sha256(frozen) == FROZEN_SHA256


def test_frozen_set_shape(frozen):
    private = [d for d in frozen if d.kind == "private"]
    public = [d for d in frozen if d.kind == "public"]
    assert len(private) == 300 and len(public) == 60
    assert len({d.domain for d in private}) >= 10
    assert {d.domain for d in public} == {d.domain for d in private}
    assert len(NAME_LOCALES) >= 20
    assert len({d.id for d in frozen}) == len(frozen)
    types = {m.type for d in private for m in d.mentions}
    assert types == set(GOLD_TYPES)
    assert all(not d.mentions and d.pair is None for d in public)


def test_frozen_mentions_are_clean(frozen):
    for doc in frozen:
        previous_end = 0
        for m in sorted(doc.mentions, key=lambda m: m.start):
            value = doc.text[m.start:m.end]
            assert value and value == value.strip(), doc.id
            assert m.start >= previous_end, doc.id  # no overlaps
            assert m.type in GOLD_TYPES
            previous_end = m.end
        assert "<<" not in doc.text and "{" not in doc.text


def test_pairs_share_their_public_skeleton(frozen):
    pairs: dict[str, list] = {}
    for doc in frozen:
        if doc.pair is not None:
            pairs.setdefault(doc.pair, []).append(doc)
    assert len(pairs) == 150 and all(len(v) == 2 for v in pairs.values())
    differing = 0
    for a, b in pairs.values():
        assert a.template == b.template
        assert skeleton(a.text, [(m.start, m.end) for m in a.mentions]) == \
            skeleton(b.text, [(m.start, m.end) for m in b.mentions])
        differing += a.text != b.text
    assert differing == len(pairs)


def test_generator_is_deterministic():
    pytest.importorskip("faker")
    one = generate_heldout(7, n_pairs=10, n_public=4)
    two = generate_heldout(7, n_pairs=10, n_public=4)
    other = generate_heldout(8, n_pairs=10, n_public=4)
    assert document_sha256(one) == document_sha256(two)
    assert document_sha256(one) != document_sha256(other)
    assert len(one) == 24


def test_every_template_renders():
    pytest.importorskip("faker")
    for tid, _domain, template in PRIVATE_TEMPLATES:
        text, mentions = render_template(template, structure_seed=1, filler_seed=2)
        assert mentions, tid
        assert all(text[m.start:m.end].strip() for m in mentions)
    for tid, _domain, template in PUBLIC_TEMPLATES:
        text, mentions = render_template(template, structure_seed=1, filler_seed=0)
        assert text and not mentions, tid


def test_generator_reproduces_the_frozen_file():
    faker = pytest.importorskip("faker")
    meta = json.loads(FROZEN_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    if faker.VERSION != meta["faker"]:
        pytest.skip(f"frozen with Faker {meta['faker']}, installed {faker.VERSION}")
    docs = generate_heldout(meta["seed"], n_pairs=meta["n_pairs"], n_public=meta["n_public"])
    if document_sha256(docs) != FROZEN_SHA256:  # Faker's national ids move with the calendar
        assert_same_but_national_ids(docs, load_heldout(FROZEN_PATH))


def test_philter_lists_read_line_by_line_equal_what_tomllib_reads():
    """The held-out tests count name overlaps on ``heldout_checks.philter_lists`` (a fast line-by-line
    reader of philter-lite's ``set.toml``); it must read exactly the lists a TOML parser reads."""
    import tomllib

    import heldout_checks as check

    parsed = tomllib.loads(check.philter_set_toml().read_text(encoding="utf-8"))
    assert check.philter_lists() == parsed
