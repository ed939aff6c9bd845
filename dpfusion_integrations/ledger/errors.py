"""Typed errors of the privacy-budget ledger.

They derive from :class:`dpfusion_integrations.errors.DPFusionError` so a caller can catch every
deliberate failure of the library in one place. Messages name call ids and unit ids only (opaque,
caller-chosen identifiers) and numbers, never raw text.
"""

from __future__ import annotations

from dpfusion_integrations.errors import (
    BudgetExceededError,
    DPFusionError,
    InvalidParameterError,
)

__all__ = [
    "ACCEPTED_URL_FORMS",
    "CapBelowSpentError",
    "LedgerBackendUnavailableError",
    "LedgerError",
    "LedgerNotFoundError",
    "LedgerStateError",
    "LedgerURLError",
    "UncappedUnitError",
    "UnknownCallError",
]

ACCEPTED_URL_FORMS = (
    "sqlite:///relative/path.db (three slashes: relative to the current directory), "
    "sqlite:////absolute/path.db (four slashes: absolute), sqlite:///:memory:, "
    "or postgresql://user@host:port/dbname"
)
"""The ledger URL forms, as every URL error names them (SQLAlchemy's convention for SQLite)."""


class LedgerError(DPFusionError):
    """Base class of ledger failures: the store cannot be opened or read, or an operation is refused.

    A backend failure (disk full, lost connection) is raised as a plain ``LedgerError`` with the
    driver's exception chained; the transaction it interrupted was rolled back.
    """


class LedgerURLError(LedgerError, InvalidParameterError):
    """The ledger URL is malformed or names an unknown scheme; the message lists the accepted forms."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"{problem}; a ledger URL is one of: {ACCEPTED_URL_FORMS}")


class LedgerNotFoundError(LedgerError):
    """No ledger exists at the URL (a missing SQLite file, or a PostgreSQL schema without the ledger's
    tables) and the caller did not ask to create one. Opening never creates a ledger implicitly:
    create it once with ``dpfusion ledger init URL`` or ``PrivacyLedger.open(url, create=True)``."""


class UncappedUnitError(BudgetExceededError, LedgerError):
    """The ledger requires a cap on every unit (``require_caps``) and a reservation named units that
    have none. Like any :class:`BudgetExceededError`, nothing was reserved, and ``units`` holds the
    ledger's unit ids when ``PrivacyLedger.reserve`` raises it, the per-call aliases when a call
    (``DPFusion.privatize``, the adapters) does; neither is put in the message."""


class UnknownCallError(LedgerError):
    """``commit`` / ``refund`` / ``call_state`` named a call id the ledger has never reserved."""

    def __init__(self, call_id: str) -> None:
        self.call_id = call_id
        super().__init__(f"no reservation with call id {call_id!r} exists in this ledger")


class LedgerStateError(LedgerError):
    """The operation conflicts with the ledger's state: committing or refunding a call that is not
    outstanding, or re-reserving a call id with different units or amounts. Nothing was changed."""

    def __init__(self, message: str, *, call_id: str | None = None) -> None:
        self.call_id = call_id
        super().__init__(message)


class CapBelowSpentError(LedgerStateError):
    """``set_cap`` would put a unit's cap below what it has already spent (committed plus
    outstanding reservations, converted at the cap's δ). The old cap is kept."""

    def __init__(self, *, unit: str, epsilon: float, delta: float, spent: float) -> None:
        self.unit = unit
        self.epsilon = epsilon
        self.delta = delta
        self.spent = spent
        super().__init__(
            f"cannot cap unit {unit!r} at epsilon={epsilon:g} (delta={delta:g}): it has already spent "
            f"epsilon={spent:.6g} at that delta, counting outstanding reservations"
        )


class LedgerBackendUnavailableError(LedgerError, ImportError):
    """The URL names a backend whose driver is not installed (PostgreSQL needs ``psycopg`` 3)."""
