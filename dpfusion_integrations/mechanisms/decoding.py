"""Batched decoding of one context per document with a per-step transform of the next-token
distribution: the shared loop of the single-context baselines (plain paraphrase, DP-Prompt,
DP-Decoding).

Each transform is a small object validated in its constructor that maps the raw logits of the
last position, ``[B, V]``, to normalised float64 log-probabilities ``[B, V]``. Sampling uses the
engine's :class:`~dpfusion_integrations.engine.PrivateSampler` (one private generator per document,
never the global RNG) and inverse-CDF draws, like DP-Fusion.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import torch

from dpfusion_integrations.engine import PrivateSampler, sample_inverse_cdf
from dpfusion_integrations.engine.batching import left_pad
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache
from dpfusion_integrations.errors import InvalidParameterError

__all__ = [
    "ClippedTemperature",
    "DistributionTransform",
    "Temperature",
    "UniformMixture",
    "decode_single_context",
]


class DistributionTransform(Protocol):
    """``logits [B, V]`` (any float dtype) → normalised float64 log-probabilities ``[B, V]``."""

    def __call__(self, logits: torch.Tensor) -> torch.Tensor: ...


def _check_temperature(temperature: float) -> float:
    if isinstance(temperature, bool) or not isinstance(temperature, (int, float)) or not temperature > 0:
        raise InvalidParameterError("temperature must be > 0 (greedy decoding is not differentially private)")
    return float(temperature)


def _uniform(logits: torch.Tensor) -> torch.Tensor:
    vocab = logits.shape[-1]
    return torch.full(logits.shape, -math.log(vocab), dtype=torch.float64, device=logits.device)


@dataclass(frozen=True)
class Temperature:
    """Plain sampling at ``temperature`` (no privacy)."""

    temperature: float

    def __post_init__(self) -> None:
        if not math.isfinite(_check_temperature(self.temperature)):
            raise InvalidParameterError("temperature must be finite")

    def __call__(self, logits: torch.Tensor) -> torch.Tensor:
        return torch.log_softmax(logits.double() / self.temperature, dim=-1)


@dataclass(frozen=True)
class ClippedTemperature:
    """DP-Prompt's step: ``softmax(clip(logits, b_min, b_max) / T)``; ``T = inf`` is uniform."""

    b_min: float
    b_max: float
    temperature: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.b_min) and math.isfinite(self.b_max) and self.b_min < self.b_max):
            raise InvalidParameterError("clip bounds must be finite with b_min < b_max")
        _check_temperature(self.temperature)

    def __call__(self, logits: torch.Tensor) -> torch.Tensor:
        if math.isinf(self.temperature):
            return _uniform(logits)
        clipped = logits.double().clamp(min=self.b_min, max=self.b_max)
        return torch.log_softmax(clipped / self.temperature, dim=-1)


@dataclass(frozen=True)
class UniformMixture:
    """DP-Decoding's step: ``λ·softmax(logits / τ) + (1 − λ)·uniform(V)``, in log space."""

    lam: float
    temperature: float

    def __post_init__(self) -> None:
        if isinstance(self.lam, bool) or not isinstance(self.lam, (int, float)) or not 0.0 <= self.lam < 1.0:
            raise InvalidParameterError("lambda must be in [0, 1) (lambda = 1 is the unprotected model)")
        if not math.isfinite(_check_temperature(self.temperature)):
            raise InvalidParameterError("temperature must be finite")

    def __call__(self, logits: torch.Tensor) -> torch.Tensor:
        uniform = _uniform(logits)
        if self.lam == 0.0:
            return uniform
        model = torch.log_softmax(logits.double() / self.temperature, dim=-1)
        return torch.logaddexp(model + math.log(self.lam), uniform + math.log1p(-self.lam))


@torch.inference_mode()
def decode_single_context(model: Any, contexts: Sequence[Sequence[int]], transform: DistributionTransform, *,
                          max_new_tokens: int, eos_ids: frozenset[int], pad_id: int,
                          seed: int | None) -> list[list[int]]:
    """Sample up to ``max_new_tokens`` tokens after each context (EOS excluded), all in one batch
    with a KV cache. Finished rows keep decoding padding that is thrown away (simple and cheap at
    evaluation sizes). An integer ``seed`` gives document ``i`` the seed ``seed + i``."""
    if not contexts:
        return []
    device = next(model.parameters()).device
    sampler = PrivateSampler(len(contexts), seed=seed, device=device)
    ids, mask, positions = left_pad(contexts, pad_id=pad_id, device=device)
    out = model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True, logits_to_keep=1)
    positions = positions[:, -1:]
    tokens: list[list[int]] = [[] for _ in contexts]
    done = [False] * len(contexts)
    rows = list(range(len(contexts)))
    for _ in range(max_new_tokens):
        logprobs = transform(out.logits[:, -1, :])
        chosen = sample_inverse_cdf(logprobs, sampler.uniforms(rows))
        for r, tok in enumerate(chosen.tolist()):
            if done[r]:
                continue
            if tok in eos_ids:
                done[r] = True
                continue
            tokens[r].append(tok)
            done[r] = len(tokens[r]) >= max_new_tokens
        if all(done):
            break
        mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=-1)
        positions = positions + 1
        out = model(input_ids=chosen.unsqueeze(-1), attention_mask=mask, position_ids=positions, use_cache=True,
                    logits_to_keep=1, **cache_kwargs(model, output_cache(out)))
    return tokens
