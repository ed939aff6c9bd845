"""The round-6 to round-10 detector sets as a whole (``recall-v6`` to ``recall-v10``): wiring,
names, linear time of the growth steps that run after the union, and the earlier sets staying
selectable. The rules of each area have their own tests (``test_recall_r6_*.py``, ``test_recall_r7_*.py``,
``test_recall_r8_*.py``, ``test_recall_r9_*.py``, ``test_recall_r10_*.py``)."""

from __future__ import annotations

import re
import time

import pytest

from dpfusion_integrations.tagging.recall import RecallTagger
from dpfusion_integrations.tagging.recall.round_ten import round_ten_edges
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION, RECALL_VERSIONS, default_detectors
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

ADVERSARIAL = {
    "comma parts": "No. 4, " * 2_000,
    "units": "stan 12, kv. 3, " * 1_000,
    "initials": "by AB – CD (EF) " * 800,
    "title case run": "Friends Of Legal Aid Water Power " * 600,
    "digit groups": "12-34 " * 2_000,
    "lines": "Ann\n12 Rose Lane\n" * 1_000,
    "table rows": "Ann Lee;12 Rose Lane;AB·CD·12;4. 2. 2026\n" * 400,
    "pipe rows": "| Ann | RH | 2024. 06. 18. |\n" * 500,
    "chat labels": "ann lee 09:14  ok\nSaw Eh: hi\n" * 500,
    "key values": "owner=Ann user=x1 " * 800,
    "buildings and boxes": "Ma. Coral Villa, BP 12, bus 3, " * 400,
    # many named spans on one line: a step that rescans the whole line for every span is quadratic
    "one long line of names": "Zorblax Quenty, " * 6_000,
}


@pytest.mark.parametrize("version", RECALL_VERSIONS)
def test_when_a_version_is_built_then_its_detector_names_are_unique(version: str) -> None:
    """``detect_all`` keys detections by detector name: a repeated name would drop one detector's spans."""
    names = [d.name for d in default_detectors(version)]
    assert len(names) == len(set(names))


def test_when_round_six_is_built_then_it_extends_round_five_and_rounds_seven_and_eight_extend_it() -> None:
    assert RECALL_VERSION == "recall-v14" == RECALL_VERSIONS[-1]
    v5 = [d.name for d in default_detectors("recall-v5")]
    v6 = [d.name for d in default_detectors("recall-v6")]
    v7 = [d.name for d in default_detectors("recall-v7")]
    v8 = [d.name for d in default_detectors("recall-v8")]
    v9 = [d.name for d in default_detectors("recall-v9")]
    assert v6 == v7[: len(v6)] and v7 == v8[: len(v7)] and v8 == v9[: len(v8)]
    assert v9 == [d.name for d in default_detectors("recall-v10")][: len(v9)]
    # round 11 adds no detector: its residual sweep runs on the union (round_eleven.residual_sweep)
    assert [d.name for d in default_detectors("recall-v11")] == [d.name for d in default_detectors("recall-v10")]
    # round 12 adds none either: value completion runs after the sweep (round_twelve.complete_values)
    assert [d.name for d in default_detectors("recall-v12")] == [d.name for d in default_detectors("recall-v10")]
    # nor round 13: its release runs after completion (round_thirteen.release_public_values)
    assert [d.name for d in default_detectors("recall-v13")] == [d.name for d in default_detectors("recall-v10")]
    # nor round 14: its additions run after completion (round_fourteen.add_round_fourteen)
    assert [d.name for d in default_detectors("recall-v14")] == [d.name for d in default_detectors("recall-v10")]
    assert v6[: len(v5)] == v5 and len(v6) > len(v5)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_when_input_is_adversarial_then_the_growth_steps_of_rounds_six_to_eight_finish_quickly(name: str) -> None:
    """The growth steps run on every merged span; each must stay linear (generous bound: a busy
    machine cannot fail it, catastrophic backtracking would). Every third word is a span, the types
    in turn, so every step finds work everywhere (no parse needed)."""
    text = ADVERSARIAL[name]
    types = ("PERSON", "LOCATION", "ORGANIZATION", "ID", "DATE", "CONTACT")
    words = list(re.finditer(r"\w+", text))[::3]
    spans = [Span(m.start(), m.end(), types[i % len(types)], 0.5) for i, m in enumerate(words)]
    start = time.perf_counter()
    grown = round_ten_edges(text, list(spans), load_wordlists())
    assert time.perf_counter() - start < 20.0
    assert all(0 <= s.start < s.end <= len(text) for s in grown)


def test_when_spans_grow_then_they_never_shrink_or_overlap() -> None:
    """Growth only adds characters: every input character stays covered, and the result is sorted and
    disjoint (what ``merge_spans`` promises the tagger)."""
    text = ("Seen by MS on 28/2 at No. 47, Jalan Ampang, 50450 Kuala Lumpur for Orrin Tax Services; "
            "SUBJ 5460 | KALNINA, Ilze | user velkaro reported it.")
    spans = [Span(0, 4, "PERSON", 0.5), Span(45, 57, "LOCATION", 0.9), Span(90, 94, "ID", 0.9)]
    grown = round_ten_edges(text, spans, load_wordlists())
    covered = {i for s in grown for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))
    assert all(a.end <= b.start for a, b in zip(grown, grown[1:], strict=False))


def test_when_recall_v5_is_chosen_then_no_round_six_rule_runs(recall_tagger) -> None:
    old = RecallTagger(version="recall-v5")
    assert old.version == "recall-v5" and set(old.detectors) < set(recall_tagger.detectors)
