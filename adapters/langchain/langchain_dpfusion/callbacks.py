"""ε spent across chained calls: a callback handler and a context manager that registers it.

The handler reads the ``PrivacyReport`` that ``ChatDPFusion`` puts in ``response_metadata`` and
that ``DPFusionRetriever`` puts in document metadata, and totals ε per privacy unit and per root
run by composing at the RDP level. It sees only privatized outputs and reports, never raw text.
With a ``PrivacyLedger`` attached, the model and retriever enforce it before any token is emitted.

Every spend carries a random ``spend_id`` and is recorded once per handler, however often it is
seen: a cached answer replayed by an LLM cache, documents passed on by an enclosing retriever, or a
stream that also reported itself. A stream that does not end normally (its consumer stopped, closed
it or was cancelled, or decoding failed after tokens were released) reports its spend as the custom
event ``"dpfusion_spend"``.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.outputs import ChatGeneration, LLMResult
from langchain_core.tracers.context import register_configure_hook

from dpfusion_integrations.accounting.tracker import BudgetSummary, BudgetTracker

__all__ = ["PrivacyBudgetCallbackHandler", "get_privacy_budget_callback"]

#: Name of the custom event with which a stream that did not end normally reports its spend.
SPEND_EVENT = "dpfusion_spend"


class PrivacyBudgetCallbackHandler(BaseCallbackHandler):
    """Totals ε per privacy unit and per root run over every DP-Fusion call it observes.

    Reports name units by per-call aliases, so by default ``summary().epsilon_per_unit`` is keyed by
    alias and ``summary().max_epsilon`` bounds any one unit by the worst case (it took part in every
    call). ``operator_view=True`` resolves aliases to the stable unit ids (with ``unit_key``, default
    the local unit key) so that ε per unit composes exactly across calls. It is OPERATOR-ONLY: such a
    handler's summary links calls to people; keep it inside the trust boundary (never log or trace it).

    Example:
        ```python
        # the ledger was created once with `dpfusion ledger init sqlite:///budget.db`
        handler = PrivacyBudgetCallbackHandler(ledger=PrivacyLedger.open("sqlite:///budget.db"))
        chain.invoke(question, config={"callbacks": [handler]})
        print(handler.summary().max_epsilon)
        ```
    """

    raise_error: bool = True  # a BudgetExceededError must reach the caller

    def __init__(self, *, delta: float = 1e-5, ledger: Any = None, operator_view: bool = False,
                 unit_key: bytes | None = None) -> None:
        super().__init__()
        self.ledger = ledger
        self.tracker = BudgetTracker(delta=delta, resolve_units=operator_view, unit_key=unit_key)
        self._parents: dict[UUID, UUID | None] = {}
        self._spends: set[str] = set()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"PrivacyBudgetCallbackHandler(calls={self.tracker.summary().calls}, ledger={self.ledger is not None})"

    # -- run tree, to attribute spends to the root run
    def _remember(self, run_id: UUID, parent_run_id: UUID | None) -> None:
        with self._lock:
            self._parents.setdefault(run_id, parent_run_id)

    def _root(self, run_id: UUID) -> str:
        with self._lock:
            seen = set()
            while (parent := self._parents.get(run_id)) is not None and run_id not in seen:
                seen.add(run_id)
                run_id = parent
        return str(run_id)

    def on_chain_start(self, serialized: Any, inputs: Any, *, run_id: UUID, parent_run_id: UUID | None = None,
                       **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)

    def on_chat_model_start(self, serialized: Any, messages: Any, *, run_id: UUID,
                            parent_run_id: UUID | None = None, **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)

    def on_llm_start(self, serialized: Any, prompts: Any, *, run_id: UUID, parent_run_id: UUID | None = None,
                     **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)

    def on_retriever_start(self, serialized: Any, query: str, *, run_id: UUID, parent_run_id: UUID | None = None,
                           **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)

    def on_tool_start(self, serialized: Any, input_str: str, *, run_id: UUID, parent_run_id: UUID | None = None,
                      **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)

    # -- spends
    def _record(self, report: Any, spend_id: Any, run_id: UUID, *, refund_unused: bool = True) -> None:
        """Record one spend, once: a spend id seen before is skipped."""
        if isinstance(spend_id, str):
            with self._lock:
                if spend_id in self._spends:
                    return
                self._spends.add(spend_id)
        self.tracker.record(report, run_id=self._root(run_id), refund_unused=refund_unused)

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, parent_run_id: UUID | None = None,
                   **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)
        for generations in response.generations:
            for generation in generations:
                if isinstance(generation, ChatGeneration) and not _from_cache(generation):
                    meta = generation.message.response_metadata
                    if meta.get("dpfusion"):
                        self._record(meta["dpfusion"], meta.get("dpfusion_spend_id"), run_id)

    def on_retriever_end(self, documents: Sequence[Document], *, run_id: UUID, parent_run_id: UUID | None = None,
                         **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)
        for doc in documents:
            meta = doc.metadata.get("dpfusion") or {}
            if meta.get("report") and not meta.get("cached"):
                self._record(meta["report"], meta.get("spend_id"), run_id)

    def on_custom_event(self, name: str, data: Any, *, run_id: UUID, **kwargs: Any) -> None:
        """``"dpfusion_spend"``: the spend of a stream that did not end normally."""
        if name == SPEND_EVENT and isinstance(data, dict) and data.get("report"):
            self._record(data["report"], data.get("spend_id"), run_id,
                         refund_unused=bool(data.get("refund_unused", False)))

    # -- read out
    def summary(self) -> BudgetSummary:
        """ε per unit and per root run (composed at the RDP level)."""
        return self.tracker.summary()

    def epsilon(self, unit: str) -> float:
        return self.tracker.epsilon(unit)


_budget_callback_var: ContextVar[PrivacyBudgetCallbackHandler | None] = ContextVar(
    "dpfusion_privacy_budget_callback", default=None)
register_configure_hook(_budget_callback_var, inheritable=True)


def _from_cache(generation: ChatGeneration) -> bool:
    """Whether LangChain replayed this generation from an LLM cache: it zeroes ``total_cost`` in the
    usage of a cache hit, a field ``ChatDPFusion`` never sets. Nothing new was released, so nothing is
    charged (the spend id would skip it too, in the handler that saw the first call)."""
    usage = getattr(generation.message, "usage_metadata", None) or {}
    return "total_cost" in usage


@contextmanager
def get_privacy_budget_callback(*, delta: float = 1e-5, ledger: Any = None, operator_view: bool = False,
                                unit_key: bytes | None = None
                                ) -> Generator[PrivacyBudgetCallbackHandler, None, None]:
    """Track (and, with a ledger, enforce) privacy budgets of every LangChain call in the block.
    ``operator_view`` and ``unit_key`` as in :class:`PrivacyBudgetCallbackHandler` (operator-only).

    Example:
        ```python
        with get_privacy_budget_callback() as cb:
            chain.invoke("...")
            chain.invoke("...")
        print(cb.summary().max_epsilon)
        ```
    """
    handler = PrivacyBudgetCallbackHandler(delta=delta, ledger=ledger, operator_view=operator_view,
                                           unit_key=unit_key)
    token = _budget_callback_var.set(handler)
    try:
        yield handler
    finally:
        _budget_callback_var.reset(token)
