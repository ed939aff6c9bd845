"""Corpus jobs with ``surrogates=``: the settings (strict bool, faithful only, fingerprints that keep
older jobs resumable), a job end to end (reports, redacted inputs, manifest) and the CLI refusing a
wrong combination before any model or spend."""

from __future__ import annotations

import argparse
import json

import pytest
from corpus_helpers import write_jsonl
from pydantic import ValidationError

from dpfusion_integrations.contexts.surrogates import SURROGATE_LISTS
from dpfusion_integrations.corpus import (
    CorpusStateError,
    PrivatizeParams,
    add_privatize_corpus_parser,
    privatize_corpus,
)
from dpfusion_integrations.ledger import PrivacyLedger

NAME = "Zebulon Quartermaine"


def records(n: int) -> list[dict]:
    """Records with explicit PERSON spans (used alone: no tagger runs); record 0 holds the canary."""
    names = [NAME, *(f"Ann Lee{i}" for i in range(1, n))]
    return [{"id": f"s{i}", "text": f"Patient {name} was seen for a cough.", "spans": [[8, 8 + len(name), "PERSON"]]}
            for i, name in enumerate(names)]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_privatize_corpus_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))


def test_when_surrogates_are_off_then_the_fingerprint_is_the_one_of_jobs_started_before_the_field():
    plain = PrivatizeParams(epsilon=4.0, release="faithful", slot_tokens=3)
    assert plain.surrogates is False and "surrogates" not in json.loads(plain.fingerprint())
    fake = PrivatizeParams(epsilon=4.0, release="faithful", slot_tokens=3, surrogates=True)
    assert json.loads(fake.fingerprint())["surrogates"] is True and fake.fingerprint() != plain.fingerprint()
    assert fake.privatize_kwargs()["surrogates"] is True and plain.privatize_kwargs()["surrogates"] is False
    assert "surrogates" not in PrivatizeParams(epsilon=4.0).privatize_kwargs()  # the paraphrase: not passed


@pytest.mark.parametrize("fields, refused", [
    ({"surrogates": True}, "surrogates belongs to release='faithful'"),
    ({"release": "paraphrase", "surrogates": True}, "surrogates belongs"),
    ({"release": "faithful", "surrogates": "yes"}, "surrogates"),
    ({"release": "faithful", "surrogates": 1}, "surrogates"),
])
def test_when_surrogates_are_set_wrongly_then_the_params_refuse_them(fields, refused):
    with pytest.raises(ValidationError, match=refused):
        PrivatizeParams(epsilon=4.0, **fields)


def test_when_a_job_uses_surrogates_then_reports_redacted_inputs_and_manifest_say_so(tiny_dp, tmp_path):
    url = f"sqlite:///{tmp_path / 'budget.db'}"
    PrivacyLedger.open(url, create=True).close()
    params = PrivatizeParams(epsilon=4.0, release="faithful", slot_tokens=3, seed=3, surrogates=True,
                             include_redacted=True)
    summary = privatize_corpus(write_jsonl(tmp_path / "in.jsonl", records(2)), tmp_path / "out.jsonl", params,
                               dp=tiny_dp, ledger=url, batch_size=2)
    assert summary.complete and summary.records == 2
    for raw in (tmp_path / "out.jsonl").read_text().splitlines():
        line = json.loads(raw)
        assert line["report"]["surrogates"] is True and line["report"]["release"] == "faithful"
        assert line["redacted_text"] == f"Patient {SURROGATE_LISTS['person'][0]} was seen for a cough."
        assert line["text"].startswith("Patient") and line["text"].endswith(" was seen for a cough.")
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["params"]["surrogates"] is True
    assert NAME not in (tmp_path / "out.jsonl.manifest.json").read_text()


def test_when_a_job_resumes_with_other_surrogates_then_it_is_refused(tiny_dp, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", records(1))
    base = {"epsilon": 4.0, "release": "faithful", "slot_tokens": 2, "seed": 1}
    privatize_corpus(src, tmp_path / "out.jsonl", PrivatizeParams(**base), dp=tiny_dp)
    with pytest.raises(CorpusStateError, match="surrogates"):
        privatize_corpus(src, tmp_path / "out.jsonl", PrivatizeParams(**base, surrogates=True), dp=tiny_dp)


def test_when_the_cli_asks_surrogates_of_the_paraphrase_then_it_fails_before_anything_is_loaded_or_written(
        tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", records(1))
    code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4", "--surrogates",
                "--model", str(tmp_path / "no-such-model"), "--ledger", f"sqlite:///{tmp_path / 'b.db'}"])
    err = capsys.readouterr().err
    assert code == 2 and "surrogates belongs to release='faithful'" in err and NAME not in err
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "b.db").exists()


def test_when_the_cli_runs_with_surrogates_then_the_manifest_records_them(tiny_model_dir, tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", records(1))
    code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4",
                "--release", "faithful", "--surrogates", "--slot-tokens", "2", "--model", str(tiny_model_dir),
                "--seed", "1", "--no-progress"])
    assert code == 0 and NAME not in capsys.readouterr().err
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert (manifest["params"]["release"], manifest["params"]["surrogates"]) == ("faithful", True)
