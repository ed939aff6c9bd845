"""Evaluation of DP-Fusion against its baselines: a synthetic PII corpus with gold spans, tagger
scores, privacy attacks (candidate ranking, LOSS, Min-K%) with empirical ε lower bounds, utility
metrics, and the ``dpfusion eval`` report and plots. See ``docs/evaluation.md``.

Names load on first use, so wiring :func:`add_eval_parser` into a CLI does not import torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dpfusion_integrations._lazy import lazy_exports

__all__ = [
    "AttackScores",
    "AttackTarget",
    "CandidateRanker",
    "CausalScorer",
    "CorpusDocument",
    "EvalSettings",
    "GoldSpan",
    "MiniLMEmbedder",
    "PerplexityMeter",
    "PrefixState",
    "ReverseScorer",
    "add_eval_parser",
    "clopper_pearson",
    "epsilon_lower_bound",
    "evaluate_releases",
    "evaluate_tagger",
    "generate_corpus",
    "has_placeholder",
    "load_corpus",
    "markdown_report",
    "match_spans",
    "min_k_score",
    "pairwise_auc",
    "plot_results",
    "release_all",
    "run_evaluation",
    "save_corpus",
    "success_bound",
    "write_results",
]

_LAZY = {
    "AttackScores": ".attacks", "CandidateRanker": ".attacks", "ReverseScorer": ".attacks", "min_k_score": ".attacks",
    "add_eval_parser": ".cli", "AttackTarget": ".corpus", "CorpusDocument": ".corpus", "GoldSpan": ".corpus",
    "generate_corpus": ".corpus", "load_corpus": ".corpus", "save_corpus": ".corpus", "CausalScorer": ".lm_scoring",
    "PrefixState": ".lm_scoring", "plot_results": ".plots", "markdown_report": ".report", "write_results": ".report",
    "EvalSettings": ".runner", "evaluate_releases": ".runner", "release_all": ".runner", "run_evaluation": ".runner",
    "clopper_pearson": ".stats", "epsilon_lower_bound": ".stats", "pairwise_auc": ".stats", "success_bound": ".stats",
    "evaluate_tagger": ".tagger_eval", "match_spans": ".tagger_eval", "MiniLMEmbedder": ".utility",
    "PerplexityMeter": ".utility", "has_placeholder": ".utility",
}  # fmt: skip

if TYPE_CHECKING:
    from dpfusion_integrations.evaluation.attacks import AttackScores, CandidateRanker, ReverseScorer, min_k_score
    from dpfusion_integrations.evaluation.cli import add_eval_parser
    from dpfusion_integrations.evaluation.corpus import (
        AttackTarget,
        CorpusDocument,
        GoldSpan,
        generate_corpus,
        load_corpus,
        save_corpus,
    )
    from dpfusion_integrations.evaluation.lm_scoring import CausalScorer, PrefixState
    from dpfusion_integrations.evaluation.plots import plot_results
    from dpfusion_integrations.evaluation.report import markdown_report, write_results
    from dpfusion_integrations.evaluation.runner import EvalSettings, evaluate_releases, release_all, run_evaluation
    from dpfusion_integrations.evaluation.stats import (
        clopper_pearson,
        epsilon_lower_bound,
        pairwise_auc,
        success_bound,
    )
    from dpfusion_integrations.evaluation.tagger_eval import evaluate_tagger, match_spans
    from dpfusion_integrations.evaluation.utility import MiniLMEmbedder, PerplexityMeter, has_placeholder

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)
