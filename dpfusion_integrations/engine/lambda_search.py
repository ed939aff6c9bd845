"""Per-group mixing weights: the largest ``λ ∈ [0, 1]`` with ``D↔_order(λp + (1−λ)q, q) ≤ cap``.

Both directions of the divergence are non-decreasing in λ (convexity in the first argument and
joint quasi-convexity of Rényi divergence, van Erven & Harremoës 2014, Thms. 12-13), so bisection
keeps a feasible lower end at every iteration.

Two passes, for speed without giving anything up on the guarantee:
1. a fast bisection in float32 on the ratio form ``Σ q·(1 + λ(p/q − 1))^a`` (three transcendental
   functions per token and iteration) against a slightly stricter bound;
2. an exact float64 log-space check of the chosen λ; any group that fails it (float32 rounding,
   underflow) is searched again exactly. The released mixture therefore always meets the cap as
   computed in float64, whatever the fast pass did.
All groups of all requests are searched at once, for a fixed number of iterations.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dpfusion_integrations.engine.divergence import log_mixture, symmetric_renyi

__all__ = ["LambdaSearch", "feasibility_threshold"]


def feasibility_threshold(cap: torch.Tensor) -> torch.Tensor:
    """The bound the exact check tests against: ``cap`` less a margin far above float64 rounding of
    the divergence, so the released mixture satisfies the cap exactly, not to within rounding.
    Caps below the margin give ``λ = 0`` (public-only)."""
    return cap * (1.0 - 1e-9) - 1e-12


def _fast_threshold(cap: torch.Tensor) -> torch.Tensor:
    """Stricter bound for the float32 pass, so that its answer nearly always passes the exact check."""
    return cap * (1.0 - 1e-4) - 1e-6


@dataclass(frozen=True)
class LambdaSearch:
    """Bisection for λ, vectorised over ``[R, G]`` groups.

    ``iterations`` of the fast pass resolve λ to ``2^-iterations``; ``exact_iterations`` bound the
    float64 fallback. ``early_exit`` skips the fast pass when every group already takes λ = 1
    (it reads one flag on the host, so it is meant for CPU decoding).
    """

    iterations: int = 24
    exact_iterations: int = 30
    early_exit: bool = True

    def __post_init__(self) -> None:
        for name in ("iterations", "exact_iterations"):
            value = getattr(self, name)
            if not (isinstance(value, int) and 1 <= value <= 64):
                raise ValueError(f"{name} must be an integer in [1, 64]")

    def __call__(
        self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Shapes: ``logp [R, G, V]``, ``logq [R, 1, V]`` (float64), ``order [R, 1, 1]``, ``cap [R, 1]``.

        Returns ``(lam [R, G], divergence [R, G])`` where ``divergence`` is the exact symmetric
        divergence of the chosen mixture (private: it depends on the group's data).
        """
        bound = feasibility_threshold(cap)
        full = symmetric_renyi(logp, logq, order)
        one = full <= bound
        if self.early_exit and logp.device.type == "cpu" and bool(one.all()):
            lam = torch.ones_like(full)
        else:
            lam = torch.where(one, torch.ones_like(full), self._fast(logp, logq, order, cap))
        lam = torch.where(cap > 0, lam, torch.zeros_like(lam))  # cap 0: exactly public-only
        divergence = symmetric_renyi(log_mixture(logp, logq, lam.unsqueeze(-1)), logq, order)
        failed = (divergence > bound) & (cap > 0)  # cap 0 is already exact: λ = 0, released = q
        if bool(failed.any()):  # rare: redo those groups exactly
            exact = self._exact(logp, logq, order, cap)
            lam = torch.where(failed, exact, lam)
            divergence = symmetric_renyi(log_mixture(logp, logq, lam.unsqueeze(-1)), logq, order)
        return lam, divergence

    def _fast(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor) -> torch.Tensor:
        """Float32 bisection on ``log Σ q·(1 + λu)^a`` and ``log Σ q·(1 + λu)^(1−a)``, ``u = p/q − 1``."""
        q_zero = torch.isneginf(logq)
        blocked = (q_zero & ~torch.isneginf(logp)).any(-1)  # mass outside q's support: only λ = 0
        ratio = torch.where(q_zero, torch.zeros_like(logp), torch.expm1(logp - logq)).float()
        lq = logq.float()
        a = order.float()
        target = ((order.squeeze(-1) - 1.0) * _fast_threshold(cap)).float()
        lo = torch.zeros(logp.shape[:2], dtype=torch.float32, device=logp.device)
        hi = torch.ones_like(lo)
        for _ in range(self.iterations):
            mid = 0.5 * (lo + hi)
            log_m_over_q = torch.log1p(mid.unsqueeze(-1) * ratio)
            forward = torch.logsumexp(lq + a * log_m_over_q, dim=-1)
            reverse = torch.logsumexp(lq + (1.0 - a) * log_m_over_q, dim=-1)
            ok = torch.maximum(forward, reverse) <= target
            lo = torch.where(ok, mid, lo)
            hi = torch.where(ok, hi, mid)
        return torch.where(blocked, torch.zeros_like(lo), lo).to(logp.dtype)

    def _exact(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor) -> torch.Tensor:
        """Float64 log-space bisection against the exact threshold."""
        bound = feasibility_threshold(cap)
        lo = torch.zeros(logp.shape[:2], dtype=logp.dtype, device=logp.device)
        hi = torch.ones_like(lo)
        for _ in range(self.exact_iterations):
            mid = 0.5 * (lo + hi)
            ok = symmetric_renyi(log_mixture(logp, logq, mid.unsqueeze(-1)), logq, order) <= bound
            lo = torch.where(ok, mid, lo)
            hi = torch.where(ok, hi, mid)
        return torch.where(cap > 0, lo, torch.zeros_like(lo))
