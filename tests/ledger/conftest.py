"""Fixtures for the ledger tests: one URL per backend, and a throwaway PostgreSQL server.

The PostgreSQL server is started once per session with ``initdb`` / ``pg_ctl`` in a temporary
directory, listening on a unix socket only (no TCP), and stopped at the end. As root it runs as the
``postgres`` user (PostgreSQL refuses to run as root). With ``DPFUSION_TEST_POSTGRES_URL`` set to a
URL of a database where the user may create schemas, that server is used instead. When no server can be had, the PostgreSQL half of the
suite is skipped with the reason, unless ``DPFUSION_TEST_POSTGRES=1`` demands it (then it fails).
The server runs with ``fsync=off``: the crash tests kill clients, never the server.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dpfusion_integrations.ledger import LedgerEntry, PrivacyLedger

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("ledger_worker.py")


#: Run in a child forked from the fork server: its stdout and stderr go to the parent's pipe, then
#: it runs ``ledger_worker.py``'s ``main`` with ``argv``, as ``python ledger_worker.py ARGV...`` would.
_FORKED_WORKER = """
import os, sys
os.dup2(out.fileno(), 1)
os.dup2(out.fileno(), 2)
out.close()
sys.path.insert(0, worker_dir)
import ledger_worker
ledger_worker.main(argv)
"""


class ForkedWorker:
    """A ``ledger_worker.py`` child forked from a fork server that has already imported the ledger
    (and psycopg), with the parts of ``subprocess.Popen`` the crash test uses: ``stdout`` (its stdout
    and stderr, merged), ``send_signal``, ``wait`` and ``returncode``. Forking skips the interpreter
    start and the imports (about half a second of CPU a child), which dominate a test that starts
    fifty children; what the child runs, and how it dies, is the same."""

    def __init__(self, *args: str) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("forkserver")
        # Takes effect when this process starts its fork server (once); if one runs already, the
        # children import what they need themselves.
        ctx.set_forkserver_preload(["dpfusion_integrations.ledger", "psycopg"])
        reader, writer = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=exec, args=(_FORKED_WORKER, {
            "out": writer, "worker_dir": str(WORKER.parent), "argv": list(args)}), daemon=True)
        self._process.start()
        writer.close()  # the child holds the only write end: EOF when it dies
        self.stdout = os.fdopen(os.dup(reader.fileno()), "r", encoding="utf-8")
        reader.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def send_signal(self, sig: int) -> None:
        os.kill(self._process.pid, sig)

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise subprocess.TimeoutExpired(f"ledger worker {self._process.pid}", timeout or 0.0)
        self.stdout.close()
        return self._process.exitcode


class Worker:
    """Starts ``ledger_worker.py`` children that import only the ledger, from this checkout."""

    def command(self, *args: str) -> list[str]:
        return [sys.executable, str(WORKER), *args]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        return env

    def popen(self, *args: str, merge_stderr: bool = False) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
            text=True,
            env=self.env(),
        )

    def fork(self, *args: str) -> ForkedWorker:
        """A child like ``popen(*args, merge_stderr=True)``, forked from a preloaded fork server (see
        :class:`ForkedWorker`; the checkout is the one this process imported)."""
        return ForkedWorker(*args)


def _snapshot(ledger: PrivacyLedger) -> tuple[Any, list[LedgerEntry], list[str]]:
    return ledger.balances(), ledger.audit(), ledger.outstanding()


@pytest.fixture
def snapshot() -> Callable[[PrivacyLedger], tuple[Any, list[LedgerEntry], list[str]]]:
    """Everything observable about a ledger, to assert that a refused operation changed nothing."""
    return _snapshot


@pytest.fixture
def worker() -> Worker:
    """Helper that starts ledger worker child processes."""
    return Worker()


class PostgresServer:
    """A running PostgreSQL server; each test gets its own schema (much cheaper than a database),
    selected through the connection's ``search_path``."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._counter = itertools.count()

    def new_ledger_url(self) -> str:
        import psycopg

        name = f"dpf_ledger_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
            conn.execute(f'CREATE SCHEMA "{name}"')
        separator = "&" if "?" in self.admin_url else "?"
        return f"{self.admin_url}{separator}options=-csearch_path%3D{name}"


def _find_pg_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _as_server_user(argv: list[str]) -> tuple[list[str], str | None]:
    """Run ``argv`` as a non-root user when we are root; returns (command, user or None)."""
    if os.geteuid() != 0:
        return argv, None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return [], None
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *argv], "postgres"
    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(argv)], "postgres"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    required = os.environ.get("DPFUSION_TEST_POSTGRES") == "1"

    def unavailable(reason: str) -> None:
        message = f"PostgreSQL ledger backend not tested: {reason}"
        if required:
            pytest.fail(message + " (DPFUSION_TEST_POSTGRES=1 requires it)")
        pytest.skip(message)

    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg 3 is not installed (pip install 'psycopg[binary]>=3.1')")
    external = os.environ.get("DPFUSION_TEST_POSTGRES_URL")
    if external:
        yield PostgresServer(external)
        return
    initdb, pg_ctl = _find_pg_tool("initdb"), _find_pg_tool("pg_ctl")
    if not (initdb and pg_ctl):
        unavailable("initdb/pg_ctl are not on PATH; set DPFUSION_TEST_POSTGRES_URL to use a running server")
    probe, user = _as_server_user(["true"])
    if not probe:
        unavailable("running as root and there is no 'postgres' user to run the server as")
    base = tempfile.mkdtemp(prefix="dpfpg-")  # short: unix socket paths are limited to ~100 bytes
    if user is not None:
        pw = pwd.getpwnam(user)
        os.chown(base, pw.pw_uid, pw.pw_gid)
    data, log = os.path.join(base, "data"), os.path.join(base, "server.log")
    options = f"-k {base} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=80"
    started = False
    try:
        init_cmd, _ = _as_server_user([initdb, "-D", data, "-A", "trust", "-U", "dpfusion", "-E", "UTF8", "--no-sync"])
        init = subprocess.run(init_cmd, capture_output=True, text=True, timeout=120)
        if init.returncode != 0:
            unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
        start_cmd, _ = _as_server_user([pg_ctl, "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"])
        start = subprocess.run(start_cmd, capture_output=True, text=True, timeout=120)
        if start.returncode != 0:
            tail = Path(log).read_text(errors="replace")[-300:] if os.path.exists(log) else start.stderr
            unavailable(f"pg_ctl start failed: {tail.strip()}")
        started = True
        yield PostgresServer(f"postgresql://dpfusion@/postgres?host={base}")
    finally:
        if started:
            stop_cmd, _ = _as_server_user([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"])
            subprocess.run(stop_cmd, capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a new, empty ledger on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_ledger_url()


@pytest.fixture
def open_ledger(ledger_url: str) -> Iterator[Callable[..., PrivacyLedger]]:
    """Opens ledgers on ``ledger_url`` (keyword arguments as ``PrivacyLedger.open``, with
    ``create=True`` unless given); closes them after."""
    opened: list[PrivacyLedger] = []

    def _open(**kwargs: Any) -> PrivacyLedger:
        kwargs.setdefault("create", True)
        ledger = PrivacyLedger.open(ledger_url, **kwargs)
        opened.append(ledger)
        return ledger

    yield _open
    for ledger in opened:
        ledger.close()


@pytest.fixture
def ledger(open_ledger: Callable[..., PrivacyLedger]) -> PrivacyLedger:
    """A fresh ledger at alpha=4 on each backend."""
    return open_ledger(alpha=4.0)
