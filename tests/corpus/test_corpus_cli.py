"""``dpfusion privatize-corpus`` through its own argparse parser (the lead wires it into ``dpfusion``)."""

from __future__ import annotations

import argparse
import json

import pytest

from corpus_helpers import CANARY, assert_charged_once, assert_each_record_once, make_records, write_jsonl
from dpfusion_integrations.corpus import add_privatize_corpus_parser
from dpfusion_integrations.ledger import PrivacyLedger


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_privatize_corpus_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))  # the unit key of this test only


def test_when_run_twice_on_a_directory_then_the_second_run_adds_and_charges_nothing(tiny_model_dir, tmp_path,
                                                                                   capsys):
    corpus = tmp_path / "notes"
    corpus.mkdir()
    for r in make_records(3):
        (corpus / f"{r['id']}.txt").write_text(r["text"])
    out, url = tmp_path / "out.jsonl", f"sqlite:///{tmp_path / 'budget.db'}"
    PrivacyLedger.open(url, create=True).close()
    argv = ["privatize-corpus", str(corpus), "--output", str(out), "--epsilon", "4", "--max-new-tokens", "4",
            "--model", str(tiny_model_dir), "--ledger", url, "--seed", "1", "--no-progress"]
    assert run(argv) == 0
    assert run(argv) == 0
    err = capsys.readouterr().err
    assert "3 records" in err and "(0 new)" in err and CANARY not in err
    assert_charged_once(url, assert_each_record_once(out, ["r0.txt", "r1.txt", "r2.txt"]))
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert [u["unit"] for u in manifest["units"]] == ["r0.txt", "r1.txt", "r2.txt"]


def test_when_some_records_fail_then_the_exit_code_is_1_and_the_reason_is_printed(tiny_model_dir, tmp_path, capsys):
    records = make_records(2)
    records[1]["text"] = "Nothing private."
    src = write_jsonl(tmp_path / "in.jsonl", records)
    code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4",
                "--max-new-tokens", "3", "--model", str(tiny_model_dir), "--no-progress"])
    assert code == 1 and "1 record(s) failed" in capsys.readouterr().err


def test_when_settings_change_on_resume_then_it_is_a_usage_error(tiny_model_dir, tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(1))
    base = ["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--max-new-tokens", "3",
            "--model", str(tiny_model_dir), "--no-progress"]
    assert run(base + ["--epsilon", "4"]) == 0
    assert run(base + ["--epsilon", "8"]) == 2
    assert "other settings (epsilon)" in capsys.readouterr().err


def test_when_arguments_are_invalid_then_it_is_a_usage_error(tmp_path, capsys):
    assert run(["privatize-corpus", "x", "-o", str(tmp_path / "o.jsonl"), "--epsilon", "-1"]) == 2
    assert run(["privatize-corpus", "x", "-o", str(tmp_path / "o.jsonl"), "--epsilon", "1", "--batch-size", "0"]) == 2


def test_when_the_ledger_is_missing_then_one_line_and_nothing_is_written(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(1))
    for url in (f"sqlite:///{tmp_path / 'none.db'}", "not a url"):
        code = run(["privatize-corpus", str(src), "-o", str(tmp_path / "out.jsonl"), "--epsilon", "4",
                    "--model", str(tmp_path / "no-such-model"), "--ledger", url, "--no-progress"])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1 and err.startswith("dpfusion: error:")
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / "out.jsonl.state.sqlite").exists()
