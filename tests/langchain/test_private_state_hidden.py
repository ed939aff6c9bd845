"""Model objects never show private state: resolvers (and the stores behind them), engines, ledgers,
inner retrievers and caller unit ids stay out of repr/str, ``dumpd`` (the ``serialized`` payload of
``on_chat_model_start``), identifying, invocation and LangSmith params, and every callback payload."""

from __future__ import annotations

import collections
import functools
import json
from dataclasses import dataclass, field

import pytest
from langchain_core.documents import Document
from langchain_core.load import dumpd
from langchain_core.runnables import RunnableLambda
from lc_helpers import ListRetriever, Recorder

from dpfusion_integrations import PrivacyLedger
from langchain_dpfusion import ChatDPFusion, DPFusionRetriever, private_reference

CANARY = "Ottoline Vasquez-Brannigan"
UNIT = "patient-00417"  # a stable caller unit id: must not leave either
NOTES = {"note-1": f"Patient {CANARY}, MRN 662014, reports a persistent cough."}


@dataclass
class NoteStore:
    notes: dict[str, str] = field(default_factory=lambda: dict(NOTES))

    def get(self, ref_id: str) -> str:
        return self.notes[ref_id]


RESOLVERS = {
    "partial": functools.partial(dict.__getitem__, NOTES),
    "chainmap": collections.ChainMap(NOTES).__getitem__,
    "userdict": collections.UserDict(NOTES).__getitem__,
    "dataclass-method": NoteStore().get,
}


def _assert_hidden(*blobs: object) -> None:
    for blob in blobs:
        text = blob if isinstance(blob, str) else json.dumps(blob, default=repr)
        assert CANARY not in text and "662014" not in text and UNIT not in text


@pytest.fixture
def ledger(tmp_path):
    ledger = PrivacyLedger.open(f"sqlite:///{tmp_path / 'hidden.db'}", alpha=4.0, create=True)
    yield ledger
    ledger.close()


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_when_a_resolver_holds_private_notes_then_the_model_never_shows_them(tiny_dp, ledger, kind):
    llm = ChatDPFusion(engine=tiny_dp, resolver=RESOLVERS[kind], units=[UNIT], ledger=ledger, max_tokens=4, seed=0)
    assert llm.resolver is RESOLVERS[kind] and CANARY in repr(RESOLVERS[kind])  # the planted leak is real
    _assert_hidden(repr(llm), str(llm), dumpd(llm), llm._identifying_params, llm._get_invocation_params(),
                   llm._get_ls_params(), llm.model_dump(), llm.bind_tools([]).__repr__())
    for name in ("resolver", "engine", "ledger", "units"):
        assert f"{name}=" not in repr(llm)
    recorder = Recorder()
    msg = llm.invoke(f"Summarize {private_reference('note-1')}", config={"callbacks": [recorder]})
    streamed = list(llm.stream(f"Summarize {private_reference('note-1')}", config={"callbacks": [recorder]}))
    assert recorder.payloads and any("on_chat_model_start" in p for p in recorder.payloads)
    _assert_hidden(*recorder.payloads, repr(msg), repr(streamed))


def test_when_units_are_given_per_call_then_callbacks_see_only_their_count(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0)
    recorder = Recorder()
    llm.invoke("Hello <private>Ann</private>", config={"callbacks": [recorder]}, units=[UNIT])
    llm.batch(["Hi <private>Bo</private>"], config={"callbacks": [recorder]}, units=[UNIT])
    _assert_hidden(*recorder.payloads, llm._get_invocation_params(units=[UNIT]))
    assert any("1 caller unit" in p for p in recorder.payloads)


def test_when_the_inner_retriever_holds_raw_documents_then_the_retriever_never_shows_them(tiny_dp, ledger):
    inner = ListRetriever(docs=[Document(page_content=NOTES["note-1"], metadata={"patient_id": UNIT})])
    assert CANARY in repr(inner)  # the planted leak is real
    r = DPFusionRetriever(retriever=inner, engine=tiny_dp, ledger=ledger, unit_metadata_key="patient_id",
                          max_new_tokens=4, seed=0)
    _assert_hidden(repr(r), str(r), dumpd(r), r.model_dump(), r._get_ls_params())
    for name in ("retriever", "engine", "ledger"):
        assert f"{name}=" not in repr(r)
    recorder = Recorder()
    chain = r | RunnableLambda(lambda docs: [d.page_content for d in docs])
    chain.invoke("cough", config={"callbacks": [recorder]})
    assert any("on_retriever_start" in p for p in recorder.payloads)
    _assert_hidden(*recorder.payloads, repr(chain), dumpd(chain))
