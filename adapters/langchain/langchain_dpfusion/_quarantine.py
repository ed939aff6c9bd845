"""LangChain's side of the quarantine (:mod:`dpfusion_integrations.quarantine`): code that touches
raw chunks (the inner retriever, a resolver) runs where no callback handler, tracer or log can
carry them out.

An empty ``contextvars.Context`` alone is not enough: ``CallbackManager.configure`` adds a
LangSmith tracer when ``LANGSMITH_TRACING`` / ``LANGCHAIN_TRACING_V2`` is set in the environment,
and handlers of configure hooks registered with an ``env_var``, even in an empty context, so a
composite inner retriever (ensemble, merger, multi-query...) would trace its child runs with raw
documents. While quarantined, therefore,

- callback-manager configuration (``langchain_core.callbacks.manager._configure``, behind
  ``CallbackManager.configure`` and ``AsyncCallbackManager.configure``) returns an empty manager,
- event dispatch (``handle_event`` / ``ahandle_event``) delivers nothing, whatever manager a
  component built by hand,
- LangSmith's own tracing (``@traceable``) is disabled through its ``tracing_context``,
- log records are scrubbed by the core quarantine.

The gates are installed once per process, on first use; if this ``langchain-core`` lacks the
functions they wrap, the quarantine refuses to run (fail closed).
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from dpfusion_integrations.errors import DPFusionError
from dpfusion_integrations.quarantine import agated, gated, is_gated, quarantined

__all__ = ["arun_quarantined", "install", "run_quarantined", "silenced"]

T = TypeVar("T")

_LOCK = threading.Lock()
_SYNC_GATES = ("_configure", "handle_event")
_ASYNC_GATES = ("ahandle_event",)


def _empty_manager(callback_manager_cls: type, *_args: Any, **_kwargs: Any) -> Any:
    return callback_manager_cls(handlers=[])


def _nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


def install() -> None:
    """Install the LangChain gates (idempotent, thread-safe)."""
    from langchain_core.callbacks import manager

    with _LOCK:
        missing = [name for name in (*_SYNC_GATES, *_ASYNC_GATES) if not callable(getattr(manager, name, None))]
        if missing:
            raise DPFusionError("this langchain-core has no " + ", ".join(missing) + ": the DP-Fusion quarantine "
                                "cannot silence its callbacks, so raw chunks are not handed to the inner retriever")
        for name in _SYNC_GATES:
            original = getattr(manager, name)
            if not is_gated(original):
                setattr(manager, name, gated(original, _empty_manager if name == "_configure" else _nothing))
        for name in _ASYNC_GATES:
            original = getattr(manager, name)
            if not is_gated(original):
                setattr(manager, name, agated(original, _nothing))


@contextmanager
def silenced() -> Iterator[None]:
    """Quarantine the block in the current context: gates installed, logs scrubbed, LangSmith off."""
    from langsmith.run_helpers import tracing_context

    install()
    with quarantined(), tracing_context(enabled=False, parent=False):
        yield


def _silenced_call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with silenced():
        return fn(*args, **kwargs)


async def _asilenced_call(fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    with silenced():
        return await fn(*args, **kwargs)


def run_quarantined(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` quarantined, in a fresh, empty context (no parent run, no handler of
    a configure hook)."""
    return contextvars.Context().run(_silenced_call, fn, *args, **kwargs)


async def arun_quarantined(fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
    """``await fn(*args, **kwargs)`` quarantined, in a task with a fresh, empty context."""
    task = asyncio.get_running_loop().create_task(_asilenced_call(fn, *args, **kwargs), context=contextvars.Context())
    return await task
