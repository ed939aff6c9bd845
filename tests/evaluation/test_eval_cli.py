"""``dpfusion eval`` end to end on the tiny random Llama (saved as a local model directory), through
``add_eval_parser`` on our own parser, as the main CLI will wire it."""

from __future__ import annotations

import argparse
import json
import logging

import pytest

from dpfusion_integrations.evaluation.cli import add_eval_parser
from dpfusion_integrations.evaluation.corpus import generate_corpus


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_eval_parser(parser.add_subparsers(dest="command"))
    return parser


def _run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def tiny_dir(tiny_model_dir):
    """The tiny random Llama as a local model directory (the session's copy, written once)."""
    return tiny_model_dir


def test_when_eval_runs_then_tables_plots_and_corpus_are_written_without_private_text(tiny_dir, tmp_path, capsys,
                                                                                       caplog):
    pytest.importorskip("matplotlib")
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "eval"
    # Two documents and one ε keep this end-to-end run short: the faithful modes decode one document at
    # a time; several ε and the per-ε release-mode table are covered in test_fact_retention.py.
    code = _run(["eval", "--synthetic", "2", "--epsilons", "2", "--max-new-tokens", "3", "--model", str(tiny_dir),
                 "--no-tagger-eval", "--no-similarity", "--out", str(out), "--save-releases"])
    captured = capsys.readouterr()
    assert code == 0
    for name in ("results.json", "results.md", "attack.png", "utility.png", "corpus.json", "releases.json"):
        assert (out / name).is_file(), name
    results = json.loads((out / "results.json").read_text())
    rows = results["rows"]
    assert [(r["mechanism"], r["epsilon"]) for r in rows] == [
        ("dp-fusion", 2.0), ("dp-fusion-faithful", 2.0), ("dp-fusion-faithful-surrogates", 2.0),
        ("redaction", None), ("paraphrase", None), ("dp-prompt", 2.0), ("dp-decoding", 2.0)]
    for r in rows:
        assert r["attack"]["n"] == 2 and r["attack"]["candidates"] == 5
        assert 0 <= r["attack"]["success_rate"] <= 1 and r["attack"]["ci_low"] <= r["attack"]["ci_high"]
        assert r["utility"]["ppl_original"] > 0 and r["utility"]["similarity"] is None
        if r["claimed_epsilon"] is not None:
            assert r["claimed_epsilon"] <= r["epsilon"] + 1e-12 and r["lower_bound_within_claim"] is True
    by_name = {r["mechanism"]: r["utility"] for r in rows}
    assert by_name["redaction"]["placeholder_leak"] == 1.0  # redaction keeps its placeholders
    # Public facts: redaction and the faithful modes keep every one (public text is never sampled);
    # the 3-token paraphrases cannot.
    for name in ("redaction", "dp-fusion-faithful", "dp-fusion-faithful-surrogates"):
        assert by_name[name]["fact_retention"] == 1.0, name
    assert by_name["dp-fusion"]["fact_retention"] < 1.0
    (entry,) = results["release_modes"]
    assert entry["epsilon"] == 2.0 and list(entry["modes"]) == ["paraphrase", "faithful", "faithful + surrogates"]
    assert entry["modes"]["faithful"]["fact_retention"] == by_name["dp-fusion-faithful"]["fact_retention"]
    report = (out / "results.md").read_text()
    assert "| mechanism | ε |" in report and "## DP-Fusion release modes" in report
    assert (out / "attack.png").read_bytes()[:4] == b"\x89PNG"
    names = [d.true_value for d in generate_corpus(2, seed=0)]
    for text in (captured.out, captured.err, caplog.text, (out / "results.json").read_text(),
                 (out / "results.md").read_text()):
        assert not any(n in text for n in names)


def test_when_the_corpus_has_no_attack_targets_then_utility_is_still_measured(tiny_dir, tmp_path):
    corpus = tmp_path / "c.json"
    corpus.write_text(json.dumps([{"id": "a", "text": "Ann Lee was seen on May 2.",
                                   "spans": [{"start": 0, "end": 7, "entity_type": "PERSON"}]}]))
    out = tmp_path / "o"
    assert _run(["eval", "--corpus", str(corpus), "--epsilons", "1", "--mechanisms", "dp-fusion,redaction",
                 "--max-new-tokens", "2", "--model", str(tiny_dir), "--no-tagger-eval", "--no-similarity",
                 "--no-plots", "--out", str(out)]) == 0
    rows = json.loads((out / "results.json").read_text())["rows"]
    assert [r["attack"]["n"] for r in rows] == [0, 0] and rows[0]["utility"]["ppl_text"] > 0
    assert not (out / "corpus.json").exists()  # a user's corpus is never copied


@pytest.mark.parametrize("argv", [["eval", "--epsilons", "a,b"], ["eval", "--epsilons", "-1"],
                                  ["eval", "--mechanisms", "dp-magic"], ["eval", "--corpus", "x", "--synthetic", "3"]])
def test_when_arguments_are_invalid_then_argparse_exits_2(argv):
    with pytest.raises(SystemExit) as info:
        _parser().parse_args(argv)
    assert info.value.code == 2


def test_when_the_corpus_file_is_missing_then_exit_code_2(tmp_path, capsys):
    assert _run(["eval", "--corpus", str(tmp_path / "none.json"), "--out", str(tmp_path)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_when_parsed_then_defaults_match_the_documented_run():
    args = _parser().parse_args(["eval"])
    assert args.epsilons == (0.0, 1.0, 4.0, 16.0) and args.max_new_tokens == 48 and args.synthetic == 16
    assert args.mechanisms == ("dp-fusion", "dp-fusion-faithful", "dp-fusion-faithful-surrogates", "redaction",
                               "paraphrase", "dp-prompt", "dp-decoding")
    assert callable(args.func)
