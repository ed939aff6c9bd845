"""Accounting: closed forms, the mpmath reference vectors, monotonicity, conversion and calibration."""

from __future__ import annotations

import json
import math
from pathlib import Path

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.accounting import (
    Relation,
    SpendEvent,
    calibrate,
    guarantee,
    rdp_budget_for_epsilon,
    rdp_to_epsilon,
    rdp_to_epsilon_classic,
    smallest_feasible_epsilon,
    step_rdp,
    total_rdp,
)
from dpfusion_integrations.errors import InfeasibleEpsilonError, InvalidParameterError

VECTORS = json.loads((Path(__file__).parent / "data" / "accounting_vectors.json").read_text())["rows"]
alphas = st.floats(min_value=1.01, max_value=200.0)
caps = st.floats(min_value=0.0, max_value=5.0)
groups = st.integers(min_value=1, max_value=64)


def _mp_step(alpha: float, cap: float, n: int, relation: Relation, k: int = 1) -> mpmath.mpf:
    mpmath.mp.dps = 50
    a, c = mpmath.mpf(alpha), mpmath.mpf(cap)
    if relation is Relation.SUBSTITUTION:
        c = ((a - mpmath.mpf(0.5)) / (a - 1)) * c + c
    return mpmath.log(mpmath.mpf(n - k) / n + k * mpmath.exp((a - 1) * c) / n) / (a - 1)


@pytest.mark.parametrize("row", VECTORS, ids=lambda r: f"a{r['alpha']}-c{r['cap']}-n{r['n_groups']}-t{r['tokens']}")
def test_when_reference_vector_then_all_formulas_agree(row):
    a, c, n, t, d = row["alpha"], row["cap"], row["n_groups"], row["tokens"], row["delta"]
    red = step_rdp(alpha=a, cap=c, n_groups=n, relation=Relation.REDACTION)
    sub = step_rdp(alpha=a, cap=c, n_groups=n, relation=Relation.SUBSTITUTION)
    assert red == pytest.approx(row["redaction_step_rdp"], rel=1e-12, abs=1e-300)
    assert sub == pytest.approx(row["substitution_step_rdp"], rel=1e-12, abs=1e-300)
    assert rdp_to_epsilon(rdp=t * red, alpha=a, delta=d) == pytest.approx(row["redaction_epsilon_improved"], rel=1e-11)
    assert rdp_to_epsilon_classic(rdp=t * red, alpha=a, delta=d) == pytest.approx(
        row["redaction_epsilon_classic"], rel=1e-11)
    assert rdp_to_epsilon(rdp=t * sub, alpha=a, delta=d) == pytest.approx(
        row["substitution_epsilon_improved"], rel=1e-11)


@given(alpha=alphas, cap=caps)
def test_when_one_group_then_step_cost_equals_cap(alpha, cap):
    assert step_rdp(alpha=alpha, cap=cap, n_groups=1) == pytest.approx(cap, rel=1e-12, abs=1e-300)


@given(alpha=alphas, cap=caps, n=groups)
def test_when_every_group_changes_then_cost_is_the_effective_cap(alpha, cap, n):
    for rel in Relation:
        full = step_rdp(alpha=alpha, cap=cap, n_groups=n, relation=rel, groups_changed=n)
        assert full == pytest.approx(step_rdp(alpha=alpha, cap=cap, n_groups=1, relation=rel), rel=1e-12, abs=1e-300)


@given(alpha=alphas, cap=st.floats(min_value=1e-8, max_value=5.0), n=groups, k=st.integers(1, 64))
@settings(max_examples=300)
def test_when_random_parameters_then_step_matches_mpmath(alpha, cap, n, k):
    k = min(k, n)
    for rel in Relation:
        got = step_rdp(alpha=alpha, cap=cap, n_groups=n, relation=rel, groups_changed=k)
        assert got == pytest.approx(float(_mp_step(alpha, cap, n, rel, k)), rel=1e-9)


@given(alpha=alphas, cap=st.floats(min_value=1e-6, max_value=5.0), n=st.integers(1, 63))
def test_when_parameters_grow_then_cost_is_monotone(alpha, cap, n):
    base = step_rdp(alpha=alpha, cap=cap, n_groups=n)
    assert step_rdp(alpha=alpha, cap=cap * 1.5, n_groups=n) >= base  # more cap, more cost
    assert step_rdp(alpha=alpha, cap=cap, n_groups=n + 1) <= base  # more groups dilute each one
    assert step_rdp(alpha=alpha, cap=cap, n_groups=n, relation=Relation.SUBSTITUTION) >= base
    assert base <= cap + 1e-15


@given(rdp=st.floats(0, 1e4), alpha=alphas, delta=st.floats(1e-12, 0.5))
def test_when_converting_then_improved_is_never_worse_than_classic(rdp, alpha, delta):
    assert rdp_to_epsilon(rdp=rdp, alpha=alpha, delta=delta) <= rdp_to_epsilon_classic(rdp=rdp, alpha=alpha,
                                                                                        delta=delta) + 1e-12


@given(eps=st.floats(0.5, 200), alpha=alphas, delta=st.floats(1e-12, 0.1))
def test_when_inverting_conversion_then_round_trip(eps, alpha, delta):
    budget = rdp_budget_for_epsilon(epsilon=eps, alpha=alpha, delta=delta)
    if budget > 0:
        assert rdp_to_epsilon(rdp=budget, alpha=alpha, delta=delta) == pytest.approx(eps, rel=1e-9)


@given(eps=st.floats(0.05, 500), delta=st.floats(1e-12, 0.1), tokens=st.integers(1, 4096), n=groups,
       relation=st.sampled_from(list(Relation)), k=st.integers(1, 64))
@settings(max_examples=200, deadline=None)
def test_when_calibrating_then_spent_is_within_and_near_the_request(eps, delta, tokens, n, relation, k):
    k = min(k, n)
    try:
        cal = calibrate(epsilon=eps, delta=delta, max_new_tokens=tokens, n_groups=n, relation=relation,
                        groups_changed=k)
    except InfeasibleEpsilonError as err:
        assert err.min_epsilon >= eps
        return
    assert cal.cap > 0
    again = guarantee(alpha=cal.alpha, cap=cal.cap, n_groups=n, max_new_tokens=tokens, delta=delta, relation=relation,
                      groups_changed=k)
    assert again.epsilon <= eps
    assert again.epsilon >= eps * (1 - 1e-6)
    assert cal.epsilon_per_group <= again.epsilon + 1e-12


def test_when_epsilon_is_zero_then_public_only():
    cal = calibrate(epsilon=0, delta=1e-5, max_new_tokens=64, n_groups=3)
    assert cal.cap == 0 and cal.rdp == 0 and cal.epsilon == 0


def test_when_epsilon_unreachable_then_error_names_smallest_feasible():
    floor = smallest_feasible_epsilon(delta=1e-5)
    with pytest.raises(InfeasibleEpsilonError) as info:
        calibrate(epsilon=floor / 2, delta=1e-5, max_new_tokens=64, n_groups=1)
    assert info.value.min_epsilon == pytest.approx(floor)
    assert f"{floor:.6g}" in str(info.value)


def test_when_order_fixed_then_calibration_uses_it():
    cal = calibrate(epsilon=8, delta=1e-5, max_new_tokens=128, n_groups=2, alpha=4.0)
    assert cal.alpha == 4.0 and cal.epsilon <= 8


@pytest.mark.parametrize("kwargs", [
    {"epsilon": -1.0}, {"epsilon": float("nan")}, {"epsilon": float("inf")}, {"delta": 0.0}, {"delta": 1.0},
    {"delta": -1e-5}, {"max_new_tokens": 0}, {"max_new_tokens": 2.5}, {"n_groups": -1},
])
def test_when_parameters_invalid_then_typed_error(kwargs):
    args = {"epsilon": 8.0, "delta": 1e-5, "max_new_tokens": 64, "n_groups": 2} | kwargs
    with pytest.raises(InvalidParameterError):
        calibrate(**args)


@pytest.mark.parametrize("kwargs", [{"alpha": 1.0}, {"alpha": 0.5}, {"cap": -0.1}, {"cap": float("nan")},
                                    {"n_groups": 0}, {"groups_changed": 3}])
def test_when_step_parameters_invalid_then_typed_error(kwargs):
    with pytest.raises(InvalidParameterError):
        step_rdp(**({"alpha": 2.0, "cap": 0.1, "n_groups": 2} | kwargs))


def test_when_events_compose_then_count_equals_repetition():
    one = SpendEvent(alpha=4.0, cap=0.05, relation=Relation.REDACTION, n_groups=3, tokens=1)
    six = SpendEvent(alpha=4.0, cap=0.05, relation=Relation.REDACTION, n_groups=3, tokens=6)
    assert total_rdp([one] * 6, alpha=4.0) == pytest.approx(six.rdp, rel=1e-12)
    assert six.epsilon(1e-5) == pytest.approx(rdp_to_epsilon(rdp=six.rdp, alpha=4.0, delta=1e-5))
    with pytest.raises(InvalidParameterError):
        total_rdp([one, SpendEvent(alpha=2.0, cap=0.05, relation=Relation.REDACTION, n_groups=3, tokens=1)], alpha=4.0)


def test_when_paper_four_beta_form_then_it_undercounts_for_large_alpha():
    """Documents why the paper's published ``4β`` (cap = αβ) step bound is not used."""
    alpha, beta = 8.0, 0.01
    cap = alpha * beta
    exact = step_rdp(alpha=alpha, cap=cap, n_groups=1)
    assert 4 * beta < exact
    assert math.isclose(exact, cap)
