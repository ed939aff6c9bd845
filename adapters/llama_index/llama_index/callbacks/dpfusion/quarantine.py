"""The quarantine: run code that touches raw private text (the retriever's inner retriever, the
LLM's reference resolver) so that nothing it emits leaves the trust boundary through LlamaIndex's
observability channels.

LlamaIndex handlers are global (attached to dispatchers and callback managers), not carried by
the call, so an inner retriever cannot simply be called "without callbacks": its
``RetrievalStart/EndEvent``s, its spans (whose results are the raw nodes), the callback events of
every component it uses, and debug logs (vector retrievers log node text) all reach whatever is
attached at the top. Inside :func:`quarantined`, a context variable makes

- ``Dispatcher.event`` / ``aevent`` / ``span_enter`` / ``span_exit`` / ``span_drop`` deliver nothing,
- ``CallbackManager.on_event_start`` / ``on_event_end`` / ``start_trace`` / ``end_trace`` call no handler,
- every log record created in the context carry a fixed message instead of its own (no args, no
  exception text),

for this context only: other threads and tasks keep their observability. The context flag and the
log scrubbing are the core's (:mod:`dpfusion_integrations.quarantine`, shared with the LangChain
adapter, so one quarantine silences both frameworks); this module installs the LlamaIndex gates,
once per process, on the framework classes. Work started in a new thread that does not copy the
context (a bare ``threading.Thread``) is not covered; ``asyncio`` tasks and ``asyncio.to_thread``
are, since they copy it.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from llama_index.core.callbacks.base import CallbackManager
from llama_index.core.instrumentation import Dispatcher

from dpfusion_integrations import quarantine as core

__all__ = ["WITHHELD", "install", "is_quarantined", "quarantined"]

#: The message every log record created inside the quarantine carries.
WITHHELD = core.WITHHELD

_INSTALL_LOCK = threading.Lock()
_DISPATCHER_METHODS = ("event", "span_enter", "span_exit", "span_drop")
_CALLBACK_METHODS = ("on_event_end", "start_trace", "end_trace")


def is_quarantined() -> bool:
    """True inside :func:`quarantined` (or the core's quarantine) in the current context."""
    return core.is_quarantined()


@contextmanager
def quarantined() -> Iterator[None]:
    """Silence every observability channel for the code run in this context (see the module doc)."""
    install()
    with core.quarantined():
        yield


def _nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


def _event_id(*_args: Any, event_id: str | None = None, **_kwargs: Any) -> str:
    return event_id or str(uuid.uuid4())


def _install_on(cls: type, name: str, gate: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    original = cls.__dict__.get(name) or getattr(cls, name)
    if not core.is_gated(original):
        setattr(cls, name, gate(original))


def install() -> None:
    """Install the LlamaIndex gates and the core's log scrubbing (idempotent, thread-safe). Done on
    first use of :func:`quarantined`."""
    with _INSTALL_LOCK:
        for name in _DISPATCHER_METHODS:
            _install_on(Dispatcher, name, lambda f: core.gated(f, _nothing))
        _install_on(Dispatcher, "aevent", lambda f: core.agated(f, _nothing))
        for name in _CALLBACK_METHODS:
            _install_on(CallbackManager, name, lambda f: core.gated(f, _nothing))
        _install_on(CallbackManager, "on_event_start", lambda f: core.gated(f, _event_id))
    core.install_log_scrubbing()
