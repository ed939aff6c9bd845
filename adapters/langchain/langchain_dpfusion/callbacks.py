"""ε spent across chained calls: a callback handler and a context manager that registers it.

The handler reads the ``PrivacyReport`` that ``ChatDPFusion`` puts in ``response_metadata`` and
that ``DPFusionRetriever`` puts in document metadata, and totals ε per privacy unit and per root
run by composing at the RDP level. It sees only privatized outputs and reports, never raw text.
With a ``PrivacyLedger`` attached, the model and retriever enforce it before any token is emitted.
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


class PrivacyBudgetCallbackHandler(BaseCallbackHandler):
    """Totals ε per privacy unit and per root run over every DP-Fusion call it observes.

    Example:
        ```python
        handler = PrivacyBudgetCallbackHandler(ledger=PrivacyLedger.open("sqlite:///budget.db"))
        chain.invoke(question, config={"callbacks": [handler]})
        print(handler.summary().epsilon_per_unit)
        ```
    """

    raise_error: bool = True  # a BudgetExceededError must reach the caller

    def __init__(self, *, delta: float = 1e-5, ledger: Any = None) -> None:
        super().__init__()
        self.ledger = ledger
        self.tracker = BudgetTracker(delta=delta)
        self._parents: dict[UUID, UUID | None] = {}
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
    def on_llm_end(self, response: LLMResult, *, run_id: UUID, parent_run_id: UUID | None = None,
                   **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)
        for generations in response.generations:
            for generation in generations:
                if isinstance(generation, ChatGeneration):
                    report = generation.message.response_metadata.get("dpfusion")
                    if report:
                        self.tracker.record(report, run_id=self._root(run_id))

    def on_retriever_end(self, documents: Sequence[Document], *, run_id: UUID, parent_run_id: UUID | None = None,
                         **kwargs: Any) -> None:
        self._remember(run_id, parent_run_id)
        for doc in documents:
            meta = doc.metadata.get("dpfusion") or {}
            if meta.get("report") and not meta.get("cached"):
                self.tracker.record(meta["report"], run_id=self._root(run_id))

    # -- read out
    def summary(self) -> BudgetSummary:
        """ε per unit and per root run (composed at the RDP level)."""
        return self.tracker.summary()

    def epsilon(self, unit: str) -> float:
        return self.tracker.epsilon(unit)


_budget_callback_var: ContextVar[PrivacyBudgetCallbackHandler | None] = ContextVar(
    "dpfusion_privacy_budget_callback", default=None)
register_configure_hook(_budget_callback_var, inheritable=True)


@contextmanager
def get_privacy_budget_callback(*, delta: float = 1e-5, ledger: Any = None
                                ) -> Generator[PrivacyBudgetCallbackHandler, None, None]:
    """Track (and, with a ledger, enforce) privacy budgets of every LangChain call in the block.

    Example:
        ```python
        with get_privacy_budget_callback() as cb:
            chain.invoke("...")
            chain.invoke("...")
        print(cb.summary().epsilon_per_unit)
        ```
    """
    handler = PrivacyBudgetCallbackHandler(delta=delta, ledger=ledger)
    token = _budget_callback_var.set(handler)
    try:
        yield handler
    finally:
        _budget_callback_var.reset(token)
