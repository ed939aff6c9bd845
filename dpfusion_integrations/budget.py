"""What a call charges each privacy unit, and the reserve → commit/refund protocol around a decode."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from dpfusion_integrations.accounting import Calibration, Relation, step_rdp
from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.ledger.errors import UncappedUnitError

if TYPE_CHECKING:
    from dpfusion_integrations.ledger import PrivacyLedger

__all__ = ["accounting_relation", "check_units", "unit_charges", "charge_rdp", "reserve_all", "settle"]


def check_units(units: Sequence[str] | None) -> None:
    """``None`` (one unit per tagged value) or a non-empty sequence of non-empty str ids.

    An empty list is an error, never "charge nothing": a call that decodes private groups always
    charges someone.
    """
    if units is None:
        return
    if isinstance(units, (str, bytes)) or not isinstance(units, Sequence):
        raise InvalidParameterError("units must be a sequence of non-empty str ids, or None")
    if len(units) == 0:
        raise InvalidParameterError(
            "units is empty: pass None for one unit per tagged value, or at least one unit id "
            "(an empty list would charge nobody)")
    if not all(isinstance(u, str) and u for u in units):
        raise InvalidParameterError("units must be a sequence of non-empty str ids")


def unit_charges(unit_groups: Mapping[str, int], n_groups: int, units: Sequence[str] | None) -> dict[str, int]:
    """Unit id → number of the call's groups holding its data.

    Default: one unit per distinct tagged value, in as many groups as it was tagged in. Caller
    units (a document or user id) cover the whole call, i.e. every group.
    """
    check_units(units)
    if n_groups == 0:
        return {}
    if units is None:
        return dict(unit_groups)
    return {u: n_groups for u in units}


def accounting_relation(relation: Relation, partial_units: bool, units: Sequence[str] | None) -> Relation:
    """The relation a call must be accounted (and its cap enforced) under.

    Under ``redaction`` a group's bound covers "this whole group vs. its placeholders". A default unit
    (one tagged value) that shares its group with other values is a strict subset of the group: its
    neighbour keeps the other values, so its group's mixture moves between two distributions that are
    each within the cap of ``q`` but not of each other. That is the substitution case: the cap is
    enforced at 2α and the weak triangle inequality bounds the pair (``docs/guarantee.md``). Caller
    units cover every group whole, so they keep the cheaper redaction bound.
    """
    if relation is Relation.REDACTION and partial_units and units is None:
        return Relation.SUBSTITUTION
    return relation


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
                label: str | None = "dpfusion", aliases: Sequence[Mapping[str, str]] | None = None,
                ) -> dict[str, Mapping[str, float]]:
    """Reserve every call's charge before the first token, all calls or none; returns what was
    reserved (call id → amounts). Calls that charge nothing are not written.

    A refusal leaves as a ``BudgetExceededError`` naming the refused units by the call's
    ``aliases`` (stable id → alias), never by stable id, and without the ledger's own error attached.
    """
    reserved: dict[str, Mapping[str, float]] = {}
    if ledger is None:
        return reserved
    refused: tuple[str, tuple[str, ...], bool] | None = None
    try:
        for index, (call_id, amount) in enumerate(zip(call_ids, amounts, strict=True)):
            if amount:
                try:
                    ledger.reserve(call_id, dict(amount), label=label)
                except BudgetExceededError as exc:
                    names = aliases[index] if aliases is not None else {}
                    uncapped = isinstance(exc, UncappedUnitError)
                    refused = (call_id, tuple(names.get(u, "<unit>") for u in exc.units), uncapped)
                    break
                reserved[call_id] = amount
    except BaseException:
        for call_id in reserved:
            ledger.refund(call_id)
        raise
    if refused is not None:  # raised here, outside the except: the ledger's error holds stable ids
        for call_id in reserved:
            ledger.refund(call_id)
        call_id, units, uncapped = refused
        if uncapped:
            raise UncappedUnitError(f"call {call_id!r} charges {len(units)} unit(s) without a cap, and the ledger "
                                    "requires a cap on every unit (dpfusion ledger set-cap); nothing was reserved",
                                    call_id=call_id, units=units)
        raise BudgetExceededError(f"call {call_id!r} would exceed the privacy cap of {len(units)} unit(s); "
                                  "nothing was reserved", call_id=call_id, units=units)
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
