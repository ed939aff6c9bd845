"""Red team, LangChain (``langchain_dpfusion``): canaries in resolver stores (``functools.partial``
over a dict, a ``ChainMap``, a bound method of a dataclass store), tool results passed by
reference, chunks, chunk metadata, and a composite inner retriever's children, data, logs and
errors. Every channel a LangChain user can attach is recorded: a callback handler on every hook, a
LangSmith tracer switched on from the environment (its client faked, so nothing leaves the
process), LangChain's debug console, ``astream_events``, the LLM cache, logs and stdout/stderr.

Callbacks fire on the model's *input*, so private content is passed to the chat model by reference
(``{{private:ID}}``) as the design requires; the input itself is then public by construction."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler, CallbackManager
from langchain_core.documents import Document
from langchain_core.load import dumpd, dumps
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from dpfusion_integrations.errors import BudgetExceededError, DPFusionError, InnerRetrieverError
from dpfusion_integrations.unit_aliases import resolve_unit_alias
from langchain_dpfusion import (
    ChatDPFusion,
    DPFusionRetriever,
    PrivacyBudgetCallbackHandler,
    get_privacy_budget_callback,
    mark_public,
    private_reference,
)
from rt_helpers import (
    RESOLVERS,
    STORE,
    EMAIL,
    ID,
    INNER_SECRET,
    META_SECRET,
    NAME,
    STABLE_UNIT,
    STABLE_UNIT_2,
    STORE_SECRET,
    UNIT_KEY,
    aliases_unrelated,
    assert_clean,
    log_text,
    marked,
    note,
    render,
    render_exception,
)



# ----------------------------------------------------------------------------------------- recorders
class Recorder(BaseCallbackHandler):
    """Every callback hook, every argument, rendered at the moment it arrives."""

    raise_error = False

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.hooks: list[str] = []

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("on_"):
            def record(*args: Any, **kwargs: Any) -> None:
                object.__getattribute__(self, "hooks").append(name)
                object.__getattribute__(self, "seen").append(f"{name} {render([args, kwargs])}")
            return record
        return object.__getattribute__(self, name)

    def dump(self) -> str:
        return "\n".join(self.seen)


class FakeLangSmithClient:
    """Stands in for ``langsmith.Client``: records every run the tracer creates or updates, sends
    nothing. Any other client feature is refused (and named in ``refused``)."""

    tracing_queue = None
    otel_exporter = None

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.refused: list[str] = []

    def _record(self, name: str, args: Any, kwargs: Any) -> None:
        self.calls.append((name, render([args, kwargs])))

    def create_run(self, *args: Any, **kwargs: Any) -> None:
        self._record("create_run", args, kwargs)

    def update_run(self, *args: Any, **kwargs: Any) -> None:
        self._record("update_run", args, kwargs)

    def batch_ingest_runs(self, *args: Any, **kwargs: Any) -> None:
        self._record("batch_ingest_runs", args, kwargs)

    def multipart_ingest(self, *args: Any, **kwargs: Any) -> None:
        self._record("multipart_ingest", args, kwargs)

    def flush(self, *args: Any, **kwargs: Any) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("__"):
            self.refused.append(name)
        raise AttributeError(name)

    def dump(self) -> str:
        return "\n".join(f"{n} {t}" for n, t in self.calls)


@pytest.fixture
def tracer(monkeypatch):
    """LangSmith tracing switched on from the environment, as a deployment would have it, with the
    client faked so that nothing leaves the process."""
    import langsmith.run_trees as run_trees
    from langchain_core.tracers import langchain as lc_tracer

    client = FakeLangSmithClient()
    for var in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2"):
        monkeypatch.setenv(var, "true")
    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2-fake-key")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(lc_tracer, "get_client", lambda: client)
    monkeypatch.setattr(run_trees, "get_cached_client", lambda **_: client)
    _clear_langsmith_env_cache()
    yield client
    lc_tracer.wait_for_all_tracers()
    monkeypatch.undo()  # the environment first, then forget what langsmith cached of it
    _clear_langsmith_env_cache()


def _clear_langsmith_env_cache() -> None:
    """langsmith caches environment lookups: forget them (else tracing outlives the fixture)."""
    from langsmith import utils as ls_utils

    for fn in ("get_env_var", "get_tracer_project"):
        cached = getattr(ls_utils, fn, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def traced(client: FakeLangSmithClient) -> str:
    from langchain_core.tracers.langchain import wait_for_all_tracers

    wait_for_all_tracers()
    return client.dump()


# ----------------------------------------------------------------------------------------- inner retrievers
class Child(BaseRetriever):
    """A child retriever over raw chunks; logs what it found (as vector stores do at DEBUG)."""

    docs: list[Document]

    def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        logging.getLogger("inner.child").debug("child found %s", [d.page_content for d in self.docs])
        run_manager.on_text(f"raw hits: {[d.page_content for d in self.docs]}")
        return list(self.docs)


class HandBuiltManagerChild(Child):
    """A child that builds its own callback manager with a global handler (as some integrations
    do) and reports its raw hits to it."""

    spy: Any = None

    def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        if self.spy is not None:
            run = CallbackManager(handlers=[self.spy]).on_retriever_start({"name": "hand-built"}, query)
            run.on_text(f"hand-built: {[d.page_content for d in self.docs]}")
            run.on_retriever_end(self.docs)
        return super()._get_relevant_documents(query, run_manager=run_manager)


class FanOut(BaseRetriever):
    """A composite retriever (ensemble/merger style): invokes each child as its own child run."""

    children: list[BaseRetriever]

    def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        out: list[Document] = []
        for child in self.children:
            out += child.invoke(query, config={"callbacks": run_manager.get_child(), "run_name": "child"})
        logging.getLogger("inner.fanout").info("merged %s", out)
        return out

    async def _aget_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        out: list[Document] = []
        for child in self.children:
            out += await child.ainvoke(query, config={"callbacks": run_manager.get_child()})
        return out


class Exploding(BaseRetriever):
    """An inner retriever that fails with the raw chunk in its message, chained to another error
    holding more of it, after logging it with the traceback."""

    def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        try:
            raise KeyError(f"index row for {INNER_SECRET}")
        except KeyError:
            logging.getLogger("inner.exploding").exception("failed on chunk %s", INNER_SECRET)
            raise ValueError(f"cannot parse chunk: {INNER_SECRET} {note()}")  # noqa: B904 - chained on purpose


def chunks() -> list[Document]:
    return [
        Document(id=f"doc-{NAME}", page_content=note(), metadata={"patient_id": STABLE_UNIT, "source": "ward-3",
                                                "raw_name": META_SECRET, "mrn": ID}),
        Document(page_content=f"{marked(NAME)} was discharged after treatment.",
                 metadata={"patient_id": STABLE_UNIT_2, "source": "ward-5", "raw_name": META_SECRET}),
    ]


def fan_out(spy: Any = None) -> FanOut:
    docs = chunks()
    return FanOut(children=[Child(docs=docs[:1]), HandBuiltManagerChild(docs=docs[1:], spy=spy)])


def retriever(dp: Any, inner: BaseRetriever | None = None, **kwargs: Any) -> DPFusionRetriever:
    options = {"max_new_tokens": 3, "seed": 1, "unit_metadata_key": "patient_id", "public_metadata_keys": ("source",)}
    options.update(kwargs)
    return DPFusionRetriever(retriever=inner if inner is not None else fan_out(), engine=dp, **options)


# ----------------------------------------------------------------------------------------- retriever
def test_composite_inner_retriever_under_env_tracing_debug_console_and_handlers_leaks_nothing(
        dp, tracer, capsys, debug_logs, monkeypatch):
    from langchain_core.globals import set_debug

    recorder, spy = Recorder(), Recorder()
    r = retriever(dp, fan_out(spy=spy))
    set_debug(True)
    try:
        docs = r.invoke("chest pain", config={"callbacks": [recorder], "run_name": "outer"})
    finally:
        set_debug(False)
    assert len(docs) == 2 and all(d.metadata["dpfusion"]["units"] for d in docs)
    sent = traced(tracer)
    assert "create_run" in sent or "batch_ingest_runs" in sent or "multipart_ingest" in sent, \
        "control: the tracer from the environment is active"
    assert "on_retriever_end" in recorder.hooks and "on_text" not in recorder.hooks
    assert spy.seen == []  # a hand-built manager inside the quarantine delivers nothing
    out = capsys.readouterr()
    assert_clean("retriever output", [d.metadata for d in docs])
    assert_clean("callback handler", recorder.dump())
    assert_clean("LangSmith tracer (from the environment)", sent)
    assert_clean("debug console / stderr", out.out, out.err)
    assert_clean("logs", log_text(debug_logs.records))


class ParallelFanOut(BaseRetriever):
    """An ensemble-style retriever that runs its children in parallel with LangChain's own
    ``batch`` over a ``RunnableParallel`` (a context-copying thread pool)."""

    children: list[BaseRetriever]

    def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
        from langchain_core.runnables import RunnableParallel

        parallel = RunnableParallel({f"c{i}": child for i, child in enumerate(self.children)})
        merged = parallel.invoke(query, config={"callbacks": run_manager.get_child(), "max_concurrency": 2})
        return [d for key in sorted(merged) for d in merged[key]]


def test_a_parallel_ensemble_inner_retriever_leaks_nothing(dp, tracer, debug_logs):
    recorder = Recorder()
    docs = chunks()
    inner = ParallelFanOut(children=[Child(docs=docs[:1]), Child(docs=docs[1:])])
    out = retriever(dp, inner).invoke("chest pain", config={"callbacks": [recorder]})
    assert len(out) == 2
    assert_clean("callbacks", recorder.dump())
    assert_clean("LangSmith tracer", traced(tracer))
    assert_clean("logs", log_text(debug_logs.records))


def test_traceable_helpers_inside_the_inner_retriever_are_not_traced(dp, tracer):
    """A child that calls a ``@traceable`` helper (langsmith's own tracing, no LangChain callbacks)
    while the app traces the outer call with ``@traceable`` too."""
    from langsmith import traceable

    @traceable(name="inner_search", client=tracer)
    def search(texts: list[str]) -> list[str]:
        return list(texts)

    class TracedChild(Child):
        def _get_relevant_documents(self, query: str, *, run_manager: Any, **kwargs: Any) -> list[Document]:
            return [Document(page_content=t, metadata=d.metadata)
                    for t, d in zip(search([d.page_content for d in self.docs]), self.docs)]

    @traceable(name="app", client=tracer)
    def app(question: str) -> int:
        return len(retriever(dp, FanOut(children=[TracedChild(docs=chunks())])).invoke(question))

    assert app("chest pain") == 2
    sent = traced(tracer)
    assert "app" in sent, "control: the app's own traceable run reached the fake client"
    assert "inner_search" not in sent
    assert_clean("langsmith @traceable runs", sent)


async def test_composite_inner_retriever_async_and_astream_events_leak_nothing(dp, tracer, debug_logs):
    recorder = Recorder()
    r = retriever(dp)
    docs = await r.ainvoke("chest pain", config={"callbacks": [recorder]})
    events = [e async for e in r.astream_events("chest pain", version="v2")]
    assert docs and events and {e["event"] for e in events} >= {"on_retriever_start", "on_retriever_end"}
    assert_clean("async retriever output", [d.metadata for d in docs])
    assert_clean("astream_events", events)
    assert_clean("callback handler (async)", recorder.dump())
    assert_clean("LangSmith tracer (async)", traced(tracer))
    assert_clean("logs", log_text(debug_logs.records))


def test_retrieved_documents_carry_only_public_metadata_and_per_call_aliases(dp):
    r = retriever(dp, cache=False)
    first, second = r.invoke("chest pain"), r.invoke("chest pain")
    for doc in first + second:
        assert set(doc.metadata) == {"source", "dpfusion"}
    assert aliases_unrelated([u for d in first for u in d.metadata["dpfusion"]["units"]],
                             [u for d in second for u in d.metadata["dpfusion"]["units"]])
    assert {resolve_unit_alias(d.metadata["dpfusion"]["units"][0], unit_key=UNIT_KEY) for d in first} == \
        {STABLE_UNIT, STABLE_UNIT_2}
    assert_clean("returned documents (ids, metadata)", [[d.id, d.metadata] for d in first + second])


def test_cached_chunks_are_re_served_without_stable_ids(dp):
    r = retriever(dp, cache=True)
    r.invoke("chest pain")
    again = r.invoke("chest pain")
    assert all(d.metadata["dpfusion"]["cached"] for d in again)
    assert_clean("cache hits", [d.metadata for d in again], r)


def test_group_names_from_markup_inside_retrieved_data_do_not_reach_the_report(dp):
    """A chunk's markup attributes are raw document text: a group named after a value (as a careless
    annotator writes it) must not become a report label in the returned metadata."""
    inner = Child(docs=[Document(page_content=f'Seen: <private group="{ID}">Room 4</private> today.',
                                 metadata={"patient_id": STABLE_UNIT})])
    docs = retriever(dp, inner).invoke("room")
    assert docs
    assert_clean("report labels from data markup", [d.metadata for d in docs])


def test_inner_retriever_errors_leave_typed_and_bare(dp, tracer, debug_logs):
    recorder = Recorder()
    r = retriever(dp, FanOut(children=[Child(docs=chunks()[:1]), Exploding()]))
    with pytest.raises(InnerRetrieverError) as info:
        r.invoke("chest pain", config={"callbacks": [recorder]})
    error = info.value
    assert error.__cause__ is None and error.__context__ is None
    assert "on_retriever_error" in recorder.hooks
    assert_clean("InnerRetrieverError", error, render_exception(error, locals_=True))
    assert_clean("on_retriever_error payload", recorder.dump())
    assert_clean("LangSmith tracer", traced(tracer))
    assert_clean("logs (incl. the inner logger.exception)", log_text(debug_logs.records))


async def test_inner_retriever_errors_leave_typed_and_bare_async(dp, debug_logs):
    recorder = Recorder()
    r = retriever(dp, FanOut(children=[Exploding()]))
    with pytest.raises(InnerRetrieverError) as info:
        await r.ainvoke("chest pain", config={"callbacks": [recorder]})
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert_clean("async InnerRetrieverError", info.value, render_exception(info.value, locals_=True),
                 recorder.dump(), log_text(debug_logs.records))


def test_retriever_budget_and_missing_unit_errors_name_no_stable_id_or_text(dp, ledger, debug_logs):
    recorder = Recorder()
    ledger.set_cap(STABLE_UNIT, 0.01, 1e-5)
    with pytest.raises(BudgetExceededError) as over:
        retriever(dp, ledger=ledger).invoke("chest pain", config={"callbacks": [recorder]})
    missing = Child(docs=[Document(page_content=note(), metadata={"raw_name": META_SECRET})])
    with pytest.raises(DPFusionError) as no_unit:
        retriever(dp, missing).invoke("chest pain", config={"callbacks": [recorder]})
    assert_clean("retriever errors", over.value, no_unit.value, recorder.dump(), log_text(debug_logs.records))


def test_retriever_views_show_no_inner_data(dp):
    r = retriever(dp)
    assert META_SECRET in repr(r.retriever)  # control: the inner retriever prints its chunks
    assert_clean("retriever repr/dumpd", repr(r), str(r), dumpd(r), dumps(r), r.model_dump(mode="json"))


# ----------------------------------------------------------------------------------------- chat model
def chat(dp: Any, resolver: Any, **kwargs: Any) -> ChatDPFusion:
    options = {"engine": dp, "epsilon": 4.0, "max_tokens": 3, "seed": 2, "resolver": resolver}
    options.update(kwargs)
    return ChatDPFusion(**options)


def prompt() -> list:
    return [mark_public(SystemMessage("You summarize clinical notes.")),
            HumanMessage(f"Summarize {private_reference('note-1')} briefly.")]


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_chat_model_views_and_serializations_hide_the_resolver_store(dp, ledger, kind):
    llm = chat(dp, RESOLVERS[kind], ledger=ledger, units=[STABLE_UNIT])
    assert STORE_SECRET in repr(RESOLVERS[kind]) or kind == "dataclass-method"  # control
    assert_clean(f"ChatDPFusion views ({kind})", repr(llm), str(llm), dumpd(llm), dumps(llm),
                 llm.model_dump(mode="json"), llm._identifying_params, llm._get_invocation_params(),
                 llm.dict() if hasattr(llm, "dict") else "")


def test_constructor_validation_errors_do_not_quote_a_private_store(dp):
    """A careless integrator passes the store itself instead of a lookup function (or raw documents
    instead of a retriever): pydantic's ValidationError quotes the start of the input value."""
    store = {"n": f"{NAME} {ID} {EMAIL}"}
    errors = []
    for build in (lambda: ChatDPFusion(engine=dp, resolver=store),
                  lambda: DPFusionRetriever(retriever=[Document(page_content=f"{NAME} {ID}")], engine=dp)):
        with pytest.raises(Exception) as info:
            build()
        errors.append(info.value)
    assert_clean("constructor validation errors", *errors)


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_chat_model_every_call_path_under_tracing_leaks_nothing(dp, tracer, ledger, kind, capsys, debug_logs):
    llm = chat(dp, RESOLVERS[kind], ledger=ledger, units=[STABLE_UNIT])
    recorder, budget = Recorder(), PrivacyBudgetCallbackHandler()
    config = {"callbacks": [recorder, budget]}
    outputs = [llm.invoke(prompt(), config=config),
               llm.invoke(prompt(), config=config, units=[STABLE_UNIT_2]),
               *llm.batch([prompt(), prompt()], config=config),
               list(llm.stream(prompt(), config=config))]
    assert budget.summary().calls == 5
    assert "on_chat_model_start" in recorder.hooks and "on_llm_end" in recorder.hooks
    out = capsys.readouterr()
    responses = [o if isinstance(o, list) else [o] for o in outputs]
    assert_clean("responses (metadata)", [[m.response_metadata, m.usage_metadata, m.id] for r in responses
                                          for m in r])
    assert_clean("callbacks", recorder.dump())
    assert_clean("budget handler (default view)", budget.summary(), repr(budget))
    assert_clean("LangSmith tracer", traced(tracer))
    assert_clean("stdout/stderr", out.out, out.err)
    assert_clean("logs", log_text(debug_logs.records))


async def test_chat_model_async_paths_and_events_leak_nothing(dp, tracer, ledger, debug_logs):
    llm = chat(dp, RESOLVERS["partial"], ledger=ledger, units=[STABLE_UNIT])
    recorder, budget = Recorder(), PrivacyBudgetCallbackHandler()
    config = {"callbacks": [recorder, budget]}
    answer = await llm.ainvoke(prompt(), config=config)
    many = await llm.abatch([prompt(), prompt()], config=config)
    chunks_ = [c async for c in llm.astream(prompt(), config=config)]
    events = [e async for e in llm.astream_events(prompt(), version="v2")]
    assert chunks_ and events and budget.summary().calls == 4
    assert_clean("async responses", [m.response_metadata for m in [answer, *many, *chunks_]])
    assert_clean("astream_events", events)
    assert_clean("async callbacks", recorder.dump(), budget.summary())
    assert_clean("LangSmith tracer (async)", traced(tracer))
    assert_clean("logs", log_text(debug_logs.records))


def test_a_stream_abandoned_midway_reports_without_leaking(dp, debug_logs):
    llm = chat(dp, RESOLVERS["partial"], max_tokens=6)
    recorder, budget = Recorder(), PrivacyBudgetCallbackHandler()
    stream = llm.stream(prompt(), config={"callbacks": [recorder, budget]})
    next(iter(stream), None)
    stream.close()
    assert_clean("abandoned stream", recorder.dump(), budget.summary(), log_text(debug_logs.records))


def test_tool_results_by_reference_and_bound_tools_leak_nothing(dp, tracer, debug_logs):
    def find_record(query: str) -> str:
        """Find the record that matches a query."""
        return private_reference("tool-result-1")

    llm = chat(dp, RESOLVERS["chainmap"]).bind_tools([find_record])
    recorder = Recorder()
    history = [HumanMessage("Who holds record 7?"),
               AIMessage("", tool_calls=[{"name": "find_record", "args": {"query": "7"}, "id": "call_1"}]),
               ToolMessage(find_record("7"), tool_call_id="call_1")]
    answer = llm.invoke(history, config={"callbacks": [recorder]})
    assert answer.response_metadata["dpfusion"]["n_groups"] >= 1  # the reference was resolved inside
    assert_clean("tool call round", answer.response_metadata, recorder.dump(),
                 traced(tracer), log_text(debug_logs.records))


def test_resolver_failures_and_logs_inside_it_leak_nothing(dp, debug_logs):
    def resolver(ref: str) -> str:
        logging.getLogger("app.store").warning("resolving %s from %s", ref, STORE)
        if ref == "broken":
            raise RuntimeError(f"store corrupted near {STORE['note-1']}")
        return STORE[ref]

    llm = chat(dp, resolver)
    recorder = Recorder()
    llm.invoke(prompt(), config={"callbacks": [recorder]})
    errors = []
    for ref in ("broken", "missing"):
        with pytest.raises(DPFusionError) as info:
            llm.invoke(f"Summarize {private_reference(ref)}", config={"callbacks": [recorder]})
        errors.append(info.value)
    assert all(e.__context__ is None and e.__cause__ is None for e in errors)
    assert "on_llm_error" in recorder.hooks
    assert_clean("resolver errors", *errors, *[render_exception(e, locals_=True) for e in errors])
    assert_clean("callbacks", recorder.dump())
    assert_clean("logs from inside the resolver", log_text(debug_logs.records))


def test_the_resolver_runs_quarantined_even_when_it_calls_traced_components(dp, tracer, debug_logs):
    """A resolver that looks a reference up through a LangChain retriever (a traced component)
    must not reach the handlers of the call or the tracer from the environment."""
    lookup = Child(docs=chunks())

    def resolver(ref: str) -> str:
        return "\n".join(d.page_content for d in lookup.invoke(ref))

    recorder = Recorder()
    chat(dp, resolver).invoke(prompt(), config={"callbacks": [recorder]})
    assert_clean("callbacks", recorder.dump())
    assert_clean("LangSmith tracer", traced(tracer))
    assert_clean("logs", log_text(debug_logs.records))


def test_budget_exceeded_in_the_chat_model_names_only_aliases(dp, ledger, debug_logs):
    ledger.set_cap(STABLE_UNIT, 0.01, 1e-5)
    llm = chat(dp, RESOLVERS["partial"], ledger=ledger, units=[STABLE_UNIT])
    recorder = Recorder()
    with pytest.raises(BudgetExceededError) as info:
        llm.invoke(prompt(), config={"callbacks": [recorder]})
    with pytest.raises(BudgetExceededError) as batched:
        llm.batch([prompt()], config={"callbacks": [recorder]})
    assert info.value.units and [resolve_unit_alias(a, unit_key=UNIT_KEY) for a in info.value.units] == [STABLE_UNIT]
    assert_clean("BudgetExceededError", info.value, batched.value, recorder.dump(), log_text(debug_logs.records))


def test_the_global_llm_cache_stays_empty_and_an_enabled_cache_never_double_counts(dp):
    from langchain_core.caches import InMemoryCache
    from langchain_core.globals import get_llm_cache, set_llm_cache

    cache, before = InMemoryCache(), get_llm_cache()
    set_llm_cache(cache)
    try:
        llm = chat(dp, RESOLVERS["partial"], units=[STABLE_UNIT])
        llm.invoke(prompt())
        assert cache._cache == {}, "the private model must not write to the global LLM cache"
    finally:
        set_llm_cache(before)
    own = InMemoryCache()
    llm = chat(dp, RESOLVERS["partial"], cache=own)
    budget = PrivacyBudgetCallbackHandler()
    first = llm.invoke(prompt(), config={"callbacks": [budget]})
    second = llm.invoke(prompt(), config={"callbacks": [budget]})
    assert first.content == second.content and budget.summary().calls == 1
    assert_clean("an enabled cache's values", list(own._cache.values()), budget.summary())


def test_budget_callback_summaries_use_aliases_and_the_operator_view_stays_inside(dp):
    llm = chat(dp, RESOLVERS["partial"], units=[STABLE_UNIT])
    with get_privacy_budget_callback() as public, get_privacy_budget_callback(operator_view=True,
                                                                             unit_key=UNIT_KEY) as operator:
        chain = llm | RunnableLambda(lambda m: f"Again {private_reference('note-1')}") | llm
        chain.invoke(prompt())
    assert STABLE_UNIT in operator.summary().epsilon_per_unit  # control: the operator view resolves
    assert_clean("default budget summary", public.summary(), repr(public))
    assert_clean("operator handler repr", repr(operator), str(operator))


def test_per_call_aliases_in_chat_reports_are_unlinkable(dp):
    llm = chat(dp, RESOLVERS["partial"])
    a, b = llm.invoke(prompt()), llm.invoke(prompt())
    units_a, units_b = a.response_metadata["dpfusion"]["units"], b.response_metadata["dpfusion"]["units"]
    assert units_a and aliases_unrelated(units_a, units_b)


def test_control_without_the_quarantine_every_recorder_sees_the_canaries(dp, tracer, debug_logs, monkeypatch):
    """Control: the same composite retrieval with the quarantine removed leaks through the tracer
    from the environment and the logs, so the recorders above are able to see a leak. (The
    adapter hands the inner retriever no parent callbacks, so a handler of the call sees nothing
    even then; the tracer enabled by the environment does.)"""
    from langchain_dpfusion import retrievers as module

    monkeypatch.setattr(module, "run_quarantined", lambda fn, *args, **kwargs: fn(*args, **kwargs))
    recorder = Recorder()
    retriever(dp).invoke("chest pain", config={"callbacks": [recorder]})
    assert NAME in traced(tracer) and NAME in log_text(debug_logs.records)
    assert NAME not in recorder.dump()


def test_public_inputs_with_no_reference_leave_nothing_but_what_the_caller_wrote(dp, tracer):
    """Control for the tracer: the caller's own (public) input does reach it."""
    llm = chat(dp, None, epsilon=0.0)
    llm.invoke("The word is heliotrope.")
    assert "heliotrope" in traced(tracer)
