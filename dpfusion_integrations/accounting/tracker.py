"""In-memory totals of privacy spent, per privacy unit and per root run, across chained calls.

The LangChain and LlamaIndex handlers are thin shells over this tracker. It composes at the RDP
level (events are kept and ε is computed from them), never by adding ε's, and is thread-safe.

Reports name units by per-call aliases (``unit_aliases``), which are unlinkable across calls. By
default the tracker therefore keys totals by alias and bounds every unit by the worst case, that
one unit took part in every recorded call (``max_epsilon``). With ``resolve_units=True`` (the
operator view: it needs the unit key) aliases are resolved to stable ids and ε per unit composes
exactly across calls; such a tracker's summary links calls to people and stays inside the boundary.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dpfusion_integrations.accounting.events import SpendEvent, composed_epsilon, refunded_steps
from dpfusion_integrations.accounting.relation import Relation
from dpfusion_integrations.accounting.slots import faithful_event
from dpfusion_integrations.unit_aliases import is_unit_alias, resolve_unit_alias

__all__ = ["BudgetTracker", "BudgetSummary", "events_from_report"]


class BudgetSummary(BaseModel):
    """ε per unit and per root run (unit ids are opaque; no raw text)."""

    model_config = ConfigDict(frozen=True)

    delta: float
    calls: int = Field(description="Number of DP-Fusion calls recorded.")
    epsilon_per_unit: dict[str, float] = Field(description="ε per unit: per-call aliases by default, stable ids "
                                                           "with the operator view (resolve_units=True).")
    epsilon_per_run: dict[str, dict[str, float]]
    max_epsilon: float = Field(description="Largest ε any one unit can have spent over the recorded calls: exact "
                                           "with resolved units; otherwise the worst case that one unit took "
                                           "part in every call.")


def events_from_report(report: Any, *, refund_unused: bool = True) -> dict[str, SpendEvent]:
    """Unit id → spend event for one call's report (a ``PrivacyReport`` or its dict).

    ``units_groups`` in the report says how many of the call's groups hold each unit's data; a unit
    missing there is charged for every group (the conservative upper bound). With
    ``refund_unused`` only the emitted tokens and the stop token are charged.
    """
    data = report.model_dump() if hasattr(report, "model_dump") else dict(report)
    if data.get("cap", 0) == 0 or data.get("n_groups", 0) == 0:
        return {}
    if data.get("release", "paraphrase") == "faithful":
        steps = data.get("group_steps_emitted" if refund_unused else "group_steps", {})
        caps = data.get("group_caps", {})
        labels = data.get("units_group_labels", {})
        # A unit missing there is charged for every group (the conservative upper bound).
        return {unit: faithful_event(alpha=float(data["alpha"]), relation=data["relation"], caps=caps,
                                     labels=labels.get(unit, list(caps)), steps=steps)
                for unit in data.get("units", [])}
    n = int(data["n_groups"])
    tokens = int(data["max_new_tokens"])
    if refund_unused:
        tokens = refunded_steps(tokens, int(data.get("tokens_emitted", tokens)), int(data.get("tokens_forced", 0)))
    out = {}
    for unit in data.get("units", []):
        k = min(int(data.get("units_groups", {}).get(unit, n)), n)
        out[unit] = SpendEvent(alpha=float(data["alpha"]), cap=float(data["cap"]), relation=Relation(data["relation"]),
                               n_groups=n, groups_changed=k, tokens=tokens)
    return out


class BudgetTracker:
    """Records spend events per unit and per root run; ε is computed on read.

    ``resolve_units=True`` is the operator view (see the module doc); ``unit_key`` is the key the
    aliases were made with (default: the local unit key).
    """

    def __init__(self, *, delta: float = 1e-5, resolve_units: bool = False, unit_key: bytes | None = None) -> None:
        self.delta = delta
        self.resolve_units = bool(resolve_units)
        self._unit_key = unit_key
        self._lock = threading.Lock()
        self._by_unit: dict[str, list[SpendEvent]] = defaultdict(list)
        self._by_run: dict[str, dict[str, list[SpendEvent]]] = defaultdict(lambda: defaultdict(list))
        self._worst: list[SpendEvent] = []
        self._calls = 0

    def _resolve(self, unit: str) -> str:
        if not (self.resolve_units and is_unit_alias(unit)):
            return unit
        if self._unit_key is None:
            from dpfusion_integrations.tagging import load_or_create_unit_key

            self._unit_key = load_or_create_unit_key()
        return resolve_unit_alias(unit, unit_key=self._unit_key)

    def record(self, report: Any, *, run_id: str | None = None, refund_unused: bool = True) -> dict[str, SpendEvent]:
        """Add one call's spend; returns the events recorded (unit → event). ``refund_unused=False``
        charges the whole token budget (a call that failed after releasing tokens keeps its full
        reservation)."""
        events = {self._resolve(u): e for u, e in events_from_report(report, refund_unused=refund_unused).items()}
        with self._lock:
            self._calls += 1
            if events:
                self._worst.append(max(events.values(), key=lambda e: e.rdp))
            for unit, event in events.items():
                self._by_unit[unit].append(event)
                if run_id is not None:
                    self._by_run[run_id][unit].append(event)
        return events

    def epsilon(self, unit: str, *, delta: float | None = None) -> float:
        with self._lock:
            events = list(self._by_unit.get(unit, ()))
        return composed_epsilon(events, delta=self.delta if delta is None else delta)

    def summary(self, *, delta: float | None = None) -> BudgetSummary:
        d = self.delta if delta is None else delta
        with self._lock:
            units = {u: list(e) for u, e in self._by_unit.items()}
            runs = {r: {u: list(e) for u, e in per.items()} for r, per in self._by_run.items()}
            worst = list(self._worst)
            calls = self._calls
        per_unit = {u: composed_epsilon(e, delta=d) for u, e in units.items()}
        per_run = {r: {u: composed_epsilon(e, delta=d) for u, e in per.items()} for r, per in runs.items()}
        exact = max(per_unit.values(), default=0.0)
        bound = exact if self.resolve_units else max(exact, composed_epsilon(worst, delta=d))
        return BudgetSummary(delta=d, calls=calls, epsilon_per_unit=per_unit, epsilon_per_run=per_run,
                             max_epsilon=bound)

    def reset(self) -> None:
        with self._lock:
            self._by_unit.clear()
            self._by_run.clear()
            self._worst.clear()
            self._calls = 0

    def units(self) -> Mapping[str, int]:
        """Unit id → number of calls that charged it."""
        with self._lock:
            return {u: len(e) for u, e in self._by_unit.items()}
