"""Budgets compose across chained calls and are enforced before generation; planted PII never
reaches the caller, the downstream model, or a recording handler at the top of a RAG chain."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from lc_helpers import ListRetriever

from dpfusion_integrations import BudgetExceededError, PrivacyLedger
from dpfusion_integrations.accounting.events import composed_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report
from langchain_dpfusion import (
    ChatDPFusion,
    DPFusionRetriever,
    PrivacyBudgetCallbackHandler,
    get_privacy_budget_callback,
    private_reference,
)

UNIT_KEY = b"k" * 32  # the tiny engine's unit key (tests/conftest.py)
CANARIES = ["Quentin Marlowe-Ash", "559812", "617-555-0143", "quentin.ma@example.org", "Greta Oyelaran"]
NOTES = {
    "note-1": "Patient Quentin Marlowe-Ash (MRN 559812) reports chest pain. Call 617-555-0143 or "
              "quentin.ma@example.org.",
    "note-2": "Greta Oyelaran, MRN 559812, was discharged after a mild fever.",
}


class Recorder(BaseCallbackHandler):
    """Records every callback payload it is handed (as repr)."""

    def __init__(self) -> None:
        self.payloads: list[str] = []

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("on_"):
            return lambda *a, **k: object.__getattribute__(self, "payloads").append(repr((name, a, k)))
        return object.__getattribute__(self, name)


class RecordingRemoteModel(GenericFakeChatModel):
    """Stands in for a remote LLM: records the prompts it receives."""

    received: list[str] = []

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.received.append(repr(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def _docs():
    return [Document(page_content=text, metadata={"patient_id": pid, "raw_name": text.split(",")[0]})
            for pid, text in [("p-1", NOTES["note-1"]), ("p-2", NOTES["note-2"])]]


def _assert_clean(*blobs: str) -> None:
    for blob in blobs:
        for canary in CANARIES:
            assert canary not in blob


def test_when_a_rag_chain_runs_then_no_canary_leaves_the_boundary(tiny_dp):
    retriever = DPFusionRetriever(retriever=ListRetriever(docs=_docs()), engine=tiny_dp, max_new_tokens=12, seed=0,
                                  unit_metadata_key="patient_id")
    remote = RecordingRemoteModel(messages=iter([AIMessage("The notes describe two patients.")]), received=[])
    prompt = ChatPromptTemplate.from_messages([("system", "Answer from the notes:\n{context}"), ("human", "{question}")])
    chain = ({"context": retriever | RunnableLambda(lambda ds: "\n".join(d.page_content for d in ds)),
              "question": RunnablePassthrough()} | prompt | remote)
    recorder = Recorder()
    public = PrivacyBudgetCallbackHandler()
    with get_privacy_budget_callback(operator_view=True, unit_key=UNIT_KEY) as budget:
        answer = chain.invoke("Which patients had chest pain?", config={"callbacks": [recorder, public]})
    _assert_clean(repr(answer), *remote.received, *recorder.payloads)
    assert set(budget.summary().epsilon_per_unit) == {"p-1", "p-2"}  # the operator view resolves aliases
    assert not {"p-1", "p-2"} & set(public.summary().epsilon_per_unit)  # everyone else sees per-call aliases
    assert recorder.payloads and not any("'p-1'" in p or "'p-2'" in p for p in recorder.payloads)


def test_when_private_context_is_passed_by_reference_then_callbacks_see_only_the_reference(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=10, seed=1, resolver=NOTES.__getitem__)
    recorder = Recorder()
    msg = llm.invoke(f"Summarize this note: {private_reference('note-1')}", config={"callbacks": [recorder]})
    _assert_clean(repr(msg), *recorder.payloads)
    assert msg.response_metadata["dpfusion"]["n_groups"] >= 2  # the resolved note was tagged and grouped
    assert any("{{private:note-1}}" in p for p in recorder.payloads)


def test_when_two_chained_calls_charge_one_unit_then_epsilon_composes_at_the_rdp_level(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, epsilon=3.0, max_tokens=8, seed=1, units=["patient-9"],
                       resolver=NOTES.__getitem__)
    chain = llm | RunnableLambda(lambda m: f"Shorten: {m.content} {private_reference('note-2')}") | llm
    handler = PrivacyBudgetCallbackHandler(operator_view=True, unit_key=UNIT_KEY)
    chain.invoke(private_reference("note-1"), config={"callbacks": [handler]})
    summary = handler.summary()
    assert summary.calls == 2 and list(summary.epsilon_per_run) and len(summary.epsilon_per_run) == 1
    spent = handler.epsilon("patient-9")
    single = handler.tracker._by_unit["patient-9"]  # the two recorded events
    assert spent == pytest.approx(composed_epsilon(single, delta=1e-5))
    one_call = composed_epsilon(single[:1], delta=1e-5)
    assert one_call <= 3.0 < spent < 2 * one_call  # more than one call, less than adding the two ε's


def test_when_the_budget_handler_carries_a_ledger_then_an_exceeding_call_fails_before_generation(tiny_dp, tmp_path,
                                                                                                  monkeypatch):
    ledger = PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", alpha=4.0, create=True)
    ledger.set_cap("patient-7", 4.5, 1e-5)
    llm = ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=8, seed=1, units=["patient-7"],
                       resolver=NOTES.__getitem__)
    with get_privacy_budget_callback(ledger=ledger) as cb:
        llm.invoke(private_reference("note-1"))
        decoded = []
        monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: decoded.append(1))
        with pytest.raises(BudgetExceededError):
            llm.invoke(private_reference("note-1"))
    assert decoded == [] and cb.summary().calls == 1
    assert ledger.spent("patient-7", 1e-5) <= 4.5
    ledger.close()


def test_when_reports_are_recorded_then_events_match_the_report(tiny_dp):
    msg = ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=6, seed=1).invoke(
        '<private group="PERSON">Ann</private> is here.')
    events = events_from_report(msg.response_metadata["dpfusion"])
    assert set(events) == set(msg.response_metadata["dpfusion"]["units"])
