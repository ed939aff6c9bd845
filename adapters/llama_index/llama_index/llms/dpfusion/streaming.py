"""Streaming a blocking decode: the core call runs in a worker thread and hands each token back
through a queue, to a plain generator (sync) or an async generator that never blocks the loop.
(The core's ``TextStream`` turns the token ids into text deltas.)"""

from __future__ import annotations

import asyncio
import contextvars
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

__all__ = ["astream_in_thread", "stream_in_thread"]

R = TypeVar("R")
_WORKERS: set[asyncio.Future[None]] = set()
Produce = Callable[[Callable[[int], None]], R]  # runs the core call, calling back once per token id


def stream_in_thread(produce: Produce[R]) -> Iterator[tuple[str, Any]]:
    """Yield ``("token", id)`` as the worker decodes, then ``("done", result)``; re-raise its error."""
    items: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            items.put(("done", produce(lambda token: items.put(("token", token)))))
        except BaseException as exc:  # handed to the consumer and re-raised there
            items.put(("error", exc))

    context = contextvars.copy_context()
    threading.Thread(target=context.run, args=(work,), name="dpfusion-stream", daemon=True).start()
    while True:
        kind, value = items.get()
        if kind == "error":
            raise value
        yield kind, value
        if kind == "done":
            return


async def astream_in_thread(produce: Produce[R]) -> AsyncIterator[tuple[str, Any]]:
    """``stream_in_thread`` for asyncio: the decode runs in a worker thread and tokens reach the loop
    through ``call_soon_threadsafe``, so the event loop keeps running while the model decodes."""
    loop = asyncio.get_running_loop()
    items: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def put(item: tuple[str, Any]) -> None:
        try:
            loop.call_soon_threadsafe(items.put_nowait, item)
        except RuntimeError:  # the loop closed while decoding: nobody is listening any more
            pass

    def work() -> None:
        try:
            put(("done", produce(lambda token: put(("token", token)))))
        except BaseException as exc:  # handed to the consumer and re-raised there
            put(("error", exc))

    worker = asyncio.ensure_future(asyncio.to_thread(work))
    _WORKERS.add(worker)  # keep a strong reference until the decode ends, even if the consumer left
    worker.add_done_callback(_WORKERS.discard)
    while True:
        kind, value = await items.get()
        if kind == "error":
            raise value
        yield kind, value
        if kind == "done":
            return
