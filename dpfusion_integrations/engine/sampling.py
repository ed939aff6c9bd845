"""Sampling from the released distribution with randomness private to one call.

Each request owns a ``torch.Generator`` seeded from the OS CSPRNG (``secrets``), never the global
torch RNG, so no other code can observe or replay its draws. A ``seed`` is for tests and demos only.
Sampling is by inverse CDF on one uniform draw per step, so two implementations that compute the
same distribution to float tolerance pick the same token for the same seed.
"""

from __future__ import annotations

import secrets

import torch

__all__ = ["PrivateSampler", "sample_inverse_cdf", "sample_released"]


def sample_inverse_cdf(log_probs: torch.Tensor, uniform: torch.Tensor) -> torch.Tensor:
    """Token ids ``[R]`` from ``log_probs [R, V]`` (normalised) and ``uniform [R]`` in ``[0, 1)``."""
    probs = torch.exp(log_probs - torch.logsumexp(log_probs, dim=-1, keepdim=True))
    cdf = torch.cumsum(probs, dim=-1)
    target = (uniform.to(cdf.device, cdf.dtype) * cdf[:, -1]).unsqueeze(-1)  # a sampler on another device
    idx = torch.searchsorted(cdf, target, right=True).squeeze(-1)
    # Never land on a zero-probability token (possible only at the top end through rounding).
    last_support = (probs > 0).to(torch.int64).cumsum(-1).argmax(-1)
    return torch.minimum(idx, last_support)


class PrivateSampler:
    """One private generator per request; ``seeded`` tells whether a caller-given seed was used.

    An integer ``seed`` gives request ``i`` the seed ``seed + i``.
    """

    def __init__(self, n_requests: int, *, seed: int | list[int | None] | None = None, device: str | torch.device = "cpu") -> None:
        if isinstance(seed, list):
            seeds = seed
        elif seed is None:
            seeds = [None] * n_requests
        else:  # request i of a batch draws as a lone call with seed + i would
            seeds = [int(seed) + i for i in range(n_requests)]
        if len(seeds) != n_requests:
            raise ValueError("one seed per request is required when seeds are given as a list")
        self.seeded = any(s is not None for s in seeds)
        self._generators = []
        for s in seeds:
            g = torch.Generator(device=device)
            g.manual_seed(int(s) if s is not None else secrets.randbits(63))
            self._generators.append(g)
        self._device = device

    def uniforms(self, rows: list[int]) -> torch.Tensor:
        """One uniform draw for each listed request, from its own generator."""
        draws = [torch.rand(1, generator=self._generators[r], dtype=torch.float64, device=self._device) for r in rows]
        return torch.cat(draws)


def sample_released(released: torch.Tensor, uniforms: torch.Tensor) -> list[int]:
    """One token per row of the released log-distributions ``[R, V]``, on the host (the step's one
    synchronisation). A non-finite row can only come from the public context (every group's mixture
    was checked, or is ``q`` itself): it raises ``NumericalError`` and nothing is sampled from it."""
    from dpfusion_integrations.errors import NumericalError

    chosen = sample_inverse_cdf(released, uniforms)
    chosen = torch.where(torch.isfinite(torch.logsumexp(released, -1)), chosen, torch.full_like(chosen, -1))
    tokens = chosen.tolist()
    if -1 in tokens:
        raise NumericalError("the public context's next-token distribution is not finite (a model "
                             "overflow, e.g. float16); nothing was sampled from it. Try float32 or bfloat16")
    return tokens
