"""The inner retriever runs quarantined: no tracer (even one the environment enables), no handler
(even one a configure hook creates from an environment variable), no log text, for composite
retrievers' child runs too; its errors leave as a typed error naming only the exception type."""

from __future__ import annotations

import logging
import traceback
from contextvars import ContextVar

import pytest
from langchain_core.documents import Document
from langchain_core.tracers import context as tracer_context
from langchain_core.tracers import langchain as langchain_tracer
from langsmith import utils as ls_utils
from lc_helpers import (
    ChattyRetriever,
    EnvHookHandler,
    FailingRetriever,
    FakeLangSmithTracer,
    ListRetriever,
    MergerRetriever,
    Recorder,
)

from dpfusion_integrations.errors import InnerRetrieverError
from dpfusion_integrations.quarantine import WITHHELD
from langchain_dpfusion import DPFusionRetriever

CANARY = "Philippa Okonkwo-Strand"
DOCS = [Document(page_content=f"Note: {CANARY} (MRN 771203) has asthma.", metadata={"id": 1}),
        Document(page_content=f"Follow-up: {CANARY} is improving.", metadata={"id": 2})]


@pytest.fixture
def traced_env(monkeypatch):
    """LangSmith tracing enabled by the environment, and a handler class registered through a
    configure hook with an environment variable: both are added by ``CallbackManager.configure``
    in any context, even an empty one."""
    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "true")
    monkeypatch.setenv("DPF_TEST_ENV_HOOK", "true")
    monkeypatch.setattr(langchain_tracer, "LangChainTracer", FakeLangSmithTracer)
    monkeypatch.setattr(tracer_context, "_configure_hooks", list(tracer_context._configure_hooks))
    tracer_context.register_configure_hook(ContextVar("dpf_test_env_hook", default=None), inheritable=True,
                                           handle_class=EnvHookHandler, env_var="DPF_TEST_ENV_HOOK")
    FakeLangSmithTracer.payloads.clear()
    EnvHookHandler.payloads.clear()
    ls_utils.get_env_var.cache_clear()
    yield
    ls_utils.get_env_var.cache_clear()


def _outside(recorder: Recorder | None = None) -> list[str]:
    return [*FakeLangSmithTracer.payloads, *EnvHookHandler.payloads, *(recorder.payloads if recorder else [])]


def _composite() -> MergerRetriever:
    return MergerRetriever(retrievers=[ListRetriever(docs=DOCS[:1]), MergerRetriever(
        retrievers=[ListRetriever(docs=DOCS[1:])])])


def test_when_tracing_is_enabled_by_the_environment_then_composite_inner_runs_reach_no_tracer(tiny_dp, traced_env):
    recorder = Recorder()
    r = DPFusionRetriever(retriever=_composite(), engine=tiny_dp, max_new_tokens=4, seed=1)
    docs = r.invoke("asthma", config={"callbacks": [recorder]})
    outside = _outside(recorder)
    assert len(docs) == 2 and FakeLangSmithTracer.payloads and EnvHookHandler.payloads  # the outer run is traced
    assert not any(CANARY in p or "771203" in p for p in outside)
    assert not any("MergerRetriever" in p or "ListRetriever" in p for p in outside)  # no inner run at all


async def test_when_tracing_is_enabled_by_the_environment_then_async_composite_inner_runs_reach_no_tracer(
        tiny_dp, traced_env):
    recorder = Recorder()
    r = DPFusionRetriever(retriever=_composite(), engine=tiny_dp, max_new_tokens=4, seed=1)
    docs = await r.ainvoke("asthma", config={"callbacks": [recorder]})
    outside = _outside(recorder)
    assert len(docs) == 2 and FakeLangSmithTracer.payloads
    assert not any(CANARY in p or "MergerRetriever" in p for p in outside)


def test_when_the_inner_retriever_logs_and_checks_tracing_then_it_sees_tracing_off_and_logs_nothing(
        tiny_dp, traced_env, caplog):
    inner = ChattyRetriever(docs=DOCS)
    r = DPFusionRetriever(retriever=inner, engine=tiny_dp, max_new_tokens=4, seed=1)
    with caplog.at_level(logging.DEBUG):
        r.invoke("asthma")
    assert inner.seen_tracing == [False]  # langsmith's own @traceable would not trace either
    inner_records = [rec for rec in caplog.records if rec.name == "tests.langchain.inner"]
    assert len(inner_records) == 2 and all(rec.getMessage() == WITHHELD for rec in inner_records)
    assert CANARY not in caplog.text and not any(CANARY in repr(rec.__dict__) for rec in caplog.records)


def _assert_withheld(exc: BaseException, recorder: Recorder) -> None:
    assert isinstance(exc, InnerRetrieverError) and "ValueError" in str(exc) and CANARY not in str(exc)
    assert exc.__cause__ is None and exc.__context__ is None
    assert CANARY not in "".join(traceback.format_exception(exc))
    errors = [p for p in recorder.payloads if p.startswith("('on_retriever_error'")]
    assert errors and not any(CANARY in p for p in recorder.payloads)


def test_when_the_inner_retriever_fails_then_only_its_exception_type_leaves(tiny_dp, traced_env):
    recorder = Recorder()
    r = DPFusionRetriever(retriever=MergerRetriever(retrievers=[FailingRetriever(text=CANARY)]), engine=tiny_dp)
    with pytest.raises(InnerRetrieverError) as caught:
        r.invoke("asthma", config={"callbacks": [recorder]})
    _assert_withheld(caught.value, recorder)
    assert not any(CANARY in p for p in _outside())


async def test_when_the_inner_retriever_fails_async_then_only_its_exception_type_leaves(tiny_dp, traced_env):
    recorder = Recorder()
    r = DPFusionRetriever(retriever=FailingRetriever(text=CANARY), engine=tiny_dp)
    with pytest.raises(InnerRetrieverError) as caught:
        await r.ainvoke("asthma", config={"callbacks": [recorder]})
    _assert_withheld(caught.value, recorder)
    assert not any(CANARY in p for p in _outside())
