"""The utility and membership-inference probes on hand-made data."""

from __future__ import annotations

import pytest

from dpfusion_integrations.synthesis import classifier_accuracy, membership_auc, membership_scores

pytest.importorskip("sklearn")

TRAIN = [("wheezing inhaler asthma attack", "resp"), ("cough sputum inhaler", "resp"),
         ("chest pain ecg troponin", "cardio"), ("palpitations ecg beta blocker", "cardio")]


def test_when_classes_have_distinct_words_then_the_classifier_separates_them():
    texts, labels = zip(*TRAIN)
    assert classifier_accuracy(texts, labels, ["asthma inhaler", "ecg chest pain"], ["resp", "cardio"]) == 1.0
    with pytest.raises(ValueError):
        classifier_accuracy(["a", "b"], ["x", "x"], ["a"], ["x"])


def test_when_the_release_copies_its_members_then_the_attack_is_perfect_and_otherwise_at_chance():
    members = ["alpha beta gamma", "delta epsilon zeta"]
    others = ["eta theta iota", "kappa lambda mu"]
    assert membership_auc(members, others, released=members) == 1.0
    assert membership_auc(members, others, released=["nu xi omicron", "pi rho sigma"]) == 0.5
    assert membership_scores(["alpha beta gamma"], members) == [pytest.approx(1.0)]
