"""``DPFusionEventHandler``: totals ε per privacy unit and per trace from ``PrivacySpendEvent``s.

A trace is the outermost instrumented call (e.g. one ``query_engine.query``). Events carry only
their own span id, so a small span handler keeps the parent of every recent span (ids only, never
arguments, results or the instance) and an event is attributed to the root of its span, also when
the span has already closed (a stream's spend is dispatched when its decode ends, after the call
that returned the stream). Composition is at the RDP level through the core ``BudgetTracker``; ε
is computed on read.

Units are per-call aliases by default, so ``epsilon_per_unit`` is keyed by alias and
``summary().max_epsilon`` bounds any one unit by the worst case (it took part in every call).
``operator_view=True`` resolves aliases to the stable unit ids (it needs the unit key: ``unit_key``,
default the local one), so ε per unit composes across calls; such totals link calls to people and
are for the operator only, never for traces or users.
"""

from __future__ import annotations

import inspect
from collections import OrderedDict
from typing import Any

from llama_index.core.instrumentation import Dispatcher, get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.base import BaseEvent
from llama_index.core.instrumentation.span import BaseSpan
from llama_index.core.instrumentation.span_handlers import BaseSpanHandler
from pydantic import ConfigDict, Field, PrivateAttr

from dpfusion_integrations.accounting.tracker import BudgetSummary, BudgetTracker
from llama_index.callbacks.dpfusion.events import PrivacySpendEvent
from llama_index.callbacks.dpfusion.sealed import Sealed

__all__ = ["DPFusionEventHandler", "DPFusionSpanTracker", "UNTRACED"]

#: Trace key of spends made outside any instrumented span.
UNTRACED = "untraced"
#: Parents remembered (most recent spans), so a late spend still finds the root of a closed span.
_REMEMBERED_SPANS = 65536


class DPFusionSpanTracker(BaseSpanHandler[BaseSpan]):
    """Keeps the parent of every recent span (ids only) so a spend can be attributed to its trace."""

    _parents: OrderedDict[str, str | None] = PrivateAttr(default_factory=OrderedDict)

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionSpanTracker"

    def new_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                 parent_span_id: str | None = None, tags: dict[str, Any] | None = None,
                 **kwargs: Any) -> BaseSpan:
        with self.lock:
            self._parents[id_] = parent_span_id
            while len(self._parents) > _REMEMBERED_SPANS:
                self._parents.popitem(last=False)
        return BaseSpan(id_=id_, parent_id=parent_span_id)

    def prepare_to_exit_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             result: Any | None = None, **kwargs: Any) -> BaseSpan | None:
        return self.open_spans.get(id_)

    def prepare_to_drop_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             err: BaseException | None = None, **kwargs: Any) -> BaseSpan | None:
        return self.open_spans.get(id_)

    def root_of(self, span_id: str | None) -> str:
        """The outermost known ancestor of ``span_id``, open or recently closed (itself when its
        parents are unknown)."""
        if span_id is None:
            return UNTRACED
        with self.lock:
            current, seen = span_id, {span_id}
            while (parent := self._parents.get(current)) and parent not in seen:
                current = parent
                seen.add(current)
        return current


class DPFusionEventHandler(BaseEventHandler):
    """Totals ε per privacy unit, and per unit within each trace, over every DP-Fusion spend.

    Attach it to the root dispatcher with :meth:`attach` (which also attaches the span tracker that
    attributes spends to traces). It is thread-safe and holds only unit aliases (stable ids with
    ``operator_view=True``) and reports. A spend marked ``refundable=False`` (a call that failed
    after releasing tokens) is charged for its whole token budget.

    Example:
        ```python
        from llama_index.callbacks.dpfusion import DPFusionEventHandler

        budget = DPFusionEventHandler().attach()
        query_engine.query("What does record 7 say?")
        print(budget.summary().max_epsilon)  # worst case for any one unit

        operator = DPFusionEventHandler(operator_view=True).attach()  # operator only: stable unit ids
        ```
    """

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)  # an error must not quote a value

    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ at which totals are converted to ε.")
    operator_view: bool = Field(default=False, description="Operator only: resolve per-call unit aliases to stable "
                                                           "unit ids, so ε per unit composes across calls. Such "
                                                           "totals link calls to people: keep them inside the "
                                                           "trust boundary.")

    _sealed: Sealed = PrivateAttr(default_factory=Sealed)
    _spans: DPFusionSpanTracker = PrivateAttr(default_factory=DPFusionSpanTracker)

    def __init__(self, *, unit_key: bytes | None = None, **fields: Any) -> None:
        """``unit_key``: with ``operator_view``, the key the engine's aliases were made with (default:
        the local unit key). Every other keyword is a declared field."""
        super().__init__(**fields)
        self._sealed.tracker = BudgetTracker(delta=self.delta, resolve_units=self.operator_view, unit_key=unit_key)

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
        return self._sealed.tracker

    def handle(self, event: BaseEvent, **kwargs: Any) -> None:
        if isinstance(event, PrivacySpendEvent):
            self.tracker.record(event.report, run_id=self._spans.root_of(event.span_id),
                                 refund_unused=event.refundable is True)

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
        return self.tracker.summary()

    def epsilon(self, unit: str) -> float:
        """ε spent so far by one privacy unit (an alias, or a stable id with ``operator_view``),
        composed over every observed call."""
        return self.tracker.epsilon(unit)

    def epsilon_per_trace(self) -> dict[str, dict[str, float]]:
        """Trace id → unit → ε composed within that trace."""
        return self.tracker.summary().epsilon_per_run

    def reset(self) -> None:
        """Forget every recorded spend."""
        self.tracker.reset()
