"""Spends as immutable events; ε is always computed from events, never stored as the truth."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from dpfusion_integrations.accounting.analysis import rdp_to_epsilon, step_rdp
from dpfusion_integrations.accounting.relation import Relation

__all__ = ["SpendEvent", "total_rdp", "composed_epsilon", "refunded_steps"]


class SpendEvent(BaseModel):
    """One DP-Fusion call's charge to one privacy unit: ``tokens`` steps at ``(alpha, cap)``.

    ``groups_changed`` is how many of the call's ``n_groups`` groups the unit's data lies in
    (1 for an entity value; ``n_groups`` for a whole-document unit).
    """

    model_config = ConfigDict(frozen=True)

    alpha: float = Field(gt=1, description="Rényi order of the accounting.")
    cap: float = Field(ge=0, description="Per-token bound on the symmetric divergence.")
    relation: Relation = Field(description="Neighbouring relation the cap is enforced for.")
    n_groups: int = Field(ge=1, description="Number of privacy groups mixed at every step.")
    groups_changed: int = Field(default=1, ge=1, description="Groups of this call holding the unit's data.")
    tokens: int = Field(ge=0, description="Steps charged (max_new_tokens, or the emitted count after refund).")

    @property
    def rdp(self) -> float:
        """Total RDP at ``alpha``: ``tokens`` times the per-step cost."""
        return self.rdp_at(self.alpha)

    def rdp_at(self, order: float) -> float:
        """Total RDP at any ``order`` in ``(1, alpha]``.

        A cap enforced at order ``a`` also holds at every lower order (Rényi divergence is
        non-decreasing in its order), so the same mixture bound applies there; this lets events
        calibrated at different orders compose at a common one.
        """
        if not (1.0 < order <= self.alpha):
            from dpfusion_integrations.errors import InvalidParameterError

            raise InvalidParameterError(f"an event at alpha={self.alpha} bounds RDP only at orders in (1, alpha]")
        k = min(self.groups_changed, self.n_groups)
        return self.tokens * step_rdp(alpha=order, cap=self.cap, n_groups=self.n_groups,
                                      relation=self.relation, groups_changed=k)

    def epsilon(self, delta: float) -> float:
        """(ε, δ) of this event alone."""
        return rdp_to_epsilon(rdp=self.rdp, alpha=self.alpha, delta=delta)


def total_rdp(events: list[SpendEvent] | tuple[SpendEvent, ...], *, alpha: float) -> float:
    """Compose events at one order (RDP adds); events at another order are a typed error."""
    from dpfusion_integrations.errors import InvalidParameterError

    if any(e.alpha != alpha for e in events):
        raise InvalidParameterError("cannot compose RDP events of different orders; use one alpha per ledger")
    return sum(e.rdp for e in events)


def composed_epsilon(events: list[SpendEvent] | tuple[SpendEvent, ...], *, delta: float) -> float:
    """ε at ``delta`` of all ``events`` composed: RDP adds at each common order (every order up to the
    smallest event order is valid), and the best order's conversion is taken."""
    from dpfusion_integrations.accounting.calibration import ALPHA_GRID

    if not events:
        return 0.0
    top = min(e.alpha for e in events)
    orders = [a for a in ALPHA_GRID if a < top] + [top]
    return min(rdp_to_epsilon(rdp=sum(e.rdp_at(a) for e in events), alpha=a, delta=delta) for a in orders)


def refunded_steps(max_new_tokens: int, tokens_emitted: int, tokens_forced: int = 0, tokens_closing: int = 0) -> int:
    """Steps a paraphrase or constrained call is charged once its unused tail is refunded: the
    sampled tokens plus the stopping step, at most the budget. Free tokens are not sampled steps:
    those a grammar forced, and those of the closing phase (drawn from the public distribution
    alone once the budget is spent, so such a call is charged its whole budget either way)."""
    return min(max_new_tokens, tokens_emitted - tokens_forced - tokens_closing + 1)
