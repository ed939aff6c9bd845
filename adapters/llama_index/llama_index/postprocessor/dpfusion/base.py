"""``DPFusionPostprocessor``: replaces every node's text by its DP-Fusion paraphrase, all nodes of a
call in one batched decode, and keeps the original text nowhere on the returned node.

Each returned node is a new ``TextNode``: the private paraphrase as text, only the metadata keys
declared public, and the spend record under ``metadata["dpfusion"]`` (excluded from the LLM and
embedding views). Relationships, hashes and ids of the original node are dropped: they derive
from the raw document. This module also does the work of the privatizing retriever.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from typing import Any, Literal

from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle, TextNode
from pydantic import ConfigDict, Field, PrivateAttr, StrictBool, model_validator

from dpfusion_integrations import DPFusion, PrivacyReport
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.release_settings import Release, check_release_settings, given_settings, release_kwargs
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, SpendSource, new_spend_id, spend_event, spend_record
from llama_index.callbacks.dpfusion.parameters import CONSTRUCTOR_ALIASES, merge_aliases
from llama_index.callbacks.dpfusion.sealed import Sealed, refuse_pickling

__all__ = ["DPFusionPostprocessor"]

logger = logging.getLogger(__name__)
dispatcher = get_dispatcher(__name__)

#: How nodes are released unless ``release=`` is given (one line to switch the default, also for the
#: privatizing retriever, whose default privatizer is this class).
DEFAULT_RELEASE: Release = "paraphrase"


class DPFusionPostprocessor(BaseNodePostprocessor):
    """Privatizes node text with DP-Fusion (ε per privacy group of each node).

    Use it in any ``node_postprocessors`` list; note that a query engine's retrieval events have
    already carried the raw nodes by then. To keep raw chunks out of every callback and tracer,
    wrap the retriever with ``DPFusionRetriever`` instead, which uses this class.

    ``release="faithful"`` keeps each node's public text verbatim and resamples only its private
    spans, charged ``slot_tokens`` steps per span. An explicit ``max_new_tokens`` with it (or an
    explicit ``slot_tokens`` with the paraphrase) is refused when the postprocessor is built: a
    setting that changes the cost is never dropped silently. With it, ``surrogates=True`` shows each
    private span to the model as a fixed fake of its type (``Alex Morgan``) instead of its
    ``[PERSON]`` placeholder, so a node reads naturally even at ε = 0; placeholders are the default,
    the charge is the same, and the spend record's report says which was used.

    ``max_new_tokens`` is also accepted as ``num_output`` or ``max_tokens``, and ``model_name`` as
    ``model``; an unknown argument is an error.

    Example:
        ```python
        from llama_index.postprocessor.dpfusion import DPFusionPostprocessor

        privatizer = DPFusionPostprocessor(epsilon=8.0, unit_metadata_key="record_id",
                                           public_metadata_keys=("record_id",))
        ```
    """

    model_config = ConfigDict(protected_namespaces=(), extra="forbid", hide_input_in_errors=True)

    model_name: str = Field(default=DEFAULT_MODEL, description="Local model of the shared engine "
                                                               "(default: the embedded SmolLM2-135M-Instruct).")
    device: str | None = Field(default=None, description="Torch device of the shared engine (default: CPU).")
    dtype: str | None = Field(default=None, description="Model dtype of the shared engine.")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each node; 0 = public-only.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the guarantee.")
    release: Release = Field(default=DEFAULT_RELEASE, description=(
        "paraphrase: each node is rewritten, charged max_new_tokens steps; faithful: its public text is kept "
        "verbatim and only its private spans are resampled, charged slot_tokens steps per span."))
    max_new_tokens: int = Field(default=256, ge=1, description="Paraphrase: token budget of each privatized node "
                                                               "(aliases: num_output, max_tokens).")
    slot_tokens: int | None = Field(default=None, ge=1, description="Faithful: most tokens one private span may take "
                                                                    "(the charge per span); None: the core's default.")
    surrogates: StrictBool = Field(default=False, description=(
        "Faithful: show each private span to the model as a fixed, data-independent fake of its type (e.g. "
        "'Alex Morgan') instead of its [PLACEHOLDER], so the node reads naturally; same charge. False (default): "
        "placeholders. Refused with the paraphrase."))
    group_policy: Literal["entity_type", "entity", "single"] = Field(default="entity_type",
                                                                      description="How spans form privacy groups.")
    relation: Literal["redaction", "substitution"] = Field(default="redaction",
                                                           description="Neighbouring relation of the guarantee.")
    unit_metadata_key: str | None = Field(default=None, description="Metadata key holding each node's privacy unit "
                                                                    "(e.g. record_id); default: one unit per "
                                                                    "tagged value.")
    public_metadata_keys: tuple[str, ...] = Field(default=(), description="Original metadata keys that are public "
                                                                          "and passed on (all others are dropped).")
    keep_scores: bool = Field(default=False, description="Pass on retrieval scores (they are computed from the "
                                                         "raw text; dropped by default).")
    cache: bool = Field(default=True, description="Re-serve a node's privatized text when the same text comes "
                                                  "again: post-processing, no new spend. Kept in this process.")
    cache_size: int = Field(default=4096, ge=1, description="Most privatized nodes kept in the cache.")
    seed: int | None = Field(default=None, description="Fixed seed: tests and demos only; reported as seeded.")

    _sealed: Sealed = PrivateAttr(default_factory=Sealed)
    _cache_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, *, engine: DPFusion | None = None, ledger: Any = None, **fields: Any) -> None:
        """``engine``: a ready ``DPFusion`` (default: one shared engine per model); ``ledger``: a
        ``PrivacyLedger`` enforcing per-unit budgets. Every other keyword is a declared field or one
        of its aliases; unknown ones are an error. Engine, ledger and cache are kept out of ``repr``,
        serialization and tracing."""
        super().__init__(**merge_aliases(fields, CONSTRUCTOR_ALIASES, owner="DPFusionPostprocessor"))  # typed error
        self._sealed = Sealed(engine=engine, ledger=ledger, cache=OrderedDict())

    @model_validator(mode="before")
    @classmethod
    def _merge_aliases(cls, data: Any) -> Any:
        """The aliases also on ``model_validate`` (``__init__`` has merged them already)."""
        if not isinstance(data, dict):
            return data
        return merge_aliases(data, CONSTRUCTOR_ALIASES, owner="DPFusionPostprocessor")

    def __getstate__(self) -> dict[str, Any]:
        refuse_pickling(self)

    @model_validator(mode="after")
    def _check_release(self) -> DPFusionPostprocessor:
        """Refuse, when built, a setting of the other release mode (it would change the cost)."""
        check_release_settings(self.release, explicit=given_settings(self), surrogates=self.surrogates)
        return self

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionPostprocessor"

    @property
    def dp_engine(self) -> DPFusion:
        """The engine nodes are privatized on (the shared one is loaded on first use)."""
        if self._sealed.engine is None:
            self._sealed.engine = shared_engine(self.model_name, self.device, self.dtype)
        return self._sealed.engine

    @property
    def ledger(self) -> Any:
        """The ``PrivacyLedger`` enforcing budgets, if any."""
        return self._sealed.ledger

    @property
    def _cache(self) -> OrderedDict[str, tuple[str, PrivacyReport, str]]:
        return self._sealed.cache

    def _postprocess_nodes(self, nodes: list[NodeWithScore],
                           query_bundle: QueryBundle | None = None) -> list[NodeWithScore]:
        return self.privatize(nodes, source="postprocessor")

    # ------------------------------------------------------------------ the work
    def privatize(self, nodes: list[NodeWithScore], *, source: SpendSource = "postprocessor") -> list[NodeWithScore]:
        """Privatized copies of ``nodes`` (empty ones dropped): new cache entries are decoded in one
        batched call, reserved on the ledger before the first token, and each dispatches a
        ``PrivacySpendEvent``; cache hits spend nothing."""
        # Fields may be assigned after init (no validation on assignment): checked again before any decode.
        check_release_settings(self.release, explicit=given_settings(self), surrogates=self.surrogates)
        texts = [n.node.get_content(metadata_mode=MetadataMode.NONE) for n in nodes]
        kept = [i for i, t in enumerate(texts) if t.strip()]
        if len(kept) < len(nodes):
            logger.debug("dropped %d node(s) without text", len(nodes) - len(kept))
        units = {i: self._units(nodes[i], i) for i in kept}
        keys = {i: self._key(texts[i], units[i]) for i in kept}
        first: dict[str, int] = {}
        for i in kept:
            first.setdefault(keys[i], i)
        with self._cache_lock:
            entries = {k: self._cache[k] for k in first if self.cache and k in self._cache}
        todo = [k for k in first if k not in entries]
        made = self._decode([first[k] for k in todo], texts, units, source) if todo else []
        fresh = dict(zip(todo, made, strict=True))
        entries.update(fresh)
        if self.cache and fresh:
            with self._cache_lock:
                for k, entry in fresh.items():
                    self._cache[k] = entry
                    self._cache.move_to_end(k)
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        out = []
        for i in kept:
            text, report, spend_id = entries[keys[i]]
            cached = keys[i] not in fresh or first[keys[i]] != i
            node = TextNode(text=text, metadata=self._metadata(nodes[i], report, spend_id, cached=cached),
                            excluded_llm_metadata_keys=[DPFUSION_KEY], excluded_embed_metadata_keys=[DPFUSION_KEY])
            out.append(NodeWithScore(node=node, score=nodes[i].score if self.keep_scores else None))
        return out

    def _decode(self, indices: list[int], texts: list[str], units: dict[int, list[str] | None],
                source: SpendSource) -> list[tuple[str, PrivacyReport, str]]:
        """One batched decode of ``texts[indices]``; (text, report, spend id) per index, in order."""
        unit_lists = [units[i] for i in indices]
        results = self.dp_engine.privatize_many(
            [texts[i] for i in indices], epsilon=self.epsilon, delta=self.delta, seed=self.seed,
            group_policy=self.group_policy, relation=self.relation, allow_no_spans=True, ledger=self._sealed.ledger,
            units=unit_lists if any(u is not None for u in unit_lists) else None,
            **release_kwargs(self.release, max_new_tokens=self.max_new_tokens,  # type: ignore[arg-type]
                             slot_tokens=self.slot_tokens, surrogates=self.surrogates))
        made = []
        for result in results:
            spend_id = new_spend_id()
            dispatcher.event(spend_event(result.report, spend_id, source))
            made.append((result.text, result.report, spend_id))
        return made

    def _units(self, node: NodeWithScore, index: int) -> list[str] | None:
        if not self.unit_metadata_key:
            return None
        value = node.node.metadata.get(self.unit_metadata_key)
        if value is None or str(value) == "":
            raise InvalidParameterError(f"node #{index} has no {self.unit_metadata_key!r} metadata "
                                        "(unit_metadata_key); its budget could not be enforced")
        return [str(value)]

    def _key(self, text: str, units: list[str] | None) -> str:
        params = (f"{self.dp_engine.model_name}|{self.dp_engine.temperature}|{self.epsilon}|{self.delta}|"
                  f"{self.release}|{self.max_new_tokens}|{self.slot_tokens}|{self.surrogates}|{self.group_policy}|"
                  f"{self.relation}|{units}")
        return hashlib.sha256(f"{params}\x00{text}".encode()).hexdigest()

    def _metadata(self, node: NodeWithScore, report: PrivacyReport, spend_id: str, cached: bool) -> dict[str, Any]:
        meta = {k: node.node.metadata[k] for k in self.public_metadata_keys if k in node.node.metadata}
        meta[DPFUSION_KEY] = spend_record(report, spend_id, cached=cached)
        return meta
