"""``DPFusionCallbackHandler``: the legacy ``CallbackManager`` handler, for apps still on callbacks.

It reads the spend records that DP-Fusion outputs carry (``additional_kwargs["dpfusion"]`` of LLM
responses, ``metadata["dpfusion"]`` of privatized nodes, found in any event payload, including a
query's ``Response.source_nodes``), counts each spend once by its id, and totals ε per privacy
unit and per trace. It never keeps payloads, only reports.

A stream whose consumer leaves early, or whose decode fails after releasing tokens, never delivers
its final payload; ``DPFusionLLM`` therefore also hands every spend record directly to the
``DPFusionCallbackHandler``s of its callback manager (:meth:`DPFusionCallbackHandler.record_spend`),
from the thread that ran the decode. The same spend id arriving twice counts once. A record marked
``refundable: False`` is charged for its whole token budget.

Units are per-call aliases unless ``operator_view=True`` (operator only; see
``DPFusionEventHandler``).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any

from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.callbacks.schema import CBEventType

from dpfusion_integrations.accounting.tracker import BudgetSummary, BudgetTracker
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, is_refundable

__all__ = ["DPFusionCallbackHandler", "iter_spend_records"]

_TRACE_COUNTER = itertools.count(1)
_MAX_DEPTH = 4


class DPFusionCallbackHandler(BaseCallbackHandler):
    """Totals ε per privacy unit and per trace from legacy callback payloads.

    A trace is one outermost ``CallbackManager`` trace (e.g. one ``query``), keyed
    ``"<trace name>#<n>"``. Spends outside any trace go to ``"untraced"``.

    Example:
        ```python
        from llama_index.core import Settings
        from llama_index.core.callbacks import CallbackManager
        from llama_index.callbacks.dpfusion import DPFusionCallbackHandler

        budget = DPFusionCallbackHandler()
        Settings.callback_manager = CallbackManager([budget])
        ```
    """

    def __init__(self, *, delta: float = 1e-5, operator_view: bool = False, unit_key: bytes | None = None) -> None:
        """``operator_view``: operator only, resolve per-call unit aliases to stable unit ids so ε per
        unit composes across calls (such totals link calls to people: keep them inside the trust
        boundary); ``unit_key``: the key the aliases were made with (default: the local one)."""
        super().__init__(event_starts_to_ignore=[], event_ends_to_ignore=[])
        self.tracker = BudgetTracker(delta=delta, resolve_units=operator_view, unit_key=unit_key)
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._trace: ContextVar[str | None] = ContextVar(f"dpfusion_trace_{id(self)}", default=None)

    def __repr__(self) -> str:
        return f"DPFusionCallbackHandler(calls={self.tracker.summary().calls})"

    # ------------------------------------------------------------------ callback hooks
    def start_trace(self, trace_id: str | None = None) -> None:
        self._trace.set(f"{trace_id or 'trace'}#{next(_TRACE_COUNTER)}")

    def end_trace(self, trace_id: str | None = None, trace_map: dict[str, list[str]] | None = None) -> None:
        self._trace.set(None)

    def on_event_start(self, event_type: CBEventType, payload: dict[str, Any] | None = None, event_id: str = "",
                       parent_id: str = "", **kwargs: Any) -> str:
        return event_id

    def on_event_end(self, event_type: CBEventType, payload: dict[str, Any] | None = None, event_id: str = "",
                     **kwargs: Any) -> None:
        if not payload:
            return
        for record in iter_spend_records(list(payload.values())):
            self.record_spend(record)

    # ------------------------------------------------------------------ totals
    def record_spend(self, record: Mapping[str, Any]) -> None:
        """Count one spend record (``{"report", "spend_id", ...}``) in the current trace, once per
        spend id; cache re-serves count nothing."""
        spend_id, report = record.get("spend_id"), record.get("report")
        if not isinstance(spend_id, str) or not isinstance(report, Mapping) or record.get("cached"):
            return
        with self._lock:
            if spend_id in self._seen:
                return
            self._seen.add(spend_id)
        self.tracker.record(report, run_id=self._trace.get() or "untraced", refund_unused=is_refundable(record))

    def summary(self) -> BudgetSummary:
        """ε per unit and per trace (``epsilon_per_run``: trace → unit → ε)."""
        return self.tracker.summary()

    def epsilon(self, unit: str) -> float:
        """ε spent so far by one privacy unit."""
        return self.tracker.epsilon(unit)

    def reset(self) -> None:
        """Forget every recorded spend."""
        with self._lock:
            self._seen.clear()
        self.tracker.reset()


def iter_spend_records(value: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """Every DP-Fusion spend record inside a payload value: LLM responses, nodes, node lists and
    query responses with ``source_nodes``. Looks only at the known record locations."""
    if depth > _MAX_DEPTH or value is None or isinstance(value, (str, bytes, int, float)):
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from iter_spend_records(item, depth + 1)
        return
    node = getattr(value, "node", None)  # NodeWithScore
    if node is not None:
        yield from iter_spend_records(node, depth + 1)
        return
    for attribute in ("metadata", "additional_kwargs"):
        holder = getattr(value, attribute, None)
        if isinstance(holder, Mapping) and isinstance(holder.get(DPFUSION_KEY), Mapping):
            yield holder[DPFUSION_KEY]
    sources = getattr(value, "source_nodes", None)
    if isinstance(sources, list):
        yield from iter_spend_records(sources, depth + 1)
