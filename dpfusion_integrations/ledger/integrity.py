"""Consistency checks over a ledger's tables, for tests, audits and after a crash.

The ledger keeps the same facts three ways: running totals per unit, one row per (call, unit),
and the append-only audit log. Each write changes all three in one transaction, so they must
always agree; :func:`find_inconsistencies` reports every place where they do not.
"""

from __future__ import annotations

from typing import Any

from dpfusion_integrations.ledger.dialects import Transaction
from dpfusion_integrations.ledger.validation import within_cap

__all__ = ["find_inconsistencies"]

_CALL_TOTALS = (
    "SELECT cu.unit,"
    " SUM(CASE WHEN c.state = 'reserved' THEN cu.reserved ELSE 0 END),"
    " SUM(CASE WHEN c.state = 'committed' THEN cu.committed ELSE 0 END)"
    " FROM ledger_call_units cu JOIN ledger_calls c ON c.call_id = cu.call_id GROUP BY cu.unit"
)
_AUDIT_TOTALS = (
    "SELECT unit,"
    " SUM(CASE WHEN op = 'reserve' THEN amount ELSE 0 END),"
    " SUM(CASE WHEN op = 'refund' THEN amount ELSE 0 END),"
    " SUM(CASE WHEN op = 'commit' THEN amount ELSE 0 END)"
    " FROM ledger_audit WHERE op <> 'set_cap' GROUP BY unit"
)
_CALLS_WITHOUT_UNITS = (
    "SELECT c.call_id FROM ledger_calls c LEFT JOIN ledger_call_units cu ON cu.call_id = c.call_id"
    " WHERE cu.call_id IS NULL ORDER BY c.call_id"
)
_MISMATCHED_STATES = (
    "SELECT DISTINCT c.call_id FROM ledger_calls c JOIN ledger_call_units cu ON cu.call_id = c.call_id"
    " WHERE (c.state = 'committed' AND cu.committed IS NULL)"
    " OR (c.state <> 'committed' AND cu.committed IS NOT NULL) ORDER BY c.call_id"
)
_CALLS_WITHOUT_RESERVE_ENTRY = (
    "SELECT DISTINCT cu.call_id FROM ledger_call_units cu WHERE NOT EXISTS ("
    " SELECT 1 FROM ledger_audit a WHERE a.call_id = cu.call_id AND a.unit = cu.unit AND a.op = 'reserve'"
    " AND a.amount = cu.reserved) ORDER BY cu.call_id"
)


def _int(value: Any) -> int:
    return 0 if value is None else int(value)  # PostgreSQL's SUM of BIGINT is a Decimal


def find_inconsistencies(tx: Transaction, *, alpha: float) -> list[str]:
    """Every disagreement between unit totals, per-call rows and the audit log, plus explicit caps
    exceeded; an empty list means the ledger is consistent. Messages name unit and call ids only."""
    problems: list[str] = []
    units = {
        unit: (eps, delta, _int(committed), _int(reserved))
        for unit, eps, delta, committed, reserved in tx.execute(
            "SELECT unit, cap_epsilon, cap_delta, committed, reserved FROM ledger_units"
        )
    }
    by_calls = {unit: (_int(r), _int(c)) for unit, r, c in tx.execute(_CALL_TOTALS)}
    by_audit = {unit: (_int(res), _int(ref), _int(com)) for unit, res, ref, com in tx.execute(_AUDIT_TOTALS)}
    for unit in sorted(set(units) | set(by_calls) | set(by_audit)):
        if unit not in units:
            problems.append(f"unit {unit!r} is charged by calls or the audit log but has no totals row")
            continue
        eps, delta, committed, reserved = units[unit]
        if by_calls.get(unit, (0, 0)) != (reserved, committed):
            problems.append(f"unit {unit!r}: totals {(reserved, committed)} != per-call sums {by_calls.get(unit)}")
        res, ref, com = by_audit.get(unit, (0, 0, 0))
        if com != committed or res - ref != committed + reserved:
            problems.append(f"unit {unit!r}: totals {(reserved, committed)} disagree with the audit log")
        if eps is not None and not within_cap(committed + reserved, epsilon=eps, delta=delta, alpha=alpha):
            problems.append(f"unit {unit!r} holds more than its cap")
    for (call_id,) in tx.execute(_CALLS_WITHOUT_UNITS):
        problems.append(f"call {call_id!r} has no units (half-written)")
    for (call_id,) in tx.execute(_MISMATCHED_STATES):
        problems.append(f"call {call_id!r}: state and per-unit commit amounts disagree")
    for (call_id,) in tx.execute(_CALLS_WITHOUT_RESERVE_ENTRY):
        problems.append(f"call {call_id!r} has a reservation without its audit entry")
    return problems
