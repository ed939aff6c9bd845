"""Per-unit privacy totals of a set of released records, composed at the RDP level.

A unit charged by several records (one data subject in several documents) is covered by the
composition of their spend events: RDP adds at each common order and the best order's conversion is
taken (:func:`dpfusion_integrations.accounting.events.composed_epsilon`); ε's are never added.
Totals here are data-independent: every record is charged its full budget, ``max_new_tokens`` (the
faithful release: ``slot_tokens`` per private span), and a ledger charges less after an early stop
(see docs/corpus.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dpfusion_integrations.accounting.events import SpendEvent, composed_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report

__all__ = ["UnitEpsilon", "compose_units"]


class UnitEpsilon(BaseModel):
    """The composed guarantee of one privacy unit over the records that charged it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str = Field(description="Privacy unit id (opaque; the caller's record id or unit).")
    epsilon: float = Field(ge=0, description="ε at delta of all the unit's records composed (RDP level).")
    delta: float = Field(gt=0, lt=1, description="δ of epsilon.")
    records: int = Field(ge=0, description="How many released records charged this unit.")


def compose_units(records: Iterable[tuple[Sequence[str], Mapping[str, Any] | Any]], *,
                  delta: float) -> list[UnitEpsilon]:
    """Composed ε per unit over ``records``: pairs of a record's caller units (its id, or the units it
    names, which cover every group of the record) and its report (``PrivacyReport`` or its JSON dict),
    sorted by unit id. Reports name units by per-call aliases, so the record's own units are used; a
    record whose report charges nothing (ε = 0, no private span) adds nothing but is counted."""
    events: dict[str, list[SpendEvent]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for units, report in records:
        data = report.model_dump(mode="json") if hasattr(report, "model_dump") else dict(report)
        charged = events_from_report(data, refund_unused=False)
        worst = max(charged.values(), key=lambda e: e.rdp, default=None)
        for unit in units:
            counts[unit] += 1
            if worst is not None:
                events[unit].append(worst)
    return [UnitEpsilon(unit=u, epsilon=composed_epsilon(events.get(u, []), delta=delta), delta=delta, records=n)
            for u, n in sorted(counts.items())]
