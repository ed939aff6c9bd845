"""Utility and privacy probes for a synthetic text dataset (scikit-learn, imported on use).

- Utility: train a TF-IDF + logistic-regression classifier on one set of records and measure its
  accuracy on held-out *real* records ("train on synthetic, test on real").
- Privacy probe: a similarity-based membership-inference attack. The attacker holds the released
  synthetic set and candidate real records; a candidate's score is its highest TF-IDF cosine
  similarity to any released record, and the attack's ROC AUC separates the records that were used
  to make the release (members) from equally distributed records that were not (0.5: no signal).

These are empirical probes, not guarantees: a low AUC for one attack does not prove privacy, and
what the DP guarantee covers is stated by the manifest (each record's private spans).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

__all__ = ["classifier_accuracy", "membership_auc", "membership_scores"]


def classifier_accuracy(train_texts: Sequence[str], train_labels: Sequence[Hashable], test_texts: Sequence[str],
                        test_labels: Sequence[Hashable], *, seed: int = 0) -> float:
    """Accuracy on ``test`` of TF-IDF (word 1–2-grams, sublinear tf) + logistic regression fitted on ``train``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    if len(set(train_labels)) < 2:
        raise ValueError("the training set needs at least two labels")
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                          LogisticRegression(max_iter=2000, C=10.0, random_state=seed))
    model.fit(list(train_texts), list(train_labels))
    predicted = model.predict(list(test_texts))
    return float(sum(p == t for p, t in zip(predicted, test_labels, strict=True)) / len(test_labels))


def membership_scores(candidates: Sequence[str], released: Sequence[str]) -> list[float]:
    """Each candidate's highest cosine similarity to a released record (TF-IDF word 1–2-grams fitted
    on the released set, as an attacker who holds only the release would)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if not released:
        raise ValueError("the released set is empty")
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(list(released))
    similarity: Any = cosine_similarity(vectorizer.transform(list(candidates)), vectorizer.transform(list(released)))
    return [float(row.max()) for row in similarity]


def membership_auc(members: Sequence[str], non_members: Sequence[str], released: Sequence[str]) -> float:
    """ROC AUC of the similarity attack: members (used to make ``released``) against non-members."""
    from sklearn.metrics import roc_auc_score

    scores = membership_scores([*members, *non_members], released)
    truth = [1] * len(members) + [0] * len(non_members)
    return float(roc_auc_score(truth, scores))
