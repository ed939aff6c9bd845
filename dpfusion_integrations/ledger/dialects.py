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
from dpfusion_integrations.ledger.errors import (
    LedgerBackendUnavailableError,
    LedgerError,
    LedgerNotFoundError,
    LedgerURLError,
)

__all__ = [
    "SCHEMA_VERSION",
    "Dialect",
    "PostgresDialect",
    "SQLiteDialect",
    "Transaction",
    "dialect_for_url",
    "sqlite_path_of_url",
]

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

    def __init__(self, path: str, *, busy_timeout_s: float, create: bool, display_url: str | None = None) -> None:
        super().__init__(display_url=display_url or f"sqlite:///{path}")
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        self.create = create

    @property
    def db_errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

    def connect(self) -> sqlite3.Connection:
        """Open the file; never create a directory, and create the file only when ``create``.

        The file is opened through an SQLite URI with ``mode=rw`` (``rwc`` when creating), so a
        missing file cannot be created by a race between the check and the open.
        """
        if self.path == ":memory:":
            target, uri = ":memory:", False
        else:
            where = _describe_path(self.path)
            if not os.path.exists(self.path):
                if not self.create:
                    raise LedgerNotFoundError(
                        f"no ledger at {self.display_url}: no file {where}; create it with "
                        f"`dpfusion ledger init {self.display_url}` or PrivacyLedger.open(url, create=True)"
                    )
                parent = os.path.dirname(os.path.abspath(self.path))
                if not os.path.isdir(parent):
                    raise LedgerError(
                        f"cannot create the ledger {where}: the directory {parent} does not exist "
                        "(the ledger never creates directories; create it first)"
                    )
            elif os.path.isdir(self.path):
                raise LedgerError(f"cannot open the ledger {where}: it is a directory, not a file")
            mode = "rwc" if self.create else "rw"
            target, uri = f"file:{urllib.parse.quote(self.path, safe='/')}?mode={mode}", True
        try:
            conn = sqlite3.connect(
                target, timeout=self.busy_timeout_s, isolation_level=None, check_same_thread=False, uri=uri
            )
        except sqlite3.Error as exc:
            # sqlite3's open errors name no data ("unable to open database file"): safe to show.
            raise LedgerError(f"cannot open the ledger {_describe_path(self.path)}: {exc}") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
            self._enable_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            conn.close()
            raise LedgerError(f"cannot open the ledger {_describe_path(self.path)}: {exc}") from None
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
            # libpq's reason (host, port, user, server message) names no ledger data; first line only.
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise LedgerError(f"cannot connect to the ledger at {self.display_url}: {reason}") from None

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


def _describe_path(path: str) -> str:
    """``at /abs/path`` plus, for a relative path, what it is relative to (a common surprise)."""
    if path == ":memory:":
        return "in memory"
    if os.path.isabs(path):
        return f"at {path}"
    return (
        f"at {os.path.abspath(path)} (sqlite:///{path} is relative to the current directory; "
        f"write sqlite:////{path} with four slashes for the absolute path /{path})"
    )


def sqlite_path_of_url(url: str) -> str:
    """The file path of an ``sqlite:`` URL, exactly as SQLAlchemy reads it: ``sqlite:///rel.db`` is
    relative to the current directory, ``sqlite:////abs.db`` is absolute (so ``f"sqlite:///{p}"``
    with an absolute ``p`` is absolute too), ``sqlite:///:memory:`` is a private in-memory database.
    No ``~`` expansion, no query parameters; anything else raises :class:`LedgerURLError`."""
    if not url.lower().startswith("sqlite:///"):
        raise LedgerURLError("an SQLite ledger URL starts with sqlite:/// (three slashes)")
    path = url[len("sqlite:///") :]
    if not path:
        raise LedgerURLError("the SQLite ledger URL has an empty path")
    if "?" in path or "#" in path:
        raise LedgerURLError("an SQLite ledger URL takes no query parameters or fragment")
    if "\x00" in path:
        raise LedgerURLError("the SQLite ledger URL contains a NUL character")
    return path


def dialect_for_url(
    url: str | os.PathLike[str], *, busy_timeout_s: float = 30.0, create: bool = False
) -> Dialect:
    """Pick the backend from a URL (see :data:`~dpfusion_integrations.ledger.errors.ACCEPTED_URL_FORMS`).

    ``sqlite:///relative.db`` and ``sqlite:////absolute/path.db`` follow the SQLAlchemy convention
    (see :func:`sqlite_path_of_url`); ``postgresql://user@host:port/db`` (or any libpq URI, also
    ``postgres://`` and ``postgresql+psycopg://``) selects PostgreSQL. A string must be a URL (a
    bare ``"budget.db"`` is refused, so a typo never becomes a file name); an ``os.PathLike`` is
    the path of an SQLite file. Malformed URLs raise :class:`LedgerURLError`.
    """
    if not (isinstance(busy_timeout_s, (int, float)) and not isinstance(busy_timeout_s, bool) and busy_timeout_s > 0):
        raise InvalidParameterError(f"busy_timeout_s must be > 0, got {busy_timeout_s!r}")
    if isinstance(url, os.PathLike):
        path = os.fspath(url)
        if not isinstance(path, str) or not path:
            raise LedgerURLError("the ledger path is empty")
        return SQLiteDialect(path, busy_timeout_s=busy_timeout_s, create=create, display_url=f"sqlite:///{path}")
    if not isinstance(url, str) or not url.strip():
        raise LedgerURLError("the ledger URL must be a non-empty string")
    lowered = url.lower()
    if lowered.startswith(_POSTGRES_SCHEMES):
        # A missing schema (create=False) shows when the ledger reads its metadata.
        normalized = "postgresql://" + url.split("://", 1)[1]
        return PostgresDialect(normalized, connect_timeout_s=busy_timeout_s)
    if lowered.startswith("sqlite:"):
        path = sqlite_path_of_url(url)
        return SQLiteDialect(path, busy_timeout_s=busy_timeout_s, create=create, display_url=url)
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise LedgerURLError(f"unsupported ledger URL scheme {scheme!r}")
    raise LedgerURLError("the ledger location is not a URL (a bare path is not accepted)")
