"""Durable per-unit privacy-budget ledger (SQLite by default, PostgreSQL optional).

A ledger is created once, explicitly (``PrivacyLedger.open(url, create=True)`` or ``dpfusion
ledger init URL``), and only opened afterwards. A call reserves its data-independent RDP cost on every privacy unit it may reveal before its first
token, then commits (or refunds) it. Amounts are integer micro-nats of RDP at one fixed Rényi order
per ledger; (ε, δ) is computed on read. This package imports only the standard library, pydantic
and the accounting math, so processes that only touch the ledger start fast.
"""

from __future__ import annotations

import logging

from dpfusion_integrations.ledger.errors import (
    CapBelowSpentError,
    LedgerBackendUnavailableError,
    LedgerError,
    LedgerNotFoundError,
    LedgerStateError,
    LedgerURLError,
    UncappedUnitError,
    UnknownCallError,
)
from dpfusion_integrations.ledger.ledger import DEFAULT_ALPHA, PrivacyLedger
from dpfusion_integrations.ledger.models import LedgerEntry, ReservationState, UnitBalance

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_ALPHA",
    "CapBelowSpentError",
    "LedgerBackendUnavailableError",
    "LedgerEntry",
    "LedgerError",
    "LedgerNotFoundError",
    "LedgerStateError",
    "LedgerURLError",
    "PrivacyLedger",
    "ReservationState",
    "UncappedUnitError",
    "UnitBalance",
    "UnknownCallError",
]
