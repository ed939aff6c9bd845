"""The budget tracker composes at the RDP level, per unit and per root run."""

from __future__ import annotations

import threading

import pytest

from dpfusion_integrations.accounting import Relation, SpendEvent, rdp_to_epsilon
from dpfusion_integrations.accounting.events import composed_epsilon
from dpfusion_integrations.accounting.tracker import BudgetTracker, events_from_report
from dpfusion_integrations.errors import InvalidParameterError


def _report(units, *, alpha=4.0, cap=0.05, n=2, tokens=10, emitted=9, groups=None):
    return {"alpha": alpha, "cap": cap, "relation": "redaction", "n_groups": n, "max_new_tokens": tokens,
            "tokens_emitted": emitted, "units": list(units), "units_groups": groups if groups is not None else
            {u: 1 for u in units}}


def test_when_two_calls_charge_a_unit_then_rdp_adds_not_epsilon():
    tracker = BudgetTracker(delta=1e-5)
    tracker.record(_report(["u_a"]), run_id="r1")
    tracker.record(_report(["u_a", "u_b"]), run_id="r1")
    one = next(iter(events_from_report(_report(["u_a"])).values()))
    assert tracker.epsilon("u_a") == pytest.approx(composed_epsilon([one, one], delta=1e-5))
    assert tracker.epsilon("u_a") < 2 * tracker.epsilon("u_b")  # composing RDP beats adding ε's
    summary = tracker.summary()
    assert summary.calls == 2 and set(summary.epsilon_per_run["r1"]) == {"u_a", "u_b"}
    assert summary.max_epsilon == tracker.epsilon("u_a")


def test_when_unit_groups_unknown_then_charged_for_every_group():
    ev = events_from_report(_report(["doc-1"], groups={}))["doc-1"]
    assert ev.groups_changed == ev.n_groups == 2


def test_when_refunding_then_only_emitted_plus_stop_are_charged():
    ev = events_from_report(_report(["u_a"], tokens=10, emitted=3))["u_a"]
    assert ev.tokens == 4
    assert events_from_report(_report(["u_a"], cap=0.0)) == {}


def test_when_orders_differ_then_composition_uses_a_common_lower_order():
    a = SpendEvent(alpha=8.0, cap=0.05, relation=Relation.REDACTION, n_groups=1, tokens=10)
    b = SpendEvent(alpha=3.0, cap=0.05, relation=Relation.REDACTION, n_groups=1, tokens=10)
    eps = composed_epsilon([a, b], delta=1e-5)
    assert eps <= rdp_to_epsilon(rdp=a.rdp_at(3.0) + b.rdp, alpha=3.0, delta=1e-5) + 1e-12
    with pytest.raises(InvalidParameterError):
        a.rdp_at(9.0)


def test_when_many_threads_record_then_no_event_is_lost():
    tracker = BudgetTracker()
    threads = [threading.Thread(target=lambda: [tracker.record(_report(["u_a"])) for _ in range(50)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert tracker.units()["u_a"] == 400 and tracker.summary().calls == 400
