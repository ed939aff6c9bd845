"""The canary test: PII planted in the records never reaches the response, the returned nodes,
any instrumentation event or span, any legacy callback payload, or any log line, for handlers
attached at the top. A control run without the quarantine shows the recorders would catch it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import traceback

import pytest
from li_helpers import CANARY_ID, CANARY_NAME, leaked
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.events.retrieval import RetrievalStartEvent
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever, InnerRetrieverError
from llama_index.retrievers.dpfusion import base as retriever_module
from llama_index.retrievers.dpfusion.quarantine import WITHHELD

from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION

QUESTION = "Which patient was treated for asthma or admitted with a broken wrist?"


@pytest.fixture
def engine(tiny_dp, recorders, index):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, epsilon=4.0, max_new_tokens=12, seed=5, cache=False,
                                       unit_metadata_key="record_id", public_metadata_keys=("record_id", "ward"))
    retriever = DPFusionRetriever(index.as_retriever(similarity_top_k=3), privatizer)
    recorders.clear()  # what the ingestion emitted is not the adapter's concern
    return RetrieverQueryEngine.from_args(retriever)  # the MockLLM echoes its prompt: the context shows


def everything_outside(response, recorders, caplog) -> str:
    nodes = "\n".join(f"{n.node.model_dump_json()} {n!r} {n.node.get_content(metadata_mode='all')}"
                      for n in response.source_nodes)
    logs = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    return "\n".join([str(response), repr(response.metadata), nodes, recorders.dump(), logs])


def test_when_querying_then_no_canary_leaves_the_boundary(engine, recorders, caplog):
    caplog.set_level(logging.DEBUG)
    response = engine.query(QUESTION)
    reports = {n.node.metadata["record_id"]: n.node.metadata["dpfusion"]["report"] for n in response.source_nodes}
    [alias] = reports["rec-001"]["units"]  # the record's unit, as a per-call alias
    assert reports["rec-001"]["n_groups"] >= 2 and alias.startswith("a_")
    assert reports["rec-002"]["n_groups"] >= 1 and reports["rec-002"]["tagger"].startswith(f"{RECALL_VERSION}/presidio")  # the default (recall) tagger
    assert "RetrievalEndEvent" in recorders.events.names and "PrivacySpendEvent" in recorders.events.names
    assert leaked(everything_outside(response, recorders, caplog)) == []


async def test_when_querying_async_then_no_canary_leaves_the_boundary(engine, recorders, caplog):
    caplog.set_level(logging.DEBUG)
    response = await engine.aquery(QUESTION)
    assert len(response.source_nodes) == 3 and "PrivacySpendEvent" in recorders.events.names
    assert leaked(everything_outside(response, recorders, caplog)) == []


def test_when_the_quarantine_is_removed_then_the_recorders_catch_the_canary(engine, recorders, caplog,
                                                                             monkeypatch):
    """Control: the same query without the quarantine leaks through the inner retriever's events,
    so the recorders above are able to see a leak."""
    monkeypatch.setattr(retriever_module, "quarantined", contextlib.nullcontext)
    response = engine.query(QUESTION)
    assert CANARY_NAME in recorders.events.dump()  # RetrievalEndEvent of the inner retriever
    assert CANARY_NAME in recorders.spans.dump()  # its span results
    assert CANARY_NAME in recorders.callbacks.dump()  # its RETRIEVE callback payload
    assert leaked("\n".join(n.node.get_content() for n in response.source_nodes)) == []


class _Exploding(BaseRetriever):
    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        logging.getLogger("inner").warning("raw chunk %s", CANARY_NAME)
        raise ValueError(f"bad chunk: {CANARY_NAME} {CANARY_ID}")


def test_when_the_inner_retriever_fails_then_neither_error_nor_log_shows_the_chunk(tiny_dp, recorders, caplog):
    caplog.set_level(logging.DEBUG)
    retriever = DPFusionRetriever(_Exploding(), DPFusionPostprocessor(engine=tiny_dp))
    with pytest.raises(InnerRetrieverError) as info:
        retriever.retrieve("anything")
    shown = "".join(traceback.format_exception(info.value)) + repr(info.value)
    assert "ValueError" in shown and leaked(shown) == []
    assert leaked("\n".join(r.getMessage() for r in caplog.records) + recorders.dump()) == []


def test_when_a_node_is_privatized_then_its_original_is_nowhere_on_it(tiny_dp):
    raw = TextNode(text=f'Note on <private group="PERSON">{CANARY_NAME}</private>: stable.', id_="node-with-pii",
                   metadata={"record_id": "rec-9", "patient": CANARY_NAME})
    [out] = DPFusionPostprocessor(engine=tiny_dp, max_new_tokens=8, seed=1,
                                  public_metadata_keys=("record_id",)).postprocess_nodes(
        [NodeWithScore(node=raw, score=0.9)])
    dumped = out.node.model_dump_json() + repr(out) + out.node.get_content(metadata_mode="all")
    assert leaked(dumped) == [] and "node-with-pii" not in dumped and raw.hash not in dumped
    assert out.node.node_id != raw.node_id and out.node.relationships == {} and out.score is None


def test_when_quarantined_then_only_this_context_is_silenced(recorders, caplog):
    caplog.set_level(logging.INFO)
    dispatcher = get_dispatcher("quarantine-test")

    def emit(tag: str) -> None:
        dispatcher.event(RetrievalStartEvent(str_or_query_bundle=tag))
        logging.getLogger("quarantine-test").info("chunk %s", tag)

    with retriever_module.quarantined():
        emit("inside")
        asyncio.run(asyncio.to_thread(emit, "inside-to-thread"))  # copies the context: still silenced
        other = threading.Thread(target=emit, args=("other-thread",))  # a fresh context: not silenced
        other.start()
        other.join()
    emit("after")
    seen = recorders.events.dump()
    assert "inside" not in seen and "other-thread" in seen and "after" in seen
    messages = [r.getMessage() for r in caplog.records if r.name == "quarantine-test"]
    assert messages == [WITHHELD, WITHHELD, "chunk other-thread", "chunk after"]


def test_when_quarantined_then_log_extras_are_dropped_and_the_flag_is_the_cores(recorders, caplog):
    """One quarantine for every framework: the core's flag silences the LlamaIndex gates too, and
    structured ``extra=`` fields of a log record made inside are dropped with its message."""
    from dpfusion_integrations import quarantine as core

    caplog.set_level(logging.INFO)
    with retriever_module.quarantined():
        assert core.is_quarantined()
        logging.getLogger("quarantine-test").info("chunk", extra={"chunk_text": CANARY_NAME})
    with core.quarantined():
        get_dispatcher("quarantine-test").event(RetrievalStartEvent(str_or_query_bundle=CANARY_ID))
    [record] = [r for r in caplog.records if r.name == "quarantine-test"]
    assert record.getMessage() == WITHHELD and not hasattr(record, "chunk_text")
    assert leaked(recorders.events.dump()) == []
