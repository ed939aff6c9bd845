"""Per-group mixing weights: the largest ``λ ∈ [0, 1]`` with ``D↔_order(λp + (1−λ)q, q) ≤ cap``.

Both directions of the divergence are non-decreasing in λ (convexity in the first argument and
joint quasi-convexity of Rényi divergence, van Erven & Harremoës 2014, Thms. 12-13), so bisection
keeps a feasible lower end at every iteration. The search runs for a fixed number of iterations
on all groups of all requests at once, with no host synchronisation.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dpfusion_integrations.engine.divergence import log_mixture, symmetric_renyi

__all__ = ["LambdaSearch", "feasibility_threshold"]


def feasibility_threshold(cap: torch.Tensor) -> torch.Tensor:
    """The bound the search actually tests against: ``cap`` less a margin far above float64
    rounding of the divergence, so the released mixture satisfies the cap exactly, not to within
    rounding. Caps below the margin give ``λ = 0`` (public-only)."""
    return cap * (1.0 - 1e-9) - 1e-12


@dataclass(frozen=True)
class LambdaSearch:
    """Bisection for λ, vectorised over ``[R, G]`` groups; ``iterations`` fixes its cost.

    30 iterations resolve λ to ``2^-30 ≈ 1e-9``.
    """

    iterations: int = 30

    def __post_init__(self) -> None:
        if not (isinstance(self.iterations, int) and 1 <= self.iterations <= 64):
            raise ValueError("iterations must be an integer in [1, 64]")

    def __call__(
        self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Shapes: ``logp [R, G, V]``, ``logq [R, 1, V]``, ``order [R, 1, 1]``, ``cap [R, 1]``.

        Returns ``(lam [R, G], divergence [R, G])`` where ``divergence`` is the symmetric divergence
        of the chosen mixture (private: it depends on the group's data).
        """
        bound = feasibility_threshold(cap)
        full = symmetric_renyi(logp, logq, order)
        lo = torch.zeros(full.shape, dtype=logp.dtype, device=logp.device)
        hi = torch.ones_like(lo)
        for _ in range(self.iterations):
            mid = 0.5 * (lo + hi)
            ok = symmetric_renyi(log_mixture(logp, logq, mid.unsqueeze(-1)), logq, order) <= bound
            lo = torch.where(ok, mid, lo)
            hi = torch.where(ok, hi, mid)
        lam = torch.where(full <= bound, torch.ones_like(lo), lo)
        lam = torch.where(cap > 0, lam, torch.zeros_like(lam))  # cap 0: exactly public-only
        divergence = symmetric_renyi(log_mixture(logp, logq, lam.unsqueeze(-1)), logq, order)
        return lam, divergence
