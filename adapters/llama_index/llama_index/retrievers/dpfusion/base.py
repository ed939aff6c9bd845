"""``DPFusionRetriever``: wraps any LlamaIndex retriever and returns only privatized nodes, so that
whatever runs downstream (a remote LLM, a tracer, a callback) never sees a raw chunk.

The inner retriever runs in the quarantine (see :mod:`.quarantine`): its own events, spans,
callbacks and logs, which carry the raw nodes, reach no handler. Its exceptions are replaced by
the core's ``InnerRetrieverError``, which names only their type and is raised outside the handler,
so the original is neither its cause nor its context (nor in its traceback). The nodes are then
privatized in one batched decode by a ``DPFusionPostprocessor``. The inner retriever and the
privatizer are kept out of ``repr``, ``vars()`` and tracing (see ``llama_index.callbacks.dpfusion.sealed``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks.base import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle

from dpfusion_integrations.errors import InnerRetrieverError
from llama_index.callbacks.dpfusion.sealed import Sealed, refuse_pickling
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion.quarantine import quarantined

__all__ = ["DPFusionRetriever", "InnerRetrieverError"]


class DPFusionRetriever(BaseRetriever):
    """Privatizes every node an inner retriever returns (ε per privacy group of each node).

    Returned nodes hold the private release as text, only the public metadata keys of the
    privatizer, and the spend record under ``metadata["dpfusion"]``; a ``PrivacySpendEvent`` is
    dispatched per privatized node. Budgets are enforced by the privatizer's ``ledger`` before any
    token is decoded. How nodes are released (``release``, ``slot_tokens``, ``surrogates``) is the
    privatizer's setting: e.g. ``DPFusionPostprocessor(release="faithful", surrogates=True)`` keeps
    the public text and shows private spans to the model as fixed fakes instead of placeholders.

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
        self._sealed = Sealed(inner=retriever,
                              privatizer=privatizer if privatizer is not None else DPFusionPostprocessor())

    def __repr__(self) -> str:
        return f"DPFusionRetriever(privatizer={self.privatizer!r})"

    def __getstate__(self) -> dict[str, Any]:
        refuse_pickling(self)

    @property
    def privatizer(self) -> DPFusionPostprocessor:
        """The postprocessor that privatizes the inner retriever's nodes."""
        return self._sealed.privatizer

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        raw = _inside(self._sealed.inner.retrieve, query_bundle)
        return self.privatizer.privatize(raw, source="retriever")

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        raw = await _ainside(self._sealed.inner.aretrieve, query_bundle)
        return await asyncio.to_thread(self.privatizer.privatize, raw, source="retriever")


def _withheld(failure: str) -> InnerRetrieverError:
    return InnerRetrieverError(f"the inner retriever raised {failure}; its details are withheld because they may "
                               "contain raw chunks")


def _inside(retrieve: Callable[[QueryBundle], list[NodeWithScore]], query: QueryBundle) -> list[NodeWithScore]:
    """``retrieve(query)`` in the quarantine, behind an exception barrier: an error leaves only as an
    ``InnerRetrieverError`` naming its type, raised after the handler has ended (inside it, Python
    would chain the original as ``__context__``, even with ``from None``)."""
    try:
        with quarantined():
            return retrieve(query)
    except Exception as exc:
        failure = type(exc).__name__
    del retrieve  # a traceback formatted with its locals must not show the inner retriever
    raise _withheld(failure)


async def _ainside(retrieve: Callable[[QueryBundle], Awaitable[list[NodeWithScore]]],
                   query: QueryBundle) -> list[NodeWithScore]:
    """:func:`_inside` for an awaitable inner retrieval."""
    try:
        with quarantined():
            return await retrieve(query)
    except Exception as exc:
        failure = type(exc).__name__
    del retrieve
    raise _withheld(failure)
