"""The durable privacy-budget ledger: reserve before the first token, commit or refund after.

Every unit's running total (committed + outstanding reservations, integer micro-nats of RDP at the
ledger's one fixed order α) lives in one row that a spender locks before it checks the cap, so
concurrent spenders in any number of threads or processes never exceed a cap. A reservation stays
charged until it is committed or refunded: a crash in between fails closed. Every change is
written with its audit-log rows in the same transaction. The SQL below is shared by both backends;
:mod:`dpfusion_integrations.ledger.dialects` holds the few lines that differ.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping, Sequence, Set
from datetime import datetime, timezone
from types import TracebackType
from typing import Any

from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.ledger import validation as v
from dpfusion_integrations.ledger.dialects import Transaction
from dpfusion_integrations.ledger.errors import (
    CapBelowSpentError,
    LedgerStateError,
    UncappedUnitError,
    UnknownCallError,
)
from dpfusion_integrations.ledger.integrity import find_inconsistencies
from dpfusion_integrations.ledger.models import MICRO_NATS_PER_NAT, LedgerEntry, ReservationState, UnitBalance
from dpfusion_integrations.ledger.store import DEFAULT_ALPHA, LedgerStore, UncappedPolicy, read_policy, write_policy

__all__ = ["DEFAULT_ALPHA", "PrivacyLedger"]

logger = logging.getLogger(__name__)

_UNIT_COLUMNS = "cap_epsilon, cap_delta, committed, reserved"
_AUDIT_COLUMNS = "seq, time, call_id, op, unit, amount, label, epsilon, delta"


class PrivacyLedger:
    """Per-unit privacy budgets, safe for many threads (one lock per handle) and many processes.

    Unit ids, call ids and labels are opaque strings chosen by the caller and stored as they are:
    they must never be raw private text (use a keyed hash or a document id). The ledger cannot
    tell, so it only refuses long strings and control characters.
    """

    def __init__(
        self,
        url: str | os.PathLike[str],
        *,
        alpha: float | None = None,
        default_cap: tuple[float, float] | None = None,
        require_caps: bool | None = None,
        busy_timeout_s: float = 30.0,
        create: bool = False,
    ) -> None:
        """Open (or, with ``create``, create) the ledger at ``url``; see :meth:`open`."""
        requested_alpha = None if alpha is None else v.check_alpha(alpha)
        default_cap = _check_default_cap(default_cap)
        if require_caps is not None and not isinstance(require_caps, bool):
            raise InvalidParameterError(f"require_caps must be True, False or None, got {require_caps!r}")
        if default_cap is not None and require_caps:
            raise InvalidParameterError("give either default_cap or require_caps=True, not both")
        if not isinstance(create, bool):
            raise InvalidParameterError(f"create must be True or False, got {create!r}")
        self._store = LedgerStore(url, busy_timeout_s=busy_timeout_s, create=create)
        self._run = self._store.run
        try:
            self._alpha = self._store.init_schema(
                alpha=requested_alpha, create=create, default_cap=default_cap, require_caps=require_caps
            )
        except BaseException:
            self._store.close()
            raise
        logger.debug("opened ledger %s (alpha=%g)", self._store.display_url, self._alpha)

    @classmethod
    def open(
        cls,
        url: str | os.PathLike[str],
        *,
        alpha: float | None = None,
        default_cap: tuple[float, float] | None = None,
        require_caps: bool | None = None,
        busy_timeout_s: float = 30.0,
        create: bool = False,
    ) -> PrivacyLedger:
        """Open the existing ledger at ``url``; with ``create=True``, create it if it is missing.

        ``url`` follows SQLAlchemy's convention: ``sqlite:///relative/path.db`` (three slashes:
        relative to the current directory), ``sqlite:////absolute/path.db`` (four slashes), so
        ``f"sqlite:///{path}"`` with an absolute ``path`` is absolute; ``sqlite:///:memory:``;
        ``postgresql://user@host:port/db``. A malformed URL raises :class:`LedgerURLError`.

        Opening never creates anything implicitly: a missing ledger (SQLite file, or PostgreSQL
        schema without the ledger's tables) raises :class:`LedgerNotFoundError` unless ``create``
        is true (``dpfusion ledger init URL`` does the same from the shell); an in-memory ledger is
        always new, so it needs ``create=True`` too. Directories are never created, not even with
        ``create=True``. Every failure to open or use the store is a :class:`LedgerError`.

        ``alpha`` is the ledger's one fixed Rényi order (default 4.0); ``default_cap`` ``(ε, δ)``
        caps every unit without its own cap, and ``require_caps=True`` instead refuses to reserve on
        such units. All three are stored when the ledger is created and apply to every process that
        opens it; on an existing ledger ``None`` uses the stored value and any other value must
        equal it (:class:`InvalidParameterError` otherwise; change the policy with
        :meth:`set_uncapped_policy`). A ledger created without either setting (and every ledger
        created before they existed) tracks uncapped units without a limit.
        ``busy_timeout_s`` bounds waiting for other writers.
        """
        return cls(
            url,
            alpha=alpha,
            default_cap=default_cap,
            require_caps=require_caps,
            busy_timeout_s=busy_timeout_s,
            create=create,
        )

    # -- properties and life cycle ------------------------------------------------------------

    @property
    def alpha(self) -> float:
        """The Rényi order at which every amount in this ledger is stored."""
        return self._alpha

    @property
    def default_cap(self) -> tuple[float, float] | None:
        """The stored ``(ε, δ)`` cap of units without an explicit one (``None``: no default)."""
        return self._policy().default_cap

    @property
    def require_caps(self) -> bool:
        """True when the ledger refuses to reserve on units without an explicit cap."""
        return self._policy().require_caps

    @property
    def url(self) -> str:
        """Where the ledger lives, with any password removed."""
        return self._store.display_url

    def close(self) -> None:
        """Close this handle's connection; later calls raise :class:`LedgerError`. Idempotent."""
        self._store.close()

    def __enter__(self) -> PrivacyLedger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PrivacyLedger({self.url!r}, alpha={self._alpha!r})"

    # -- writes -------------------------------------------------------------------------------

    def set_cap(self, unit: str, epsilon: float, delta: float) -> None:
        """Cap ``unit`` at ``(epsilon, delta)``. A cap below what the unit has already spent at that
        δ (committed + outstanding) raises :class:`CapBelowSpentError` and changes nothing."""
        unit = v.check_unit(unit)
        epsilon, delta = v.check_cap(epsilon, delta)
        budget = v.cap_budget_micro_nats(epsilon=epsilon, delta=delta, alpha=self._alpha)

        def op(tx: Transaction) -> None:
            _, _, committed, reserved = self._lock_unit(tx, unit)
            total = committed + reserved
            if not v.within_cap(total, epsilon=epsilon, delta=delta, alpha=self._alpha):
                spent = v.epsilon_of(total, alpha=self._alpha, delta=delta)
                raise CapBelowSpentError(unit=unit, epsilon=epsilon, delta=delta, spent=spent)
            tx.execute("UPDATE ledger_units SET cap_epsilon = ?, cap_delta = ? WHERE unit = ?", (epsilon, delta, unit))
            self._audit(tx, None, "set_cap", unit, budget, None, epsilon=epsilon, delta=delta)

        self._run(op, write=True)
        logger.info("set a cap (epsilon=%g, delta=%g) on one unit", epsilon, delta)

    def set_uncapped_policy(
        self, *, default_cap: tuple[float, float] | None = None, require_caps: bool = False
    ) -> None:
        """Store what happens to units without an explicit cap, for every process using the ledger.

        ``default_cap`` ``(ε, δ)`` caps them; ``require_caps=True`` refuses any reservation on them;
        neither tracks them without a limit. Both at once is an :class:`InvalidParameterError`.
        Applies to reservations made after it; what was already reserved or committed stays.
        """
        default_cap = _check_default_cap(default_cap)
        if not isinstance(require_caps, bool):
            raise InvalidParameterError(f"require_caps must be True or False, got {require_caps!r}")
        if default_cap is not None and require_caps:
            raise InvalidParameterError("give either default_cap or require_caps=True, not both")
        policy = UncappedPolicy(default_cap=default_cap, require_caps=require_caps)
        self._run(lambda tx: write_policy(tx, policy), write=True)
        logger.info("set the uncapped-unit policy (default cap %s, require caps %s)", default_cap, require_caps)

    def reserve(
        self,
        call_id: str,
        units: Sequence[str] | Set[str] | Mapping[str, float],
        rdp: float | None = None,
        *,
        label: str | None = None,
    ) -> None:
        """Charge a call's data-independent cost to every unit it may reveal, before its first token.

        ``units`` is a sequence of unit ids with one ``rdp`` (RDP at :attr:`alpha`) for each, or a
        mapping ``unit -> rdp``. All or nothing: if any unit's committed + outstanding + new total
        would exceed its cap, raise :class:`BudgetExceededError` naming those units and write
        nothing. Retrying the same call id with the same units and amounts while it is outstanding
        is a no-op; anything else with a known call id raises :class:`LedgerStateError`.
        """
        call_id = v.check_call_id(call_id)
        label = v.check_label(label)
        amounts = v.normalize_reservation(units, rdp)

        def op(tx: Transaction) -> bool:
            row = tx.one("SELECT state FROM ledger_calls WHERE call_id = ?", (call_id,))
            if row is not None:
                self._check_retry(tx, call_id, ReservationState(row[0]), amounts)
                return False
            policy = read_policy(tx)
            offenders, uncapped = [], []
            for unit, amount in amounts.items():  # sorted: PostgreSQL row locks in one global order
                cap_eps, cap_delta, committed, reserved = self._lock_unit(tx, unit)
                total = committed + reserved + amount
                if total > v.MAX_MICRO_NATS:
                    raise InvalidParameterError(f"call {call_id!r} would overflow a unit's total")
                if cap_eps is None and policy.require_caps:
                    uncapped.append(unit)
                    continue
                cap = (cap_eps, cap_delta) if cap_eps is not None else policy.default_cap
                if cap is not None and not v.within_cap(total, epsilon=cap[0], delta=cap[1], alpha=self._alpha):
                    offenders.append(unit)
            if uncapped:  # raising rolls back the unit rows _lock_unit inserted: nothing is written
                raise UncappedUnitError(
                    f"call {call_id!r} names {len(uncapped)} unit(s) without a cap, and this ledger requires "
                    "a cap on every unit (set one with set_cap); nothing was reserved",
                    call_id=call_id,
                    units=tuple(uncapped),
                )
            if offenders:
                raise BudgetExceededError(
                    f"call {call_id!r} would exceed the privacy cap of {len(offenders)} unit(s); "
                    "nothing was reserved",
                    call_id=call_id,
                    units=tuple(offenders),
                )
            now = time.time()
            tx.execute(
                "INSERT INTO ledger_calls (call_id, state, label, created, updated) VALUES (?, ?, ?, ?, ?)",
                (call_id, ReservationState.RESERVED.value, label, now, now),
            )
            for unit, amount in amounts.items():
                tx.execute(
                    "INSERT INTO ledger_call_units (call_id, unit, reserved) VALUES (?, ?, ?)", (call_id, unit, amount)
                )
                tx.execute("UPDATE ledger_units SET reserved = reserved + ? WHERE unit = ?", (amount, unit))
                self._audit(tx, call_id, "reserve", unit, amount, label, now=now)
            return True

        if self._run(op, write=True):
            logger.debug("reserved call %r on %d unit(s)", call_id, len(amounts))
        else:
            logger.debug("reserve of call %r was an idempotent retry", call_id)

    def commit(self, call_id: str, rdp: float | Mapping[str, float] | None = None) -> None:
        """Charge an outstanding reservation for good.

        ``None`` commits the full reservation; a smaller ``rdp`` (one value for every unit, or a
        mapping naming every reserved unit) commits that and releases the rest, e.g. after an
        early EOS. More than reserved raises :class:`InvalidParameterError`; a call that is not
        outstanding raises :class:`LedgerStateError` (or :class:`UnknownCallError`).
        """
        call_id = v.check_call_id(call_id)
        spec = v.normalize_commit(rdp)

        def op(tx: Transaction) -> None:
            label, reserved = self._lock_outstanding(tx, call_id, "commit")
            actual = v.resolve_commit(call_id, reserved, spec)
            now = time.time()
            for unit, held in reserved.items():
                charged = actual[unit]
                tx.execute(
                    "UPDATE ledger_units SET reserved = reserved - ?, committed = committed + ? WHERE unit = ?",
                    (held, charged, unit),
                )
                tx.execute(
                    "UPDATE ledger_call_units SET committed = ? WHERE call_id = ? AND unit = ?", (charged, call_id, unit)
                )
                self._audit(tx, call_id, "commit", unit, charged, label, now=now)
                if held > charged:
                    self._audit(tx, call_id, "refund", unit, held - charged, label, now=now)
            self._set_state(tx, call_id, ReservationState.COMMITTED, now)

        self._run(op, write=True)
        logger.debug("committed call %r", call_id)

    def refund(self, call_id: str) -> None:
        """Release an outstanding reservation entirely (the call failed before releasing a token)."""
        call_id = v.check_call_id(call_id)

        def op(tx: Transaction) -> None:
            label, reserved = self._lock_outstanding(tx, call_id, "refund")
            now = time.time()
            for unit, held in reserved.items():
                tx.execute("UPDATE ledger_units SET reserved = reserved - ? WHERE unit = ?", (held, unit))
                self._audit(tx, call_id, "refund", unit, held, label, now=now)
            self._set_state(tx, call_id, ReservationState.REFUNDED, now)

        self._run(op, write=True)
        logger.debug("refunded call %r", call_id)

    # -- reads --------------------------------------------------------------------------------

    def balance(self, unit: str) -> UnitBalance:
        """Committed and outstanding micro-nats of ``unit`` and its explicit cap (zeros if unknown)."""
        unit = v.check_unit(unit)
        row = self._run(
            lambda tx: tx.one(f"SELECT {_UNIT_COLUMNS} FROM ledger_units WHERE unit = ?", (unit,)), write=False
        )
        if row is None:
            return UnitBalance(unit=unit, committed_micro_nats=0, reserved_micro_nats=0)
        cap_eps, cap_delta, committed, reserved = row
        return UnitBalance(
            unit=unit,
            committed_micro_nats=committed,
            reserved_micro_nats=reserved,
            cap_epsilon=cap_eps,
            cap_delta=cap_delta,
        )

    def balances(self) -> list[UnitBalance]:
        """:meth:`balance` of every known unit, sorted by unit id, read in one snapshot."""
        rows = sorted(self._run(lambda tx: tx.execute(f"SELECT unit, {_UNIT_COLUMNS} FROM ledger_units"), write=False))
        return [
            UnitBalance(
                unit=unit, committed_micro_nats=committed, reserved_micro_nats=reserved, cap_epsilon=eps, cap_delta=dl
            )
            for unit, eps, dl, committed, reserved in rows
        ]

    def spent_rdp(self, unit: str) -> float:
        """RDP at :attr:`alpha` of ``unit``'s committed calls plus outstanding reservations."""
        return self.balance(unit).total_micro_nats / MICRO_NATS_PER_NAT

    def spent(self, unit: str, delta: float) -> float:
        """ε at ``delta`` of ``unit``'s committed calls plus outstanding reservations (fail closed)."""
        delta = v.check_delta(delta)
        return v.epsilon_of(self.balance(unit).total_micro_nats, alpha=self._alpha, delta=delta)

    def remaining(self, unit: str) -> float | None:
        """ε still available under the unit's cap (explicit, else the ledger's default cap) at the
        cap's δ; ``None`` when the unit is uncapped (under ``require_caps``, nothing can be reserved
        on such a unit until it gets a cap)."""
        bal = self.balance(unit)
        cap = (bal.cap_epsilon, bal.cap_delta) if bal.cap_epsilon is not None else self.default_cap
        if cap is None or cap[1] is None:
            return None
        spent = v.epsilon_of(bal.total_micro_nats, alpha=self._alpha, delta=cap[1])
        return max(0.0, cap[0] - spent)

    def units(self) -> list[str]:
        """Every unit that has been reserved on or capped, sorted."""
        rows = self._run(lambda tx: tx.execute("SELECT unit FROM ledger_units"), write=False)
        return sorted(row[0] for row in rows)  # code-point order on every backend, whatever the collation

    def call_state(self, call_id: str) -> ReservationState:
        """Where ``call_id`` is in its life cycle; :class:`UnknownCallError` if never reserved."""
        call_id = v.check_call_id(call_id)
        row = self._run(lambda tx: tx.one("SELECT state FROM ledger_calls WHERE call_id = ?", (call_id,)), write=False)
        if row is None:
            raise UnknownCallError(call_id)
        return ReservationState(row[0])

    def outstanding(self) -> list[str]:
        """Call ids still reserved (neither committed nor refunded), oldest first: after a crash,
        these are the calls a restart must settle. They stay charged until then."""
        rows = self._run(
            lambda tx: tx.execute(
                "SELECT call_id FROM ledger_calls WHERE state = ? ORDER BY created, call_id",
                (ReservationState.RESERVED.value,),
            ),
            write=False,
        )
        return [row[0] for row in rows]

    def audit(self, call_id: str | None = None) -> list[LedgerEntry]:
        """The audit log in write order, or only ``call_id``'s entries."""
        if call_id is None:
            query, params = f"SELECT {_AUDIT_COLUMNS} FROM ledger_audit ORDER BY seq", ()
        else:
            query = f"SELECT {_AUDIT_COLUMNS} FROM ledger_audit WHERE call_id = ? ORDER BY seq"
            params = (v.check_call_id(call_id),)
        rows = self._run(lambda tx: tx.execute(query, params), write=False)
        return [
            LedgerEntry(
                seq=seq,
                time=datetime.fromtimestamp(ts, tz=timezone.utc),
                call_id=cid,
                op=op,
                unit=unit,
                amount_micro_nats=amount,
                label=label,
                epsilon=eps,
                delta=delta,
            )
            for seq, ts, cid, op, unit, amount, label, eps, delta in rows
        ]

    def verify(self) -> list[str]:
        """Cross-check unit totals, per-call rows and the audit log in one snapshot (and explicit
        caps against totals); an empty list means consistent. Cheap enough to run after a crash."""
        return self._run(lambda tx: find_inconsistencies(tx, alpha=self._alpha), write=False)

    # -- transaction helpers ------------------------------------------------------------------

    def _policy(self) -> UncappedPolicy:
        return self._run(read_policy, write=False)

    def _lock_unit(self, tx: Transaction, unit: str) -> tuple[Any, Any, int, int]:
        """Create ``unit``'s row if new and lock it for this transaction; return its cap and totals."""
        tx.execute("INSERT INTO ledger_units (unit) VALUES (?) ON CONFLICT (unit) DO NOTHING", (unit,))
        row = tx.one(f"SELECT {_UNIT_COLUMNS} FROM ledger_units WHERE unit = ?{tx.lock_suffix}", (unit,))
        assert row is not None  # the row was just ensured inside this transaction
        return row[0], row[1], int(row[2]), int(row[3])

    def _lock_outstanding(self, tx: Transaction, call_id: str, verb: str) -> tuple[str | None, dict[str, int]]:
        """Lock an outstanding call; return its label and ``{unit: reserved}`` sorted by unit."""
        row = tx.one(f"SELECT state, label FROM ledger_calls WHERE call_id = ?{tx.lock_suffix}", (call_id,))
        if row is None:
            raise UnknownCallError(call_id)
        state = ReservationState(row[0])
        if state is not ReservationState.RESERVED:
            raise LedgerStateError(f"cannot {verb} call {call_id!r}: it is already {state.value}", call_id=call_id)
        rows = tx.execute("SELECT unit, reserved FROM ledger_call_units WHERE call_id = ?", (call_id,))
        # Sorted in Python (code points), as in reserve: the database's collation may order differently,
        # and every transaction must take unit row locks in the same order to avoid deadlocks.
        return row[1], {unit: int(amount) for unit, amount in sorted(rows)}

    def _check_retry(self, tx: Transaction, call_id: str, state: ReservationState, amounts: dict[str, int]) -> None:
        """A known call id may only be re-reserved as an exact retry of an outstanding reservation."""
        if state is not ReservationState.RESERVED:
            raise LedgerStateError(
                f"call id {call_id!r} was already {state.value}; use a new call id for a new call", call_id=call_id
            )
        rows = tx.execute("SELECT unit, reserved FROM ledger_call_units WHERE call_id = ?", (call_id,))
        if {unit: int(amount) for unit, amount in rows} != amounts:
            raise LedgerStateError(
                f"call id {call_id!r} is already reserved with different units or amounts", call_id=call_id
            )

    @staticmethod
    def _set_state(tx: Transaction, call_id: str, state: ReservationState, now: float) -> None:
        tx.execute("UPDATE ledger_calls SET state = ?, updated = ? WHERE call_id = ?", (state.value, now, call_id))

    @staticmethod
    def _audit(
        tx: Transaction,
        call_id: str | None,
        op: str,
        unit: str,
        amount: int,
        label: str | None,
        *,
        now: float | None = None,
        epsilon: float | None = None,
        delta: float | None = None,
    ) -> None:
        tx.execute(
            "INSERT INTO ledger_audit (time, call_id, op, unit, amount, label, epsilon, delta)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (time.time() if now is None else now, call_id, op, unit, amount, label, epsilon, delta),
        )



def _check_default_cap(default_cap: object) -> tuple[float, float] | None:
    if default_cap is None:
        return None
    if not isinstance(default_cap, (tuple, list)) or len(default_cap) != 2:
        raise InvalidParameterError("default_cap must be an (epsilon, delta) pair or None")
    return v.check_cap(*default_cap)
