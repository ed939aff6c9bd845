"""λ search: within the cap (recomputed independently in NumPy float64), maximal, and exact at the
edges (cap 0, identical distributions, zero support)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dpfusion_integrations.engine import LambdaSearch, renyi_divergence
from dpfusion_integrations.engine.divergence import renyi_terms
from dpfusion_integrations.engine.lambda_search import feasibility_threshold
from dpfusion_integrations.engine.reference import np_lambda, np_renyi

SEARCH = LambdaSearch()


def _run(logps: np.ndarray, logq: np.ndarray, order: float, cap: float) -> np.ndarray:
    result = SEARCH(torch.from_numpy(logps)[None], torch.from_numpy(logq)[None, None],
                    torch.tensor(order, dtype=torch.float64).view(1, 1, 1), torch.tensor([[cap]], dtype=torch.float64))
    return result.lam[0].numpy()


def _sym(logp: np.ndarray, logq: np.ndarray, lam: float, order: float) -> float:
    with np.errstate(divide="ignore"):
        logm = np.logaddexp(np.log(lam) + logp, np.log1p(-lam) + logq)
    return max(np_renyi(logm, logq, order), np_renyi(logq, logm, order))


def _logsoftmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max()
    return x - np.log(np.exp(x).sum())


vocab_logits = st.integers(2, 300).flatmap(
    lambda v: st.tuples(st.lists(st.floats(-40, 40), min_size=v, max_size=v),
                        st.lists(st.lists(st.floats(-40, 40), min_size=v, max_size=v), min_size=1, max_size=4)))


@given(vocab_logits, st.sampled_from([1.5, 2.0, 4.0, 7.3, 32.0]), st.floats(1e-6, 3.0))
@settings(max_examples=200, deadline=None)
def test_when_searching_then_cap_holds_and_lambda_is_maximal(logits, order, cap):
    q_raw, p_raw = logits
    logq = _logsoftmax(np.array(q_raw))
    logps = np.stack([_logsoftmax(np.array(p)) for p in p_raw])
    lams = _run(logps, logq, order, cap)
    for logp, lam in zip(logps, lams):
        assert 0.0 <= lam <= 1.0
        assert _sym(logp, logq, float(lam), order) <= cap
        # Never above the exact maximal λ, and close to it: a step of 1 % (or 2^-20) further up
        # breaks the cap.
        assert lam <= np_lambda(logp, logq, order, cap) + 2 ** -28
        if lam < 1.0:
            assert _sym(logp, logq, min(1.0, float(lam) * 1.01 + 2 ** -20), order) > cap


@given(vocab_logits, st.sampled_from([2.0, 7.3]), st.floats(1e-4, 1.0))
@settings(max_examples=50, deadline=None)
def test_when_searching_then_the_returned_mixture_is_the_checked_one(logits, order, cap):
    """The decoder releases the mixtures the search returns: each is within the cap by itself."""
    q_raw, p_raw = logits
    logq = _logsoftmax(np.array(q_raw))
    logps = np.stack([_logsoftmax(np.array(p)) for p in p_raw])
    result = SEARCH(torch.from_numpy(logps)[None], torch.from_numpy(logq)[None, None],
                    torch.tensor(order, dtype=torch.float64).view(1, 1, 1), torch.tensor([[cap]], dtype=torch.float64))
    for g, logm in enumerate(result.log_mixture[0].numpy()):
        assert max(np_renyi(logm, logq, order), np_renyi(logq, logm, order)) <= cap
        assert abs(np.exp(logm).sum() - 1.0) < 1e-12
        assert float(result.divergence[0, g]) <= cap


def test_when_cap_is_zero_then_lambda_is_exactly_zero():
    rng = np.random.default_rng(1)
    logq = _logsoftmax(rng.normal(size=50))
    logps = np.stack([_logsoftmax(rng.normal(size=50)), logq])
    assert np.all(_run(logps, logq, 2.0, 0.0) == 0.0)


def test_when_group_equals_public_then_lambda_is_one():
    logq = _logsoftmax(np.random.default_rng(2).normal(size=20))
    assert _run(logq[None], logq, 4.0, 1e-3)[0] == 1.0


def test_when_group_has_mass_outside_public_support_then_lambda_is_zero():
    logq = np.log(np.array([0.5, 0.5, 0.0]))
    logp = np.log(np.array([0.2, 0.2, 0.6]))
    assert _run(logp[None], logq, 2.0, 10.0)[0] == 0.0


def test_when_public_has_mass_outside_group_support_then_lambda_stays_below_one():
    logq = np.log(np.array([0.5, 0.5]))
    logp = np.log(np.array([1.0, 0.0]))
    lam = _run(logp[None], logq, 2.0, 0.1)[0]
    assert 0.0 < lam < 1.0
    assert _sym(logp, logq, float(lam), 2.0) <= 0.1


def test_when_support_differs_then_divergence_is_infinite_not_nan():
    logp = torch.log(torch.tensor([0.5, 0.5, 0.0], dtype=torch.float64))
    logq = torch.log(torch.tensor([1.0, 0.0, 0.0], dtype=torch.float64))
    assert torch.isinf(renyi_divergence(logp, logq, 2.0))
    assert torch.isfinite(renyi_divergence(logq, logp, 2.0))


def test_when_the_search_proposes_too_much_then_the_exact_check_repairs_it(monkeypatch):
    """The search is only a proposal: a λ that breaks the cap in float64 is replaced by the chord
    certificate (feasible by convexity), never released as is."""
    rng = np.random.default_rng(3)
    logq = _logsoftmax(rng.normal(size=64) * 3)
    logps = np.stack([_logsoftmax(rng.normal(size=64) * 3) for _ in range(3)])
    monkeypatch.setattr(LambdaSearch, "_propose", lambda self, p, q, o, c, *_: torch.full(p.shape[:2], 0.9, dtype=p.dtype))
    lams = _run(logps, logq, 4.0, 0.05)
    for logp, lam in zip(logps, lams):
        assert 0.0 < lam < 0.9 and _sym(logp, logq, float(lam), 4.0) <= 0.05
        assert lam <= np_lambda(logp, logq, 4.0, 0.05) + 2 ** -28


def test_when_the_repair_also_fails_then_lambda_is_zero(monkeypatch):
    """If even the chord certificate does not verify (it always should), the group is not mixed in."""
    from dpfusion_integrations.engine import lambda_search

    rng = np.random.default_rng(4)
    logq = _logsoftmax(rng.normal(size=32) * 3)
    logps = np.stack([_logsoftmax(rng.normal(size=32) * 3)])
    monkeypatch.setattr(LambdaSearch, "_propose", lambda self, p, q, o, c, *_: torch.ones(p.shape[:2], dtype=p.dtype))
    monkeypatch.setattr(lambda_search, "_chord", lambda lam, *args: lam)
    assert _run(logps, logq, 4.0, 0.05)[0] == 0.0
    result = SEARCH(torch.from_numpy(logps)[None], torch.from_numpy(logq)[None, None],
                    torch.tensor(4.0, dtype=torch.float64).view(1, 1, 1), torch.tensor([[0.05]], dtype=torch.float64))
    np.testing.assert_array_equal(result.log_mixture[0, 0].numpy(), logq)  # released: q itself
    assert float(result.divergence[0, 0]) == 0.0


@pytest.mark.parametrize("iterations", [0, 65, 2.5, True])
def test_when_iterations_are_invalid_then_search_refuses(iterations):
    with pytest.raises(ValueError):
        LambdaSearch(iterations=iterations)


def _lam(logps: np.ndarray, logq: np.ndarray, order: float, cap: float, search: LambdaSearch) -> np.ndarray:
    result = search(torch.from_numpy(logps)[None], torch.from_numpy(logq)[None, None],
                    torch.tensor(order, dtype=torch.float64).view(1, 1, 1), torch.tensor([[cap]], dtype=torch.float64))
    return result.lam[0].numpy()


@given(st.integers(0, 2**32 - 1), st.sampled_from([0.3, 1.0, 3.0]), st.sampled_from([2.0, 4.0, 16.0]),
       st.floats(1e-5, 2.0))
@example(seed=366, spread=0.3, order=16.0, cap=1e-05)  # λ 0.4 % below the maximal one (found 2026-11-29)
@settings(max_examples=40, deadline=None)
def test_when_the_search_runs_on_a_restricted_support_then_lambda_matches_the_whole_vocabulary(seed, spread, order,
                                                                                               cap):
    """An 8,000-token vocabulary searched on 256 tokens plus a bucket: the whole-vocabulary
    Newton steps bring λ to within 1 % of the maximal one (flat distributions, whose bucket is heavy,
    included). Below the maximum is always safe (the cap holds exactly); it only gives up utility."""
    rng = np.random.default_rng(seed)
    logq = _logsoftmax(rng.standard_t(3, size=8000) * 4 * spread)
    logps = np.stack([_logsoftmax(logq + rng.normal(size=8000) * s) for s in (0.2, 2.0, 8.0)])
    lams = _lam(logps, logq, order, cap, LambdaSearch(support=256))
    for logp, lam in zip(logps, lams):
        assert _sym(logp, logq, float(lam), order) <= cap
        exact = np_lambda(logp, logq, order, cap, iterations=40)
        assert exact * (1 - 1e-2) - 1e-9 <= lam <= exact + 1e-9


def test_when_the_group_moves_mass_away_from_many_public_tokens_then_its_target_token_stays_in_support():
    """Tokens where p ≪ q have enormous reverse terms at λ = 1; they must not crowd the token the
    group actually favours out of the restricted support."""
    logq = np.log(np.full(500, 1.0 / 500))
    logp = np.full(500, -60.0)
    logp[7] = 0.0
    logp = _logsoftmax(logp)
    lam = _lam(logp[None], logq, 4.0, 0.5, LambdaSearch(support=8))[0]
    exact = np_lambda(logp, logq, 4.0, 0.5, iterations=40)
    assert _sym(logp, logq, float(lam), 4.0) <= 0.5
    assert lam >= exact * (1 - 1e-3)


@pytest.mark.parametrize("support", [-1, 2.5, True])
def test_when_support_is_invalid_then_search_refuses(support):
    with pytest.raises(ValueError):
        LambdaSearch(support=support)


@given(st.integers(0, 2**32 - 1), st.integers(1, 3), st.integers(1, 6), st.floats(0.0, 1.0))
@settings(max_examples=40, deadline=None)
def test_when_only_open_groups_are_searched_then_the_result_equals_searching_every_group(seed, requests, groups,
                                                                                          share_equal):
    """The CPU path searches and checks only groups that cannot take λ = 1; the result must be the
    all-groups path's: groups equal to the public row (padding), near it, far from it, a request
    with cap 0, and a group with a NaN logit (fails closed to ``q`` in both)."""
    rng = np.random.default_rng(seed)
    vocab = 400
    logits_q = rng.normal(0, 3, (requests, 1, vocab))
    logits_p = np.repeat(logits_q, groups, axis=1) + rng.normal(0, 1, (requests, groups, vocab)) * rng.choice(
        [0.0, 0.01, 2.0], size=(requests, groups, 1), p=[share_equal, (1 - share_equal) / 2, (1 - share_equal) / 2])
    logq = torch.log_softmax(torch.from_numpy(logits_q), -1)
    logp = torch.log_softmax(torch.from_numpy(logits_p), -1)
    if rng.random() < 0.3:
        logp[0, groups - 1, int(rng.integers(vocab))] = float("nan")
    order = torch.from_numpy(rng.choice([2.0, 8.0], size=(requests, 1, 1)))
    cap = torch.from_numpy(rng.choice([0.0, 1e-3, 0.05, 1.0], size=(requests, 1)))
    open_only = LambdaSearch(early_exit=True)(logp, logq, order, cap)
    every = LambdaSearch(early_exit=False)(logp, logq, order, cap)
    torch.testing.assert_close(open_only.lam, every.lam, rtol=1e-9, atol=1e-12)
    torch.testing.assert_close(open_only.divergence, every.divergence, rtol=1e-7, atol=1e-12, equal_nan=True)
    torch.testing.assert_close(open_only.log_mixture, every.log_mixture, rtol=1e-9, atol=1e-12, equal_nan=True)
    assert bool(((open_only.divergence <= feasibility_threshold(cap)) | (cap == 0)).all())


@pytest.mark.parametrize("order", [1.5, 2.0, 16.0])
def test_renyi_terms_at_the_edges_of_the_support(order):
    ninf = float("-inf")
    logp = torch.tensor([ninf, ninf, -1.0, -2.0], dtype=torch.float64)
    logq = torch.tensor([ninf, -3.0, ninf, -0.5], dtype=torch.float64)
    terms = renyi_terms(logp, logq, order)
    assert terms[0] == ninf and terms[1] == ninf  # p = 0: no term, whatever q
    assert terms[2] == float("inf")  # mass outside q's support
    assert terms[3].item() == pytest.approx(order * -2.0 + (1 - order) * -0.5, rel=1e-15)
    assert not bool(torch.isnan(terms).any())
