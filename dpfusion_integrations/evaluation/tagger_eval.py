"""Tagger evaluation against gold spans: precision, recall and F1 per entity type.

Matching rule (span level, typed): a predicted span and a gold span match when they have the same
entity type and their character intersection-over-union is at least 0.5; pairs are matched one to
one, best IoU first. Unmatched predictions are false positives, unmatched gold spans false
negatives. Two privacy-oriented figures are added: ``untyped_recall`` (the same rule ignoring
types) and ``char_coverage`` (share of gold characters inside ANY predicted span: what actually gets
hidden from the public context, since a span hidden under the wrong label is still hidden).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Literal

from dpfusion_integrations.evaluation.corpus import CorpusDocument

__all__ = ["IOU_THRESHOLD", "evaluate_tagger", "match_spans"]

IOU_THRESHOLD = 0.5


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_spans(gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]], *,
                typed: bool = True) -> list[tuple[int, int]]:
    """One-to-one ``(gold_index, predicted_index)`` matches under the rule above."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if typed and g[2] != p[2]:
                continue
            iou = _iou((g[0], g[1]), (p[0], p[1]))
            if iou >= IOU_THRESHOLD:
                pairs.append((-iou, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def evaluate_tagger(documents: Sequence[CorpusDocument], tagger: Any, *,
                    types: Literal["as_labelled", "group"] = "as_labelled") -> dict[str, Any]:
    """Scores of ``tagger`` (anything with ``tag(text) -> [Span]`` and ``name``) on the corpus.

    ``types="group"`` maps gold and predicted labels onto the six group types first (``PERSON``,
    ``ORGANIZATION``, ``LOCATION``, ``DATE``, ``CONTACT``, ``ID``): the recall profile labels spans
    by group type while the corpus uses Presidio's labels (``DATE_TIME``, ``PHONE_NUMBER``…), so
    typed matching would otherwise count every correct date as a miss.
    """
    from dpfusion_integrations.tagging.group_types import group_type_of

    label = group_type_of if types == "group" else (lambda t: t)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    untyped_hits = gold_total = covered = gold_chars = 0
    for doc in documents:
        gold = [(s.start, s.end, label(s.entity_type)) for s in doc.spans]
        predicted = [(s.start, s.end, label(s.entity_type)) for s in tagger.tag(doc.text)]
        matches = match_spans(gold, predicted)
        matched_g = {g for g, _ in matches}
        matched_p = {p for _, p in matches}
        for gi, g in enumerate(gold):
            counts[g[2]][0 if gi in matched_g else 2] += 1
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                counts[p[2]][1] += 1
        untyped_hits += len(match_spans(gold, predicted, typed=False))
        gold_total += len(gold)
        hidden = [False] * len(doc.text)
        for p in predicted:
            hidden[p[0]:p[1]] = [True] * (p[1] - p[0])
        for g in gold:
            covered += sum(hidden[g[0]:g[1]])
            gold_chars += g[1] - g[0]
    per_type = {t: _prf(*c) for t, c in sorted(counts.items())}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "tagger": getattr(tagger, "name", type(tagger).__name__),
        "matching": f"same entity type and character IoU >= {IOU_THRESHOLD}, one-to-one, best IoU first",
        "types": types,
        "documents": len(documents),
        "per_type": per_type,
        "micro": _prf(*total),
        "untyped_recall": untyped_hits / gold_total if gold_total else float("nan"),
        "char_coverage": covered / gold_chars if gold_chars else float("nan"),
    }
