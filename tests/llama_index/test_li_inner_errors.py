"""An inner retriever's exception never leaves the boundary, not even attached to the typed error that
replaces it: neither ``__cause__`` nor ``__context__`` holds it, and neither the formatted traceback
(with its frames' locals) nor the span/event payloads show its text. Sync and async."""

from __future__ import annotations

import traceback

import pytest
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle

from dpfusion_integrations import errors
from li_helpers import CANARY_ID, CANARY_NAME, Recorders, leaked
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever, InnerRetrieverError


class _Exploding(BaseRetriever):
    """Fails with the raw chunk in its message, and holds it in its repr and locals."""

    def __init__(self) -> None:
        super().__init__()
        self.chunk = f"{CANARY_NAME} {CANARY_ID}"

    def __repr__(self) -> str:
        return f"_Exploding({self.chunk})"

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        chunk = self.chunk  # noqa: F841 - a local a traceback with locals would show
        raise ValueError(f"bad chunk: {self.chunk}")

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        chunk = self.chunk  # noqa: F841
        raise ValueError(f"bad chunk: {self.chunk}")


def everything_attached(err: BaseException) -> str:
    """The chained exceptions, the formatted traceback with every frame's locals, and each frame's
    locals as a tracer capturing them would see them."""
    chained = f"{err.__cause__!r} {err.__context__!r}"
    formatted = "".join(traceback.TracebackException.from_exception(err, capture_locals=True).format())
    frames = [repr(frame.f_locals) for frame, _ in traceback.walk_tb(err.__traceback__)]
    return "\n".join([chained, formatted, *frames, repr(err), str(err)])


def check(err: BaseException) -> None:
    assert err.__cause__ is None and err.__context__ is None
    assert isinstance(err, errors.InnerRetrieverError) and "ValueError" in str(err)
    assert leaked(everything_attached(err)) == []


@pytest.fixture
def retriever(tiny_dp):
    return DPFusionRetriever(_Exploding(), DPFusionPostprocessor(engine=tiny_dp))


def test_when_the_inner_retriever_fails_then_the_typed_error_carries_nothing_of_it(retriever):
    rec = Recorders()
    try:
        with pytest.raises(InnerRetrieverError) as info:
            retriever.retrieve("anything")
    finally:
        rec.detach()
    check(info.value)
    assert "SpanDropEvent" in rec.events.names and leaked(rec.dump()) == []
    assert InnerRetrieverError is errors.InnerRetrieverError  # the core's error, re-exported


async def test_when_the_inner_retriever_fails_async_then_the_typed_error_carries_nothing_of_it(retriever):
    rec = Recorders()
    try:
        with pytest.raises(InnerRetrieverError) as info:
            await retriever.aretrieve("anything")
    finally:
        rec.detach()
    check(info.value)
    assert leaked(rec.dump()) == []
