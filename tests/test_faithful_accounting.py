"""Faithful release accounting: per-group caps from slot steps, unit sums, exact spend events, and the
per-step bound checked against random distributions (falsification)."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.accounting import Relation, enforcement_order, rdp_to_epsilon, step_rdp
from dpfusion_integrations.accounting.events import composed_epsilon
from dpfusion_integrations.accounting.slots import calibrate_slots, faithful_event
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.engine.reference import np_lambda, np_renyi


@st.composite
def structures(draw):
    n = draw(st.integers(1, 6))
    steps = [draw(st.integers(1, 20)) * draw(st.integers(1, 16)) for _ in range(n)]
    units = {}
    for u in range(draw(st.integers(1, 6))):
        units[f"u{u}"] = sorted(set(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n))))
    return steps, units


@settings(max_examples=80, deadline=None)
@given(structures(), st.sampled_from([0.5, 1.0, 4.0, 8.0, 16.0]), st.sampled_from(list(Relation)))
def test_every_unit_is_charged_within_epsilon_and_some_unit_spends_it(structure, epsilon, relation):
    steps, units = structure
    cal = calibrate_slots(epsilon=epsilon, delta=1e-5, steps=steps, unit_groups=units, relation=relation)
    spent = {u: rdp_to_epsilon(rdp=cal.unit_rdp(gs), alpha=cal.alpha, delta=1e-5) for u, gs in units.items()}
    assert max(spent.values()) <= epsilon
    assert max(spent.values()) >= epsilon * (1 - 1e-6)  # nothing left on the table for the worst unit
    for g, t in enumerate(steps):  # a group's cap is the largest its busiest unit allows
        busiest = max((sum(steps[h] for h in gs) for gs in units.values() if g in gs), default=t)
        assert cal.caps[g] > 0
        if busiest == t:
            assert rdp_to_epsilon(rdp=cal.unit_rdp([g]), alpha=cal.alpha, delta=1e-5) >= epsilon * (1 - 1e-6)


def test_fewer_slot_steps_get_a_larger_cap_than_the_paraphrase():
    from dpfusion_integrations.accounting import calibrate

    cal = calibrate_slots(epsilon=8.0, delta=1e-5, steps=[24, 12], unit_groups={"a": [0], "b": [1]})
    assert cal.caps[1] > cal.caps[0]
    paraphrase = calibrate(epsilon=8.0, delta=1e-5, max_new_tokens=256, n_groups=2)
    assert cal.caps[0] > 5 * paraphrase.cap


def test_epsilon_zero_gives_zero_caps_and_no_charge():
    cal = calibrate_slots(epsilon=0.0, delta=1e-5, steps=[12, 12], unit_groups={"a": [0, 1]})
    assert cal.caps == (0.0, 0.0) and cal.unit_rdp([0, 1]) == 0.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0.0, 3.0), st.integers(0, 40)), min_size=1, max_size=5),
       st.sampled_from(list(Relation)), st.floats(1.5, 40.0))
def test_one_event_at_the_weighted_cap_is_exactly_the_sum_at_every_order(parts, relation, alpha):
    caps = {f"G{i}": c for i, (c, _) in enumerate(parts)}
    steps = {f"G{i}": t for i, (_, t) in enumerate(parts)}
    event = faithful_event(alpha=alpha, relation=relation, caps=caps, labels=list(caps), steps=steps)
    for order in (1.01, (1 + alpha) / 2, alpha):
        expected = math.fsum(t * step_rdp(alpha=order, cap=c, n_groups=1, relation=relation) for c, t in parts)
        assert event.rdp_at(order) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def _faithful_report(**over):
    base = dict(release="faithful", cap=0.4, n_groups=2, alpha=8.0, relation="redaction", delta=1e-5,
                max_new_tokens=36, tokens_emitted=10, units=["a", "b", "c"],
                group_caps={"PERSON": 0.2, "DATE": 0.4}, group_steps={"PERSON": 24, "DATE": 12},
                group_steps_emitted={"PERSON": 7, "DATE": 3},
                units_group_labels={"a": ["PERSON"], "b": ["DATE"], "c": ["PERSON", "DATE"]})
    base.update(over)
    return base


def test_spend_events_of_a_faithful_report_charge_each_unit_its_groups():
    full = events_from_report(_faithful_report(), refund_unused=False)
    assert full["a"].rdp == pytest.approx(24 * 0.2)
    assert full["b"].rdp == pytest.approx(12 * 0.4)
    assert full["c"].rdp == pytest.approx(24 * 0.2 + 12 * 0.4)
    used = events_from_report(_faithful_report(), refund_unused=True)
    assert used["c"].rdp == pytest.approx(7 * 0.2 + 3 * 0.4)
    # a unit the report does not place is charged every group (fail closed)
    missing = events_from_report(_faithful_report(units_group_labels={}), refund_unused=False)
    assert missing["a"].rdp == pytest.approx(24 * 0.2 + 12 * 0.4)
    assert composed_epsilon([full["c"], full["c"]], delta=1e-5) > composed_epsilon([full["c"]], delta=1e-5)


def _random_logp(rng, v, sharp):
    x = rng.normal(size=v) * sharp
    x[rng.random(v) < 0.1] = -np.inf  # zero-probability tokens
    x[0] = max(x[0], 0.0)
    return x - np.logaddexp.reduce(x[np.isfinite(x)])


@pytest.mark.parametrize("relation", list(Relation))
def test_owner_only_step_bound_holds_for_random_neighbours(relation):
    """Falsification of the per-step bound the charge uses. At a slot of group g the release is
    m_g = λ p_g + (1−λ) q with D↔ at the enforcement order within cap. Neighbour changing another
    group: the release is identical (D = 0). Neighbour changing g: under redaction the neighbour
    releases q, under substitution its own mixture m'_g within the cap of q; the divergence at α must
    not exceed step_rdp(N=1), checked in 50-digit arithmetic."""
    rng = np.random.default_rng(7)
    mpmath.mp.dps = 50
    worst = 0.0
    for trial in range(200):
        v = int(rng.integers(3, 12))
        alpha = float(rng.choice([1.5, 2.0, 4.0, 8.0]))
        cap = float(rng.choice([0.01, 0.1, 0.5, 2.0]))
        order = enforcement_order(alpha=alpha, relation=relation)
        q = _random_logp(rng, v, 3.0)
        p1, p2 = _random_logp(rng, v, 3.0), _random_logp(rng, v, 3.0)
        with np.errstate(divide="ignore"):
            m1 = np.logaddexp(np.log(np_lambda(p1, q, order, cap)) + p1, np.log1p(-np_lambda(p1, q, order, cap)) + q)
            l2 = np_lambda(p2, q, order, cap)
            m2 = np.logaddexp(np.log(l2) + p2, np.log1p(-l2) + q) if relation is Relation.SUBSTITUTION else q
        bound = step_rdp(alpha=alpha, cap=cap, n_groups=1, relation=relation)

        def exact(a, b):
            s = mpmath.fsum(mpmath.e ** (alpha * mpmath.mpf(x) + (1 - alpha) * mpmath.mpf(y))
                            for x, y in zip(a, b) if np.isfinite(x))
            return float(mpmath.log(s) / (alpha - 1))

        for a, b in ((m1, m2), (m2, m1)):
            if any(np.isfinite(x) and not np.isfinite(y) for x, y in zip(a, b)):
                pytest.fail("a mixture put mass where its neighbour has none")
            d = exact(a, b)
            worst = max(worst, d / bound if bound else 0.0)
            assert d <= bound * (1 + 1e-9) + 1e-12, (trial, d, bound)
        assert np_renyi(m1, q, order) <= cap * (1 + 1e-9)
    assert worst > 0.05  # the bound is exercised, not vacuous
