"""RAG over patient notes where the downstream ("remote") LLM and every tracer only ever see
privatized chunks, with ε tracked per patient and a budget ledger that stops a chain once a
patient's budget is spent.

Retrieval is real: an ``InMemoryVectorStore`` over all-MiniLM-L6-v2 sentence embeddings, loaded
offline. The store is inside the trust boundary; ``DPFusionRetriever`` releases each retrieved note
faithfully (its public text verbatim, each name, MRN and phone resampled under DP-Fusion), so the
remote model can answer from the right note without seeing who it is about. The script checks what
it shows: the right note ranks first for each question, and no planted identifier reaches the
remote model's input or the trace.

Run offline:  python cookbook/langchain_rag.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough
from langchain_core.tracers.run_collector import RunCollectorCallbackHandler
from langchain_core.vectorstores import InMemoryVectorStore

sys.path.insert(0, str(Path(__file__).parent))
from langchain_tracing import all_runs, trace_payloads  # noqa: E402
from offline_embeddings import MiniLMEmbeddings  # noqa: E402
from patient_notes import NOTES, OutsideView, check_no_planted_pii  # noqa: E402
from rag_settings import ANSWER_TOKENS, CAP, DELTA, QUESTIONS, SEED, SLOT_TOKENS  # noqa: E402

from dpfusion_integrations import BudgetExceededError, DPFusion, PrivacyLedger  # noqa: E402
from langchain_dpfusion import DPFusionRetriever, get_privacy_budget_callback  # noqa: E402

class RemoteModelStandIn(BaseChatModel):
    """Stands in for a hosted LLM: it sees exactly what a remote API would receive (here it runs
    the same small local model without any privacy mechanism, and keeps its input)."""

    engine: DPFusion
    received: list[str] = []

    @property
    def _llm_type(self) -> str:
        return "remote-stand-in"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        prompt = "\n".join(str(m.content) for m in messages)
        self.received.append(prompt)
        chat = [{"role": "user", "content": prompt, "public": True}]
        text = self.engine.generate(chat, epsilon=0, allow_no_spans=True, max_new_tokens=ANSWER_TOKENS).text
        return ChatResult(generations=[ChatGeneration(message=AIMessage(text))])


def build_store(embeddings: Embeddings | None = None) -> InMemoryVectorStore:
    """The vector store over the raw notes (inside the trust boundary)."""
    docs = [Document(page_content=n.text, metadata={"patient_id": n.patient_id}) for n in NOTES]
    return InMemoryVectorStore.from_documents(docs, embeddings if embeddings is not None else MiniLMEmbeddings())


def check_retrieval(store: InMemoryVectorStore) -> None:
    """Raise ``AssertionError`` unless each question's own note ranks first (checked on the raw
    store, inside the trust boundary; the message names no patient)."""
    for i, (question, patient_id, _) in enumerate(QUESTIONS, 1):
        top = store.similarity_search(question, k=1)[0]
        if top.metadata["patient_id"] != patient_id:
            raise AssertionError(f"question {i}: the top retrieved note is not the one that answers it")


def build_chain(engine: DPFusion, store: InMemoryVectorStore, ledger: PrivacyLedger
                ) -> tuple[Runnable, DPFusionRetriever, RemoteModelStandIn]:
    """(chain, privatizing retriever, remote stand-in): question -> private notes -> remote answer."""
    # k=1: the small stand-in answers best from the one right note (any k works the same way).
    private_retriever = DPFusionRetriever(retriever=store.as_retriever(search_kwargs={"k": 1}), engine=engine,
                                          epsilon=8.0, delta=DELTA, release="faithful", slot_tokens=SLOT_TOKENS,
                                          unit_metadata_key="patient_id", ledger=ledger, seed=SEED)
    remote = RemoteModelStandIn(engine=engine, received=[])
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Answer the question using only these notes:\n{context}"), ("human", "{question}")])
    chain = ({"context": private_retriever | RunnableLambda(lambda ds: "\n".join(d.page_content for d in ds)),
              "question": RunnablePassthrough()} | prompt | remote)
    return chain, private_retriever, remote


def _top_released_note(tracer: RunCollectorCallbackHandler) -> str:
    """The first privatized note of the last traced retrieval (what the tracer saw)."""
    retrievals = [run for run in all_runs(tracer) if run.run_type == "retriever"]
    return retrievals[-1].outputs["documents"][0].page_content


def run(engine: DPFusion, store: InMemoryVectorStore | None = None) -> OutsideView:
    """The demo on a loaded engine: answer the questions, show ε per patient, hit the cap. Returns what
    left the trust boundary (the remote model's inputs, the trace). ``store``: the notes' vector store
    if one is built already (default: :func:`build_store`)."""
    store = store if store is not None else build_store()
    check_retrieval(store)
    print("Retrieval check: each question's own note ranks first.")
    tracer = RunCollectorCallbackHandler()  # any tracer attached at the top sees what this one keeps
    with tempfile.TemporaryDirectory() as tmp, \
            PrivacyLedger.open(f"sqlite:///{Path(tmp) / 'budget.db'}", alpha=4.0, create=True) as ledger:
        ledger.set_cap("p-101", CAP, DELTA)
        chain, private_retriever, remote = build_chain(engine, store, ledger)
        # Reports and traces name patients by per-call aliases only. ε per patient across calls needs the
        # stable ids: operator_view=True resolves the aliases (with the engine's unit key). OPERATOR-ONLY:
        # this summary links calls to patients, so it stays inside the trust boundary (never log or trace it).
        with get_privacy_budget_callback(operator_view=True, unit_key=engine.unit_key) as budget:
            for question, _, evidence in QUESTIONS:
                answer = chain.invoke(question, config={"callbacks": [tracer]}).content.strip()
                if evidence not in _top_released_note(tracer):
                    raise AssertionError("the first privatized note given to the remote model is not the right one")
                print(f"\nQ: {question}\nA: {answer}")
        print("\nWhat the remote model received (privatized chunks only):")
        print(remote.received[0])
        outside = OutsideView(model_inputs=list(remote.received), trace=trace_payloads(tracer))
        check_no_planted_pii(outside.model_inputs, "the remote model's input")
        check_no_planted_pii(outside.trace, "the trace")
        print("\nPII check: no planted name, MRN or phone reached the remote model or the trace.")
        print("\nε per patient (composed at the RDP level over all its releases):")
        for unit, eps in sorted(budget.summary().epsilon_per_unit.items()):
            print(f"  {unit}: ε = {eps:.2f} (ledger: {ledger.spent(unit, DELTA):.2f})")

        print(f"\nAsking about p-101 again with the cache off (cap ε = {CAP:g}):")
        private_retriever.cache = False  # every retrieval is now a fresh release, so it is charged again
        try:
            chain.invoke("chest pain aspirin ECG")
        except BudgetExceededError as err:
            print(f"  refused before generation: {err}")
        else:
            raise AssertionError("the ledger let p-101 spend past its cap")
    return outside


def main() -> None:
    run(DPFusion.from_pretrained())  # the embedded SmolLM2-135M-Instruct, offline


if __name__ == "__main__":
    main()
