"""Concurrency: 16 processes x 200 random reserve / commit / refund operations against shared caps.

Afterwards no cap is exceeded, the totals equal the sums of the audit log, and replaying the log
in write order never takes any unit above its cap at any moment (row locks order the entries of one
unit, so per-unit replay order is the order in which the ledger checked them).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable

from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.ledger.validation import cap_budget_micro_nats

PROCESSES = 16
OPS_PER_PROCESS = 200
DELTA = 1e-5
CAPPED = {"u0": 8.0, "u1": 8.0, "u2": 10.0, "u3": 12.0}
UNITS = [*CAPPED, "u4-uncapped"]


def test_when_16_processes_spend_concurrently_then_no_cap_is_exceeded_and_audit_adds_up(
    ledger_url: str, worker: Callable, snapshot: Callable
) -> None:
    with PrivacyLedger.open(ledger_url, alpha=4.0, create=True) as ledger:
        for unit, epsilon in CAPPED.items():
            ledger.set_cap(unit, epsilon, DELTA)
    children = [worker.popen("stress", ledger_url, str(seed), str(OPS_PER_PROCESS), *UNITS) for seed in range(PROCESSES)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))

    with PrivacyLedger.open(ledger_url) as ledger:
        assert ledger.verify() == []
        entries = ledger.audit()
        balances = {bal.unit: bal for bal in ledger.balances()}
        budgets = {u: cap_budget_micro_nats(epsilon=e, delta=DELTA, alpha=4.0) for u, e in CAPPED.items()}
        for unit, budget in budgets.items():
            assert balances[unit].committed_micro_nats <= balances[unit].total_micro_nats <= budget
            assert ledger.spent(unit, DELTA) <= CAPPED[unit] + 1e-9

        running: dict[str, int] = defaultdict(int)
        committed: dict[str, int] = defaultdict(int)
        for entry in entries:
            if entry.op == "reserve":
                running[entry.unit] += entry.amount_micro_nats
            elif entry.op == "refund":
                running[entry.unit] -= entry.amount_micro_nats
            elif entry.op == "commit":
                committed[entry.unit] += entry.amount_micro_nats
            if entry.unit in budgets:
                assert running[entry.unit] <= budgets[entry.unit], f"seq {entry.seq} exceeded the cap"
        for unit, bal in balances.items():
            assert running[unit] == bal.total_micro_nats
            assert committed[unit] == bal.committed_micro_nats

        reserve_calls = {e.call_id for e in entries if e.op == "reserve"}
        assert len(reserve_calls) == sum(r["reserved"] for r in results)
        assert sum(r["committed"] + r["refunded"] for r in results) + len(ledger.outstanding()) == len(reserve_calls)
        assert sum(r["exceeded"] for r in results) > 0, "the caps never bit: the test proves nothing"
        assert balances["u4-uncapped"].total_micro_nats > max(budgets.values())
