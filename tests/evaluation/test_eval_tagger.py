"""Tagger evaluation: the documented matching rule, and the real Presidio tagger on the corpus."""

from __future__ import annotations

import math

import pytest

from dpfusion_integrations.evaluation.corpus import CorpusDocument, GoldSpan, generate_corpus
from dpfusion_integrations.evaluation.tagger_eval import evaluate_tagger, match_spans
from dpfusion_integrations.tagging import Span


class _FixedTagger:
    name = "fixed"

    def __init__(self, spans: list[Span]) -> None:
        self._spans = spans

    def tag(self, text: str) -> list[Span]:
        return self._spans


def _doc() -> CorpusDocument:
    text = "Dr. Ann Lee saw Bo Zhu on May 2, 2024 in Reno."
    spans = (GoldSpan(4, 11, "PERSON", "DIRECT", "a"), GoldSpan(16, 22, "PERSON", "DIRECT", "b"),
             GoldSpan(26, 37, "DATE_TIME", "QUASI", "c"), GoldSpan(41, 45, "LOCATION", "QUASI", "d"))
    return CorpusDocument("d0", "test", text, spans)


def test_when_spans_overlap_enough_and_types_agree_then_they_match_one_to_one():
    gold = [(4, 11, "PERSON"), (16, 22, "PERSON")]
    assert match_spans(gold, [(0, 11, "PERSON")]) == [(0, 0)]  # IoU 7/11 >= 0.5
    assert match_spans(gold, [(4, 6, "PERSON")]) == []  # IoU 2/7 < 0.5
    assert match_spans(gold, [(4, 11, "LOCATION")]) == []
    assert match_spans(gold, [(4, 11, "LOCATION")], typed=False) == [(0, 0)]
    assert match_spans(gold, [(4, 22, "PERSON")]) == []  # one span over two names: IoU < 0.5 for both


def test_when_scoring_a_known_tagger_then_counts_and_rates_follow():
    tagger = _FixedTagger([Span(0, 11, "PERSON"), Span(26, 37, "DATE_TIME"), Span(41, 45, "PERSON"),
                           Span(12, 15, "PERSON")])
    res = evaluate_tagger([_doc()], tagger)
    person = res["per_type"]["PERSON"]
    assert (person["tp"], person["fp"], person["fn"]) == (1, 2, 1)
    assert res["per_type"]["DATE_TIME"]["f1"] == 1.0
    assert res["per_type"]["LOCATION"]["recall"] == 0.0
    assert res["micro"]["precision"] == pytest.approx(2 / 4) and res["micro"]["recall"] == pytest.approx(2 / 4)
    assert res["untyped_recall"] == pytest.approx(3 / 4)
    assert res["char_coverage"] == pytest.approx((7 + 11 + 4) / (7 + 6 + 11 + 4))


def test_when_the_real_presidio_tagger_runs_on_the_corpus_then_names_are_found_and_no_text_leaks():
    from dpfusion_integrations.tagging import default_tagger

    docs = generate_corpus(8, seed=0)
    res = evaluate_tagger(docs, default_tagger("precision"))  # Presidio's types; the default is now "recall"
    assert res["tagger"].startswith("presidio")
    assert res["per_type"]["PERSON"]["recall"] >= 0.8
    assert not math.isnan(res["micro"]["f1"]) and res["micro"]["f1"] > 0.6
    dumped = repr(res)
    assert all(d.true_value not in dumped for d in docs)


def test_when_matching_on_group_types_then_presidio_labels_and_group_types_agree():
    """The recall profile says DATE where the corpus says DATE_TIME: group-type matching counts it."""
    tagger = _FixedTagger([Span(0, 11, "PERSON"), Span(26, 37, "DATE"), Span(41, 45, "PERSON")])
    as_labelled = evaluate_tagger([_doc()], tagger)
    grouped = evaluate_tagger([_doc()], tagger, types="group")
    assert as_labelled["per_type"]["DATE_TIME"]["recall"] == 0.0
    assert grouped["per_type"]["DATE"]["recall"] == 1.0 and grouped["types"] == "group"
    assert grouped["untyped_recall"] == as_labelled["untyped_recall"]
