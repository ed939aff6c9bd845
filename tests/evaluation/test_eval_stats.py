"""Attack statistics: exact intervals, the guessing-game bounds (attained by randomized response),
their inversion, and pairwise AUC."""

from __future__ import annotations

import math

import mpmath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.evaluation.stats import (
    binomial_tail_ge,
    clopper_pearson,
    epsilon_lower_bound,
    pairwise_auc,
    success_bound,
    success_lower_limit,
)
from dpfusion_integrations.mechanisms import PrivacyNotion

PURE, RED, NONE = PrivacyNotion.PURE_DOCUMENT, PrivacyNotion.GROUP_REDACTION, PrivacyNotion.NONE


def test_when_all_or_none_succeed_then_clopper_pearson_has_its_closed_form():
    for n in (1, 5, 16, 200):
        assert clopper_pearson(0, n)[1] == pytest.approx(1 - 0.025 ** (1 / n), rel=1e-9)
        assert clopper_pearson(n, n)[0] == pytest.approx(0.025 ** (1 / n), rel=1e-9)
        assert clopper_pearson(0, n)[0] == 0.0 and clopper_pearson(n, n)[1] == 1.0


@pytest.mark.parametrize(("k", "n"), [(1, 10), (7, 16), (3, 50), (120, 300)])
def test_when_interval_limits_are_checked_in_mpmath_then_each_tail_is_exactly_2_5_percent(k, n):
    mpmath.mp.dps = 40
    lo, hi = clopper_pearson(k, n)

    def tail_ge(p: float, kk: int) -> mpmath.mpf:
        p = mpmath.mpf(p)
        return mpmath.fsum(mpmath.binomial(n, i) * p**i * (1 - p) ** (n - i) for i in range(kk, n + 1))

    assert float(tail_ge(lo, k)) == pytest.approx(0.025, rel=1e-7)
    assert float(1 - tail_ge(hi, k + 1)) == pytest.approx(0.025, rel=1e-7)
    assert binomial_tail_ge(k, n, lo) == pytest.approx(float(tail_ge(lo, k)), rel=1e-9)


@pytest.mark.parametrize("m", [2, 5, 10])
@pytest.mark.parametrize("eps", [0.0, 0.3, 1.0, 4.0, 16.0])
def test_when_the_mechanism_is_randomized_response_then_the_pure_bound_is_attained(m, eps):
    # m-ary randomized response is pure ε-DP for any change; the best guess (its output) succeeds
    # with e^ε / (e^ε + m − 1): the bound is tight.
    rr = math.exp(eps) / (math.exp(eps) + m - 1)
    assert success_bound(epsilon=eps, delta=0.0, m=m, notion=PURE) == pytest.approx(rr, rel=1e-12)
    assert epsilon_lower_bound(success_lower=rr, m=m, notion=PURE) == pytest.approx(eps, abs=1e-9)


def test_when_epsilon_is_zero_then_every_notion_allows_only_chance():
    for m in (2, 5):
        assert success_bound(epsilon=0.0, delta=0.0, m=m, notion=PURE) == pytest.approx(1 / m)
        assert success_bound(epsilon=0.0, delta=0.0, m=m, notion=RED) == pytest.approx(1 / m)
    assert success_bound(epsilon=3.0, delta=0.0, m=5, notion=NONE) == 1.0


def test_when_redaction_then_the_bound_is_the_smaller_of_direct_and_group_privacy():
    m, delta = 5, 1e-5
    for eps in (0.1, 1.0, 3.0, 8.0):
        direct = math.exp(eps) / m + delta
        e2 = math.exp(2 * eps)
        group = (e2 + (m - 1) * (1 + math.exp(eps)) * delta) / (e2 + m - 1)
        assert success_bound(epsilon=eps, delta=delta, m=m, notion=RED) == pytest.approx(min(1.0, direct, group))


@given(p=st.floats(0.0, 0.999999), m=st.integers(2, 50), notion=st.sampled_from([PURE, RED]),
       delta=st.sampled_from([0.0, 1e-6, 1e-3]))
@settings(max_examples=300, deadline=None)
def test_when_inverting_then_the_bound_at_the_lower_epsilon_reaches_the_rate(p, m, notion, delta):
    eps = epsilon_lower_bound(success_lower=p, m=m, notion=notion, delta=delta)
    assert eps >= 0
    if math.isfinite(eps) and eps > 0:
        assert success_bound(epsilon=eps, delta=delta, m=m, notion=notion) == pytest.approx(p, abs=1e-9)
        assert success_bound(epsilon=eps * 0.999, delta=delta, m=m, notion=notion) < p + 1e-12


def test_when_success_is_within_chance_then_the_lower_bound_is_zero():
    assert epsilon_lower_bound(success_lower=0.2, m=5, notion=PURE) == 0.0
    assert epsilon_lower_bound(success_lower=0.1, m=5, notion=RED, delta=1e-5) == 0.0


def test_when_auc_is_computed_then_ties_count_half_and_documents_are_not_mixed():
    assert pairwise_auc([[3.0, 1.0, 2.0], [0.0, 5.0]], [0, 1]) == 1.0
    assert pairwise_auc([[1.0, 3.0, 2.0]], [0]) == 0.0
    assert pairwise_auc([[1.0, 1.0]], [1]) == 0.5
    # a document-level offset (scores 100x larger in one document) does not matter
    assert pairwise_auc([[300.0, 100.0], [0.0, 0.01]], [0, 1]) == 1.0


def test_when_hoeffdings_condition_holds_then_the_lower_limit_is_clopper_pearson_else_the_inequality():
    for k, n in ((3, 16), (12, 16), (16, 16), (40, 100)):
        lo, _ = clopper_pearson(k, n)
        assert k >= n * lo + 1 and success_lower_limit(k, n) == lo
    # k = 1 of 16: the Clopper–Pearson limit is not covered by Hoeffding's theorem; the inequality is
    assert success_lower_limit(1, 16) == max(0.0, 1 / 16 - math.sqrt(math.log(40) / 32)) == 0.0
    assert success_lower_limit(1, 1) == 0.0
