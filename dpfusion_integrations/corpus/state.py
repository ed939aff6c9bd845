"""The durable progress of a corpus job: one SQLite row per record that has been dispatched.

A record moves ``dispatched → decoded → written → committed`` (or ``failed`` / ``interrupted``).
``decoded`` stores the finished output line and the held-back ledger commit in the same
transaction, so a crash before the line reaches the output file loses nothing: the resumed job
writes the stored line instead of decoding (and charging) again. The stored line is the
privatized output (never the raw text). The database runs with ``synchronous=FULL``; an exclusive
lock file keeps two processes from running the same job at once.
"""

from __future__ import annotations

import enum
import fcntl
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from dpfusion_integrations.errors import DPFusionError

__all__ = ["CorpusStateError", "JobLockedError", "JobState", "RecordRow", "Stage"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS job_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS job_records (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    line TEXT,
    commit_rdp TEXT,
    error TEXT,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS job_records_stage ON job_records (stage);
"""


class CorpusStateError(DPFusionError):
    """The job's state file does not match this run (other settings, another ledger) or is damaged."""


class JobLockedError(CorpusStateError):
    """Another process holds this job's lock: two runs of one job must never overlap (a resumed run
    would otherwise take the other's live reservations for a crash's leftovers)."""


class Stage(str, enum.Enum):
    """Where a record is in the job (see the module docstring)."""

    DISPATCHED = "dispatched"
    DECODED = "decoded"
    WRITTEN = "written"
    COMMITTED = "committed"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class RecordRow:
    """One record's row. ``line`` is the privatized output line (JSON), ``commit_rdp`` the held-back
    ledger commit (unit → RDP), ``error`` a type name and a message free of raw text."""

    id: str
    position: int
    stage: Stage
    attempt: int
    line: str | None
    commit_rdp: dict[str, float] | None
    error: str | None


class JobState:
    """Progress and identity of one job (its settings, its ledger, a random job id for call ids)."""

    def __init__(self, path: str | os.PathLike[str], *, fingerprint: str, ledger_url: str | None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file: IO[str] | None = _acquire_lock(self.path.with_name(self.path.name + ".lock"))
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            self.job_id = self._check_identity(fingerprint, ledger_url or "")
        except BaseException:
            self.close()
            raise

    # -- identity --------------------------------------------------------------------------------

    def _check_identity(self, fingerprint: str, ledger_url: str) -> str:
        with self._tx():
            meta = dict(self._db.execute("SELECT key, value FROM job_meta").fetchall())
            if not meta:
                job_id = secrets.token_hex(6)
                self._db.executemany("INSERT INTO job_meta (key, value) VALUES (?, ?)",
                                     [("job_id", job_id), ("params", fingerprint), ("ledger", ledger_url),
                                      ("created", str(time.time()))])
                return job_id
        if meta.get("params") != fingerprint:
            old, new = json.loads(meta.get("params", "{}")), json.loads(fingerprint)
            changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
            raise CorpusStateError(f"this job was started with other settings ({', '.join(changed)}); resume it "
                                   "with the same settings, or use a new output/state file")
        if meta.get("ledger") != ledger_url:
            raise CorpusStateError("this job was started with another ledger (or none); resume it with the same "
                                   "--ledger, or use a new output/state file")
        return str(meta["job_id"])

    # -- reads -----------------------------------------------------------------------------------

    def get(self, record_id: str) -> RecordRow | None:
        row = self._db.execute("SELECT id, position, stage, attempt, line, commit_rdp, error FROM job_records "
                               "WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else _row(row)

    def unfinished(self) -> list[RecordRow]:
        """Every record not yet committed, in input order."""
        rows = self._db.execute("SELECT id, position, stage, attempt, line, commit_rdp, error FROM job_records "
                                "WHERE stage != ? ORDER BY position", (Stage.COMMITTED.value,)).fetchall()
        return [_row(r) for r in rows]

    def ids(self, stage: Stage) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT id FROM job_records WHERE stage = ? ORDER BY position",
                                               (stage.value,))]

    def errors(self) -> Iterator[tuple[str, str]]:
        """(record id, error) of the failed records."""
        yield from self._db.execute("SELECT id, error FROM job_records WHERE stage = ? ORDER BY position",
                                    (Stage.FAILED.value,))

    def counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT stage, COUNT(*) FROM job_records GROUP BY stage").fetchall())

    # -- writes (one transaction each) -----------------------------------------------------------

    def dispatch(self, items: Iterable[tuple[str, int, int]]) -> None:
        """Record ``(id, position, attempt)`` as dispatched, before any reservation is made for them."""
        now = time.time()
        with self._tx():
            self._db.executemany(
                "INSERT INTO job_records (id, position, stage, attempt, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET stage = excluded.stage, attempt = excluded.attempt, "
                "line = NULL, commit_rdp = NULL, error = NULL, updated = excluded.updated",
                [(i, p, Stage.DISPATCHED.value, a, now) for i, p, a in items])

    def decoded(self, items: Iterable[tuple[str, int, str, dict[str, float] | None]]) -> None:
        """Store ``(id, attempt, line, commit_rdp)``: the output and its pending commit, atomically."""
        now = time.time()
        with self._tx():
            self._db.executemany(
                "UPDATE job_records SET stage = ?, attempt = ?, line = ?, commit_rdp = ?, error = NULL, updated = ? "
                "WHERE id = ?",
                [(Stage.DECODED.value, a, line, None if c is None else json.dumps(c), now, i)
                 for i, a, line, c in items])

    def set_stage(self, ids: Iterable[str], stage: Stage, *, error: str | None = None,
                  attempt: int | None = None) -> None:
        now = time.time()
        with self._tx():
            for record_id in ids:
                self._db.execute("UPDATE job_records SET stage = ?, error = ?, attempt = COALESCE(?, attempt), "
                                 "updated = ? WHERE id = ?", (stage.value, error, attempt, now, record_id))

    # -- life cycle ------------------------------------------------------------------------------

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None  # type: ignore[assignment]
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def __enter__(self) -> JobState:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _tx(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _row(row: tuple[Any, ...]) -> RecordRow:
    record_id, position, stage, attempt, line, commit_rdp, error = row
    return RecordRow(id=record_id, position=position, stage=Stage(stage), attempt=attempt, line=line,
                     commit_rdp=None if commit_rdp is None else json.loads(commit_rdp), error=error)


def _acquire_lock(path: Path) -> IO[str]:
    handle = path.open("a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise JobLockedError("another process is running this job (its state file is locked)") from None
    return handle
