"""``DPFusionEventHandler``: totals ε per privacy unit and per trace from ``PrivacySpendEvent``s.

A trace is the outermost instrumented call (e.g. one ``query_engine.query``). Events carry only
their own span id, so a small span handler keeps the tree of open spans (ids only, never
arguments or results) and an event is attributed to the root of its span. Composition is at the
RDP level through the core ``BudgetTracker``; ε is computed on read.
"""

from __future__ import annotations

import inspect
from typing import Any

from llama_index.core.instrumentation import Dispatcher, get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.base import BaseEvent
from llama_index.core.instrumentation.span import BaseSpan
from llama_index.core.instrumentation.span_handlers import BaseSpanHandler
from pydantic import Field, PrivateAttr

from dpfusion_integrations.accounting.tracker import BudgetSummary, BudgetTracker
from llama_index.callbacks.dpfusion.events import PrivacySpendEvent

__all__ = ["DPFusionEventHandler", "DPFusionSpanTracker", "UNTRACED"]

#: Trace key of spends made outside any instrumented span.
UNTRACED = "untraced"


class DPFusionSpanTracker(BaseSpanHandler[BaseSpan]):
    """Keeps the parent of every open span (ids only) so a spend can be attributed to its trace."""

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionSpanTracker"

    def new_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                 parent_span_id: str | None = None, tags: dict[str, Any] | None = None,
                 **kwargs: Any) -> BaseSpan:
        return BaseSpan(id_=id_, parent_id=parent_span_id)

    def prepare_to_exit_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             result: Any | None = None, **kwargs: Any) -> BaseSpan | None:
        return self.open_spans.get(id_)

    def prepare_to_drop_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             err: BaseException | None = None, **kwargs: Any) -> BaseSpan | None:
        return self.open_spans.get(id_)

    def root_of(self, span_id: str | None) -> str:
        """The outermost open ancestor of ``span_id`` (itself when its parents are unknown)."""
        if span_id is None:
            return UNTRACED
        with self.lock:
            current, seen = span_id, {span_id}
            while (span := self.open_spans.get(current)) is not None and span.parent_id and span.parent_id not in seen:
                current = span.parent_id
                seen.add(current)
        return current


class DPFusionEventHandler(BaseEventHandler):
    """Totals ε per privacy unit, and per unit within each trace, over every DP-Fusion spend.

    Attach it to the root dispatcher with :meth:`attach` (which also attaches the span tracker that
    attributes spends to traces). It is thread-safe and holds only unit ids and reports.

    Example:
        ```python
        from llama_index.callbacks.dpfusion import DPFusionEventHandler

        budget = DPFusionEventHandler().attach()
        query_engine.query("What does record 7 say?")
        print(budget.summary().epsilon_per_unit)
        ```
    """

    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ at which totals are converted to ε.")

    _tracker: BudgetTracker = PrivateAttr()
    _spans: DPFusionSpanTracker = PrivateAttr(default_factory=DPFusionSpanTracker)

    def model_post_init(self, context: Any, /) -> None:
        self._tracker = BudgetTracker(delta=self.delta)

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionEventHandler"

    @property
    def span_tracker(self) -> DPFusionSpanTracker:
        """The span handler that attributes spends to traces (attached by :meth:`attach`)."""
        return self._spans

    @property
    def tracker(self) -> BudgetTracker:
        """The underlying budget tracker (composition at the RDP level)."""
        return self._tracker

    def handle(self, event: BaseEvent, **kwargs: Any) -> None:
        if isinstance(event, PrivacySpendEvent):
            self._tracker.record(event.report, run_id=self._spans.root_of(event.span_id))

    def attach(self, dispatcher: Dispatcher | None = None) -> DPFusionEventHandler:
        """Register this handler and its span tracker on ``dispatcher`` (default: the root); idempotent."""
        target = dispatcher if dispatcher is not None else get_dispatcher()
        if not any(h is self for h in target.event_handlers):
            target.add_event_handler(self)
        if not any(h is self._spans for h in target.span_handlers):
            target.add_span_handler(self._spans)
        return self

    def detach(self, dispatcher: Dispatcher | None = None) -> None:
        """Remove this handler and its span tracker from ``dispatcher`` (default: the root)."""
        target = dispatcher if dispatcher is not None else get_dispatcher()
        target.event_handlers = [h for h in target.event_handlers if h is not self]
        target.span_handlers = [h for h in target.span_handlers if h is not self._spans]

    def summary(self) -> BudgetSummary:
        """ε per unit and per trace (``epsilon_per_run``: trace → unit → ε)."""
        return self._tracker.summary()

    def epsilon(self, unit: str) -> float:
        """ε spent so far by one privacy unit, composed over every observed call."""
        return self._tracker.epsilon(unit)

    def epsilon_per_trace(self) -> dict[str, dict[str, float]]:
        """Trace id → unit → ε composed within that trace."""
        return self._tracker.summary().epsilon_per_run

    def reset(self) -> None:
        """Forget every recorded spend."""
        self._tracker.reset()
