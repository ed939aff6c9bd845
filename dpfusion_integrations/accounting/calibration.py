"""Calibration: from a requested (ε, δ) and a token budget to the order α and per-token cap.

The choice uses only public quantities (ε, δ, ``max_new_tokens``, the number of groups and the
relation), never the private distributions, because a choice driven by private data would itself leak.

Utility proxy: for small caps every Rényi divergence of order α behaves like ``(α/2)·λ²·χ²(p‖q)``
along the mixture path, so the largest admissible mixing weight λ grows like ``sqrt(cap / order)``.
Among all orders on a fixed grid, calibration picks the one with the largest ``cap / order``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dpfusion_integrations.accounting.analysis import (
    cap_for_step_rdp,
    enforcement_order,
    rdp_budget_for_epsilon,
    rdp_to_epsilon,
    step_rdp,
)
from dpfusion_integrations.accounting.relation import Relation
from dpfusion_integrations.errors import InfeasibleEpsilonError, InvalidParameterError

__all__ = ["Calibration", "calibrate", "guarantee", "smallest_feasible_epsilon", "ALPHA_GRID"]

#: Orders searched by calibration: geometric from 1.05 to 512, plus the usual integers.
ALPHA_GRID: tuple[float, ...] = tuple(
    sorted({round(1.05 * (512 / 1.05) ** (i / 399), 6) for i in range(400)} | {float(a) for a in range(2, 65)})
)


@dataclass(frozen=True)
class Calibration:
    """An (α, cap) pair and the data-independent guarantee it gives for ``max_new_tokens`` tokens."""

    alpha: float
    cap: float
    relation: Relation
    n_groups: int
    max_new_tokens: int
    delta: float
    step_rdp: float
    rdp: float
    epsilon: float
    groups_changed: int = 1

    @property
    def epsilon_per_group(self) -> float:
        """ε for a neighbour that changes one group (≤ ``epsilon``)."""
        step = step_rdp(alpha=self.alpha, cap=self.cap, n_groups=max(self.n_groups, 1), relation=self.relation)
        return rdp_to_epsilon(rdp=self.max_new_tokens * step, alpha=self.alpha, delta=self.delta)


def guarantee(
    *, alpha: float, cap: float, n_groups: int, max_new_tokens: int, delta: float, relation: Relation,
    groups_changed: int = 1,
) -> Calibration:
    """The guarantee of running ``max_new_tokens`` steps at ``(alpha, cap)``: ``T_max · ε_step``,
    for a privacy unit whose data lies in ``groups_changed`` of the groups."""
    _check_common(delta=delta, max_new_tokens=max_new_tokens, n_groups=n_groups)
    groups = max(n_groups, 1)
    k = min(max(groups_changed, 1), groups)
    step = step_rdp(alpha=alpha, cap=cap, n_groups=groups, relation=relation, groups_changed=k)
    total = max_new_tokens * step
    return Calibration(
        alpha=alpha,
        cap=cap,
        relation=Relation(relation),
        n_groups=n_groups,
        max_new_tokens=max_new_tokens,
        delta=delta,
        step_rdp=step,
        rdp=total,
        epsilon=rdp_to_epsilon(rdp=total, alpha=alpha, delta=delta),
        groups_changed=k,
    )


def smallest_feasible_epsilon(*, delta: float, alphas: tuple[float, ...] = ALPHA_GRID) -> float:
    """Infimum of the ε reachable with a positive cap: the conversion overhead at the best order."""
    return max(0.0, min(-rdp_budget_for_epsilon(epsilon=0.0, alpha=a, delta=delta) for a in alphas))


def calibrate(
    *,
    epsilon: float,
    delta: float,
    max_new_tokens: int,
    n_groups: int,
    relation: Relation = Relation.REDACTION,
    alpha: float | None = None,
    alphas: tuple[float, ...] = ALPHA_GRID,
    rdp_headroom: float = 0.0,
    groups_changed: int = 1,
) -> Calibration:
    """Pick the order and cap with the most utility whose guarantee is at most ``epsilon``.

    ``alpha`` fixes the order (a ledger keeps one order for all its spends). Raises
    ``InfeasibleEpsilonError`` naming the smallest feasible ε when no order reaches ``epsilon``.
    ``epsilon == 0`` yields ``cap == 0``: public-only decoding. ``rdp_headroom`` is RDP kept
    unspent, e.g. for a ledger that rounds amounts up to whole micro-nats. ``groups_changed`` is
    the largest number of groups one privacy unit lies in (all of them for a whole-document unit):
    ε then holds per unit, not only per group.
    """
    _check_common(delta=delta, max_new_tokens=max_new_tokens, n_groups=n_groups)
    if not (isinstance(epsilon, (int, float)) and math.isfinite(epsilon) and epsilon >= 0):
        raise InvalidParameterError(f"epsilon must be a finite number >= 0, got {epsilon!r}")
    relation = Relation(relation)
    grid = (float(alpha),) if alpha is not None else alphas
    if epsilon == 0:
        order = grid[0] if alpha is not None else 2.0
        return guarantee(alpha=order, cap=0.0, n_groups=n_groups, max_new_tokens=max_new_tokens, delta=delta,
                         relation=relation, groups_changed=groups_changed)
    groups = max(n_groups, 1)
    k = min(max(groups_changed, 1), groups)
    best: tuple[float, float, float] | None = None  # (utility, alpha, cap)
    for a in grid:
        budget = rdp_budget_for_epsilon(epsilon=epsilon, alpha=a, delta=delta) - rdp_headroom
        if budget <= 0:
            continue
        cap = _fit_cap(a, budget / max_new_tokens, groups, k, max_new_tokens, relation, epsilon, delta,
                       rdp_headroom)
        if cap <= 0:
            continue
        utility = cap / enforcement_order(alpha=a, relation=relation)
        if best is None or utility > best[0]:
            best = (utility, a, cap)
    if best is None:
        raise InfeasibleEpsilonError(
            epsilon=epsilon,
            min_epsilon=smallest_feasible_epsilon(delta=delta, alphas=grid),
            delta=delta,
            max_new_tokens=max_new_tokens,
        )
    _, a, cap = best
    return guarantee(alpha=a, cap=cap, n_groups=n_groups, max_new_tokens=max_new_tokens, delta=delta,
                     relation=relation, groups_changed=k)


def _fit_cap(alpha: float, step: float, groups: int, k: int, tokens: int, relation: Relation, epsilon: float,
             delta: float, headroom: float) -> float:
    """Closed-form cap for the step budget, nudged down until the forward guarantee is within ε."""
    cap = cap_for_step_rdp(step=step, alpha=alpha, n_groups=groups, relation=relation, groups_changed=k)
    for _ in range(64):
        total = tokens * step_rdp(alpha=alpha, cap=cap, n_groups=groups, relation=relation, groups_changed=k)
        if rdp_to_epsilon(rdp=total + headroom, alpha=alpha, delta=delta) <= epsilon:
            return cap
        cap = math.nextafter(cap, 0.0) * (1.0 - 1e-12)
    return 0.0


def _check_common(*, delta: float, max_new_tokens: int, n_groups: int) -> None:
    if not (isinstance(delta, (int, float)) and not isinstance(delta, bool) and 0.0 < delta < 1.0):
        raise InvalidParameterError(f"delta must be in (0, 1), got {delta!r}")
    if not (isinstance(max_new_tokens, int) and not isinstance(max_new_tokens, bool) and max_new_tokens >= 1):
        raise InvalidParameterError(f"max_new_tokens must be an integer >= 1, got {max_new_tokens!r}")
    if not (isinstance(n_groups, int) and not isinstance(n_groups, bool) and n_groups >= 0):
        raise InvalidParameterError(f"n_groups must be an integer >= 0, got {n_groups!r}")
