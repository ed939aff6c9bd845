"""Immutable values the ledger hands out: call states, audit entries and per-unit balances.

Amounts are integer micro-nats of Rényi DP at the ledger's one fixed order α (the truth the ledger
stores); ε values are derived from them on read and are never stored, except the ε of a cap, which
is the caller's own setting.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AuditOp", "LedgerEntry", "MICRO_NATS_PER_NAT", "ReservationState", "UnitBalance"]

MICRO_NATS_PER_NAT = 1_000_000
"""Amounts are stored as ``ceil(rdp * 10**6)`` integers: exact sums, no floating-point drift."""

AuditOp = Literal["reserve", "commit", "refund", "set_cap"]


class ReservationState(str, enum.Enum):
    """Life cycle of one call: ``reserved`` until it is committed or refunded (both final).

    A ``reserved`` call counts in full against every unit it names (fail closed): a process that
    crashes between reserve and commit leaves it charged, and a restart finds it with
    :meth:`PrivacyLedger.outstanding`.
    """

    RESERVED = "reserved"
    COMMITTED = "committed"
    REFUNDED = "refunded"


class LedgerEntry(BaseModel):
    """One row of the append-only audit log.

    Summing the log reproduces the balances: for a unit, committed = Σ ``commit`` amounts and
    committed + outstanding = Σ ``reserve`` − Σ ``refund`` amounts. A partial commit therefore
    writes a ``commit`` entry with the amount charged and a ``refund`` entry with the released
    rest. ``set_cap`` entries carry the cap as ``epsilon``/``delta`` and, as the amount, the
    largest RDP total (micro-nats at α) that the cap allows.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int = Field(description="Position in the log; increases with every entry written.")
    time: datetime = Field(description="When the entry was written (UTC).")
    call_id: str | None = Field(description="The call this entry belongs to; None for set_cap.")
    op: AuditOp = Field(description="Which operation wrote the entry.")
    unit: str = Field(description="The privacy unit charged, released or capped (opaque id).")
    amount_micro_nats: int = Field(ge=0, description="RDP at the ledger's alpha, in micro-nats.")
    label: str | None = Field(default=None, description="The caller's label given at reserve time.")
    epsilon: float | None = Field(default=None, description="The cap's epsilon (set_cap only).")
    delta: float | None = Field(default=None, description="The cap's delta (set_cap only).")

    @property
    def amount_rdp(self) -> float:
        """The amount in nats of RDP at the ledger's alpha."""
        return self.amount_micro_nats / MICRO_NATS_PER_NAT


class UnitBalance(BaseModel):
    """What one privacy unit has spent, in micro-nats at the ledger's α, and its explicit cap."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str = Field(description="The privacy unit (opaque id).")
    committed_micro_nats: int = Field(ge=0, description="Charged by committed calls.")
    reserved_micro_nats: int = Field(ge=0, description="Held by outstanding reservations.")
    cap_epsilon: float | None = Field(default=None, description="Explicit cap epsilon, if any.")
    cap_delta: float | None = Field(default=None, description="Explicit cap delta, if any.")

    @property
    def total_micro_nats(self) -> int:
        """Committed plus outstanding: what every cap check and ``spent`` counts (fail closed)."""
        return self.committed_micro_nats + self.reserved_micro_nats
