"""Accounting for the faithful release: a per-group cap from each group's own slot steps.

In the faithful release (``docs/guarantee.md``, "Faithful release") public text is forced and only
the tokens of private slots are sampled. Inside a slot of group ``g`` the released distribution is
``m_g = λ_g p_g + (1 − λ_g) q`` alone, so one step costs group ``g`` exactly one owner-only step
(``step_rdp`` with ``N = 1``: ``cap`` under redaction, the weak-triangle bound under substitution)
and costs every other group nothing. Group ``g`` is therefore charged for at most
``T_g = slots_g × slot_tokens`` steps, a number fixed by the public structure, and a privacy unit
whose data lies in several groups is charged the sum over them.

Calibration gives each group its own cap. With ``B`` the RDP budget of ``ε`` at order ``α``, a
unit ``u`` is charged ``Σ_{g ∋ u} T_g · c(cap_g)``; choosing ``c(cap_g) ≤ B / T*_g`` with
``T*_g = max_{u ∋ g} Σ_{g' ∋ u} T_g'`` keeps every unit within ``B``. The best order does not
depend on ``T`` (the cap per step scales as ``1/T`` at every order), so one order serves every group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dpfusion_integrations.accounting.analysis import rdp_to_epsilon, step_rdp
from dpfusion_integrations.accounting.calibration import calibrate, guarantee
from dpfusion_integrations.accounting.events import SpendEvent
from dpfusion_integrations.accounting.relation import Relation
from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["SlotCalibration", "calibrate_slots", "faithful_event", "slot_steps_per_unit"]


@dataclass(frozen=True)
class SlotCalibration:
    """Order, relation and one cap per group for a faithful release.

    ``steps[g]`` is group ``g``'s charged step budget (its slots × the per-slot limit); ``caps[g]`` the
    per-token bound enforced on its slots (at ``2α`` under substitution).
    """

    alpha: float
    relation: Relation
    delta: float
    caps: tuple[float, ...]
    steps: tuple[int, ...]

    def step_cost(self, group: int) -> float:
        """RDP at ``alpha`` of one step inside a slot of ``group``, for that group (others: 0)."""
        if self.caps[group] == 0:
            return 0.0
        return step_rdp(alpha=self.alpha, cap=self.caps[group], n_groups=1, relation=self.relation)

    def unit_rdp(self, groups: Sequence[int], steps: Sequence[int] | None = None) -> float:
        """RDP at ``alpha`` charged to a unit whose data lies in ``groups``, for ``steps`` per group
        (default: the budget ``self.steps``; after a decode, the steps actually taken)."""
        used = self.steps if steps is None else steps
        return math.fsum(used[g] * self.step_cost(g) for g in set(groups))

    def group_epsilon(self, group: int) -> float:
        """ε at ``delta`` of group ``group``'s whole budget."""
        return rdp_to_epsilon(rdp=self.unit_rdp([group]), alpha=self.alpha, delta=self.delta)

    @property
    def cap(self) -> float:
        """The largest per-group cap: a bound that holds at every sampled step."""
        return max(self.caps, default=0.0)


def slot_steps_per_unit(steps: Sequence[int], unit_groups: Mapping[str, Sequence[int]]) -> dict[str, int]:
    """Unit → the steps charged to it: the sum of the budgets of the groups holding its data."""
    return {u: sum(steps[g] for g in set(gs)) for u, gs in unit_groups.items()}


def calibrate_slots(*, epsilon: float, delta: float, steps: Sequence[int], unit_groups: Mapping[str, Sequence[int]],
                    relation: Relation = Relation.REDACTION, alpha: float | None = None,
                    rdp_headroom: float = 0.0) -> SlotCalibration:
    """Per-group caps so that every unit of ``unit_groups`` (unit → indices of the groups holding its
    data) is charged at most ``epsilon`` at ``delta`` over its groups' ``steps``.

    ``epsilon == 0`` gives caps of 0 (public-only). A group no unit lies in is calibrated alone. Uses
    only public quantities: ε, δ, the step budgets and which groups each unit lies in.
    """
    if any(isinstance(s, bool) or not isinstance(s, int) or s < 1 for s in steps):
        raise InvalidParameterError("every group needs a step budget >= 1")
    relation = Relation(relation)
    if not steps:
        order = float(alpha) if alpha is not None else 2.0
        guarantee(alpha=order, cap=0.0, n_groups=0, max_new_tokens=1, delta=delta, relation=relation)  # checks
        return SlotCalibration(alpha=order, relation=relation, delta=delta, caps=(), steps=())
    worst = [steps[g] for g in range(len(steps))]  # T*_g, at least the group's own budget
    for groups in unit_groups.values():
        total = sum(steps[g] for g in set(groups))
        for g in set(groups):
            worst[g] = max(worst[g], total)
    if epsilon == 0:  # public-only: nothing is charged
        zero = calibrate(epsilon=0.0, delta=delta, max_new_tokens=1, n_groups=1, relation=relation, alpha=alpha)
        return SlotCalibration(alpha=zero.alpha, relation=relation, delta=delta, caps=(0.0,) * len(steps),
                               steps=tuple(steps))
    # The best order does not depend on T; calibrating the largest T*_g picks it (or checks a given one).
    reference = calibrate(epsilon=epsilon, delta=delta, max_new_tokens=max(worst), n_groups=1, relation=relation,
                          alpha=alpha, rdp_headroom=rdp_headroom)
    caps = tuple(calibrate(epsilon=epsilon, delta=delta, max_new_tokens=t, n_groups=1, relation=relation,
                           alpha=reference.alpha, rdp_headroom=rdp_headroom).cap for t in worst)
    out = SlotCalibration(alpha=reference.alpha, relation=relation, delta=delta, caps=caps, steps=tuple(steps))
    # Each unit's sum is within ε up to float rounding of the sum; shave the caps until it holds exactly.
    for _ in range(64):
        over = [u for u, gs in unit_groups.items()
                if rdp_to_epsilon(rdp=out.unit_rdp(gs) + rdp_headroom, alpha=out.alpha, delta=delta) > epsilon]
        if not over:
            return out
        out = SlotCalibration(alpha=out.alpha, relation=relation, delta=delta,
                              caps=tuple(c * (1.0 - 1e-12) for c in out.caps), steps=out.steps)
    raise InvalidParameterError("could not calibrate the slot caps within epsilon")  # pragma: no cover


def faithful_event(*, alpha: float, relation: Relation | str, caps: Mapping[str, float], labels: Sequence[str],
                   steps: Mapping[str, int]) -> SpendEvent:
    """One spend event for a faithful charge over the groups ``labels``: ``Σ steps_g · c(cap_g)``.

    With one group mixed per step the per-step cost is linear in the cap at every order (``cap`` under
    redaction, ``((a − ½)/(a − 1) + 1)·cap`` under substitution), so ``tokens = Σ steps_g`` at the
    step-weighted mean cap is exactly that sum, at ``alpha`` and at every lower order.
    """
    unique = list(dict.fromkeys(labels))
    tokens = sum(int(steps.get(label, 0)) for label in unique)
    weighted = math.fsum(int(steps.get(label, 0)) * float(caps.get(label, 0.0)) for label in unique)
    cap = weighted / tokens if tokens else 0.0
    return SpendEvent(alpha=alpha, cap=cap, relation=Relation(relation), n_groups=1, groups_changed=1, tokens=tokens)
