"""Falsification: on random adversarial next-token distributions (small vocabularies, tiny and zero
probabilities), the per-step cost the accountant claims must bound the exact Rényi divergence
between the released distributions of neighbouring inputs, for both relations. Exact values are
computed in mpmath at 50 digits from the λs the engine actually chooses."""

from __future__ import annotations

import mpmath
import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.accounting import Relation, enforcement_order, step_rdp
from dpfusion_integrations.engine import LambdaSearch

mpmath.mp.dps = 50
SEARCH = LambdaSearch()


def _mp_renyi(p: list[mpmath.mpf], q: list[mpmath.mpf], alpha: float) -> mpmath.mpf:
    a = mpmath.mpf(alpha)
    total = mpmath.mpf(0)
    for pi, qi in zip(p, q):
        if pi == 0:
            continue
        if qi == 0:
            return mpmath.inf
        total += pi ** a * qi ** (1 - a)
    return mpmath.log(total) / (a - 1)


def _released(logps: np.ndarray, logq: np.ndarray, lams: np.ndarray) -> list[mpmath.mpf]:
    """(1/N) Σ (λ_i p_i + (1 − λ_i) q), exactly, from the float64 inputs."""
    n = logps.shape[0]
    q = [mpmath.e ** mpmath.mpf(x) if np.isfinite(x) else mpmath.mpf(0) for x in logq]
    out = [mpmath.mpf(0)] * len(q)
    for i in range(n):
        lam = mpmath.mpf(float(lams[i]))
        p = [mpmath.e ** mpmath.mpf(x) if np.isfinite(x) else mpmath.mpf(0) for x in logps[i]]
        out = [o + (lam * pi + (1 - lam) * qi) / n for o, pi, qi in zip(out, p, q)]
    return out


def _lambdas(logps: np.ndarray, logq: np.ndarray, order: float, cap: float) -> np.ndarray:
    result = SEARCH(torch.from_numpy(logps)[None], torch.from_numpy(logq)[None, None],
                    torch.tensor(order, dtype=torch.float64).view(1, 1, 1), torch.tensor([[cap]], dtype=torch.float64))
    return result.lam[0].numpy()


def _normalize(logits: np.ndarray) -> np.ndarray:
    finite = np.isfinite(logits)
    top = np.max(logits[finite], axis=-1, keepdims=True) if logits.ndim == 1 else None
    out = logits - (top if top is not None else 0)
    return out - np.log(np.sum(np.exp(out)))


@st.composite
def distributions(draw, vocab: int):
    """Log-probabilities with extreme spreads and, sometimes, exact zeros (−inf)."""
    scale = draw(st.sampled_from([0.5, 5.0, 30.0, 70.0]))
    values = draw(st.lists(st.floats(-1.0, 1.0), min_size=vocab, max_size=vocab))
    logits = np.array(values) * scale
    zeros = draw(st.lists(st.booleans(), min_size=vocab, max_size=vocab))
    if draw(st.booleans()) and not all(zeros):
        logits[np.array(zeros)] = -np.inf
    return _normalize(logits)


@st.composite
def scenario(draw):
    vocab = draw(st.integers(2, 6))
    n = draw(st.integers(1, 4))
    q = draw(distributions(vocab))
    ps = np.stack([draw(distributions(vocab)) for _ in range(n)])
    alt = draw(distributions(vocab))
    alpha = draw(st.sampled_from([1.5, 2.0, 3.0, 4.0, 8.0, 16.0, 32.0]))
    cap = draw(st.sampled_from([1e-4, 0.01, 0.1, 0.5, 2.0]))
    return q, ps, alt, alpha, cap


def _check(value: mpmath.mpf, claim: float) -> None:
    assert value <= mpmath.mpf(claim) * (1 + mpmath.mpf(1e-9)) + mpmath.mpf(1e-12), (float(value), claim)


@given(scenario())
@settings(max_examples=150, deadline=None)
def test_when_a_group_is_redacted_then_claimed_cost_bounds_exact_divergence(case):
    q, ps, _, alpha, cap = case
    n = ps.shape[0]
    order = enforcement_order(alpha=alpha, relation=Relation.REDACTION)
    lams = _lambdas(ps, q, order, cap)
    released = _released(ps, q, lams)
    claim = step_rdp(alpha=alpha, cap=cap, n_groups=n, relation=Relation.REDACTION)
    for j in range(n):
        neighbour_ps = ps.copy()
        neighbour_ps[j] = q  # group j replaced by its placeholder: its context is the public one
        neighbour = _released(neighbour_ps, q, _lambdas(neighbour_ps, q, order, cap))
        _check(_mp_renyi(released, neighbour, alpha), claim)
        _check(_mp_renyi(neighbour, released, alpha), claim)


@given(scenario())
@settings(max_examples=150, deadline=None)
def test_when_a_group_value_is_substituted_then_claimed_cost_bounds_exact_divergence(case):
    q, ps, alt, alpha, cap = case
    n = ps.shape[0]
    order = enforcement_order(alpha=alpha, relation=Relation.SUBSTITUTION)
    released = _released(ps, q, _lambdas(ps, q, order, cap))
    claim = step_rdp(alpha=alpha, cap=cap, n_groups=n, relation=Relation.SUBSTITUTION)
    for j in range(n):
        neighbour_ps = ps.copy()
        neighbour_ps[j] = alt  # any other value of group j
        neighbour = _released(neighbour_ps, q, _lambdas(neighbour_ps, q, order, cap))
        _check(_mp_renyi(released, neighbour, alpha), claim)
        _check(_mp_renyi(neighbour, released, alpha), claim)


def test_when_substitution_is_enforced_at_the_same_order_then_the_harness_finds_a_violation():
    """The harness is able to falsify: enforcing the cap at α (not 2α) and claiming the same-order
    mixture bound for substitution is violated on random distributions."""
    rng = np.random.default_rng(0)
    worst = 0.0
    for _ in range(400):
        vocab = int(rng.integers(2, 5))
        q = _normalize(rng.normal(size=vocab) * 8)
        p, alt = _normalize(rng.normal(size=vocab) * 8), _normalize(rng.normal(size=vocab) * 8)
        alpha, cap = 8.0, 0.5
        m1 = _released(p[None], q, _lambdas(p[None], q, alpha, cap))
        m2 = _released(alt[None], q, _lambdas(alt[None], q, alpha, cap))
        worst = max(worst, float(_mp_renyi(m1, m2, alpha)) / cap)
    assert worst > 1.5
