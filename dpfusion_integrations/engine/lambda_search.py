"""Per-group mixing weights: the largest ``λ ∈ [0, 1]`` with ``D↔_order(λp + (1−λ)q, q) ≤ cap``.

With ``x = m/q = 1 + λu`` (``u = p/q − 1``) and ``b = order − 1`` the two directions are

- ``D(m‖q) = log Σ q·x^order / b``, and ``φ(λ) = (Σ q·x^order)^(1/order)`` is a weighted
  ``L^order`` norm of an affine function of λ: **convex** in λ;
- ``D(q‖m) = log Σ q·x^(−b) / b``, and ``ψ(λ) = (Σ q·x^(−b))^(−1/b)`` is a power mean of
  negative exponent of an affine function of λ: **concave** in λ.

Both start at 1 for λ = 0, ``φ`` increases and ``ψ`` decreases, so the feasible set is an
interval ``[0, λ*]``. Convexity gives certificates that do not depend on how well a search has
converged: from any point ``h`` where a constraint is violated, the chord from ``(0, 1)`` to
``(h, φ(h))`` (or ``ψ``) meets the limit at a point that satisfies it, and a Newton step lands at
or above that constraint's root. The search therefore keeps a bracket whose lower end is always
feasible, and picks the next point by Newton's method in log-log coordinates (exact for the
power laws ``φ − 1 ∝ λ^k`` that dominate near 0), falling back to a geometric bisection of the
bracket. After a fixed number of evaluations the lower end is the answer.

Every chosen λ is then checked exactly in float64 log space (``symmetric_renyi`` of the actual
mixture) against ``feasibility_threshold``; a λ that fails (float rounding) is replaced by the
chord certificate computed from the exact values, checked again, and otherwise by 0. The released
mixture therefore always meets the cap as computed in float64, whatever the search did.

All groups of all requests are searched at once, with no host synchronisation inside the loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dpfusion_integrations.engine.divergence import log_mixture, renyi_divergence

__all__ = ["LambdaSearch", "feasibility_threshold"]

#: Where the search starts (λ = 1 itself is checked exactly before): away from λ = 1, where the
#: reverse divergence can be singular (``p → 0`` somewhere on ``q``'s support) and steps creep.
_START = 0.5


def feasibility_threshold(cap: torch.Tensor) -> torch.Tensor:
    """The bound the exact check tests against: ``cap`` less a margin far above float64 rounding of
    the divergence, so the released mixture satisfies the cap exactly, not to within rounding.
    Caps below the margin give ``λ = 0`` (public-only)."""
    return cap * (1.0 - 1e-9) - 1e-12


def _search_threshold(cap: torch.Tensor) -> torch.Tensor:
    """Slightly stricter bound for the search, so that its answer passes the exact check."""
    return cap * (1.0 - 1e-7) - 1e-11


def _chord(lam: torch.Tensor, fwd: torch.Tensor, rev: torch.Tensor, a: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Feasible point on the chords from λ = 0 to ``lam``; ``fwd``/``rev`` are ``b·D`` at ``lam``
    for both directions, ``t = b·bound``. Returns ``lam`` where both already hold."""
    b = a - 1.0
    rho_f = torch.where(fwd > t, torch.expm1(t / a) / torch.expm1(fwd / a), torch.ones_like(fwd))
    rho_r = torch.where(rev > t, torch.expm1(-t / b) / torch.expm1(-rev / b), torch.ones_like(rev))
    return (lam * torch.minimum(rho_f, rho_r)).nan_to_num(0.0).clamp(0.0, 1.0)


@dataclass(frozen=True)
class LambdaSearch:
    """Bracketed log-log Newton search for λ, vectorised over ``[R, G]`` groups.

    ``iterations`` is the fixed number of divergence evaluations per step (each one pass over the
    vocabulary). ``early_exit`` skips the search when every group already takes λ = 1 (it reads
    one flag on the host, so it is used on CPU only, where that is not a device synchronisation).
    """

    iterations: int = 8
    early_exit: bool = True

    def __post_init__(self) -> None:
        if not (isinstance(self.iterations, int) and not isinstance(self.iterations, bool)
                and 1 <= self.iterations <= 64):
            raise ValueError("iterations must be an integer in [1, 64]")

    def __call__(
        self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Shapes: ``logp [R, G, V]``, ``logq [R, 1, V]`` (float64), ``order [R, 1, 1]``, ``cap [R, 1]``.

        Returns ``(lam [R, G], divergence [R, G])`` where ``divergence`` is the exact symmetric
        divergence of the chosen mixture (private: it depends on the group's data).
        """
        on_cpu = logp.device.type == "cpu"
        bound = feasibility_threshold(cap)
        one = _directions(logp, logq, order)
        one = torch.maximum(*one) <= bound
        if self.early_exit and on_cpu and bool(one.all()):
            lam = torch.ones(logp.shape[:2], dtype=logp.dtype, device=logp.device)
        else:
            lam = torch.where(one, torch.ones_like(one, dtype=logp.dtype), self._propose(logp, logq, order, cap))
        lam = torch.where(cap > 0, lam, torch.zeros_like(lam))  # cap 0: exactly public-only
        fwd, rev = _directions(log_mixture(logp, logq, lam.unsqueeze(-1)), logq, order)
        failed = (torch.maximum(fwd, rev) > bound) & (cap > 0)
        if not on_cpu or bool(failed.any()):  # rare; on CUDA computed always, to avoid a sync
            b = order.squeeze(-1) - 1.0
            repaired = _chord(lam, b * fwd, b * rev, order.squeeze(-1), b * bound)
            r_fwd, r_rev = _directions(log_mixture(logp, logq, repaired.unsqueeze(-1)), logq, order)
            repaired = torch.where(torch.maximum(r_fwd, r_rev) <= bound, repaired, torch.zeros_like(repaired))
            lam = torch.where(failed, repaired, lam)
            fwd, rev = _directions(log_mixture(logp, logq, lam.unsqueeze(-1)), logq, order)
        return lam, torch.maximum(fwd, rev)

    def _propose(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor) -> torch.Tensor:
        """The search proper (float64): returns the feasible end of the bracket."""
        q_zero = torch.isneginf(logq)
        u = torch.where(q_zero, torch.zeros_like(logp), torch.expm1(logp - logq))
        # Mass outside q's support, or a ratio p/q beyond float64 (then λ* < 1e-300 anyway): λ = 0.
        blocked = ((q_zero & ~torch.isneginf(logp)) | torch.isinf(u)).any(-1)
        u = torch.where(torch.isinf(u), torch.zeros_like(u), u)
        a = order.squeeze(-1)  # [R, 1]
        b = a - 1.0
        t = b * _search_threshold(cap)
        shape = logp.shape[:2]
        hi = torch.full(shape, _START, dtype=logp.dtype, device=logp.device)
        lo = torch.zeros_like(hi)
        ub = torch.ones_like(hi)
        fresh = torch.zeros_like(hi, dtype=torch.bool)
        for _ in range(self.iterations):
            fwd, rev, g_f, g_r = _evaluate(hi, u, logq, a)
            v_f, v_r = fwd > t, rev > t
            feasible = ~v_f & ~v_r
            lo = torch.maximum(lo, torch.where(feasible, hi, _chord(hi, fwd, rev, a, t)))
            # Newton on φ (convex) and ψ (concave) from a violated point: at or above the root.
            n_f = torch.where(v_f, hi + torch.expm1((t - fwd) / a) / g_f, torch.ones_like(hi))
            n_r = torch.where(v_r, hi + torch.expm1((rev - t) / b) / g_r, torch.ones_like(hi))
            upper = torch.maximum(torch.minimum(n_f, n_r).nan_to_num(1.0), lo)
            tightened = ~feasible & (upper < torch.minimum(ub, hi))
            ub = torch.where(feasible, ub, torch.minimum(ub, torch.minimum(hi, upper)))
            fresh = torch.where(feasible, fresh, tightened)  # is ub a Newton point not yet evaluated?
            # Next point: Newton in log-log coordinates, k = d log(φ − 1) / d log λ (same for 1 − ψ).
            k_f = hi * g_f / -torch.expm1(-fwd / a)
            k_r = hi * -g_r / torch.expm1(rev / b)
            log_f = torch.log(torch.expm1(t / a) / torch.expm1(fwd / a)) / k_f
            log_r = torch.log(torch.expm1(-t / b) / torch.expm1(-rev / b)) / k_r
            step = hi * torch.exp(torch.minimum(log_f, log_r))
            # If that step leaves the bracket (NaN included) or λ is so small that the divergence is
            # lost in rounding: evaluate the Newton point (it converges from above), else bisect
            # the bracket geometrically.
            trusted = (step > lo) & (step < ub) & (torch.maximum(fwd, rev) > 1e-12)
            fallback = torch.where(fresh, ub, torch.where(lo > 0, torch.sqrt(lo * ub), 0.5 * ub))
            hi = torch.where(trusted, step, fallback)
        return torch.where(blocked, torch.zeros_like(lo), lo)


def _directions(logm: torch.Tensor, logq: torch.Tensor, order: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(D(m‖q), D(q‖m))`` at ``order``, exactly in float64 log space."""
    return renyi_divergence(logm, logq, order), renyi_divergence(logq, logm, order)


def _evaluate(lam: torch.Tensor, u: torch.Tensor, logq: torch.Tensor, a: torch.Tensor) -> tuple[torch.Tensor, ...]:
    """At ``lam [R, G]``: ``b·D(m‖q)``, ``b·D(q‖m)`` and the log-derivatives ``φ'/φ``, ``ψ'/ψ``.

    One log1p and two exponentials per token: ``log x`` is shared, and each log-sum-exp keeps its
    normalised terms as the weights of the derivative ``Σ w·u/x``.
    """
    log_x = torch.log1p(lam.unsqueeze(-1) * u)
    u_over_x = u / (1.0 + lam.unsqueeze(-1) * u)
    out = []
    for power in (a, 1.0 - a):
        terms = logq + power.unsqueeze(-1) * log_x
        top = terms.amax(-1, keepdim=True)
        top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
        weights = torch.exp(terms - top)
        total = weights.sum(-1)
        out.append(torch.log(total) + top.squeeze(-1))
        out.append((weights * u_over_x).sum(-1) / total)
    fwd, g_f, rev, g_r = out
    return fwd, rev, g_f, g_r
