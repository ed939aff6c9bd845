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
power laws ``φ − 1 ∝ λ^k`` that dominate near 0), falling back to the Newton point from above or a
logit bisection of the bracket. After a fixed number of evaluations the lower end is the answer.

For speed the bracket search runs on each group's heaviest tokens plus one bucket for the rest
(``support``); three evaluations on the whole vocabulary then certify a feasible point each and
take a log-log Newton step, which removes the bucket's error.

Every chosen λ is then checked exactly in float64 log space (``symmetric_renyi`` of the actual
mixture) against ``feasibility_threshold``; a λ that fails (float rounding) is replaced by the
chord certificate computed from the exact values, checked again, and otherwise by 0. The released
mixture therefore always meets the cap as computed in float64, whatever the search did. The check
fails closed: a divergence that is NaN (a private context with a non-finite logit, e.g. a float16
overflow) counts as a failure, and where even the repair is not within the cap the group releases
``q`` itself, so nothing unchecked is ever mixed in.

All groups of all requests are searched at once, with no host synchronisation inside the loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import torch

from dpfusion_integrations.engine.divergence import log_mixture, renyi_divergence, renyi_terms

__all__ = ["LambdaSearch", "SearchResult", "feasibility_threshold"]

#: Where the search starts (λ = 1 itself is checked exactly before): away from λ = 1, where the
#: reverse divergence can be singular (``p → 0`` somewhere on ``q``'s support) and steps creep.
_START = 0.5
#: Below this, ``b·D`` at the current point is too close to float64 rounding to extrapolate from.
_PRECISE = 1e-12
#: The highest point the bracket bisection visits (the λ given up above it is at most ``2^-20``).
_TOP = 1.0 - 2.0**-20
#: Newton steps on the whole vocabulary after a search on a restricted support.
_POLISH = 3


def feasibility_threshold(cap: torch.Tensor) -> torch.Tensor:
    """The bound the exact check tests against: ``cap`` less a margin far above float64 rounding of
    the divergence, so the released mixture satisfies the cap exactly, not to within rounding.
    Caps below the margin give ``λ = 0`` (public-only)."""
    return cap * (1.0 - 1e-9) - 1e-12


def _search_threshold(cap: torch.Tensor) -> torch.Tensor:
    """Slightly stricter bound for the search, so that its answer usually passes the exact check
    (giving up 1e-6 of the cap: the released λ stays within float tolerance of the maximal one)."""
    return cap * (1.0 - 1e-6) - 1e-11


def _chord(lam: torch.Tensor, fwd: torch.Tensor, rev: torch.Tensor, a: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Feasible point on the chords from λ = 0 to ``lam``; ``fwd``/``rev`` are ``b·D`` at ``lam``
    for both directions, ``t = b·bound``. Returns ``lam`` where both already hold."""
    b = a - 1.0
    rho_f = torch.where(fwd > t, torch.expm1(t / a) / torch.expm1(fwd / a), torch.ones_like(fwd))
    rho_r = torch.where(rev > t, torch.expm1(-t / b) / torch.expm1(-rev / b), torch.ones_like(rev))
    return (lam * torch.minimum(rho_f, rho_r)).nan_to_num(0.0).clamp(0.0, 1.0)


class SearchResult(NamedTuple):
    """What the search released: all three are private (functions of the groups' contexts)."""

    lam: torch.Tensor  #: ``[R, G]`` mixing weights
    divergence: torch.Tensor  #: ``[R, G]`` exact symmetric divergence of each group's mixture
    log_mixture: torch.Tensor  #: ``[R, G, V]`` ``log(λp + (1 − λ)q)``, the distributions checked


@dataclass(frozen=True)
class LambdaSearch:
    """Bracketed log-log Newton search for λ, vectorised over ``[R, G]`` groups.

    ``iterations`` is the fixed number of divergence evaluations per step. ``support`` is how many
    tokens the search looks at: those with the most mass in either distribution or the largest
    forward term at λ = 1, plus one bucket holding the rest of both distributions; 0 means the
    whole vocabulary. It only shapes the proposal: the check and the released mixture use the whole
    vocabulary, and a proposal that fails the check is repaired from exact values.
    ``early_exit``: on CPU, search and check only the groups that cannot already take λ = 1, read
    on the host (not a device synchronisation there); the others' check at λ = 1 is the one the
    search starts with. On CUDA every group goes through every step, with no synchronisation.
    """

    iterations: int = 8
    support: int = 256
    early_exit: bool = True

    def __post_init__(self) -> None:
        if not (isinstance(self.iterations, int) and not isinstance(self.iterations, bool)
                and 1 <= self.iterations <= 64):
            raise ValueError("iterations must be an integer in [1, 64]")
        if not (isinstance(self.support, int) and not isinstance(self.support, bool) and self.support >= 0):
            raise ValueError("support must be an integer >= 0 (0: the whole vocabulary)")

    def __call__(
        self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor
    ) -> SearchResult:
        """Shapes: ``logp [R, G, V]``, ``logq [R, 1, V]`` (float64), ``order [R, 1, 1]``, ``cap [R, 1]``.

        The returned mixtures are exactly the ones whose divergence was checked, so the decoder
        releases what was verified rather than a recomputation.
        """
        on_cpu = logp.device.type == "cpu"
        bound = feasibility_threshold(cap)
        b = order.squeeze(-1) - 1.0
        terms_f, terms_r = renyi_terms(logp, logq, order), renyi_terms(logq, logp, order)
        full = torch.maximum(torch.logsumexp(terms_f, -1), torch.logsumexp(terms_r, -1)) / b
        one = full <= bound
        if self.early_exit and on_cpu:
            return self._settle_open_groups(logp, logq, order, cap, terms_f, full, one)
        lam = torch.where(one, torch.ones_like(full), self._propose(logp, logq, order, cap, terms_f))
        return self._check(logp, logq, order, cap, lam, on_cpu)

    def _settle_open_groups(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor,
                            terms_f: torch.Tensor, full: torch.Tensor, one: torch.Tensor) -> SearchResult:
        """CPU: search and check only the groups that cannot take λ = 1 (read on the host).

        A group with ``full <= bound`` takes λ = 1, and its mixture is ``p`` itself, whose exact
        divergence ``full`` was just computed by the same operations as the check would use; a group
        whose cap is 0 releases ``q``. Only the rest (``open``) go through the search, the mixture
        and the exact check, gathered into ``[A, 1, V]``, so the cost of the float64
        whole-vocabulary work grows with the groups whose private context matters at this step,
        not with N (padding groups, equal to the public row, are never open).
        """
        live = cap > 0  # [R, 1]
        lam = torch.where(live, torch.ones_like(full), torch.zeros_like(full))
        divergence = torch.where(live, full, torch.zeros_like(full))
        logm = torch.where(live.unsqueeze(-1), logp, logq)
        rows, groups = torch.nonzero(~one & live, as_tuple=True)
        if rows.numel():
            sub_p, sub_q, sub_order, sub_cap = logp[rows, groups].unsqueeze(1), logq[rows], order[rows], cap[rows]
            proposal = self._propose(sub_p, sub_q, sub_order, sub_cap, terms_f[rows, groups].unsqueeze(1))
            sub = self._check(sub_p, sub_q, sub_order, sub_cap, proposal, on_cpu=True)
            lam[rows, groups] = sub.lam[:, 0]
            divergence[rows, groups] = sub.divergence[:, 0]
            logm[rows, groups] = sub.log_mixture[:, 0]
        return SearchResult(lam, divergence, logm)

    def _check(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor,
               lam: torch.Tensor, on_cpu: bool) -> SearchResult:
        """The exact float64 check of ``lam`` (cap 0: λ = 0), with the chord repair and, where even
        that fails, ``q`` itself."""
        bound = feasibility_threshold(cap)
        b = order.squeeze(-1) - 1.0
        lam = torch.where(cap > 0, lam, torch.zeros_like(lam))  # cap 0: exactly public-only
        logm = _mixture(logp, logq, lam)
        fwd, rev = _directions(logm, logq, order)
        # cap 0 releases q itself: its divergence is exactly 0 (not D(q‖q) as rounded)
        divergence = torch.where(cap > 0, torch.maximum(fwd, rev), torch.zeros_like(fwd))
        # Fail closed: NaN (a non-finite logit in some context) compares False, so test "not within".
        failed = ~(divergence <= bound) & (cap > 0)
        if not on_cpu or bool(failed.any()):  # on CUDA computed always, to avoid a sync
            repaired = _chord(lam, b * fwd, b * rev, order.squeeze(-1), b * bound)
            r_logm = _mixture(logp, logq, repaired)
            r_div = torch.maximum(*_directions(r_logm, logq, order))
            # Where the repair fails too: λ = 0, i.e. q itself (log_mixture is exact there).
            ok = r_div <= bound
            r_lam = torch.where(ok, repaired, torch.zeros_like(repaired))
            r_logm = torch.where(ok.unsqueeze(-1), r_logm, logq.expand_as(r_logm))
            r_div = torch.where(ok, r_div, torch.zeros_like(r_div))
            lam = torch.where(failed, r_lam, lam)
            logm = torch.where(failed.unsqueeze(-1), r_logm, logm)
            divergence = torch.where(failed, r_div, divergence)
        return SearchResult(lam, divergence, logm)

    def _restrict(self, logp: torch.Tensor, logq: torch.Tensor,
                  terms_f: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``(logp, logq)`` on each group's ``support`` heaviest tokens plus a bucket for the rest
        (``[R, G, support + 1]``), or unchanged when the vocabulary is not larger than that."""
        if self.support == 0 or logp.shape[-1] <= self.support + 1:
            return logp, logq
        # Mass in either distribution, and the forward term at λ = 1 (p^a q^(1−a): tokens far more
        # likely with the group). Not the reverse term at λ = 1: it is huge wherever p ≪ q, but
        # such a token weighs about q for any λ not close to 1, which its mass already ranks.
        weight = torch.maximum(torch.maximum(terms_f, logp), logq)
        index = torch.topk(weight, self.support, dim=-1, sorted=False).indices
        top_p = logp.gather(-1, index)
        top_q = logq.expand_as(logp).gather(-1, index)
        rest_p, rest_q = (torch.log((-torch.expm1(torch.logsumexp(top, -1, keepdim=True))).clamp(min=0.0))
                          for top in (top_p, top_q))
        # A rest of q that rounds to 0 must not look like mass outside q's support (which forces
        # λ = 0); true such tokens weigh +∞ and are in the support anyway.
        rest_p = torch.where(torch.isneginf(rest_q), rest_q, rest_p)
        return torch.cat([top_p, rest_p], -1), torch.cat([top_q, rest_q], -1)

    def _propose(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor,
                 terms_f: torch.Tensor) -> torch.Tensor:
        """λ to check: the bracket search on the restricted support, then, if the support was
        restricted, ``_POLISH`` evaluations on the whole vocabulary: each certifies a feasible
        point (the point itself, or its chord point) and proposes the next by a log-log Newton
        step, which converges quadratically from the restricted search's answer."""
        sp, sq = self._restrict(logp, logq, terms_f)
        lam = self._search(sp, sq, order, cap)
        if sp.shape[-1] == logp.shape[-1]:
            return lam
        u, blocked = _ratio(logp, logq)
        a = order.squeeze(-1)
        t = (a - 1.0) * _search_threshold(cap)
        safe = torch.zeros_like(lam)
        for _ in range(_POLISH):
            fwd, rev, g_f, g_r = _evaluate(lam, u, logq, a)
            feasible = (fwd <= t) & (rev <= t)
            safe = torch.maximum(safe, torch.where(feasible, lam, _chord(lam, fwd, rev, a, t)))
            step = _log_log_step(lam, fwd, rev, g_f, g_r, a, t)
            lam = torch.where(torch.isfinite(step) & (step > 0), step.clamp(max=_TOP), lam)
        return torch.where(blocked, torch.zeros_like(safe), safe)

    def _search(self, logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor, cap: torch.Tensor) -> torch.Tensor:
        """The bracket search (float64): returns the feasible end of the bracket."""
        u, blocked = _ratio(logp, logq)
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
            # Newton on φ (convex) and ψ (concave), from either side: the tangent lies below φ and
            # above ψ, so where it meets the limit is at or above that direction's root.
            n_f = torch.where(g_f > 0, hi + torch.expm1((t - fwd) / a) / g_f, torch.ones_like(hi))
            n_r = torch.where(g_r < 0, hi + torch.expm1((rev - t) / b) / g_r, torch.ones_like(hi))
            upper = torch.minimum(n_f, n_r).nan_to_num(1.0)
            upper = torch.maximum(torch.where(feasible, upper, torch.minimum(upper, hi)), lo)
            # Is ub a Newton point from above not yet evaluated? (Kept across feasible points.)
            fresh = torch.where(feasible, fresh, upper < ub)
            ub = torch.minimum(ub, upper)
            step = _log_log_step(hi, fwd, rev, g_f, g_r, a, t)
            # If that step leaves the bracket (NaN and ∞ included), evaluate the Newton point from
            # above (it converges monotonically), else bisect the bracket in logit coordinates
            # (geometric in λ near 0, in 1 − λ near 1, where the reverse divergence can be singular).
            trusted = (step > lo) & (step < ub)
            hi = torch.where(trusted, step, torch.where(fresh, ub, _logit_midpoint(lo, ub)))
        return torch.where(blocked, torch.zeros_like(lo), lo)


def _ratio(logp: torch.Tensor, logq: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``u = p/q − 1`` (0 where ``q = 0``) and, per group, whether only λ = 0 is possible: mass
    outside q's support, or a ratio beyond float64 (then λ* < 1e-300 anyway)."""
    q_zero = torch.isneginf(logq)
    u = torch.where(q_zero, torch.zeros_like(logp), torch.expm1(logp - logq))
    blocked = ((q_zero & ~torch.isneginf(logp)) | torch.isinf(u)).any(-1)
    return torch.where(torch.isinf(u), torch.zeros_like(u), u), blocked


def _log_log_step(lam: torch.Tensor, fwd: torch.Tensor, rev: torch.Tensor, g_f: torch.Tensor, g_r: torch.Tensor,
                  a: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Newton's step in log-log coordinates, ``k = d log(φ − 1) / d log λ`` (same for ``1 − ψ``),
    taking the nearer root of the two directions; a direction whose divergence is lost in
    rounding has no say (all lost: ``+∞``)."""
    b = a - 1.0
    k_f = lam * g_f / -torch.expm1(-fwd / a)
    k_r = lam * -g_r / torch.expm1(rev / b)
    log_f = torch.log(torch.expm1(t / a) / torch.expm1(fwd / a)) / k_f
    log_r = torch.log(torch.expm1(-t / b) / torch.expm1(-rev / b)) / k_r
    inf = torch.full_like(lam, float("inf"))
    log_step = torch.minimum(torch.where(fwd > _PRECISE, log_f, inf), torch.where(rev > _PRECISE, log_r, inf))
    return lam * torch.exp(log_step)


def _logit_midpoint(lo: torch.Tensor, ub: torch.Tensor) -> torch.Tensor:
    """Midpoint of ``[lo, ub]`` in logit coordinates, with the ends kept inside ``[2^-60, 1 − 2^-20]``."""
    lo_c, ub_c = lo.clamp(2.0**-60, _TOP), ub.clamp(2.0**-60, _TOP)
    return torch.sigmoid(0.5 * (torch.logit(lo_c) + torch.logit(ub_c)))


def _mixture(logp: torch.Tensor, logq: torch.Tensor, lam: torch.Tensor) -> torch.Tensor:
    """``log(λp + (1 − λ)q)`` for ``lam [R, G]``, and ``q`` itself where ``λ = 0`` (even when ``p``
    holds NaNs, which ``log_mixture`` would carry into the result)."""
    logm = log_mixture(logp, logq, lam.unsqueeze(-1))
    return torch.where((lam == 0).unsqueeze(-1), logq.expand_as(logm), logm)


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
