"""Corpus jobs with ``release=``: the settings (refusals, defaults, fingerprints, the core's kwargs),
a faithful job end to end through the API and the CLI, and refusals before any model or spend."""

from __future__ import annotations

import argparse
import json

import pytest
from corpus_helpers import CANARY, assert_charged_once, assert_each_record_once, make_records, write_jsonl
from pydantic import ValidationError

from dpfusion_integrations.cli_options import add_release_options
from dpfusion_integrations.corpus import PrivatizeParams, add_privatize_corpus_parser, privatize_corpus
from dpfusion_integrations.corpus.params import DEFAULT_MAX_NEW_TOKENS, DEFAULT_RELEASE
from dpfusion_integrations.ledger import PrivacyLedger


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_privatize_corpus_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))


def test_when_release_is_left_out_then_the_paraphrase_keeps_its_budget_and_its_old_fingerprint():
    params = PrivatizeParams(epsilon=4.0)
    assert DEFAULT_RELEASE == "paraphrase" and params.release == DEFAULT_RELEASE
    assert params.max_new_tokens == DEFAULT_MAX_NEW_TOKENS == PrivatizeParams(epsilon=4.0, max_new_tokens=None)\
        .max_new_tokens
    assert "release" not in json.loads(params.fingerprint())  # jobs started before the field still resume
    kwargs = params.privatize_kwargs()
    assert kwargs["release"] == "paraphrase" and kwargs["max_new_tokens"] == 256 and "slot_tokens" not in kwargs


def test_when_release_is_faithful_then_only_its_own_parameters_reach_the_core():
    params = PrivatizeParams(epsilon=4.0, release="faithful", slot_tokens=3)
    assert params.max_new_tokens is None
    kwargs = params.privatize_kwargs()
    assert kwargs["release"] == "faithful" and kwargs["slot_tokens"] == 3
    assert "max_new_tokens" not in kwargs and "instruction" not in kwargs
    fingerprint = json.loads(params.fingerprint())
    assert fingerprint["release"] == "faithful" and fingerprint["slot_tokens"] == 3
    assert params.fingerprint() != PrivatizeParams(epsilon=4.0, release="faithful").fingerprint()


@pytest.mark.parametrize("fields, refused", [
    ({"release": "faithful", "max_new_tokens": 256}, "max_new_tokens belongs"),
    ({"release": "faithful", "instruction": "Summarize."}, "instruction belongs"),
    ({"slot_tokens": 4}, "slot_tokens belongs"),
    ({"release": "paraphrase", "slot_tokens": 4}, "slot_tokens belongs"),
])
def test_when_a_parameter_of_the_other_mode_is_given_then_the_params_refuse_it(fields, refused):
    with pytest.raises(ValidationError, match=refused):
        PrivatizeParams(epsilon=4.0, **fields)


def test_when_a_faithful_job_runs_then_public_text_is_kept_and_each_record_charged_once(tiny_dp, tmp_path):
    url = f"sqlite:///{tmp_path / 'budget.db'}"
    PrivacyLedger.open(url, create=True).close()
    params = PrivatizeParams(epsilon=4.0, release="faithful", slot_tokens=2, seed=3)
    summary = privatize_corpus(write_jsonl(tmp_path / "in.jsonl", make_records(3)), tmp_path / "out.jsonl", params,
                               dp=tiny_dp, ledger=url, batch_size=2)
    assert summary.complete and summary.records == 3
    lines = assert_each_record_once(tmp_path / "out.jsonl", ["r0", "r1", "r2"])
    for line in lines.values():
        assert line["report"]["release"] == "faithful" and line["report"]["slot_tokens"] == 2
        assert line["text"].startswith("Patient ") and line["text"].endswith(" for a cough.")
        assert CANARY not in json.dumps(line["report"])
    assert_charged_once(url, lines)
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["params"]["release"] == "faithful" and manifest["params"]["slot_tokens"] == 2
    assert manifest["params"]["max_new_tokens"] is None


def test_when_the_cli_runs_faithfully_then_the_manifest_records_the_release(tiny_model_dir, tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(2))
    code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4",
                "--release", "faithful", "--slot-tokens", "2", "--model", str(tiny_model_dir), "--seed", "1",
                "--no-progress"])
    assert code == 0 and CANARY not in capsys.readouterr().err
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert (manifest["params"]["release"], manifest["params"]["slot_tokens"]) == ("faithful", 2)


@pytest.mark.parametrize("extra, refused", [
    (["--release", "faithful", "--max-new-tokens", "8"], "max_new_tokens belongs"),
    (["--slot-tokens", "3"], "slot_tokens belongs"),
])
def test_when_the_cli_mixes_the_modes_then_it_fails_before_anything_is_loaded_or_written(
        tmp_path, capsys, extra, refused):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(1))
    code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4",
                "--model", str(tmp_path / "no-such-model"), "--ledger", f"sqlite:///{tmp_path / 'b.db'}", *extra])
    assert code == 2 and refused in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "b.db").exists()


def test_when_release_options_are_added_then_they_parse_with_the_given_default():
    parser = argparse.ArgumentParser()
    add_release_options(parser, default="faithful")
    assert vars(parser.parse_args([])) == {"release": "faithful", "slot_tokens": None}
    assert vars(parser.parse_args(["--release", "paraphrase", "--slot-tokens", "5"])) == {
        "release": "paraphrase", "slot_tokens": 5}
    with pytest.raises(SystemExit):
        parser.parse_args(["--release", "summary"])
