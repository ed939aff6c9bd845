"""Streaming a blocking decode: the core call runs in a worker thread and hands each token back
through a queue, to a plain generator (sync) or an async generator that never blocks the loop.
(The core's ``TextStream`` turns the token ids into text deltas.)

The worker runs in the context captured when the stream was created (the LLM call's span and
trace), so what it reports when the decode ends is attributed to that call. When the consumer
goes away (the generator is closed or collected, its task cancelled, or it raised), the token
callback starts returning True: the core stops after that token and refunds the unused tail.
The decode is never left running for nobody.

The consumer's generator is the outermost one, :func:`closing` / :func:`aclosing` around
LlamaIndex's callback wrapper: that wrapper keeps the inner generators alive after it is closed
(the ``ExceptionEvent`` it dispatches holds its frame, and tracers keep events), so "the inner
generator was collected" is not a signal one can rely on; the outermost generator's ``finally`` is.
"""

from __future__ import annotations

import asyncio
import contextvars
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

__all__ = ["Produce", "aclosing", "astream_in_thread", "closing", "stream_in_thread"]

R = TypeVar("R")
T = TypeVar("T")
#: Runs the core call, calling back once per released token id; the callback returns True once
#: nobody is listening any more (a stopping rule on released tokens).
Produce = Callable[[Callable[[int], bool]], R]
_WORKERS: set[asyncio.Future[None]] = set()


class _Worker:
    """The producing side of one stream: runs ``produce`` and posts ``("token", id)`` items, then
    ``("done", result)`` or ``("error", exception)``."""

    def __init__(self, produce: Produce[Any], post: Callable[[tuple[str, Any]], None],
                 gone: threading.Event | None) -> None:
        self._produce = produce
        self._post = post
        self.gone = gone if gone is not None else threading.Event()  # set once the consumer stops listening

    def _on_token(self, token: int) -> bool:
        self._post(("token", token))
        return self.gone.is_set()

    def run(self) -> None:
        try:
            result = self._produce(self._on_token)
        except BaseException as exc:  # handed to the consumer and re-raised there
            self._post(("error", exc))
        else:
            self._post(("done", result))


def stream_in_thread(produce: Produce[R], *, context: contextvars.Context | None = None,
                     gone: threading.Event | None = None) -> Iterator[tuple[str, Any]]:
    """Yield ``("token", id)`` as the worker decodes, then ``("done", result)``; re-raise its error.
    The worker starts on the first ``next`` and runs in ``context`` (default: a copy of the current
    one); setting ``gone`` (or leaving this generator) tells it the consumer has left."""
    items: queue.Queue[tuple[str, Any]] = queue.Queue()
    worker = _Worker(produce, items.put, gone)
    run_in = context if context is not None else contextvars.copy_context()
    threading.Thread(target=run_in.run, args=(worker.run,), name="dpfusion-stream", daemon=True).start()
    try:
        while True:
            kind, value = items.get()
            if kind == "error":
                raise value
            yield kind, value
            if kind == "done":
                return
    finally:
        worker.gone.set()


async def astream_in_thread(produce: Produce[R], *, context: contextvars.Context | None = None,
                            gone: threading.Event | None = None) -> AsyncIterator[tuple[str, Any]]:
    """``stream_in_thread`` for asyncio: the decode runs in a worker thread and tokens reach the loop
    through ``call_soon_threadsafe``, so the event loop keeps running while the model decodes."""
    loop = asyncio.get_running_loop()
    items: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def post(item: tuple[str, Any]) -> None:
        try:
            loop.call_soon_threadsafe(items.put_nowait, item)
        except RuntimeError:  # the loop closed while decoding: nobody is listening any more
            worker.gone.set()

    worker = _Worker(produce, post, gone)
    run_in = context if context is not None else contextvars.copy_context()
    future = loop.run_in_executor(None, run_in.run, worker.run)
    _WORKERS.add(future)  # keep a strong reference until the decode ends, even if the consumer left
    future.add_done_callback(_WORKERS.discard)
    try:
        while True:
            kind, value = await items.get()
            if kind == "error":
                raise value
            yield kind, value
            if kind == "done":
                return
    finally:
        worker.gone.set()


def closing(stream: Iterator[T], gone: threading.Event) -> Iterator[T]:
    """The consumer's end of a stream: yields ``stream``'s items; however it ends (exhausted,
    closed, collected, or raising), ``gone`` is set and ``stream`` closed."""
    try:
        yield from stream
    finally:
        gone.set()
        stream.close()  # type: ignore[attr-defined]


async def aclosing(stream: AsyncIterator[T], gone: threading.Event) -> AsyncIterator[T]:
    """:func:`closing` for an async stream (also when the consuming task is cancelled)."""
    try:
        async for item in stream:
            yield item
    finally:
        gone.set()
        await stream.aclose()  # type: ignore[attr-defined]
