"""The quarantine: a context in which code that touches raw private text runs without any
observability channel carrying that text out of the trust boundary.

This module is framework-free. It holds

- one context variable (:func:`is_quarantined`, set by :func:`quarantined`), so that the state is
  per thread and per ``asyncio`` task: other threads and tasks keep their observability;
- log scrubbing: every log record created inside carries the fixed message :data:`WITHHELD`,
  with no arguments, no exception or stack text and no ``extra`` fields (installed once per
  process, on first use, through the log record factory and ``logging.Logger.makeRecord``);
- :func:`gated` / :func:`agated`, small wrappers with which adapters silence their framework's
  dispatch functions while quarantined (the LangChain and LlamaIndex adapters own those gates).

Work started in a new thread that does not copy the context (a bare ``threading.Thread``) is not
covered; ``asyncio`` tasks, ``asyncio.to_thread`` and ``contextvars.copy_context().run`` are.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["WITHHELD", "agated", "gated", "install_log_scrubbing", "is_gated", "is_quarantined", "quarantined"]

#: The message of every log record created inside the quarantine.
WITHHELD = "[log record withheld: emitted inside the DP-Fusion trust boundary]"

_ACTIVE: ContextVar[bool] = ContextVar("dpfusion_quarantine", default=False)
_INSTALL_LOCK = threading.Lock()
_GATE_MARK = "__dpfusion_quarantine_gate__"


def is_quarantined() -> bool:
    """True inside :func:`quarantined` in the current context (thread or task)."""
    return _ACTIVE.get()


@contextmanager
def quarantined() -> Iterator[None]:
    """Run the block quarantined: logs scrubbed, and every gate installed by an adapter silent.

    Example:
        ```python
        with quarantined():
            raw = inner_retriever.invoke(query)  # nothing it logs or traces leaves with raw text
        ```
    """
    install_log_scrubbing()
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def is_gated(fn: Any) -> bool:
    """Whether ``fn`` is already a quarantine gate (so that installing twice wraps once)."""
    return bool(getattr(fn, _GATE_MARK, False))


def gated(original: Callable[..., Any], silent: Callable[..., Any]) -> Callable[..., Any]:
    """``original``, except that inside the quarantine ``silent`` is called with the same arguments."""

    @functools.wraps(original)
    def gate(*args: Any, **kwargs: Any) -> Any:
        if _ACTIVE.get():
            return silent(*args, **kwargs)
        return original(*args, **kwargs)

    setattr(gate, _GATE_MARK, True)
    return gate


def agated(original: Callable[..., Any], silent: Callable[..., Any]) -> Callable[..., Any]:
    """:func:`gated` for a coroutine function; ``silent`` is a plain function whose value is returned."""

    @functools.wraps(original)
    async def gate(*args: Any, **kwargs: Any) -> Any:
        if _ACTIVE.get():
            return silent(*args, **kwargs)
        return await original(*args, **kwargs)

    setattr(gate, _GATE_MARK, True)
    return gate


def install_log_scrubbing() -> None:
    """Scrub log records created inside the quarantine (idempotent, thread-safe).

    The record factory covers every record made through ``logging``; the ``Logger.makeRecord`` gate
    also drops ``extra=`` fields, which are set on the record after the factory ran (a structured
    log formatter would print them).
    """
    with _INSTALL_LOCK:
        factory = logging.getLogRecordFactory()
        if not is_gated(factory):
            logging.setLogRecordFactory(_scrubbing_factory(factory))
        make_record = logging.Logger.makeRecord
        if not is_gated(make_record):
            logging.Logger.makeRecord = _scrubbing_make_record(make_record)  # type: ignore[method-assign]


def _scrubbing_factory(factory: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    @functools.wraps(factory)
    def make(name: str, level: int, fn: str, lno: int, msg: object, args: Any, exc_info: Any,
             func: str | None = None, sinfo: str | None = None, **kwargs: Any) -> logging.LogRecord:
        if _ACTIVE.get():
            return factory(name, level, fn, lno, WITHHELD, (), None, func, None, **kwargs)
        return factory(name, level, fn, lno, msg, args, exc_info, func, sinfo, **kwargs)

    setattr(make, _GATE_MARK, True)
    return make


def _scrubbing_make_record(original: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    @functools.wraps(original)
    def make_record(self: logging.Logger, name: str, level: int, fn: str, lno: int, msg: object, args: Any,
                    exc_info: Any, func: str | None = None, extra: Any = None, sinfo: str | None = None
                    ) -> logging.LogRecord:
        if _ACTIVE.get():
            return original(self, name, level, fn, lno, WITHHELD, (), None, func, None, None)
        return original(self, name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)

    setattr(make_record, _GATE_MARK, True)
    return make_record
