"""Pure Rényi-DP math for DP-Fusion: per-step cost, composition and conversion to (ε, δ).

Every function is keyword-only, side-effect free and works on Python floats in log space, so it can
be checked against an mpmath reference (``shared/accounting_vectors.json``).

Notation: at each decoding step the engine bounds the symmetric Rényi divergence of order
``enforcement_order(alpha, relation)`` between each group's mixture ``m_i`` and the public
distribution ``q`` by ``cap``; the released token is drawn from ``(1/N) Σ m_i``.
"""

from __future__ import annotations

import math

from dpfusion_integrations.accounting.relation import Relation
from dpfusion_integrations.errors import InvalidParameterError

__all__ = [
    "enforcement_order",
    "effective_cap",
    "step_rdp",
    "compose",
    "rdp_to_epsilon",
    "rdp_to_epsilon_classic",
    "rdp_budget_for_epsilon",
    "cap_for_step_rdp",
]


def _check_alpha(alpha: float) -> None:
    if not (math.isfinite(alpha) and alpha > 1.0):
        raise InvalidParameterError(f"alpha must be a finite order > 1, got {alpha!r}")


def _check_cap(cap: float) -> None:
    if not (math.isfinite(cap) and cap >= 0.0):
        raise InvalidParameterError(f"cap must be a finite number >= 0, got {cap!r}")


def enforcement_order(*, alpha: float, relation: Relation) -> float:
    """Order at which the per-token cap must be enforced so that ``step_rdp`` holds at ``alpha``.

    Redaction: ``alpha`` itself. Substitution: ``2 * alpha``, which the weak triangle inequality
    (Mironov 2017, Prop. 11) needs to relate two arbitrary values of a group through ``q``.
    """
    _check_alpha(alpha)
    return 2.0 * alpha if Relation(relation) is Relation.SUBSTITUTION else alpha


def effective_cap(*, alpha: float, cap: float, relation: Relation) -> float:
    """Bound at order ``alpha`` on the divergence between one group's mixtures under neighbours.

    Redaction: the neighbour's mixture is ``q`` itself, so the bound is ``cap``.
    Substitution: both mixtures are within ``cap`` of ``q`` at order ``2α``; the weak triangle
    inequality gives ``D_α(m || m') ≤ (α−½)/(α−1)·D_2α(m || q) + D_{2α−1}(q || m')``
    ``≤ ((α−½)/(α−1))·cap + cap`` (Rényi divergence is non-decreasing in its order).
    """
    _check_alpha(alpha)
    _check_cap(cap)
    if Relation(relation) is Relation.SUBSTITUTION:
        return ((alpha - 0.5) / (alpha - 1.0)) * cap + cap
    return cap


def step_rdp(
    *,
    alpha: float,
    cap: float,
    n_groups: int,
    relation: Relation = Relation.REDACTION,
    groups_changed: int = 1,
) -> float:
    """RDP cost at order ``alpha`` of releasing one token, for a neighbour that changes
    ``groups_changed`` of the ``n_groups`` groups.

    The released distribution is the average of ``N`` mixtures of which ``k`` differ between
    neighbours, each by at most ``c = effective_cap(...)`` at order ``α``. Joint convexity of
    ``Σ P^α Q^(1−α)`` (α > 1) gives ``exp((α−1)·D) ≤ (N−k)/N + (k/N)·exp((α−1)·c)``, i.e.
    ``log((N−1)/N + exp((α−1)·cap)/N)/(α−1)`` for ``k = 1`` and exactly ``c`` for ``k = N``.
    (The paper's ``4β`` form under-counts this for ``α > 4``; it is not used.)
    """
    _check_alpha(alpha)
    if not (isinstance(n_groups, int) and n_groups >= 1):
        raise InvalidParameterError(f"n_groups must be an integer >= 1, got {n_groups!r}")
    if not (isinstance(groups_changed, int) and 1 <= groups_changed <= n_groups):
        raise InvalidParameterError(f"groups_changed must be an integer in [1, n_groups], got {groups_changed!r}")
    c = effective_cap(alpha=alpha, cap=cap, relation=relation)
    if groups_changed == n_groups:
        return c
    x = (alpha - 1.0) * c
    if x > 700.0:  # expm1 overflows; log1p(k/N·e^x) = x + log(k/N) + log1p(...) to double precision
        return (x + math.log(groups_changed / n_groups)) / (alpha - 1.0)
    return math.log1p((groups_changed / n_groups) * math.expm1(x)) / (alpha - 1.0)


def compose(*, step_costs: list[float] | tuple[float, ...] = (), step_cost: float = 0.0, count: int = 0) -> float:
    """RDP at one fixed order adds under (adaptive) composition (Mironov 2017, Prop. 1).

    Either a sequence of per-step costs, or ``count`` repetitions of ``step_cost``, or both.
    """
    if count < 0:
        raise InvalidParameterError(f"count must be >= 0, got {count!r}")
    costs = list(step_costs)
    if any(not math.isfinite(c) or c < 0 for c in costs) or not math.isfinite(step_cost) or step_cost < 0:
        raise InvalidParameterError("RDP costs must be finite and >= 0")
    return math.fsum(costs) + count * step_cost


def rdp_to_epsilon(*, rdp: float, alpha: float, delta: float) -> float:
    """(ε, δ) from ``(α, rdp)``-RDP with the improved conversion
    ``ε = rdp + log(1 − 1/α) − log(δ·α)/(α − 1)``, clamped at 0
    (Balle et al. 2020, "Hypothesis testing interpretations and Rényi DP", Thm. 21;
    Canonne, Kamath & Steinke 2020, Prop. 12). Never worse than the classic conversion.

    ``rdp == 0`` gives ``ε = 0`` exactly: a zero Rényi divergence means identical output
    distributions (public-only decoding), which is (0, 0)-DP; the formula's overhead is slack there.
    """
    _check_alpha(alpha)
    _check_delta(delta)
    if not (math.isfinite(rdp) and rdp >= 0):
        raise InvalidParameterError(f"rdp must be finite and >= 0, got {rdp!r}")
    if rdp == 0:
        return 0.0
    eps = rdp + math.log1p(-1.0 / alpha) - (math.log(delta) + math.log(alpha)) / (alpha - 1.0)
    return max(0.0, eps)


def rdp_to_epsilon_classic(*, rdp: float, alpha: float, delta: float) -> float:
    """Classic conversion ``ε = rdp + log(1/δ)/(α − 1)`` (Mironov 2017, Prop. 3); reference only."""
    _check_alpha(alpha)
    _check_delta(delta)
    return rdp + math.log(1.0 / delta) / (alpha - 1.0)


def rdp_budget_for_epsilon(*, epsilon: float, alpha: float, delta: float) -> float:
    """Largest total RDP at ``alpha`` whose improved conversion stays within ``epsilon``
    (the inverse of ``rdp_to_epsilon``); negative when ``epsilon`` is out of reach at this order."""
    _check_alpha(alpha)
    _check_delta(delta)
    return epsilon - math.log1p(-1.0 / alpha) + (math.log(delta) + math.log(alpha)) / (alpha - 1.0)


def cap_for_step_rdp(*, step: float, alpha: float, n_groups: int, relation: Relation = Relation.REDACTION,
                     groups_changed: int = 1) -> float:
    """Largest per-token cap whose ``step_rdp`` (``groups_changed`` groups changed) equals ``step``:
    the inverse of ``step_rdp`` in ``cap``. Callers must re-check the forward value (rounding)."""
    _check_alpha(alpha)
    if not (math.isfinite(step) and step >= 0):
        raise InvalidParameterError(f"step must be finite and >= 0, got {step!r}")
    ratio = n_groups / groups_changed
    x = (alpha - 1.0) * step
    if x > 700.0:
        c = (x + math.log(ratio)) / (alpha - 1.0)
    else:
        c = math.log1p(ratio * math.expm1(x)) / (alpha - 1.0)
    if Relation(relation) is Relation.SUBSTITUTION:
        c = c / ((alpha - 0.5) / (alpha - 1.0) + 1.0)
    return c


def _check_delta(delta: float) -> None:
    if not (isinstance(delta, (int, float)) and 0.0 < delta < 1.0):
        raise InvalidParameterError(f"delta must be in (0, 1), got {delta!r}")
