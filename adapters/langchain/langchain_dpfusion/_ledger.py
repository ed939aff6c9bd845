"""Find the ledger that a budget handler attached to the run carries, so that budgets are enforced
inside the model or retriever, before the first token (callbacks themselves fire too late)."""

from __future__ import annotations

from typing import Any


def ledger_from_callbacks(run_manager: Any) -> Any:
    """The ``ledger`` of the first ``PrivacyBudgetCallbackHandler`` among the run's handlers."""
    if run_manager is None:
        return None
    from langchain_dpfusion.callbacks import PrivacyBudgetCallbackHandler

    for handler in [*getattr(run_manager, "handlers", []), *getattr(run_manager, "inheritable_handlers", [])]:
        if isinstance(handler, PrivacyBudgetCallbackHandler) and handler.ledger is not None:
            return handler.ledger
    return None
