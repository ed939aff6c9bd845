"""What a ``ChatDPFusion`` stream needs of its LangChain run, and the accounting of a stream whose
consumer goes away.

LangChain's ``stream()``/``astream()`` call ``_stream`` without the run manager, so ``ChatDPFusion``
pins a :class:`RunLink` (the budget ledger of the run's handlers, and where to report a spend) in a
context variable for each step of its stream (:func:`steps_with_link`); ``_stream`` reads it there.

:class:`Delivery` is shared by the decoding worker and the consumer of one stream. Once the consumer
has gone (it stopped iterating, closed the stream, was cancelled, or raised), the worker's
``on_token`` returns True, so the decode stops after that token and the ledger refunds the unused
tail. If the stream did not end normally, whichever side finishes last reports the spend as the
custom event ``"dpfusion_spend"``: the final report (tail refunded) when decoding ended, or the
full-charge report of ``on_start`` with ``refund_unused=False`` when decoding failed after tokens
were released (the ledger then keeps the whole reservation).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

from langchain_core.callbacks import CallbackManager

from langchain_dpfusion._ledger import ledger_from_callbacks
from langchain_dpfusion.callbacks import SPEND_EVENT

__all__ = ["Delivery", "RunLink", "asteps_with_link", "current_link", "steps_with_link"]

T = TypeVar("T")

_LINK: ContextVar[RunLink | None] = ContextVar("dpfusion_stream_link", default=None)


@dataclass(frozen=True)
class RunLink:
    """The ledger of a run's budget handlers, and the handlers a spend is reported to."""

    ledger: Any = None
    handlers: tuple[Any, ...] = ()
    run_id: UUID | None = None
    tags: tuple[str, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, manager: Any, run_id: UUID | None = None) -> RunLink:
        """From a run manager, or from a callback manager plus the run id its run will get."""
        if manager is None:
            return cls()
        return cls(ledger=ledger_from_callbacks(manager), handlers=tuple(manager.handlers),
                   run_id=getattr(manager, "run_id", run_id), tags=tuple(manager.tags or ()),
                   metadata=dict(manager.metadata or {}))

    def report_spend(self, data: dict[str, Any]) -> None:
        if not self.handlers or self.run_id is None:
            return
        manager = CallbackManager(handlers=list(self.handlers), tags=list(self.tags), metadata=dict(self.metadata))
        manager.on_custom_event(SPEND_EVENT, data, run_id=self.run_id)


def current_link() -> RunLink | None:
    """The link pinned by :func:`steps_with_link` for the step in progress, if any."""
    return _LINK.get()


def steps_with_link(link: RunLink, chunks: Iterator[T]) -> Iterator[T]:
    """``chunks``, with ``link`` pinned during each step only (never while the consumer holds control)."""
    try:
        while True:
            token = _LINK.set(link)
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            finally:
                _LINK.reset(token)
            yield chunk
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


async def asteps_with_link(link: RunLink, chunks: AsyncIterator[T]) -> AsyncIterator[T]:
    """:func:`steps_with_link` for an async iterator."""
    try:
        while True:
            token = _LINK.set(link)
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            finally:
                _LINK.reset(token)
            yield chunk
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()


class Delivery:
    """One stream's state, shared by the decoding worker and the consumer (thread-safe)."""

    def __init__(self, link: RunLink) -> None:
        self.link = link
        self.spend_id = uuid.uuid4().hex
        self._lock = threading.Lock()
        self._gone = False
        self._finished = False
        self._settled = False
        self._released = False
        self._started: dict[str, Any] | None = None
        self._final: dict[str, Any] | None = None

    # -- the worker's side
    def on_start(self, report: Any) -> None:
        """``on_start`` of the core: the report of the full charge, before the first token."""
        self._started = report.model_dump(mode="json")

    def on_token(self, put: Callable[[Any], None], token: int) -> bool:
        """Hand a released token to the consumer; True (stop decoding) once the consumer has gone."""
        with self._lock:
            self._released = True
            if self._gone:
                return True
        put(("token", token))
        return False

    def worker_done(self, final_report: Any | None) -> None:
        with self._lock:
            self._finished = True
            self._final = None if final_report is None else final_report.model_dump(mode="json")
            report = self._gone and not self._settled
            self._settled = self._settled or report
        if report:
            self._report()

    # -- the consumer's side
    def consumer_done(self, *, completed: bool) -> None:
        """The stream's generator ended: ``completed`` when its last chunk was taken (the final report
        then reaches ``on_llm_end``); otherwise the consumer went away or an error ended the stream."""
        with self._lock:
            self._gone = True
            report = not completed and self._finished and not self._settled
            self._settled = self._settled or completed or report
        if report:
            self._report()

    def _report(self) -> None:
        if self._final is not None:
            data = {"spend_id": self.spend_id, "report": self._final, "refund_unused": True}
        elif self._started is not None and self._released:
            data = {"spend_id": self.spend_id, "report": self._started, "refund_unused": False}
        else:
            return  # nothing was released: the core refunded the reservation
        self.link.report_spend(data)
