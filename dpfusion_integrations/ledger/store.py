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
from dataclasses import dataclass
from typing import Any, TypeVar

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger.dialects import SCHEMA_VERSION, Transaction, dialect_for_url
from dpfusion_integrations.ledger.errors import LedgerError, LedgerNotFoundError

__all__ = ["DEFAULT_ALPHA", "LedgerStore", "UncappedPolicy", "read_policy", "write_policy"]

logger = logging.getLogger(__name__)

DEFAULT_ALPHA = 4.0
"""Rényi order of a new ledger when the caller does not choose one."""

_T = TypeVar("_T")
_MAX_ATTEMPTS = 200

# ledger_meta keys of the policy for units without an explicit cap. A ledger created before these
# existed has none of them: no default cap, caps not required (uncapped units are only tracked).
_DEFAULT_CAP_EPSILON = "default_cap_epsilon"
_DEFAULT_CAP_DELTA = "default_cap_delta"
_REQUIRE_CAPS = "require_caps"
_POLICY_KEYS = (_DEFAULT_CAP_EPSILON, _DEFAULT_CAP_DELTA, _REQUIRE_CAPS)


@dataclass(frozen=True)
class UncappedPolicy:
    """What the ledger does with a unit that has no explicit cap, stored in ``ledger_meta``.

    ``default_cap`` ``(ε, δ)`` caps every such unit; ``require_caps`` refuses to reserve on them.
    At most one is set; with neither, such units are tracked without a limit.
    """

    default_cap: tuple[float, float] | None = None
    require_caps: bool = False


def read_policy(tx: Transaction) -> UncappedPolicy:
    """The stored policy, read inside ``tx`` (so a reservation sees the one in force when it runs)."""
    rows = tx.execute(
        f"SELECT key, value FROM ledger_meta WHERE key IN ({', '.join('?' for _ in _POLICY_KEYS)})", _POLICY_KEYS
    )
    return _policy_of(dict(rows))


def write_policy(tx: Transaction, policy: UncappedPolicy) -> None:
    """Replace the stored policy inside ``tx``."""
    tx.execute(f"DELETE FROM ledger_meta WHERE key IN ({', '.join('?' for _ in _POLICY_KEYS)})", _POLICY_KEYS)
    values = {_REQUIRE_CAPS: "1" if policy.require_caps else "0"}
    if policy.default_cap is not None:
        values[_DEFAULT_CAP_EPSILON], values[_DEFAULT_CAP_DELTA] = map(repr, policy.default_cap)
    for key, value in values.items():
        tx.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", (key, value))


def _policy_of(meta: dict[str, str]) -> UncappedPolicy:
    cap = None
    if _DEFAULT_CAP_EPSILON in meta and _DEFAULT_CAP_DELTA in meta:
        cap = (float(meta[_DEFAULT_CAP_EPSILON]), float(meta[_DEFAULT_CAP_DELTA]))
    return UncappedPolicy(default_cap=cap, require_caps=meta.get(_REQUIRE_CAPS, "0") == "1")


class LedgerStore:
    """A connection (opened lazily, re-opened after ``fork``) guarded by one re-entrant lock, so a
    handle can be shared by threads; processes each open their own."""

    def __init__(self, url: str | os.PathLike[str], *, busy_timeout_s: float, create: bool = False) -> None:
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
                    # Not chained: a driver's detail can quote row values (unit ids). Its primary
                    # message names only the failure ("disk I/O error", a constraint's name).
                    raise LedgerError(
                        f"ledger backend error ({type(exc).__name__}: {_primary_message(exc)}) at "
                        f"{self.display_url}; the operation was rolled back"
                    ) from None
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

    def init_schema(
        self,
        *,
        alpha: float | None,
        create: bool,
        default_cap: tuple[float, float] | None = None,
        require_caps: bool | None = None,
    ) -> float:
        """Check the ledger exists (or, with ``create``, create it) and return its α.

        A new ledger stores ``alpha`` (default :data:`DEFAULT_ALPHA`) and the uncapped-unit policy
        (``default_cap``, ``require_caps``). On an existing ledger, ``None`` accepts the stored value
        and anything else must equal it (:class:`InvalidParameterError` otherwise: a value is never
        silently ignored). A missing ledger without ``create`` raises :class:`LedgerNotFoundError`.
        """
        return self.run(lambda tx: self._init_schema(tx, alpha, create, default_cap, require_caps), write=True)

    def _not_found(self) -> LedgerNotFoundError:
        return LedgerNotFoundError(
            f"no ledger exists at {self.display_url}; create it with `dpfusion ledger init {self.display_url}` "
            "or PrivacyLedger.open(url, create=True)"
        )

    def _init_schema(
        self,
        tx: Transaction,
        alpha: float | None,
        create: bool,
        default_cap: tuple[float, float] | None,
        require_caps: bool | None,
    ) -> float:
        self.dialect.lock_schema(tx)
        # DDL only when the tables are missing: even "IF NOT EXISTS" DDL takes table locks that
        # would deadlock with spenders in other processes (PostgreSQL's CREATE INDEX does).
        if not tx.execute(*self.dialect.table_exists_query("ledger_meta")):
            if not create:
                raise self._not_found()
            for stmt in self.dialect.schema_statements():
                tx.execute(stmt)
        meta = {key: value for key, value in tx.execute("SELECT key, value FROM ledger_meta")}
        if int(meta.get("schema_version", SCHEMA_VERSION)) > SCHEMA_VERSION:
            raise LedgerError(f"the ledger at {self.display_url} was written by a newer version of this library")
        if "alpha" not in meta:
            if not create:
                raise self._not_found()
            chosen = DEFAULT_ALPHA if alpha is None else alpha
            tx.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", ("alpha", repr(chosen)))
            tx.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", ("schema_version", str(SCHEMA_VERSION)))
            write_policy(tx, UncappedPolicy(default_cap=default_cap, require_caps=bool(require_caps)))
            logger.info("created a ledger at %s with alpha=%g", self.display_url, chosen)
            return chosen
        stored = float(meta["alpha"])
        if alpha is not None and alpha != stored:
            raise InvalidParameterError(
                f"this ledger stores RDP at alpha={stored!r}; it cannot be reopened with alpha={alpha!r}"
            )
        policy = _policy_of(meta)
        if default_cap is not None and default_cap != policy.default_cap:
            raise InvalidParameterError(
                f"this ledger's stored default_cap is {policy.default_cap!r}, not {default_cap!r}; "
                "change it with PrivacyLedger.set_uncapped_policy"
            )
        if require_caps is not None and bool(require_caps) != policy.require_caps:
            raise InvalidParameterError(
                f"this ledger's stored require_caps is {policy.require_caps!r}, not {require_caps!r}; "
                "change it with PrivacyLedger.set_uncapped_policy"
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


def _primary_message(exc: BaseException) -> str:
    """The driver's one-line reason without detail or hint (which may quote row values)."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary if primary else str(exc)
    return (text.strip().splitlines() or ["no message"])[0]
