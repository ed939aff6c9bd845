"""Opening a ledger: URLs, explicit creation, failures as one typed error, and the stored policy for
units without a cap (``default_cap`` / ``require_caps``)."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.ledger import (
    LedgerError,
    LedgerNotFoundError,
    LedgerURLError,
    PrivacyLedger,
    UncappedUnitError,
)
from dpfusion_integrations.ledger.cli import add_ledger_parser
from dpfusion_integrations.ledger.dialects import SQLiteDialect, dialect_for_url

DELTA = 1e-5
REPO_ROOT = Path(__file__).resolve().parents[2]


def _ledger_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_ledger_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def _dpfusion(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run(
        [sys.executable, "-m", "dpfusion_integrations.cli", *argv],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=300, check=False,
    )


def _schema_tables(ledger_url: str) -> list[str]:
    """The ledger tables present at a PostgreSQL URL (its schema is chosen by the URL's search_path)."""
    import psycopg

    with psycopg.connect(ledger_url, autocommit=True) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()
    return [row[0] for row in rows]


# -- explicit creation ----------------------------------------------------------------------------


def test_when_the_ledger_is_missing_then_not_found_and_nothing_is_created(ledger_url: str, tmp_path: Path) -> None:
    for _ in range(2):  # a failed open leaves nothing behind that a second open could find
        with pytest.raises(LedgerNotFoundError, match="dpfusion ledger init") as info:
            PrivacyLedger.open(ledger_url)
        assert isinstance(info.value, LedgerError)
        assert "create=True" in str(info.value)
    if ledger_url.startswith("sqlite"):
        assert not (tmp_path / "ledger.db").exists()
        assert not any(tmp_path.iterdir())
    else:
        assert _schema_tables(ledger_url) == []


def test_when_a_file_in_a_missing_directory_is_opened_then_neither_is_created(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing' / 'budget.db'}"
    with pytest.raises(LedgerNotFoundError):
        PrivacyLedger.open(url, alpha=4.0)
    assert not (tmp_path / "missing").exists()


def test_when_create_is_true_then_the_ledger_is_created_once_and_reopened(ledger_url: str) -> None:
    with PrivacyLedger.open(ledger_url, alpha=8.0, create=True) as ledger:
        ledger.reserve("c1", ["u"], 0.5)
    with PrivacyLedger.open(ledger_url) as reopened:
        assert reopened.alpha == 8.0
        assert reopened.spent_rdp("u") == 0.5
    with PrivacyLedger.open(ledger_url, create=True) as again:  # create on an existing ledger just opens it
        assert again.spent_rdp("u") == 0.5


def test_when_the_parent_directory_is_missing_then_error_even_with_create(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a' / 'b' / 'budget.db'}"
    with pytest.raises(LedgerError, match="does not exist") as info:
        PrivacyLedger.open(url, create=True)
    assert "never creates directories" in str(info.value)
    assert not (tmp_path / "a").exists()


def test_when_the_ledger_is_in_memory_then_it_needs_create(tmp_path: Path) -> None:
    with pytest.raises(LedgerNotFoundError):
        PrivacyLedger.open("sqlite:///:memory:")
    with PrivacyLedger.open("sqlite:///:memory:", create=True) as ledger:
        ledger.reserve("c1", ["u"], 0.1)
        assert ledger.units() == ["u"]


# -- URLs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "budget.db",
        "/abs/budget.db",
        "",
        "   ",
        "sqlite:/x.db",
        "sqlite:x.db",
        "sqlite://x.db",
        "sqlite://",
        "sqlite:///",
        "sqlite:///x.db?mode=ro",
        "mysql://u@h/db",
        "http://example.org/ledger",
    ],
)
def test_when_the_url_is_malformed_then_typed_error_naming_the_forms(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LedgerURLError) as info:
        PrivacyLedger.open(url, create=True)
    assert isinstance(info.value, LedgerError) and isinstance(info.value, InvalidParameterError)
    message = str(info.value)
    for form in ("sqlite:///relative/path.db", "sqlite:////absolute/path.db", "postgresql://"):
        assert form in message
    assert "three slashes" in message and "four slashes" in message
    assert list(tmp_path.iterdir()) == []  # no file named after a typo


def test_when_three_or_four_slashes_then_relative_or_absolute_as_in_sqlalchemy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert dialect_for_url("sqlite:///rel.db").path == "rel.db"
    assert dialect_for_url("sqlite:///tmp/x.db").path == "tmp/x.db"  # relative, as SQLAlchemy reads it
    assert dialect_for_url("sqlite:////tmp/x.db").path == "/tmp/x.db"
    PrivacyLedger.open("sqlite:///rel.db", create=True).close()
    assert (work / "rel.db").is_file()
    absolute = tmp_path / "abs.db"
    PrivacyLedger.open(f"sqlite:///{absolute}", create=True).close()  # "sqlite:///" + "/..." = four slashes
    assert absolute.is_file()
    PrivacyLedger.open("sqlite:////" + str(absolute).lstrip("/")).close()


def test_when_a_relative_url_was_meant_absolute_then_the_error_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LedgerNotFoundError) as info:
        PrivacyLedger.open("sqlite:///tmp/x.db")
    message = str(info.value)
    assert str(tmp_path / "tmp" / "x.db") in message
    assert "relative to the current directory" in message and "sqlite:////tmp/x.db" in message
    with pytest.raises(LedgerError, match="does not exist"):
        PrivacyLedger.open("sqlite:///tmp/x.db", create=True)
    assert list(tmp_path.iterdir()) == []


def test_when_a_path_object_is_given_then_it_is_an_sqlite_file(tmp_path: Path) -> None:
    dialect = dialect_for_url(tmp_path / "p.db")
    assert isinstance(dialect, SQLiteDialect) and dialect.path == str(tmp_path / "p.db")
    with pytest.raises(LedgerNotFoundError):
        PrivacyLedger.open(tmp_path / "p.db")
    PrivacyLedger.open(tmp_path / "p.db", create=True).close()
    assert (tmp_path / "p.db").is_file()


# -- every failure is a LedgerError -----------------------------------------------------------------


def test_when_the_path_cannot_be_written_then_ledger_error_not_a_raw_os_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    cases = [
        f"sqlite:///{blocker / 'budget.db'}",  # the "directory" is a file
        f"sqlite:///{tmp_path}",  # the ledger path is a directory
        "sqlite:////proc/dpfusion-budget.db",  # a directory no one can create files in
    ]
    for url in cases:
        with pytest.raises(LedgerError) as info:
            PrivacyLedger.open(url, create=True)
        assert info.value.__cause__ is None
        assert not isinstance(info.value, OSError)


def test_when_the_directory_is_read_only_then_ledger_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores directory permissions")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(LedgerError):
            PrivacyLedger.open(f"sqlite:///{locked / 'budget.db'}", create=True)
    finally:
        locked.chmod(0o700)


def test_when_the_file_is_not_a_database_then_ledger_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not an SQLite database, just some bytes" * 100)
    with pytest.raises(LedgerError, match="not a database"):
        PrivacyLedger.open(f"sqlite:///{junk}")
    assert junk.read_bytes().startswith(b"this is not")


def test_when_postgres_is_unreachable_then_one_line_ledger_error(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://nobody:secret@/db?host={tmp_path / 'no-server'}"
    with pytest.raises(LedgerError, match="cannot connect") as info:
        PrivacyLedger.open(url, busy_timeout_s=2)
    message = str(info.value)
    assert "\n" not in message and "secret" not in message
    assert info.value.__cause__ is None


# -- the policy for units without a cap -----------------------------------------------------------


def test_when_caps_are_required_then_uncapped_units_are_refused_and_nothing_is_written(
    open_ledger: Callable[..., PrivacyLedger], snapshot: Callable
) -> None:
    ledger = open_ledger(require_caps=True)
    assert ledger.require_caps and ledger.default_cap is None
    ledger.set_cap("capped", 8.0, DELTA)
    before = snapshot(ledger)
    with pytest.raises(UncappedUnitError) as info:
        ledger.reserve("c1", ["capped", "patient-secret-17"], 0.1)
    assert isinstance(info.value, BudgetExceededError) and isinstance(info.value, LedgerError)
    assert info.value.units == ("patient-secret-17",)
    assert "patient-secret-17" not in str(info.value)
    assert snapshot(ledger) == before  # all or nothing: not even the capped unit was charged
    assert ledger.units() == ["capped"]
    assert ledger.verify() == []
    ledger.reserve("c2", ["capped"], 0.1)
    ledger.set_cap("patient-secret-17", 8.0, DELTA)
    ledger.reserve("c3", ["capped", "patient-secret-17"], 0.1)


def test_when_caps_are_required_then_every_later_handle_requires_them(
    open_ledger: Callable[..., PrivacyLedger], ledger_url: str
) -> None:
    open_ledger(require_caps=True).close()
    with PrivacyLedger.open(ledger_url) as reopened:
        assert reopened.require_caps
        with pytest.raises(UncappedUnitError):
            reopened.reserve("c1", ["u"], 0.1)
        assert reopened.audit() == []
    with pytest.raises(InvalidParameterError, match="require_caps"):
        PrivacyLedger.open(ledger_url, require_caps=False)


def test_when_a_default_cap_is_stored_then_it_limits_uncapped_units_across_reopen(
    open_ledger: Callable[..., PrivacyLedger], ledger_url: str, snapshot: Callable
) -> None:
    open_ledger(default_cap=(4.0, DELTA)).close()
    with PrivacyLedger.open(ledger_url) as ledger:
        assert ledger.default_cap == (4.0, DELTA) and not ledger.require_caps
        assert ledger.remaining("u") == pytest.approx(4.0)
        ledger.reserve("c1", ["u"], 0.5)
        before = snapshot(ledger)
        with pytest.raises(BudgetExceededError) as info:
            ledger.reserve("c2", ["u", "v"], 10.0)
        assert not isinstance(info.value, UncappedUnitError)
        assert set(info.value.units) == {"u", "v"}
        assert snapshot(ledger) == before
        ledger.set_cap("v", 100.0, DELTA)  # an explicit cap overrides the default
        ledger.reserve("c3", ["v"], 10.0)
    with pytest.raises(InvalidParameterError, match="default_cap"):
        PrivacyLedger.open(ledger_url, default_cap=(5.0, DELTA))
    PrivacyLedger.open(ledger_url, default_cap=(4.0, DELTA)).close()  # the stored value itself is fine


def test_when_the_policy_is_changed_then_other_handles_apply_it(open_ledger: Callable[..., PrivacyLedger]) -> None:
    first = open_ledger()
    second = open_ledger()
    assert first.default_cap is None and not first.require_caps
    second.set_uncapped_policy(require_caps=True)
    with pytest.raises(UncappedUnitError):
        first.reserve("c1", ["u"], 0.1)
    second.set_uncapped_policy(default_cap=(1.0, DELTA))
    assert first.default_cap == (1.0, DELTA) and not first.require_caps
    with pytest.raises(InvalidParameterError):
        second.set_uncapped_policy(default_cap=(1.0, DELTA), require_caps=True)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"default_cap": (4.0, DELTA), "require_caps": True},
        {"require_caps": "yes"},
        {"create": "yes"},
        {"default_cap": (4.0, 2.0)},
    ],
)
def test_when_the_policy_arguments_are_bad_then_invalid_parameter(
    ledger_url: str, kwargs: dict[str, object]
) -> None:
    with pytest.raises(InvalidParameterError):
        PrivacyLedger.open(ledger_url, **{"create": True, **kwargs})  # type: ignore[arg-type]


def test_when_a_ledger_predates_the_policy_then_uncapped_units_are_unlimited(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    PrivacyLedger.open(f"sqlite:///{path}", create=True).close()
    with sqlite3.connect(path) as conn:  # what a ledger written by an older version holds
        conn.execute("DELETE FROM ledger_meta WHERE key NOT IN ('alpha', 'schema_version')")
    with PrivacyLedger.open(f"sqlite:///{path}") as ledger:
        assert ledger.default_cap is None and not ledger.require_caps
        ledger.reserve("c1", ["u"], 1000.0)
        assert ledger.remaining("u") is None


# -- the command line -------------------------------------------------------------------------------


def test_when_init_runs_then_the_ledger_is_created_with_its_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    assert _ledger_cli(["ledger", "init", url, "--alpha", "8", "--default-cap", "3", "--delta", "1e-6"]) == 0
    assert "created ledger" in capsys.readouterr().out
    with PrivacyLedger.open(url) as ledger:
        assert (ledger.alpha, ledger.default_cap, ledger.require_caps) == (8.0, (3.0, 1e-6), False)
    assert _ledger_cli(["ledger", "init", url]) == 1  # never re-created or changed
    assert "already exists" in capsys.readouterr().err
    assert _ledger_cli(["ledger", "show", "--url", url]) == 0
    assert "default cap epsilon=3" in capsys.readouterr().out

    required = f"sqlite:///{tmp_path / 'r.db'}"
    assert _ledger_cli(["ledger", "init", "--url", required, "--require-caps"]) == 0
    with PrivacyLedger.open(required) as ledger:
        assert ledger.require_caps and ledger.alpha == 4.0


def test_when_init_gets_bad_options_then_it_refuses_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    assert _ledger_cli(["ledger", "init", url, "--default-cap", "3"]) == 2
    with pytest.raises(SystemExit):
        _ledger_cli(["ledger", "init", url, "--default-cap", "3", "--delta", "1e-5", "--require-caps"])
    assert _ledger_cli(["ledger", "init", url, "--default-cap", "-1", "--delta", "1e-5"]) == 1
    assert _ledger_cli(["ledger", "init", f"sqlite:///{tmp_path / 'no' / 'b.db'}"]) == 1
    assert _ledger_cli(["ledger", "init", "not a url"]) == 1
    assert "four slashes" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_when_privatize_names_a_missing_ledger_then_one_line_and_nonzero_exit(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Call <private>Jane Roe</private> tomorrow.", encoding="utf-8")
    for url in (f"sqlite:///{tmp_path / 'none.db'}", "not a url", f"sqlite:///{tmp_path / 'x' / 'b.db'}"):
        done = _dpfusion("privatize", str(note), "--epsilon", "4", "--ledger", url, "--no-progress", cwd=tmp_path)
        assert done.returncode != 0
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("dpfusion: error:"), done.stderr
        assert "Traceback" not in done.stderr and "Jane" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]
    done = _dpfusion("ledger", "show", "--url", f"sqlite:///{tmp_path / 'none.db'}", cwd=tmp_path)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1


def test_when_ledger_init_then_privatize_with_the_ledger_charges_it(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dpfusion_integrations.cli import main

    url = f"sqlite:///{tmp_path / 'budget.db'}"
    note = tmp_path / "note.txt"
    note.write_text("Call <private>Jane Roe</private> about the results.", encoding="utf-8")
    assert main(["ledger", "init", url, "--require-caps"]) == 0
    argv = ["privatize", str(note), "--epsilon", "4", "--max-new-tokens", "3", "--model", str(tiny_model_dir),
            "--seed", "1", "--no-progress", "--json", "--ledger", url, "--unit", "doc-1"]
    assert main(argv) == 1  # the unit has no cap and the ledger requires one
    assert "without a cap" in capsys.readouterr().err
    assert main(["ledger", "set-cap", "doc-1", "--epsilon", "50", "--delta", "1e-5", "--url", url]) == 0
    capsys.readouterr()
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert result["report"]["epsilon"] > 0
    with PrivacyLedger.open(url) as ledger:
        assert ledger.spent_rdp("doc-1") > 0
        assert ledger.outstanding() == []
