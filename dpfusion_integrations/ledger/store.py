"""One ledger handle's connection to its database: transactions, retries and the schema.

The ledger's logic is a set of functions ``op(tx) -> result``; :meth:`LedgerStore.run` executes one
in a single transaction, rolls it back on any error (so a refused operation leaves the database
unchanged) and runs it again from the start when the backend reports contention.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger.dialects import SCHEMA_VERSION, Transaction, dialect_for_url
from dpfusion_integrations.ledger.errors import LedgerError

__all__ = ["DEFAULT_ALPHA", "LedgerStore"]

logger = logging.getLogger(__name__)

DEFAULT_ALPHA = 4.0
"""Rényi order of a new ledger when the caller does not choose one."""

_T = TypeVar("_T")
_MAX_ATTEMPTS = 200


class LedgerStore:
    """A connection (opened lazily, re-opened after ``fork``) guarded by one re-entrant lock, so a
    handle can be shared by threads; processes each open their own."""

    def __init__(self, url: str | os.PathLike[str], *, busy_timeout_s: float, create: bool) -> None:
        self.dialect = dialect_for_url(url, busy_timeout_s=busy_timeout_s, create=create)
        self._busy_timeout_s = float(busy_timeout_s)
        self._lock = threading.RLock()
        self._conn: Any = None
        self._conn_pid = 0
        self._inherited: list[Any] = []  # connections copied by fork(): never used or closed here
        self._closed = False

    @property
    def display_url(self) -> str:
        """The URL without any password."""
        return self.dialect.display_url

    def run(self, op: Callable[[Transaction], _T], *, write: bool) -> _T:
        """Run ``op`` in one transaction (a check-then-write one when ``write``); retry the whole of
        it on contention until the busy timeout; roll back on any error and re-raise it, driver
        errors wrapped in :class:`LedgerError`."""
        with self._lock:
            if self._closed:
                raise LedgerError("this ledger handle is closed")
            deadline = time.monotonic() + self._busy_timeout_s
            delay = 0.002
            for attempt in range(1, _MAX_ATTEMPTS + 1):
                conn = self._connection()
                tx = Transaction(conn, self.dialect)
                try:
                    tx.execute(self.dialect.begin_sql(write=write))
                    result = op(tx)
                    tx.execute("COMMIT")
                    return result
                except self.dialect.db_errors as exc:
                    self._rollback(conn)
                    if self.dialect.is_retryable(exc) and attempt < _MAX_ATTEMPTS and time.monotonic() < deadline:
                        logger.debug("contention (%s), retrying the transaction (attempt %d)", type(exc).__name__, attempt)
                        time.sleep(random.uniform(0.0, delay))
                        delay = min(2 * delay, 0.2)
                        continue
                    raise LedgerError(
                        f"ledger backend error ({type(exc).__name__}) at {self.display_url}; "
                        "the operation was rolled back"
                    ) from exc
                except BaseException:
                    self._rollback(conn)
                    raise
            raise LedgerError("unreachable: retry loop ended without a result")  # pragma: no cover

    def close(self) -> None:
        """Close the connection; later :meth:`run` calls raise :class:`LedgerError`. Idempotent."""
        with self._lock:
            self._closed = True
            if self._conn is not None and self._conn_pid == os.getpid():
                self.dialect.close_connection(self._conn)
            self._conn = None

    def init_schema(self, *, alpha: float | None, create: bool) -> float:
        """Create the tables if needed and return the ledger's α: the stored one, or ``alpha``
        (default :data:`DEFAULT_ALPHA`) for a new ledger. A different stored α is an error."""
        return self.run(lambda tx: self._init_schema(tx, alpha, create), write=True)

    def _init_schema(self, tx: Transaction, alpha: float | None, create: bool) -> float:
        self.dialect.lock_schema(tx)
        # DDL only when the tables are missing: even "IF NOT EXISTS" DDL takes table locks that
        # would deadlock with spenders in other processes (PostgreSQL's CREATE INDEX does).
        if not tx.execute(*self.dialect.table_exists_query("ledger_meta")):
            if not create:
                raise LedgerError(f"no ledger exists at {self.display_url}")
            for stmt in self.dialect.schema_statements():
                tx.execute(stmt)
        meta = {key: value for key, value in tx.execute("SELECT key, value FROM ledger_meta")}
        if int(meta.get("schema_version", SCHEMA_VERSION)) > SCHEMA_VERSION:
            raise LedgerError(f"the ledger at {self.display_url} was written by a newer version of this library")
        if "alpha" not in meta:
            if not create:
                raise LedgerError(f"no ledger exists at {self.display_url}")
            chosen = DEFAULT_ALPHA if alpha is None else alpha
            tx.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", ("alpha", repr(chosen)))
            tx.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", ("schema_version", str(SCHEMA_VERSION)))
            logger.info("created a ledger at %s with alpha=%g", self.display_url, chosen)
            return chosen
        stored = float(meta["alpha"])
        if alpha is not None and alpha != stored:
            raise InvalidParameterError(
                f"this ledger stores RDP at alpha={stored!r}; it cannot be reopened with alpha={alpha!r}"
            )
        return stored

    def _connection(self) -> Any:
        if self._conn is not None and self._conn_pid != os.getpid():
            self._inherited.append(self._conn)  # shared with the parent after fork(): leave it alone
            self._conn = None
        if self._conn is not None and getattr(self._conn, "closed", False):
            self._conn = None  # a PostgreSQL connection was lost: open a new one
        if self._conn is None:
            self._conn = self.dialect.connect()
            self._conn_pid = os.getpid()
        return self._conn

    def _rollback(self, conn: Any) -> None:
        try:
            conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - nothing to roll back, or the connection is gone
            if getattr(conn, "closed", False):
                self._conn = None
