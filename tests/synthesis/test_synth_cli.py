"""``dpfusion synth`` through its own argparse parser (the lead wires it into ``dpfusion``)."""

from __future__ import annotations

import argparse
import json

import pytest

from synth_helpers import CANARIES, labelled_records
from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.synthesis import add_synth_parser


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_synth_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))


def _input(tmp_path, records):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_when_synth_runs_then_records_and_manifest_are_written(tiny_model_dir, tmp_path, capsys):
    src = _input(tmp_path, labelled_records(3))
    out = tmp_path / "synthetic.jsonl"
    PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", create=True).close()
    code = run(["synth", str(src), "--output", str(out), "--epsilon", "4", "--max-new-tokens", "2",
                "--model", str(tiny_model_dir), "--seed", "3", "--no-progress",
                "--ledger", f"sqlite:///{tmp_path / 'b.db'}"])
    err = capsys.readouterr().err
    assert code == 0 and "3 synthetic records" in err
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(r["id"], r["label"]) for r in rows] == [("n0", "angina"), ("n1", "asthma"), ("n2", "angina")]
    manifest = json.loads((tmp_path / "synthetic.jsonl.manifest.json").read_text())
    assert [r["id"] for r in manifest["records"]] == ["n0", "n1", "n2"] and len(manifest["units"]) == 3
    for canary in CANARIES:
        assert canary not in err and canary not in json.dumps(manifest)


def test_when_a_record_fails_then_skip_errors_exits_1_and_otherwise_2(tiny_model_dir, tmp_path, capsys):
    records = labelled_records(2)
    records[1]["text"] = "Nothing private."
    src = _input(tmp_path, records)
    base = ["synth", str(src), "-o", str(tmp_path / "s.jsonl"), "--epsilon", "4", "--max-new-tokens", "2",
            "--model", str(tiny_model_dir), "--no-progress"]
    assert run(base) == 2 and not (tmp_path / "s.jsonl").exists()
    assert run(base + ["--skip-errors"]) == 1
    assert "1 record(s) skipped" in capsys.readouterr().err


def test_when_the_ledger_is_missing_then_one_line_before_the_model_loads(tmp_path, capsys):
    src = _input(tmp_path, labelled_records(1))
    code = run(["synth", str(src), "-o", str(tmp_path / "s.jsonl"), "--epsilon", "4", "--no-progress",
                "--model", str(tmp_path / "no-such-model"), "--ledger", f"sqlite:///{tmp_path / 'none.db'}"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "dpfusion ledger init" in err
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "s.jsonl").exists()


def test_when_the_input_is_missing_or_malformed_then_it_is_a_usage_error(tmp_path, capsys):
    assert run(["synth", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"), "--epsilon", "1"]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Zebulon Quartermaine"\n')
    assert run(["synth", str(bad), "-o", str(tmp_path / "o.jsonl"), "--epsilon", "1"]) == 2
    err = capsys.readouterr().err
    assert "line 1" in err and "Zebulon" not in err
