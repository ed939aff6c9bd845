"""Attacks on released texts: candidate ranking (the declared attack), and LOSS / Min-K% scores.

Threat model: the attacker sees the release, the public (redacted) document, and the ``m``
candidate values of one entity; everything else about the document stays behind placeholders.

- Candidate ranking: for each candidate ``c``, the log-likelihood the model assigns to the release
  after the paraphrase prompt over the document with the target filled with ``c`` (other private
  spans as placeholders); the highest wins. This asks "which input most plausibly produced this
  output?", the question DP bounds.
- LOSS (Yeom et al. 2018) and Min-K% (Shi et al. 2023): the reverse direction. Given the release
  (as a prompt asking for the original back), score the target's private tokens of each fill: LOSS
  is their mean log-probability, Min-K% the mean of the lowest ``k`` share of them (at least one).
  They are membership-style signals; reported as pairwise AUC and top-1 success, not used for the
  ε lower bound (only one attack is declared for that, to avoid multiple testing).

Ties are broken uniformly at random with the evaluation's seeded generator, so a release that
says nothing (e.g. an empty text) gives a uniform guess.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from dpfusion_integrations.contexts import encode_chat, paraphrase_messages
from dpfusion_integrations.evaluation.corpus import CorpusDocument
from dpfusion_integrations.evaluation.lm_scoring import CausalScorer, PrefixState

__all__ = ["AttackScores", "CandidateRanker", "ReverseScorer", "min_k_score", "rank_of_true", "release_ids"]

RECOVER_INSTRUCTION = "The following text is a rewritten version of a document. Write the original document."


def release_ids(tokenizer: Any, text: str) -> list[int]:
    """Token ids of a released text (no special tokens)."""
    return list(tokenizer(text, add_special_tokens=False)["input_ids"]) if text else []


def min_k_score(logprobs: np.ndarray, k: float) -> float:
    """Mean of the lowest ``ceil(k·n)`` (at least one) token log-probabilities; ``-inf`` if empty."""
    if logprobs.size == 0:
        return -math.inf
    count = max(1, math.ceil(k * logprobs.size))
    return float(np.sort(logprobs)[:count].mean())


def rank_of_true(scores: Sequence[float], true_index: int, rng: np.random.Generator) -> int:
    """1-based rank of the true candidate (higher score is better), ties broken uniformly."""
    s = np.asarray(scores, dtype=np.float64)
    better = int(np.sum(s > s[true_index]))
    tied = int(np.sum(s == s[true_index])) - 1
    return 1 + better + (int(rng.integers(0, tied + 1)) if tied > 0 else 0)


@dataclass(frozen=True)
class AttackScores:
    """Scores of every candidate for one document and one release (higher = more likely true)."""

    true_index: int
    ranking: tuple[float, ...]
    loss: tuple[float, ...]
    min_k: tuple[float, ...]


class CandidateRanker:
    """The candidate-ranking attack. ``prepare`` encodes the ``m`` candidate-filled prompts of a
    document once; ``score`` then costs one pass over the release per call."""

    def __init__(self, scorer: CausalScorer, tokenizer: Any) -> None:
        self.scorer = scorer
        self.tokenizer = tokenizer

    def prompts(self, doc: CorpusDocument) -> list[list[int]]:
        assert doc.target is not None
        return [encode_chat(self.tokenizer, paraphrase_messages(doc.render(c))) for c in doc.target.candidates]

    def prepare(self, doc: CorpusDocument) -> PrefixState:
        return self.scorer.prefix(self.prompts(doc))

    def score(self, state: PrefixState, release_text: str) -> list[float]:
        ids = release_ids(self.tokenizer, release_text)
        return [float(lp.sum()) for lp in self.scorer.continuation_logprobs(state, [ids] * state.rows)]


class ReverseScorer:
    """LOSS and Min-K% scores of the target's tokens given the release."""

    def __init__(self, scorer: CausalScorer, tokenizer: Any, *, k: float = 0.2) -> None:
        if not 0 < k <= 1:
            raise ValueError("k must be in (0, 1]")
        self.scorer = scorer
        self.tokenizer = tokenizer
        self.k = k

    def score(self, doc: CorpusDocument, release_text: str) -> tuple[list[float], list[float]]:
        """``(loss_scores, min_k_scores)``, one per candidate."""
        return self.score_many(doc, [release_text])[0]

    def score_many(self, doc: CorpusDocument, release_texts: Sequence[str]) -> list[tuple[list[float], list[float]]]:
        """:meth:`score` for several releases of one document, in one batch (the prompt template is
        encoded once for all of them)."""
        assert doc.target is not None
        first = doc.target_spans()[0]
        fills = [list(self.tokenizer(doc.render(c, end=first.end), add_special_tokens=False)["input_ids"])
                 for c in doc.target.candidates]
        shared = _common_prefix(fills)
        prefixes = [encode_chat(self.tokenizer, [{"role": "user", "content": f"{RECOVER_INSTRUCTION}\n\n{text}"}])
                    + fills[0][:shared] for text in release_texts]
        m = len(fills)
        state = self.scorer.expand(self.scorer.prefix(prefixes), m)
        logprobs = self.scorer.continuation_logprobs(state, [f[shared:] for _ in release_texts for f in fills])
        out = []
        for r in range(len(release_texts)):
            rows = logprobs[r * m:(r + 1) * m]
            out.append(([float(lp.mean()) if lp.size else -math.inf for lp in rows],
                        [min_k_score(lp, self.k) for lp in rows]))
        return out


def _common_prefix(seqs: Sequence[Sequence[int]]) -> int:
    n = min(len(s) for s in seqs)
    i = 0
    while i < n and all(s[i] == seqs[0][i] for s in seqs):
        i += 1
    return i
