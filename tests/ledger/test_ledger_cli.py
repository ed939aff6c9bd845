"""``dpfusion ledger init|show|export|set-cap`` through a parser built the way the main CLI builds it."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
from pathlib import Path

import pytest

from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.ledger.cli import add_ledger_parser, default_ledger_url


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_ledger_parser(subparsers)
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def filled_url(ledger_url: str) -> str:
    with PrivacyLedger.open(ledger_url, alpha=4.0, create=True) as ledger:
        ledger.set_cap("patient-17", 8.0, 1e-5)
        ledger.reserve("call-1", ["patient-17", "doc-9"], 0.5, label="batch-a")
        ledger.commit("call-1", 0.25)
        ledger.reserve("call-2", ["doc-9"], 0.1)
    return ledger_url


def test_when_show_runs_then_it_lists_units_with_spent_and_remaining(
    filled_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["ledger", "show", "--url", filled_url]) == 0
    out = capsys.readouterr().out
    assert "alpha=4" in out and "outstanding calls=1" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert rows["doc-9"][1:3] == ["0.250000", "0.100000"]
    assert rows["doc-9"][-3:] == ["-", "-", "-"]
    assert rows["patient-17"][5:7] == ["8", "1e-05"]
    assert float(rows["patient-17"][7]) == pytest.approx(8.0 - float(rows["patient-17"][3]))


def test_when_show_gets_a_delta_then_spent_is_reported_at_it(
    filled_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["ledger", "show", "--url", filled_url, "--delta", "1e-3"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[2:]]
    assert {row[4] for row in rows} == {"0.001"}
    assert _run(["ledger", "show", "--url", filled_url, "--delta", "2"]) == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_when_export_runs_then_every_audit_entry_is_written(
    filled_url: str, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    with PrivacyLedger.open(filled_url) as ledger:
        expected = ledger.audit()
    assert _run(["ledger", "export", "--url", filled_url, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
    else:
        records = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["seq"]) for r in records] == [e.seq for e in expected]
    assert [r["op"] for r in records] == [e.op for e in expected]
    assert [int(r["amount_micro_nats"]) for r in records] == [e.amount_micro_nats for e in expected]
    assert {r["label"] for r in records if r["call_id"] == "call-1"} == {"batch-a"}


def test_when_set_cap_runs_then_the_cap_is_stored(filled_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["ledger", "set-cap", "doc-9", "--epsilon", "7.5", "--delta", "1e-6", "--url", filled_url]) == 0
    assert "capped doc-9" in capsys.readouterr().out
    with PrivacyLedger.open(filled_url) as ledger:
        bal = ledger.balance("doc-9")
        assert (bal.cap_epsilon, bal.cap_delta) == (7.5, 1e-6)


def test_when_set_cap_is_below_spent_then_exit_1_and_nothing_changes(
    filled_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["ledger", "set-cap", "patient-17", "--epsilon", "1", "--delta", "1e-5", "--url", filled_url]) == 1
    assert "already spent" in capsys.readouterr().err
    with PrivacyLedger.open(filled_url) as ledger:
        assert ledger.balance("patient-17").cap_epsilon == 8.0


def test_when_no_ledger_exists_then_show_and_export_fail_without_creating_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'none' / 'ledger.db'}"
    assert _run(["ledger", "show", "--url", url]) == 1
    assert _run(["ledger", "export", "--url", url]) == 1
    assert "no ledger" in capsys.readouterr().err
    assert not (tmp_path / "none" / "ledger.db").exists()


def test_when_no_url_is_given_then_env_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DPFUSION_LEDGER_URL", raising=False)
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))
    assert default_ledger_url() == f"sqlite:///{tmp_path / 'home' / 'ledger.db'}"
    assert _run(["ledger", "set-cap", "u1", "--epsilon", "5", "--delta", "1e-5"]) == 1  # no ledger yet
    (tmp_path / "home").mkdir()
    assert _run(["ledger", "init"]) == 0
    assert _run(["ledger", "set-cap", "u1", "--epsilon", "5", "--delta", "1e-5"]) == 0
    assert (tmp_path / "home" / "ledger.db").exists()
    monkeypatch.setenv("DPFUSION_LEDGER_URL", f"sqlite:///{tmp_path / 'other.db'}")
    assert _run(["ledger", "init"]) == 0
    assert _run(["ledger", "set-cap", "u2", "--epsilon", "5", "--delta", "1e-5"]) == 0
    assert (tmp_path / "other.db").exists()
    monkeypatch.delenv("DPFUSION_HOME")
    monkeypatch.delenv("DPFUSION_LEDGER_URL")
    assert default_ledger_url() == "sqlite:///" + os.path.expanduser(os.path.join("~", ".cache", "dpfusion", "ledger.db"))


def test_when_ledger_has_no_subcommand_then_argparse_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _run(["ledger"])
