"""Red team, LlamaIndex: ``DPFusionLLM`` (complete/chat, streaming, async, tools, an agent),
``DPFusionRetriever`` over a composite inner retriever (child retrievers with their own spans,
events and callbacks), ``DPFusionPostprocessor``, a ``RetrieverQueryEngine``, node metadata and
ledger audit rows. A recording event handler and a span handler (bound arguments, results, errors
and every generic view of each span's ``instance``) sit on the root dispatcher, and a recording
legacy handler on ``Settings.callback_manager``, as an application with tracing turned on has them.

Canaries sit in resolver stores (``functools.partial`` over a dict, a ``ChainMap``, a bound method of
a dataclass store), tool results resolved by reference, raw chunks, chunk metadata and the inner
retriever's errors and logs. Inputs a caller hands to an LLM are visible to callbacks by design, so
private context is passed by reference."""

from __future__ import annotations

import hashlib
import inspect
import logging
import math
import pickle
import re
from typing import Any

import pytest
from llama_index.core import Settings, VectorStoreIndex
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.callbacks import CallbackManager
from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.span import BaseSpan
from llama_index.core.instrumentation.span_handlers import BaseSpanHandler
from llama_index.core.llms import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import Document, NodeWithScore, QueryBundle, TextNode
from llama_index.core.tools import FunctionTool
from pydantic import PrivateAttr

from dpfusion_integrations.errors import BudgetExceededError, DPFusionError, InnerRetrieverError
from dpfusion_integrations.unit_aliases import resolve_unit_alias
from llama_index.callbacks.dpfusion import DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.llms.dpfusion import DPFusionLLM, private_reference
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever
from rt_helpers import (
    RESOLVERS,
    STORE,
    CANARIES,
    ID,
    INNER_SECRET,
    META_SECRET,
    NAME,
    STABLE_UNIT,
    STABLE_UNIT_2,
    UNIT_KEY,
    aliases_unrelated,
    assert_clean,
    log_text,
    marked,
    note,
    render,
    render_exception,
)



# ----------------------------------------------------------------------------------------- offline settings
class HashEmbedding(BaseEmbedding):
    """Bag-of-words hashing embedding: offline and deterministic."""

    dim: int = 32

    @classmethod
    def class_name(cls) -> str:
        return "RTHashEmbedding"

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vector(text)


def _silent_manager() -> CallbackManager:
    manager = CallbackManager()
    manager.set_handlers([])
    return manager


# ----------------------------------------------------------------------------------------- recorders
def instance_views(instance: Any) -> str:
    """What a tracer that snapshots a component can read without naming a private attribute.
    (Only DP-Fusion components are pickled: LlamaIndex's ``__getstate__`` strips attributes from the
    live object, which would break the global node parser.)"""
    parts = [repr(instance), str(instance)]
    ours = type(instance).__module__.startswith(("llama_index.llms.dpfusion", "llama_index.retrievers.dpfusion",
                                                 "llama_index.postprocessor.dpfusion",
                                                 "llama_index.callbacks.dpfusion"))
    for view in (vars, lambda o: o.__pydantic_private__, lambda o: o.to_dict(), lambda o: o.model_dump(),
                 lambda o: o.to_json(), *([pickle.dumps] if ours else [])):
        try:
            value = view(instance)
            parts.append(value.decode("latin-1") if isinstance(value, bytes) else render(value))
        except Exception as exc:  # noqa: BLE001 - a view the object refuses shows its type only
            parts.append(type(exc).__name__)
    return "\n".join(parts)


class EventRecorder(BaseEventHandler):
    _seen: list[str] = PrivateAttr(default_factory=list)
    _names: list[str] = PrivateAttr(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "RTEventRecorder"

    def handle(self, event: Any, **kwargs: Any) -> None:
        self._names.append(event.class_name())
        self._seen.append(f"{event.class_name()} {render(event)} {render(kwargs)}")


class SpanRecorder(BaseSpanHandler[BaseSpan]):
    _seen: list[str] = PrivateAttr(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "RTSpanRecorder"

    def new_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                 parent_span_id: str | None = None, tags: dict[str, Any] | None = None, **kw: Any) -> BaseSpan:
        self._seen.append(f"enter {id_} args={render(bound_args.arguments)} tags={render(tags)}")
        if instance is not None:
            self._seen.append(f"instance {id_} {instance_views(instance)}")
        return BaseSpan(id_=id_, parent_id=parent_span_id)

    def prepare_to_exit_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             result: Any | None = None, **kw: Any) -> BaseSpan | None:
        self._seen.append(f"exit {id_} {render(result)}")
        return self.open_spans.get(id_)

    def prepare_to_drop_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             err: BaseException | None = None, **kw: Any) -> BaseSpan | None:
        self._seen.append(f"drop {id_} {render(err)}")
        return self.open_spans.get(id_)


class LegacyRecorder(BaseCallbackHandler):
    def __init__(self) -> None:
        super().__init__(event_starts_to_ignore=[], event_ends_to_ignore=[])
        self.seen: list[str] = []

    def on_event_start(self, event_type: Any, payload: dict[str, Any] | None = None, event_id: str = "",
                       parent_id: str = "", **kwargs: Any) -> str:
        self.seen.append(f"start {event_type} {render(payload)}")
        return event_id

    def on_event_end(self, event_type: Any, payload: dict[str, Any] | None = None, event_id: str = "",
                     **kwargs: Any) -> None:
        self.seen.append(f"end {event_type} {render(payload)}")

    def start_trace(self, trace_id: str | None = None) -> None:
        self.seen.append(f"trace {trace_id}")

    def end_trace(self, trace_id: str | None = None, trace_map: Any = None) -> None:
        self.seen.append(f"end-trace {trace_id} {render(trace_map)}")


class Recorders:
    def __init__(self) -> None:
        self.events, self.spans, self.legacy = EventRecorder(), SpanRecorder(), LegacyRecorder()
        root = get_dispatcher()
        root.add_event_handler(self.events)
        root.add_span_handler(self.spans)

    def detach(self) -> None:
        root = get_dispatcher()
        root.event_handlers = [h for h in root.event_handlers if h is not self.events]
        root.span_handlers = [h for h in root.span_handlers if h is not self.spans]

    def clear(self) -> None:
        self.events._seen.clear()
        self.events._names.clear()
        self.spans._seen.clear()
        self.legacy.seen.clear()

    @property
    def names(self) -> list[str]:
        return list(self.events._names)

    def channels(self) -> dict[str, str]:
        return {"events": "\n".join(self.events._seen), "spans": "\n".join(self.spans._seen),
                "legacy callbacks": "\n".join(self.legacy.seen)}

    def assert_clean(self, label: str, allow_stable: tuple[str, ...] = ()) -> None:
        for channel, text in self.channels().items():
            assert_clean(f"{label}: {channel}", text, allow_stable=allow_stable)


@pytest.fixture
def rec():
    """Recorders on every channel, attached as an application would at start-up."""
    fields = ("_llm", "_embed_model", "_callback_manager", "_node_parser", "_transformations")
    saved = {name: getattr(Settings, name) for name in fields}
    recorders = Recorders()
    manager = _silent_manager()
    manager.set_handlers([recorders.legacy])
    Settings.callback_manager = manager
    Settings.llm = MockLLM()  # nothing may fall back to a remote default
    Settings.embed_model = HashEmbedding()
    yield recorders
    recorders.detach()
    for name, value in saved.items():
        setattr(Settings, name, value)


# ----------------------------------------------------------------------------------------- inner retrievers
def raw_nodes() -> list[NodeWithScore]:
    return [
        NodeWithScore(node=TextNode(text=note(), id_=f"node-{NAME}",
                                    metadata={"record_id": STABLE_UNIT, "ward": "cardiology", "patient": META_SECRET,
                                              "mrn": ID}), score=0.9),
        NodeWithScore(node=TextNode(text=f"{marked(NAME)} was discharged after treatment.",
                                    metadata={"record_id": STABLE_UNIT_2, "ward": "general",
                                              "patient": META_SECRET}), score=0.8),
    ]


class Child(BaseRetriever):
    """A child retriever over raw nodes; logs them at DEBUG as vector stores do."""

    def __init__(self, nodes: list[NodeWithScore]) -> None:
        super().__init__()
        self.nodes = nodes

    def __repr__(self) -> str:
        return f"Child({[n.node.get_content() for n in self.nodes]!r})"

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        logging.getLogger("inner.child").debug("hits: %s", [n.node.get_content() for n in self.nodes])
        return list(self.nodes)


class FanOut(BaseRetriever):
    """A composite retriever: each child runs as its own instrumented retrieval (spans, events,
    legacy callbacks), plus an index retriever with its embedding calls."""

    def __init__(self, children: list[BaseRetriever]) -> None:
        super().__init__()
        self.children = children

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        out: list[NodeWithScore] = []
        for child in self.children:
            out += child.retrieve(query_bundle)
        logging.getLogger("inner.fanout").info("merged %s", out)
        return out

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        out: list[NodeWithScore] = []
        for child in self.children:
            out += await child.aretrieve(query_bundle)
        return out


class Exploding(BaseRetriever):
    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        try:
            raise KeyError(f"index row for {INNER_SECRET}")
        except KeyError:
            logging.getLogger("inner.exploding").exception("failed on %s", INNER_SECRET)
            raise ValueError(f"cannot parse chunk: {INNER_SECRET} {note()}")  # noqa: B904


def index_retriever() -> BaseRetriever:
    docs = [Document(text=note(), metadata={"record_id": STABLE_UNIT, "patient": META_SECRET}),
            Document(text="Routine checkup, no findings.", metadata={"record_id": "rec-plain"})]
    return VectorStoreIndex.from_documents(docs, embed_model=HashEmbedding()).as_retriever(similarity_top_k=1)


def privatizer(dp: Any, **kwargs: Any) -> DPFusionPostprocessor:
    options = {"engine": dp, "epsilon": 4.0, "max_new_tokens": 3, "seed": 1, "cache": False,
               "unit_metadata_key": "record_id", "public_metadata_keys": ("ward",)}
    options.update(kwargs)
    return DPFusionPostprocessor(**options)


# ----------------------------------------------------------------------------------------- retriever
def test_composite_inner_retriever_leaks_through_no_channel(dp, rec, debug_logs):
    inner = FanOut([Child(raw_nodes()), index_retriever()])
    retriever = DPFusionRetriever(inner, privatizer(dp))
    rec.clear()
    debug_logs.clear()  # the ingestion of the index is the application's, not the adapter's
    nodes = retriever.retrieve("chest pain")
    assert len(nodes) == 3 and "PrivacySpendEvent" in rec.names and "RetrievalEndEvent" in rec.names
    units = [u for n in nodes for u in n.node.metadata["dpfusion"]["report"]["units"]]
    assert {resolve_unit_alias(u, unit_key=UNIT_KEY) for u in units} == {STABLE_UNIT, STABLE_UNIT_2}
    assert_clean("returned nodes", [n.node.model_dump_json() for n in nodes], nodes,
                 [n.node.get_content(metadata_mode="all") for n in nodes])
    rec.assert_clean("composite retrieval")
    assert_clean("logs", log_text(debug_logs.records))


def test_control_without_the_quarantine_every_recorder_sees_the_canaries(dp, rec, debug_logs, monkeypatch):
    """Control: with the quarantine removed, the inner retrieval leaks through events, spans,
    legacy callbacks and logs, so the recorders above are able to see a leak."""
    import contextlib

    from llama_index.retrievers.dpfusion import base as module

    monkeypatch.setattr(module, "quarantined", contextlib.nullcontext)
    DPFusionRetriever(FanOut([Child(raw_nodes())]), privatizer(dp)).retrieve("chest pain")
    channels = rec.channels()
    assert all(NAME in text for text in channels.values()), [k for k, v in channels.items() if NAME not in v]
    assert NAME in log_text(debug_logs.records)


async def test_composite_inner_retriever_async_leaks_through_no_channel(dp, rec, debug_logs):
    retriever = DPFusionRetriever(FanOut([Child(raw_nodes())]), privatizer(dp))
    rec.clear()
    nodes = await retriever.aretrieve("chest pain")
    assert nodes and "PrivacySpendEvent" in rec.names
    assert_clean("returned nodes (async)", nodes)
    rec.assert_clean("async composite retrieval")
    assert_clean("logs", log_text(debug_logs.records))


@pytest.mark.parametrize("use_async", [False, True])
def test_query_fusion_inner_retriever_leaks_through_no_channel(dp, rec, debug_logs, use_async):
    """LlamaIndex's own composite retriever (its async mode fans out in tasks) as the inner one."""
    from llama_index.core.retrievers import QueryFusionRetriever

    children = [Child(raw_nodes()[:1]), Child(raw_nodes()[1:])]
    inner = QueryFusionRetriever(children, llm=MockLLM(), num_queries=1, use_async=use_async,
                                 similarity_top_k=4, mode="reciprocal_rerank")
    rec.clear()
    nodes = DPFusionRetriever(inner, privatizer(dp)).retrieve("chest pain")
    assert len(nodes) == 2
    rec.assert_clean(f"QueryFusionRetriever (use_async={use_async})")
    assert_clean("logs", log_text(debug_logs.records))


def test_node_metadata_keeps_public_keys_and_per_call_aliases_only(dp, rec):
    retriever = DPFusionRetriever(FanOut([Child(raw_nodes())]), privatizer(dp))
    first, second = retriever.retrieve("chest pain"), retriever.retrieve("chest pain")
    for node in first + second:
        assert set(node.node.metadata) == {"ward", "dpfusion"} and node.node.relationships == {}
    aliases = [[u for n in batch for u in n.node.metadata["dpfusion"]["report"]["units"]] for batch in (first, second)]
    assert aliases[0] and aliases_unrelated(*aliases)
    assert_clean("node metadata", [n.node.metadata for n in first + second], [n.node.node_id for n in first])


def test_group_names_from_markup_inside_retrieved_nodes_do_not_reach_the_report(dp, rec):
    """A chunk's markup attributes are raw document text (see the LangChain twin of this test)."""
    child = Child([NodeWithScore(node=TextNode(text=f'Seen: <private group="{ID}">Room 4</private> today.',
                                               metadata={"record_id": STABLE_UNIT}))])
    nodes = DPFusionRetriever(child, privatizer(dp)).retrieve("room")
    assert nodes
    assert_clean("report labels from data markup", [n.node.metadata for n in nodes])
    rec.assert_clean("report labels from data markup")


def test_inner_retriever_errors_leave_typed_and_bare(dp, rec, debug_logs):
    retriever = DPFusionRetriever(FanOut([Child(raw_nodes()), Exploding()]), privatizer(dp))
    rec.clear()
    with pytest.raises(InnerRetrieverError) as info:
        retriever.retrieve("chest pain")
    error = info.value
    assert error.__cause__ is None and error.__context__ is None
    assert_clean("InnerRetrieverError", error, render_exception(error, locals_=True))
    rec.assert_clean("inner error")
    assert "drop" in "\n".join(rec.spans._seen)  # the outer span was dropped with the typed error
    assert_clean("logs (incl. the inner logger.exception)", log_text(debug_logs.records))


async def test_inner_retriever_errors_leave_typed_and_bare_async(dp, rec, debug_logs):
    retriever = DPFusionRetriever(FanOut([Exploding()]), privatizer(dp))
    with pytest.raises(InnerRetrieverError) as info:
        await retriever.aretrieve("chest pain")
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert_clean("async InnerRetrieverError", info.value, render_exception(info.value, locals_=True))
    rec.assert_clean("async inner error")
    assert_clean("logs", log_text(debug_logs.records))


def test_retriever_budget_and_missing_unit_errors_leak_nothing(dp, rec, ledger, debug_logs):
    ledger.set_cap(STABLE_UNIT, 0.01, 1e-5)
    with pytest.raises(BudgetExceededError) as over:
        DPFusionRetriever(FanOut([Child(raw_nodes())]), privatizer(dp, ledger=ledger)).retrieve("chest pain")
    no_unit = Child([NodeWithScore(node=TextNode(text=note(), metadata={"patient": META_SECRET}))])
    with pytest.raises(DPFusionError) as missing:
        DPFusionRetriever(no_unit, privatizer(dp)).retrieve("chest pain")
    assert_clean("retriever errors", over.value, missing.value)
    rec.assert_clean("retriever errors")
    assert_clean("logs", log_text(debug_logs.records))


def test_retriever_and_privatizer_views_show_no_private_state(dp, ledger):
    inner = Child(raw_nodes())
    assert NAME in repr(inner)  # control: the inner retriever prints its chunks
    post = privatizer(dp, ledger=ledger)
    retriever = DPFusionRetriever(inner, post)
    retriever.retrieve("chest pain")  # fills the privatizer's cache
    assert_clean("retriever views", instance_views(retriever), instance_views(post))


def test_postprocessor_outputs_and_spends_leak_nothing(dp, rec, debug_logs):
    """The postprocessor's *input* is the caller's (documented: use the retriever to hide it);
    its outputs, spend events and span results must be clean."""
    post = privatizer(dp, cache=True)
    rec.clear()
    out = post.postprocess_nodes(raw_nodes())
    again = post.postprocess_nodes(raw_nodes())
    assert len(out) == len(again) == 2 and all(n.node.metadata["dpfusion"]["cached"] for n in again)
    exits = "\n".join(s for s in rec.spans._seen if s.startswith("exit"))
    assert_clean("postprocessor outputs", out, again, [n.node.model_dump_json() for n in out])
    assert_clean("postprocessor span results", exits)
    assert_clean("spend events", "\n".join(e for e in rec.events._seen if e.startswith("PrivacySpendEvent")))
    assert_clean("logs", log_text(debug_logs.records))


# ----------------------------------------------------------------------------------------- query engine
def test_a_query_engine_over_the_private_retriever_leaks_nothing(dp, rec, ledger, debug_logs):
    llm = DPFusionLLM(engine=dp, epsilon=4.0, max_new_tokens=3, seed=2, ledger=ledger, units=[STABLE_UNIT_2],
                      context_window=2048)
    budget_events = DPFusionEventHandler().attach()
    budget_legacy = DPFusionCallbackHandler()
    Settings.callback_manager.add_handler(budget_legacy)
    try:
        retriever = DPFusionRetriever(FanOut([Child(raw_nodes()), index_retriever()]), privatizer(dp, ledger=ledger))
        engine = RetrieverQueryEngine.from_args(retriever, llm=llm)
        rec.clear()
        debug_logs.clear()
        response = engine.query("Who reported chest pain?")
    finally:
        budget_events.detach()
    assert len(response.source_nodes) == 3 and "PrivacySpendEvent" in rec.names
    assert budget_events.summary().calls >= 4 and budget_legacy.summary().calls >= 4
    assert_clean("query response (metadata and sources)", response.metadata, response.source_nodes)
    rec.assert_clean("query engine")
    assert_clean("budget summaries (default view)", budget_events.summary(), budget_legacy.summary(),
                 instance_views(budget_events), repr(budget_legacy))
    assert_clean("logs", log_text(debug_logs.records))
    audit = ledger.audit()
    assert audit and {STABLE_UNIT, STABLE_UNIT_2} <= {e.unit for e in audit}
    assert [c for c in CANARIES if c in render(list(audit))] == []


# ----------------------------------------------------------------------------------------- LLM
def llm_for(dp: Any, resolver: Any, **kwargs: Any) -> DPFusionLLM:
    options = {"engine": dp, "epsilon": 4.0, "max_new_tokens": 3, "seed": 2, "resolver": resolver,
               "public_roles": ("system",)}
    options.update(kwargs)
    return DPFusionLLM(**options)


def messages() -> list[ChatMessage]:
    return [ChatMessage(role=MessageRole.SYSTEM, content="You summarize clinical notes."),
            ChatMessage(role=MessageRole.USER, content=f"Summarize {private_reference('note-1')} briefly.")]


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_llm_sync_paths_leak_nothing(dp, rec, ledger, kind, debug_logs, capsys):
    llm = llm_for(dp, RESOLVERS[kind], ledger=ledger, units=[STABLE_UNIT])
    rec.clear()
    outputs = [llm.chat(messages()), llm.complete(f"Summarize {private_reference('note-1')}"),
               list(llm.stream_chat(messages())), list(llm.stream_complete(f"Summarize {private_reference('note-1')}"))]
    assert rec.names.count("PrivacySpendEvent") == 4
    responses = [o if isinstance(o, list) else [o] for o in outputs]
    assert_clean("LLM responses (metadata)", [[r.raw, r.additional_kwargs] for rs in responses for r in rs])
    rec.assert_clean(f"LLM ({kind})")
    out = capsys.readouterr()
    assert_clean("stdout/stderr", out.out, out.err)
    assert_clean("logs", log_text(debug_logs.records))


async def test_llm_async_paths_leak_nothing(dp, rec, ledger, debug_logs):
    llm = llm_for(dp, RESOLVERS["chainmap"], ledger=ledger, units=[STABLE_UNIT])
    rec.clear()
    chat = await llm.achat(messages())
    done = await llm.acomplete(f"Summarize {private_reference('note-1')}")
    streamed = [r async for r in await llm.astream_chat(messages())]
    completed = [r async for r in await llm.astream_complete(f"Summarize {private_reference('note-1')}")]
    assert streamed and completed and rec.names.count("PrivacySpendEvent") == 4
    assert_clean("async responses", [[r.raw, r.additional_kwargs] for r in [chat, done, *streamed, *completed]])
    rec.assert_clean("async LLM")
    assert_clean("logs", log_text(debug_logs.records))


def test_per_call_units_do_not_reach_events_spans_or_callbacks(dp, rec):
    """A caller's data-subject id passed per call is a stable unit id: like ChatDPFusion's count,
    it must not reach instrumentation (LlamaIndex puts call kwargs into LLM start events, legacy
    payloads and span arguments)."""
    llm = llm_for(dp, RESOLVERS["partial"])
    rec.clear()
    llm.chat(messages(), units=[STABLE_UNIT])
    llm.complete(f"Summarize {private_reference('note-1')}", units=[STABLE_UNIT_2])
    rec.assert_clean("per-call units")


def test_llm_views_hide_the_resolver_store(dp, ledger):
    for kind, resolver in RESOLVERS.items():
        llm = llm_for(dp, resolver, ledger=ledger, units=[STABLE_UNIT])
        assert_clean(f"DPFusionLLM views ({kind})", instance_views(llm), llm.to_dict(), llm.to_json(),
                     llm.metadata)


def test_a_failing_resolver_leaves_as_a_typed_error_naming_its_type_only(dp, rec, debug_logs):
    """The resolver reads the private store: its exception text may quote it (as the inner
    retriever's does), so it must leave typed and bare, like ChatDPFusion's resolver errors."""
    def resolver(ref: str) -> str:
        if ref == "broken":
            raise RuntimeError(f"store corrupted near {STORE['note-1']}")
        return STORE[ref]

    llm = llm_for(dp, resolver)
    rec.clear()
    errors = []
    for call in (lambda: llm.complete(f"Summarize {private_reference('broken')}"),
                 lambda: llm.chat([ChatMessage(role=MessageRole.USER, content=private_reference("broken"))]),
                 lambda: list(llm.stream_chat([ChatMessage(role=MessageRole.USER,
                                                           content=private_reference("missing"))]))):
        with pytest.raises(Exception) as info:
            call()
        errors.append(info.value)
    assert_clean("resolver errors", *errors, *[render_exception(e, locals_=True) for e in errors])
    rec.assert_clean("resolver errors (span drops, events, callbacks)")
    assert_clean("logs", log_text(debug_logs.records))


def test_a_store_passed_as_resolver_fails_without_quoting_it(dp, rec):
    """A careless integrator passes the store itself instead of a lookup function."""
    store = {"note-1": f"{NAME} {ID}"}
    with pytest.raises(Exception) as info:
        llm_for(dp, store).chat(messages())
    assert_clean("misconfigured resolver", info.value, render_exception(info.value, locals_=True))
    rec.assert_clean("misconfigured resolver")


def test_the_resolver_runs_quarantined(dp, rec, debug_logs):
    """A resolver that looks a reference up through an instrumented LlamaIndex component (a
    retriever over the raw store) or logs it must not reach handlers or logs: the inner retriever
    is quarantined for the same reason (ChatDPFusion quarantines its resolver)."""
    lookup = Child(raw_nodes())

    def resolver(ref: str) -> str:
        logging.getLogger("app.store").warning("resolving %s from %s", ref, STORE)
        return "\n".join(n.node.get_content() for n in lookup.retrieve(ref))

    llm = llm_for(dp, resolver)
    rec.clear()
    llm.chat(messages())
    rec.assert_clean("events/spans/callbacks of a resolver's lookup")
    assert_clean("logs from inside the resolver", log_text(debug_logs.records))


def test_llm_budget_errors_leak_nothing(dp, rec, ledger, debug_logs):
    ledger.set_cap(STABLE_UNIT, 0.01, 1e-5)
    capped = llm_for(dp, RESOLVERS["partial"], ledger=ledger, units=[STABLE_UNIT])
    rec.clear()
    errors = []
    for call in (lambda: capped.chat(messages()), lambda: list(capped.stream_chat(messages())),
                 lambda: capped.complete(f"Summarize {private_reference('note-1')}")):
        with pytest.raises(BudgetExceededError) as info:
            call()
        errors.append(info.value)
    assert [resolve_unit_alias(a, unit_key=UNIT_KEY) for a in errors[0].units] == [STABLE_UNIT]
    assert_clean("budget errors", *errors)
    rec.assert_clean("budget errors")
    assert_clean("logs", log_text(debug_logs.records))


def test_tool_calls_and_an_agent_leak_nothing(dp, rec, debug_logs):
    from llama_index.core.agent.workflow import FunctionAgent

    def find_record(query: str) -> str:
        """Find the patient record that matches a query; returns a reference to it."""
        return f"Found {private_reference('tool-result-1')}"

    tool = FunctionTool.from_defaults(fn=find_record)
    llm = llm_for(dp, RESOLVERS["dataclass-method"], max_new_tokens=4)
    rec.clear()
    response = llm.chat_with_tools([tool], user_msg=f"Who is in {private_reference('note-1')}?", tool_required=True)
    assert llm.get_tool_calls_from_response(response, error_on_no_tool_call=False) is not None
    agent = FunctionAgent(tools=[tool], llm=llm, initial_tool_choice="find_record",
                          system_prompt="You answer questions about patient records.")

    import asyncio

    async def run() -> tuple[list, Any]:
        handler = agent.run("Which patient reported chest pain?")
        events = [ev async for ev in handler.stream_events()]
        return events, await handler

    events, result = asyncio.run(run())
    assert any(type(e).__name__ == "ToolCallResult" for e in events)
    assert_clean("tool-call response metadata", response.raw, response.additional_kwargs)
    assert_clean("agent stream events (tool outputs by reference)",
                 [e for e in events if type(e).__name__ in ("ToolCallResult", "ToolCall", "AgentInput")])
    assert_clean("agent result metadata", getattr(result, "raw", None))
    rec.assert_clean("agent")
    assert_clean("logs", log_text(debug_logs.records))


def test_budget_handlers_default_views_hold_aliases_only(dp, rec):
    events, legacy = DPFusionEventHandler().attach(), DPFusionCallbackHandler()
    try:
        llm = llm_for(dp, RESOLVERS["partial"], units=[STABLE_UNIT], callback_manager=CallbackManager([legacy]))
        llm.chat(messages())
        llm.chat(messages())
    finally:
        events.detach()
    assert events.summary().calls == legacy.summary().calls == 2
    assert len(events.summary().epsilon_per_unit) == 2  # one alias per call: unlinkable
    assert_clean("event handler summary", events.summary(), events.epsilon_per_trace(), instance_views(events))
    assert_clean("legacy handler summary", legacy.summary(), repr(legacy))
    operator = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY)
    assert_clean("operator handler views", instance_views(operator))
