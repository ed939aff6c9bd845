"""``DPFusionRetriever``: wraps any LlamaIndex retriever and returns only privatized nodes, so that
whatever runs downstream (a remote LLM, a tracer, a callback) never sees a raw chunk.

The inner retriever runs in the quarantine (see :mod:`.quarantine`): its own events, spans,
callbacks and logs, which carry the raw nodes, reach no handler. Its exceptions are replaced by
one that names only their type. The nodes are then privatized in one batched decode by a
``DPFusionPostprocessor``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks.base import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle

from dpfusion_integrations.errors import DPFusionError
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion.quarantine import quarantined

__all__ = ["DPFusionRetriever", "InnerRetrieverError"]


class InnerRetrieverError(DPFusionError):
    """The inner retriever failed; its message and traceback are withheld (they may hold raw chunks)."""


class DPFusionRetriever(BaseRetriever):
    """Privatizes every node an inner retriever returns (ε per privacy group of each node).

    Returned nodes hold the private paraphrase as text, only the public metadata keys of the
    privatizer, and the spend record under ``metadata["dpfusion"]``; a ``PrivacySpendEvent`` is
    dispatched per privatized node. Budgets are enforced by the privatizer's ``ledger`` before any
    token is decoded.

    Example:
        ```python
        from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
        from llama_index.retrievers.dpfusion import DPFusionRetriever

        retriever = DPFusionRetriever(index.as_retriever(similarity_top_k=2),
                                      DPFusionPostprocessor(epsilon=8.0, unit_metadata_key="record_id"))
        ```
    """

    def __init__(self, retriever: BaseRetriever, privatizer: DPFusionPostprocessor | None = None, *,
                 callback_manager: CallbackManager | None = None) -> None:
        """``retriever``: the inner retriever over raw chunks; ``privatizer``: how nodes are
        privatized (default: ``DPFusionPostprocessor()`` on the embedded model)."""
        super().__init__(callback_manager=callback_manager)
        self._inner = retriever
        self._privatizer = privatizer if privatizer is not None else DPFusionPostprocessor()

    @property
    def privatizer(self) -> DPFusionPostprocessor:
        """The postprocessor that privatizes the inner retriever's nodes."""
        return self._privatizer

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        with _inside():
            raw = self._inner.retrieve(query_bundle)
        return self._privatizer.privatize(raw, source="retriever")

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        with _inside():
            raw = await self._inner.aretrieve(query_bundle)
        return await asyncio.to_thread(self._privatizer.privatize, raw, source="retriever")


@contextmanager
def _inside() -> Iterator[None]:
    """The quarantine, plus an exception barrier: an error of the inner retriever leaves it only
    as an ``InnerRetrieverError`` naming the exception type."""
    try:
        with quarantined():
            yield
    except Exception as exc:
        raise InnerRetrieverError(f"the inner retriever raised {type(exc).__name__}; its details are withheld "
                                  "because they may contain raw chunks") from None
