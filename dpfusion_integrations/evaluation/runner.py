"""The evaluation pipeline: release every document with every mechanism and ε, attack the releases,
measure their utility, and return one JSON-ready result per (mechanism, ε), plus DP-Fusion's release
modes side by side per ε (:func:`~dpfusion_integrations.evaluation.release_modes.release_mode_table`).

Non-DP baselines are released once (their output does not depend on ε) and reported with
``epsilon = None``. Every random draw is seeded (``settings.seed``): the same seed gives every
mechanism the same per-document generators, and the attack's tie-breaking has its own generator.
Progress is reported as counts through a :class:`Progress` sink, never with document text.
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import numpy as np

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.attacks import AttackScores, CandidateRanker, ReverseScorer, rank_of_true
from dpfusion_integrations.evaluation.corpus import CorpusDocument
from dpfusion_integrations.evaluation.lm_scoring import CausalScorer
from dpfusion_integrations.evaluation.release_modes import (
    EVAL_MECHANISM_NAMES,
    build_eval_mechanisms,
    release_mode_table,
)
from dpfusion_integrations.evaluation.stats import (
    clopper_pearson,
    epsilon_lower_bound,
    pairwise_auc,
    success_lower_limit,
)
from dpfusion_integrations.evaluation.utility import (
    MiniLMEmbedder,
    PerplexityMeter,
    has_placeholder,
    pooled_fact_retention,
    pooled_perplexity,
    verbatim_leaks,
)
from dpfusion_integrations.mechanisms import Mechanism, PrivacyNotion, Release

__all__ = ["ConfigReleases", "EvalSettings", "Progress", "evaluate_releases", "release_all", "run_evaluation"]

logger = logging.getLogger(__name__)


class Progress(Protocol):
    """Receives counts only: the number of steps, then one call per finished step."""

    def start(self, total: int) -> None: ...

    def advance(self, phase: str) -> None: ...


@dataclass(frozen=True)
class EvalSettings:
    """What to run. ``epsilons`` apply to the DP mechanisms; ``min_k`` is Min-K%'s share."""

    epsilons: tuple[float, ...] = (0.0, 1.0, 4.0, 16.0)
    mechanisms: tuple[str, ...] = EVAL_MECHANISM_NAMES
    delta: float = 1e-5
    max_new_tokens: int = 48
    seed: int = 0
    min_k: float = 0.2
    similarity: bool = True
    confidence: float = 0.95


@dataclass
class ConfigReleases:
    """The releases of one (mechanism, ε); ``epsilon`` is ``None`` for a non-DP baseline."""

    mechanism: str
    epsilon: float | None
    releases: list[Release]
    seconds: float = 0.0
    scores: list[AttackScores] = field(default_factory=list)


def _work_units(mechanisms: Sequence[Mechanism], settings: EvalSettings, n_attacked: int) -> int:
    """How many ``advance`` calls a run makes: release and utility per configuration, attack per document."""
    n_configs = sum(len(settings.epsilons) if m.is_dp else 1 for m in mechanisms)
    return 2 * n_configs + n_attacked


def release_all(mechanisms: Sequence[Mechanism], documents: Sequence[CorpusDocument], settings: EvalSettings,
                progress: Progress | None = None) -> list[ConfigReleases]:
    """Every mechanism at every ε (non-DP ones once)."""
    inputs = [d.spanned() for d in documents]
    configs: list[ConfigReleases] = []
    for mech in mechanisms:
        for eps in (settings.epsilons if mech.is_dp else (None,)):
            start = time.perf_counter()
            releases = mech.release(inputs, epsilon=0.0 if eps is None else float(eps), delta=settings.delta,
                                    max_new_tokens=settings.max_new_tokens, seed=settings.seed)
            configs.append(ConfigReleases(mech.name, eps, releases, time.perf_counter() - start))
            logger.info("released %d documents with %s at epsilon=%s", len(releases), mech.name, eps)
            if progress is not None:
                progress.advance("release")
    return configs


def _attack_all(configs: list[ConfigReleases], documents: Sequence[CorpusDocument], scorer: CausalScorer,
                tokenizer: Any, settings: EvalSettings, progress: Progress | None) -> None:
    ranker = CandidateRanker(scorer, tokenizer)
    reverse = ReverseScorer(scorer, tokenizer, k=settings.min_k)
    for i, doc in enumerate(documents):
        if doc.target is None:
            continue
        state = ranker.prepare(doc)
        texts = list(dict.fromkeys(config.releases[i].text for config in configs))  # each distinct text once
        reverse_scores = dict(zip(texts, reverse.score_many(doc, texts), strict=True))
        seen = {t: AttackScores(doc.true_index, tuple(ranker.score(state, t)), tuple(reverse_scores[t][0]),
                                tuple(reverse_scores[t][1])) for t in texts}
        for config in configs:
            config.scores.append(seen[config.releases[i].text])
        del state
        if progress is not None:
            progress.advance("attack")


def _summarize_attack(config: ConfigReleases, m: int, settings: EvalSettings, index: int) -> dict[str, Any]:
    scores = config.scores
    if not scores:
        return {"n": 0}
    rng = np.random.default_rng([settings.seed, index])
    ranks = [rank_of_true(s.ranking, s.true_index, rng) for s in scores]
    successes = sum(1 for r in ranks if r == 1)
    lo, hi = clopper_pearson(successes, len(scores), confidence=settings.confidence)
    notion = config.releases[0].notion
    delta = max((r.delta or 0.0) for r in config.releases) if notion is not PrivacyNotion.NONE else 0.0
    loss_ranks = [rank_of_true(s.loss, s.true_index, rng) for s in scores]
    min_k_ranks = [rank_of_true(s.min_k, s.true_index, rng) for s in scores]
    return {
        "n": len(scores), "candidates": m, "chance": 1.0 / m, "successes": successes,
        "success_rate": successes / len(scores), "ci_low": lo, "ci_high": hi,
        "mean_rank": float(np.mean(ranks)),
        "epsilon_lower_bound": epsilon_lower_bound(
            success_lower=success_lower_limit(successes, len(scores), confidence=settings.confidence), m=m,
            notion=notion, delta=delta),
        "loss_auc": pairwise_auc([s.loss for s in scores], [s.true_index for s in scores]),
        "min_k_auc": pairwise_auc([s.min_k for s in scores], [s.true_index for s in scores]),
        "loss_success_rate": sum(1 for r in loss_ranks if r == 1) / len(scores),
        "min_k_success_rate": sum(1 for r in min_k_ranks if r == 1) / len(scores),
    }  # fmt: skip


def _finite_or_none(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and not math.isfinite(value)) else value


def evaluate_releases(configs: list[ConfigReleases], documents: Sequence[CorpusDocument], *, model: Any,
                      tokenizer: Any, settings: EvalSettings, progress: Progress | None = None,
                      embedder: MiniLMEmbedder | None = None) -> list[dict[str, Any]]:
    """Attack and utility figures for each configuration (one JSON-ready row each)."""
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    scorer = CausalScorer(model, pad_id=pad)
    sizes = {len(d.target.candidates) for d in documents if d.target is not None}
    if len(sizes) > 1:
        raise InvalidParameterError("every attacked document needs the same number of candidates (the success "
                                    "bound and chance level depend on it)")
    m = sizes.pop() if sizes else 0
    _attack_all(configs, documents, scorer, tokenizer, settings, progress)
    meter = PerplexityMeter(scorer, tokenizer, documents)
    rows = []
    for index, config in enumerate(configs):
        texts = [r.text for r in config.releases]
        given, alone = meter.per_document(texts)
        leaks = [verbatim_leaks(d, t) for d, t in zip(documents, texts, strict=True)]
        target_leaks = [t for t, _, _ in leaks if t is not None]
        utility = {
            "ppl_original": pooled_perplexity(given), "ppl_text": pooled_perplexity(alone),
            "similarity": (float(np.mean(embedder.similarity([d.text for d in documents], texts)))
                           if embedder is not None else None),
            "fact_retention": pooled_fact_retention(documents, texts),
            "placeholder_leak": float(np.mean([has_placeholder(t) for t in texts])),
            "target_leak": float(np.mean(target_leaks)) if target_leaks else None,
            "span_leak": sum(v for _, v, _ in leaks) / max(1, sum(n for _, _, n in leaks)),
            "mean_tokens": float(np.mean([len(g) for g in given])),
            "empty_releases": sum(1 for t in texts if not t.strip()),
            # Tokens the mechanism released (DP-Fusion's faithful modes: sampled slot steps only).
            "sampled_steps": float(np.mean([r.tokens_emitted for r in config.releases])),
        }  # fmt: skip
        claims = [r.epsilon for r in config.releases if r.epsilon is not None]
        attack = _summarize_attack(config, m, settings, index)
        claimed = max(claims) if claims else None
        rows.append({
            "mechanism": config.mechanism, "epsilon": config.epsilon, "notion": config.releases[0].notion.value,
            "claimed_epsilon": claimed, "delta": config.releases[0].delta,
            "lower_bound_within_claim": (None if claimed is None or "epsilon_lower_bound" not in attack
                                         else attack["epsilon_lower_bound"] <= claimed + 1e-12),
            "attack": {k: _finite_or_none(v) for k, v in attack.items()},
            "utility": {k: _finite_or_none(v) for k, v in utility.items()},
            "release_seconds": config.seconds,
        })  # fmt: skip
        if progress is not None:
            progress.advance("utility")
    return rows


def run_evaluation(documents: Sequence[CorpusDocument], *, model: Any, tokenizer: Any, model_name: str,
                   settings: EvalSettings, progress: Progress | None = None) -> dict[str, Any]:
    """The whole pipeline on one already-loaded model; returns ``{"meta": ..., "rows": [...]}``."""
    from dpfusion_integrations.dpfusion import DPFusion

    start = time.perf_counter()
    dp = DPFusion(model, tokenizer, model_name=model_name, unit_key=secrets.token_bytes(32))
    mechanisms = build_eval_mechanisms(list(settings.mechanisms), dp=dp)
    if progress is not None:
        progress.start(_work_units(mechanisms, settings, sum(1 for d in documents if d.target is not None)))
    configs = release_all(mechanisms, documents, settings, progress)
    released = time.perf_counter()
    embedder = MiniLMEmbedder(device=next(model.parameters()).device) if settings.similarity else None
    rows = evaluate_releases(configs, documents, model=model, tokenizer=tokenizer, settings=settings,
                             progress=progress, embedder=embedder)
    import torch
    import transformers

    meta = {
        "model": model_name, "documents": len(documents),
        "attacked_documents": sum(1 for d in documents if d.target is not None),
        "settings": asdict(settings), "temperature": dp.temperature, "relation": dp.relation.value,
        "group_policy": dp.group_policy.value,
        "seconds": {"release": released - start, "total": time.perf_counter() - start},
        "torch": torch.__version__, "transformers": transformers.__version__, "torch_threads": torch.get_num_threads(),
    }  # fmt: skip
    return {"meta": meta, "rows": rows, "release_modes": release_mode_table(rows),
            "releases": {f"{c.mechanism}@{c.epsilon}": [r.text for r in c.releases] for c in configs}}
