"""The quarantine: run code that touches raw private chunks so that nothing it emits leaves the
trust boundary through LlamaIndex's observability channels.

LlamaIndex handlers are global (attached to dispatchers and callback managers), not carried by
the call, so an inner retriever cannot simply be called "without callbacks": its
``RetrievalStart/EndEvent``s, its spans (whose results are the raw nodes), the callback events of
every component it uses, and debug logs (vector retrievers log node text) all reach whatever is
attached at the top. Inside :func:`quarantined`, a context variable makes

- ``Dispatcher.event`` / ``aevent`` / ``span_enter`` / ``span_exit`` / ``span_drop`` deliver nothing,
- ``CallbackManager.on_event_start`` / ``on_event_end`` / ``start_trace`` / ``end_trace`` call no handler,
- every log record created in the context carry a fixed message instead of its own (no args, no
  exception text),

for this context only: other threads and tasks keep their observability. The gates are installed
once per process on the framework classes. Work started in a new thread that does not copy the
context (a bare ``threading.Thread``) is not covered; ``asyncio`` tasks and ``asyncio.to_thread``
are, since they copy it.
"""

from __future__ import annotations

import functools
import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from llama_index.core.callbacks.base import CallbackManager
from llama_index.core.instrumentation import Dispatcher

__all__ = ["WITHHELD", "install", "is_quarantined", "quarantined"]

#: The message every log record created inside the quarantine carries.
WITHHELD = "[log record withheld: emitted inside the DP-Fusion trust boundary]"

_ACTIVE: ContextVar[bool] = ContextVar("dpfusion_quarantined", default=False)
_INSTALL_LOCK = threading.Lock()
_GATE_MARK = "__dpfusion_gate__"
_DISPATCHER_METHODS = ("event", "span_enter", "span_exit", "span_drop")
_CALLBACK_METHODS = ("on_event_end", "start_trace", "end_trace")


def is_quarantined() -> bool:
    """True inside :func:`quarantined` in the current context."""
    return _ACTIVE.get()


@contextmanager
def quarantined() -> Iterator[None]:
    """Silence every observability channel for the code run in this context (see the module doc)."""
    install()
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _gate(original: Callable[..., Any], silent: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def gated(self: Any, *args: Any, **kwargs: Any) -> Any:
        if _ACTIVE.get():
            return silent(*args, **kwargs)
        return original(self, *args, **kwargs)

    setattr(gated, _GATE_MARK, True)
    return gated


def _agate(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    async def gated(self: Any, *args: Any, **kwargs: Any) -> Any:
        if _ACTIVE.get():
            return None
        return await original(self, *args, **kwargs)

    setattr(gated, _GATE_MARK, True)
    return gated


def _nothing(*_args: Any, **_kwargs: Any) -> None:
    return None


def _event_id(*_args: Any, event_id: str | None = None, **_kwargs: Any) -> str:
    return event_id or str(uuid.uuid4())


def _install_on(cls: type, name: str, gated: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    original = cls.__dict__.get(name) or getattr(cls, name)
    if not getattr(original, _GATE_MARK, False):
        setattr(cls, name, gated(original))


def install() -> None:
    """Install the gates (idempotent, thread-safe). Done on first use of :func:`quarantined`."""
    with _INSTALL_LOCK:
        for name in _DISPATCHER_METHODS:
            _install_on(Dispatcher, name, lambda f: _gate(f, _nothing))
        _install_on(Dispatcher, "aevent", _agate)
        for name in _CALLBACK_METHODS:
            _install_on(CallbackManager, name, lambda f: _gate(f, _nothing))
        _install_on(CallbackManager, "on_event_start", lambda f: _gate(f, _event_id))
        factory = logging.getLogRecordFactory()
        if not getattr(factory, _GATE_MARK, False):
            logging.setLogRecordFactory(_scrubbing_factory(factory))


def _scrubbing_factory(factory: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    @functools.wraps(factory)
    def make(name: str, level: int, fn: str, lno: int, msg: object, args: Any, exc_info: Any,
             func: str | None = None, sinfo: str | None = None, **kwargs: Any) -> logging.LogRecord:
        if _ACTIVE.get():
            return factory(name, level, fn, lno, WITHHELD, (), None, func, None, **kwargs)
        return factory(name, level, fn, lno, msg, args, exc_info, func, sinfo, **kwargs)

    setattr(make, _GATE_MARK, True)
    return make
