"""The baselines' ε formulas, checked in closed form, against brute force, and in mpmath."""

from __future__ import annotations

import math

import mpmath
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.mechanisms import (
    ClippedTemperature,
    UniformMixture,
    dp_decoding_lambda,
    dp_decoding_token_epsilon,
    dp_prompt_document_epsilon,
    dp_prompt_temperature,
    dp_prompt_token_epsilon,
)

V = 49152


def _max_ratio(transform, logits_a: torch.Tensor, logits_b: torch.Tensor) -> float:
    la, lb = transform(logits_a[None])[0], transform(logits_b[None])[0]
    return float(torch.max(torch.abs(la - lb)))  # log of the largest probability ratio, both ways


def test_when_dp_decoding_lambda_then_token_epsilon_is_log_of_the_extreme_ratio_in_mpmath():
    mpmath.mp.dps = 50
    for lam in (1e-9, 1e-4, 0.3, 0.9, 0.999):
        for vocab in (2, 7, V):
            lam_m, v = mpmath.mpf(lam), mpmath.mpf(vocab)
            extreme = (lam_m + (1 - lam_m) / v) / ((1 - lam_m) / v)  # p(y)=1 on x, p(y)=0 on x'
            assert dp_decoding_token_epsilon(lam=lam, vocab_size=vocab) == pytest.approx(float(mpmath.log(extreme)),
                                                                                         rel=1e-12)


def test_when_dp_decoding_distributions_are_extreme_then_the_bound_is_attained_and_never_exceeded():
    lam, vocab = 0.2, 6
    eps = dp_decoding_token_epsilon(lam=lam, vocab_size=vocab)
    mix = UniformMixture(lam, 1.0)
    one_hot = torch.tensor([80.0, 0, 0, 0, 0, 0], dtype=torch.float64)  # p(y0) ≈ 1
    zero = torch.tensor([-80.0, 0, 0, 0, 0, 0], dtype=torch.float64)  # p(y0) ≈ 0
    assert _max_ratio(mix, one_hot, zero) == pytest.approx(eps, rel=1e-9)
    gen = torch.Generator().manual_seed(0)
    for _ in range(300):
        a, b = torch.randn(vocab, generator=gen) * 20, torch.randn(vocab, generator=gen) * 20
        assert _max_ratio(mix, a, b) <= eps + 1e-12


@given(eps=st.floats(0.0, 200.0), tokens=st.integers(1, 512), vocab=st.integers(2, 200_000))
@settings(max_examples=300, deadline=None)
def test_when_dp_decoding_is_calibrated_then_the_document_claim_never_exceeds_epsilon(eps, tokens, vocab):
    lam = dp_decoding_lambda(epsilon=eps, vocab_size=vocab, max_new_tokens=tokens)
    claim = tokens * dp_decoding_token_epsilon(lam=lam, vocab_size=vocab)
    assert 0.0 <= lam < 1.0 and claim <= eps
    if eps / tokens <= 20:  # beyond, 1 − λ is below float resolution and the claim only stays below ε
        assert claim == pytest.approx(eps, rel=1e-6, abs=1e-12)


def test_when_dp_decoding_epsilon_is_zero_then_lambda_is_zero_and_sampling_is_uniform():
    assert dp_decoding_lambda(epsilon=0.0, vocab_size=V, max_new_tokens=48) == 0.0
    out = UniformMixture(0.0, 0.5)(torch.randn(2, 11))
    assert torch.allclose(out, torch.full_like(out, -math.log(11)))


def test_when_dp_decoding_lambda_for_16_over_48_tokens_then_it_is_tiny():
    lam = dp_decoding_lambda(epsilon=16.0, vocab_size=V, max_new_tokens=48)
    assert lam == pytest.approx(math.expm1(16 / 48) / (math.expm1(16 / 48) + V), rel=1e-12) and lam < 1e-5


def test_when_dp_prompt_bound_then_the_extreme_ratio_approaches_it_from_below():
    b_min, b_max, temp = 0.0, 30.0, 45.0
    eps = dp_prompt_token_epsilon(b_min=b_min, b_max=b_max, temperature=temp)
    assert eps == pytest.approx(2 * 30.0 / 45.0)
    mpmath.mp.dps = 50
    d = mpmath.mpf(b_max - b_min) / temp
    for vocab, slack in ((10, 0.3), (10**4, 1e-3), (10**9, 1e-8)):
        # x: token a at b_max, others at b_min; x': the reverse. Ratio p_x(a) / p_x'(a):
        ratio = mpmath.e**d * (1 + (vocab - 1) * mpmath.e**d) / (mpmath.e**d + vocab - 1)
        assert float(mpmath.log(ratio)) <= eps
        assert eps - float(mpmath.log(ratio)) < slack


def test_when_dp_prompt_logits_are_random_then_no_ratio_exceeds_the_token_epsilon():
    transform = ClippedTemperature(0.0, 30.0, 12.0)
    eps = dp_prompt_token_epsilon(b_min=0.0, b_max=30.0, temperature=12.0)
    gen = torch.Generator().manual_seed(1)
    worst = 0.0
    for _ in range(300):
        a, b = torch.randn(8, generator=gen) * 40, torch.randn(8, generator=gen) * 40
        worst = max(worst, _max_ratio(transform, a, b))
    assert worst <= eps + 1e-12
    extreme = _max_ratio(transform, torch.tensor([99.0] + [-99.0] * 7), torch.tensor([-99.0] + [99.0] * 7))
    assert extreme == pytest.approx(30 / 12 + math.log((1 + 7 * math.exp(2.5)) / (math.exp(2.5) + 7)), rel=1e-9)


@given(eps=st.floats(1e-6, 500.0), tokens=st.integers(1, 512), width=st.floats(0.5, 100.0))
@settings(max_examples=300, deadline=None)
def test_when_dp_prompt_is_calibrated_then_the_document_claim_never_exceeds_epsilon(eps, tokens, width):
    temp = dp_prompt_temperature(epsilon=eps, b_min=-width / 2, b_max=width / 2, max_new_tokens=tokens)
    claim = dp_prompt_document_epsilon(b_min=-width / 2, b_max=width / 2, temperature=temp, max_new_tokens=tokens)
    assert claim <= eps and claim == pytest.approx(eps, rel=1e-9)


def test_when_dp_prompt_epsilon_is_zero_then_temperature_is_infinite_and_sampling_uniform():
    assert dp_prompt_temperature(epsilon=0.0, b_min=0, b_max=30, max_new_tokens=48) == math.inf
    assert dp_prompt_token_epsilon(b_min=0, b_max=30, temperature=math.inf) == 0.0
    out = ClippedTemperature(0.0, 30.0, math.inf)(torch.randn(3, 5))
    assert torch.allclose(out, torch.full_like(out, -math.log(5)))


@pytest.mark.parametrize("call", [
    lambda: dp_decoding_token_epsilon(lam=1.0, vocab_size=10),
    lambda: dp_decoding_lambda(epsilon=-1.0, vocab_size=10, max_new_tokens=4),
    lambda: dp_decoding_lambda(epsilon=1.0, vocab_size=1, max_new_tokens=4),
    lambda: dp_prompt_temperature(epsilon=1.0, b_min=3.0, b_max=3.0, max_new_tokens=4),
    lambda: ClippedTemperature(0.0, 1.0, 0.0),
    lambda: UniformMixture(1.0, 1.0),
])
def test_when_parameters_are_invalid_then_a_typed_error(call):
    with pytest.raises(InvalidParameterError):
        call()
