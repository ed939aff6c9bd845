"""What a call charges each privacy unit, and the reserve → commit/refund protocol around a decode."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from dpfusion_integrations.accounting import Calibration, step_rdp
from dpfusion_integrations.errors import InvalidParameterError

if TYPE_CHECKING:
    from dpfusion_integrations.ledger import PrivacyLedger

__all__ = ["unit_charges", "charge_rdp", "reserve_all", "settle"]


def unit_charges(unit_groups: Mapping[str, int], n_groups: int, units: Sequence[str] | None) -> dict[str, int]:
    """Unit id → number of the call's groups holding its data.

    Default: one unit per distinct tagged value, in as many groups as it was tagged in. Caller
    units (a document or user id) cover the whole call, i.e. every group.
    """
    if n_groups == 0:
        return {}
    if units is None:
        return dict(unit_groups)
    if isinstance(units, str) or not all(isinstance(u, str) and u for u in units):
        raise InvalidParameterError("units must be a sequence of non-empty str ids")
    return {u: n_groups for u in units}


def charge_rdp(calibration: Calibration, charges: Mapping[str, int], tokens: int) -> dict[str, float]:
    """RDP at the calibration's α charged to each unit for ``tokens`` steps."""
    if calibration.cap == 0:
        return {}
    n = max(calibration.n_groups, 1)
    return {
        unit: tokens * step_rdp(alpha=calibration.alpha, cap=calibration.cap, n_groups=n,
                                relation=calibration.relation, groups_changed=min(k, n))
        for unit, k in charges.items()
    }


def reserve_all(ledger: PrivacyLedger | None, call_ids: Sequence[str], amounts: Sequence[Mapping[str, float]],
                label: str | None = "dpfusion") -> dict[str, Mapping[str, float]]:
    """Reserve every call's charge before the first token, all calls or none; returns what was
    reserved (call id → amounts). Calls that charge nothing are not written."""
    reserved: dict[str, Mapping[str, float]] = {}
    if ledger is None:
        return reserved
    try:
        for call_id, amount in zip(call_ids, amounts, strict=True):
            if amount:
                ledger.reserve(call_id, dict(amount), label=label)
                reserved[call_id] = amount
    except BaseException:
        for call_id in reserved:
            ledger.refund(call_id)
        raise
    return reserved


def settle(ledger: PrivacyLedger | None, reserved: Mapping[str, Mapping[str, float]],
           actual: Mapping[str, Mapping[str, float]] | None) -> None:
    """Commit each reserved call's actual charge, or refund them all when ``actual`` is None
    (only when nothing was released)."""
    if ledger is None:
        return
    for call_id in reserved:
        if actual is None:
            ledger.refund(call_id)
        else:
            ledger.commit(call_id, dict(actual[call_id]))
