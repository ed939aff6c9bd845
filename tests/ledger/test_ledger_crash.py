"""Crash safety: children SIGKILLed at random points of reserve / commit / refund (50 trials).

Each child prints ``<op> > <call>`` before and ``<op> < <call>`` after every operation. After the
kills the ledger must open cleanly and be consistent (no half-written call), every reservation a
child saw succeed and did not settle must still be charged and listed as outstanding, and an
interrupted operation must have happened entirely or not at all.
"""

from __future__ import annotations

import random
import re
import signal
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import pytest

from dpfusion_integrations.ledger import PrivacyLedger, ReservationState, UnknownCallError

LINE = re.compile(r"(reserve|commit|refund|exceeded) [<>] k\d+-\d+")
TRIALS = 50
PARALLEL = 3
DELTA = 1e-5


def _kill_after_first_operation(child: Any, rng: random.Random) -> list[str]:
    """Wait until the child (a ``Worker.fork`` child: Popen-like) is inside its loop, let it run a
    random while, SIGKILL it, and return every line it printed."""
    assert child.stdout is not None
    first = child.stdout.readline()  # the child runs with stderr merged into stdout
    if not LINE.fullmatch(first.strip()):
        pytest.fail(f"ledger worker failed before its first operation: {(first + child.stdout.read())[-2000:]}")
    time.sleep(rng.uniform(0.0, 0.05))
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()  # the same buffered reader: nothing readline() buffered is lost
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    lines = [first.strip(), *rest.splitlines()]
    bad = [line for line in lines if not LINE.fullmatch(line)]
    if bad:
        pytest.fail("ledger worker printed an unexpected line (an error?):\n" + "\n".join(lines[-40:]))
    return lines


def _expected_states(lines: list[str]) -> dict[str, set[ReservationState | None]]:
    """For each call a child touched, the states the ledger may legitimately hold for it."""
    started: dict[str, list[str]] = {}
    for line in lines:
        op, arrow, call_id = line.split()
        started.setdefault(call_id, []).append(f"{op}{arrow}")
    allowed: dict[str, set[ReservationState | None]] = {}
    reserved, committed, refunded = ReservationState.RESERVED, ReservationState.COMMITTED, ReservationState.REFUNDED
    for call_id, events in started.items():
        last = events[-1]
        allowed[call_id] = {
            "reserve>": {None, reserved},  # killed inside reserve: all or nothing
            "exceeded<": {None},
            "reserve<": {reserved},  # killed before settling: still charged
            "commit>": {reserved, committed},
            "commit<": {committed},
            "refund>": {reserved, refunded},
            "refund<": {refunded},
        }[last]
    return allowed


def test_when_children_are_killed_mid_operation_then_ledger_is_consistent_and_fails_closed(
    ledger_url: str, worker: Callable
) -> None:
    rng = random.Random(20240611)
    with PrivacyLedger.open(ledger_url, alpha=4.0, create=True) as ledger:
        for unit in ("a", "b", "c", "d"):
            ledger.set_cap(unit, 6.0, DELTA)
    allowed: dict[str, set[ReservationState | None]] = {}
    interrupted = 0
    # A rolling pool: while one child is being killed the next ones are already starting up. The
    # children are forked from a server that has imported the ledger already (``Worker.fork``).
    running = deque(worker.fork("crash", ledger_url, str(seed)) for seed in range(PARALLEL))
    for trial in range(TRIALS):
        lines = _kill_after_first_operation(running.popleft(), rng)
        if trial + PARALLEL < TRIALS:
            running.append(worker.fork("crash", ledger_url, str(trial + PARALLEL)))
        op, arrow, _ = lines[-1].split()
        interrupted += arrow == ">" or op == "reserve"  # inside an operation, or between reserve and commit
        allowed.update(_expected_states(lines))

    with PrivacyLedger.open(ledger_url) as restarted:
        assert restarted.verify() == []
        for call_id, states in allowed.items():
            try:
                state: ReservationState | None = restarted.call_state(call_id)
            except UnknownCallError:
                state = None
            assert state in states, f"{call_id}: {state} not in {states}"
        must_be_charged = {c for c, states in allowed.items() if states == {ReservationState.RESERVED}}
        outstanding = set(restarted.outstanding())
        assert must_be_charged <= outstanding
        assert outstanding <= {c for c, states in allowed.items() if ReservationState.RESERVED in states}
        charged = {unit: 0 for unit in restarted.units()}
        for call_id in outstanding:
            for entry in restarted.audit(call_id):
                assert entry.op == "reserve"
                charged[entry.unit] += entry.amount_micro_nats
        for bal in restarted.balances():
            assert bal.reserved_micro_nats == charged[bal.unit]
        # The restart settles what the crashed processes left behind.
        for call_id in sorted(outstanding):
            restarted.refund(call_id)
        assert restarted.outstanding() == []
        assert all(bal.reserved_micro_nats == 0 for bal in restarted.balances())
        assert restarted.verify() == []
    assert interrupted >= TRIALS // 2, f"only {interrupted} of {TRIALS} kills landed inside an operation"
