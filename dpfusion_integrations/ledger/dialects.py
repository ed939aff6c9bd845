"""The thin layer that differs between SQLite and PostgreSQL; the ledger's logic is written once.

A dialect knows how to connect, which column types to use, how to begin a transaction that may
check-then-write (SQLite ``BEGIN IMMEDIATE`` takes the database write lock; PostgreSQL runs READ
COMMITTED and locks the rows it checks with ``SELECT ... FOR UPDATE``), how to spell a bind
parameter, and which driver errors mean "try the whole transaction again".
"""

from __future__ import annotations

import abc
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Sequence
from typing import Any, ClassVar

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger.errors import LedgerBackendUnavailableError, LedgerError

__all__ = ["SCHEMA_VERSION", "Dialect", "PostgresDialect", "SQLiteDialect", "Transaction", "dialect_for_url"]

SCHEMA_VERSION = 1

# One schema for both backends; {bigint}, {real} and {serial_pk} are filled in by the dialect.
# ledger_units holds the running totals (and is the row a PostgreSQL spender locks); ledger_calls
# and ledger_call_units record each reservation; ledger_audit is append-only.
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ledger_units ("
    " unit TEXT PRIMARY KEY, cap_epsilon {real}, cap_delta {real},"
    " committed {bigint} NOT NULL DEFAULT 0 CHECK (committed >= 0),"
    " reserved {bigint} NOT NULL DEFAULT 0 CHECK (reserved >= 0),"
    " CHECK ((cap_epsilon IS NULL) = (cap_delta IS NULL)))",
    "CREATE TABLE IF NOT EXISTS ledger_calls ("
    " call_id TEXT PRIMARY KEY,"
    " state TEXT NOT NULL CHECK (state IN ('reserved', 'committed', 'refunded')),"
    " label TEXT, created {real} NOT NULL, updated {real} NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ledger_calls_by_state ON ledger_calls (state)",
    "CREATE TABLE IF NOT EXISTS ledger_call_units ("
    " call_id TEXT NOT NULL REFERENCES ledger_calls (call_id),"
    " unit TEXT NOT NULL REFERENCES ledger_units (unit),"
    " reserved {bigint} NOT NULL CHECK (reserved >= 0),"
    " committed {bigint} CHECK (committed >= 0 AND committed <= reserved),"
    " PRIMARY KEY (call_id, unit))",
    "CREATE TABLE IF NOT EXISTS ledger_audit ("
    " seq {serial_pk}, time {real} NOT NULL, call_id TEXT,"
    " op TEXT NOT NULL CHECK (op IN ('reserve', 'commit', 'refund', 'set_cap')),"
    " unit TEXT NOT NULL, amount {bigint} NOT NULL CHECK (amount >= 0),"
    " label TEXT, epsilon {real}, delta {real})",
    "CREATE INDEX IF NOT EXISTS ledger_audit_by_call ON ledger_audit (call_id)",
)


class Transaction:
    """Runs statements on one connection inside a transaction the ledger opened.

    SQL is written with ``?`` placeholders; the dialect rewrites them for its driver.
    """

    def __init__(self, conn: Any, dialect: Dialect) -> None:
        self._conn = conn
        self._dialect = dialect

    @property
    def lock_suffix(self) -> str:
        """Appended to a SELECT whose rows the transaction will update (row lock where needed)."""
        return self._dialect.lock_suffix

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; return its rows (empty for statements without a result)."""
        cur = self._conn.execute(self._dialect.prepare(sql), tuple(params))
        if cur.description is None:
            return []
        return [tuple(row) for row in cur.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """Run a query expected to return at most one row."""
        rows = self.execute(sql, params)
        return rows[0] if rows else None


class Dialect(abc.ABC):
    """What differs between backends. Subclasses are small and hold no ledger logic."""

    name: ClassVar[str]
    lock_suffix: ClassVar[str] = ""
    column_types: ClassVar[dict[str, str]]

    def __init__(self, *, display_url: str) -> None:
        self.display_url = display_url

    @property
    @abc.abstractmethod
    def db_errors(self) -> tuple[type[BaseException], ...]:
        """Driver exception classes the ledger turns into :class:`LedgerError` (after retries)."""

    @abc.abstractmethod
    def connect(self) -> Any:
        """A new autocommit-mode connection; the ledger issues BEGIN / COMMIT itself."""

    @abc.abstractmethod
    def begin_sql(self, *, write: bool) -> str:
        """The statement that opens a read or a check-then-write transaction."""

    @abc.abstractmethod
    def is_retryable(self, exc: BaseException) -> bool:
        """True for contention errors after which the whole transaction may simply run again."""

    @abc.abstractmethod
    def table_exists_query(self, table: str) -> tuple[str, tuple[str]]:
        """A query returning a row iff ``table`` exists (used by ``create=False``)."""

    def prepare(self, sql: str) -> str:
        """Rewrite ``?`` placeholders for the driver (identity for sqlite3)."""
        return sql

    def schema_statements(self) -> list[str]:
        """The DDL, with this backend's column types."""
        return [stmt.format(**self.column_types) for stmt in _SCHEMA]

    def lock_schema(self, tx: Transaction) -> None:
        """Serialize concurrent schema creation (SQLite's write lock already does)."""

    def close_connection(self, conn: Any) -> None:
        """Close a connection, ignoring errors (used on shutdown and after failures)."""
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass


class SQLiteDialect(Dialect):
    """Embedded default: one file, WAL journal, ``synchronous=FULL`` (a committed charge survives a
    power cut), ``BEGIN IMMEDIATE`` for every write, so several processes can share the file."""

    name = "sqlite"
    column_types: ClassVar[dict[str, str]] = {
        "bigint": "INTEGER",
        "real": "REAL",
        "serial_pk": "INTEGER PRIMARY KEY AUTOINCREMENT",
    }

    def __init__(self, path: str, *, busy_timeout_s: float, create: bool) -> None:
        super().__init__(display_url=f"sqlite:///{path}")
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        self.create = create

    @property
    def db_errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def connect(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            if not self.create and not os.path.exists(self.path):
                raise LedgerError(f"no ledger database at {self.path}")
            parent = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(parent, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=self.busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
            self._enable_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
        return conn

    def _enable_wal(self, conn: sqlite3.Connection) -> None:
        # Switching a fresh file to WAL needs a brief exclusive lock; retry if another process holds it.
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchall()
                return
            except sqlite3.OperationalError as exc:
                if not self.is_retryable(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def begin_sql(self, *, write: bool) -> str:
        return "BEGIN IMMEDIATE" if write else "BEGIN"

    def table_exists_query(self, table: str) -> tuple[str, tuple[str]]:
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)

    def is_retryable(self, exc: BaseException) -> bool:
        if not isinstance(exc, sqlite3.OperationalError):
            return False
        message = str(exc).lower()
        return "locked" in message or "busy" in message


class PostgresDialect(Dialect):
    """PostgreSQL through psycopg 3: READ COMMITTED plus ``SELECT ... FOR UPDATE`` on the unit and
    call rows a transaction checks (taken in sorted order), and a retry on serialization failure,
    deadlock, lock timeout or a lost race to insert the same call id."""

    name = "postgresql"
    lock_suffix = " FOR UPDATE"
    column_types: ClassVar[dict[str, str]] = {
        "bigint": "BIGINT",
        "real": "DOUBLE PRECISION",
        "serial_pk": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
    }
    _RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03", "23505"})
    _SCHEMA_LOCK_KEY = 0x6470665F6C6467  # arbitrary constant: "dpf_ldg"

    def __init__(self, url: str, *, connect_timeout_s: float) -> None:
        super().__init__(display_url=redact_url(url))
        self.url = url
        self.connect_timeout_s = connect_timeout_s
        self._psycopg = _import_psycopg()

    @property
    def db_errors(self) -> tuple[type[BaseException], ...]:
        return (self._psycopg.Error,)

    def connect(self) -> Any:
        try:
            return self._psycopg.connect(
                self.url, autocommit=True, connect_timeout=max(1, int(self.connect_timeout_s))
            )
        except self._psycopg.Error as exc:
            raise LedgerError(f"cannot connect to the ledger at {self.display_url}") from exc

    def begin_sql(self, *, write: bool) -> str:
        if write:
            return "BEGIN ISOLATION LEVEL READ COMMITTED"
        return "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"

    def is_retryable(self, exc: BaseException) -> bool:
        return getattr(exc, "sqlstate", None) in self._RETRY_SQLSTATES

    def table_exists_query(self, table: str) -> tuple[str, tuple[str]]:
        return "SELECT 1 WHERE to_regclass(?) IS NOT NULL", (table,)

    def prepare(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def lock_schema(self, tx: Transaction) -> None:
        tx.execute("SELECT pg_advisory_xact_lock(?)", (self._SCHEMA_LOCK_KEY,))


def _import_psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise LedgerBackendUnavailableError(
            "the PostgreSQL ledger backend needs psycopg 3: pip install 'psycopg[binary]>=3.1' "
            "(or the project's 'postgres' extra)"
        ) from exc
    return psycopg


def redact_url(url: str) -> str:
    """The URL without its password (in the user info or a ``password=`` query parameter);
    a URL without a password comes back unchanged."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    userinfo, at, host = netloc.rpartition("@")
    if at and ":" in userinfo:
        netloc = f"{userinfo.split(':', 1)[0]}:***@{host}"
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    has_query_password = any(key.lower() == "password" for key, _ in query)
    if netloc == parts.netloc and not has_query_password:
        return url
    if has_query_password:
        query = [(key, "***" if key.lower() == "password" else value) for key, value in query]
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, urllib.parse.urlencode(query, safe="*/"), ""))
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


_POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def dialect_for_url(
    url: str | os.PathLike[str], *, busy_timeout_s: float = 30.0, create: bool = True
) -> Dialect:
    """Pick the backend from a URL.

    ``sqlite:///relative.db`` and ``sqlite:////absolute/path.db`` follow the SQLAlchemy convention
    (so ``f"sqlite:///{absolute_path}"`` is absolute), ``sqlite:///:memory:`` is a private in-memory
    database, ``postgresql://user@host:port/db`` (or any libpq URI) selects PostgreSQL, and anything
    without a scheme is a path to an SQLite file.
    """
    if isinstance(url, os.PathLike):
        url = os.fspath(url)
    if not isinstance(url, str) or not url:
        raise InvalidParameterError("the ledger url must be a non-empty string or path")
    if not (isinstance(busy_timeout_s, (int, float)) and busy_timeout_s > 0):
        raise InvalidParameterError(f"busy_timeout_s must be > 0, got {busy_timeout_s!r}")
    lowered = url.lower()
    if lowered.startswith(_POSTGRES_SCHEMES):
        # create=False needs no check here: a missing schema shows when the ledger reads its metadata.
        normalized = "postgresql://" + url.split("://", 1)[1]
        return PostgresDialect(normalized, connect_timeout_s=busy_timeout_s)
    if lowered.startswith("sqlite:"):
        if not lowered.startswith("sqlite://"):
            raise InvalidParameterError("an SQLite ledger url looks like sqlite:///path/to/ledger.db")
        rest = url[len("sqlite://") :]
        path = rest[1:] if rest.startswith("/") else rest
        if path in ("", ":memory:"):
            return SQLiteDialect(":memory:", busy_timeout_s=busy_timeout_s, create=create)
        return SQLiteDialect(os.path.expanduser(path), busy_timeout_s=busy_timeout_s, create=create)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise InvalidParameterError(f"unsupported ledger url scheme {scheme!r}: use sqlite:// or postgresql://")
    return SQLiteDialect(os.path.expanduser(url), busy_timeout_s=busy_timeout_s, create=create)
