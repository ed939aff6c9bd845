"""Public names of the new packages are pinned, and wiring the CLI stays cheap (no torch import)."""

from __future__ import annotations

import subprocess
import sys

import dpfusion_integrations.evaluation as evaluation
import dpfusion_integrations.mechanisms as mechanisms

MECHANISMS_ALL = {
    "MECHANISM_NAMES", "ClippedTemperature", "DPDecodingMechanism", "DPFusionMechanism", "DPPromptMechanism",
    "Mechanism", "ParaphraseMechanism", "PrivacyNotion", "RedactionMechanism", "Release", "SpannedText",
    "Temperature", "UniformMixture", "build_mechanisms", "dp_decoding_lambda", "dp_decoding_token_epsilon",
    "dp_prompt_document_epsilon", "dp_prompt_temperature", "dp_prompt_token_epsilon", "redacted_text",
}  # fmt: skip
EVALUATION_ALL = {
    "AttackScores", "AttackTarget", "CandidateRanker", "CausalScorer", "CorpusDocument", "EvalSettings", "GoldSpan",
    "MiniLMEmbedder", "PerplexityMeter", "PrefixState", "ReverseScorer", "add_eval_parser", "clopper_pearson",
    "epsilon_lower_bound", "evaluate_releases", "evaluate_tagger", "generate_corpus", "has_placeholder",
    "load_corpus", "markdown_report", "match_spans", "min_k_score", "pairwise_auc", "plot_results", "release_all",
    "run_evaluation", "save_corpus", "success_bound", "write_results",
}  # fmt: skip


def test_when_importing_then_all_is_pinned_and_every_name_resolves():
    assert set(mechanisms.__all__) == MECHANISMS_ALL
    assert set(evaluation.__all__) == EVALUATION_ALL
    for package in (mechanisms, evaluation):
        for name in package.__all__:
            assert getattr(package, name) is not None


def test_when_the_eval_parser_is_wired_then_torch_is_not_imported():
    probe = ("import sys, argparse\n"
             "from dpfusion_integrations.evaluation import add_eval_parser\n"
             "add_eval_parser(argparse.ArgumentParser().add_subparsers())\n"
             "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_when_reading_the_committed_results_then_no_claim_is_contradicted():
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / "eval" / "results.json"
    results = json.loads(path.read_text())
    rows = results["rows"]
    assert {r["mechanism"] for r in rows} == {"dp-fusion", "redaction", "paraphrase", "dp-prompt", "dp-decoding"}
    for r in rows:
        if r["claimed_epsilon"] is not None:
            assert r["attack"]["epsilon_lower_bound"] <= r["claimed_epsilon"] + 1e-12
            assert r["lower_bound_within_claim"] is True
