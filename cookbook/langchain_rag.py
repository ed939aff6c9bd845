"""RAG over patient notes where the downstream ("remote") LLM only ever sees privatized chunks,
with ε tracked per patient and a budget ledger that stops a chain once a patient's budget is spent.

Run offline:  python cookbook/langchain_rag.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from langchain_core.vectorstores import InMemoryVectorStore

sys.path.insert(0, str(Path(__file__).parent))
from offline_embeddings import HashingEmbeddings  # noqa: E402
from synthetic_notes import NOTES  # noqa: E402

from dpfusion_integrations import BudgetExceededError, DPFusion, PrivacyLedger  # noqa: E402
from langchain_dpfusion import DPFusionRetriever, get_privacy_budget_callback  # noqa: E402

MAX_NEW_TOKENS = 48


class RemoteModelStandIn(BaseChatModel):
    """Stands in for a hosted LLM: it sees exactly what a remote API would receive (here it runs
    the same small local model without any privacy mechanism, and logs its input)."""

    engine: DPFusion
    received: list[str] = []

    @property
    def _llm_type(self) -> str:
        return "remote-stand-in"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        prompt = "\n".join(str(m.content) for m in messages)
        self.received.append(prompt)
        chat = [{"role": "user", "content": prompt, "public": True}]
        text = self.engine.generate(chat, epsilon=0, allow_no_spans=True, max_new_tokens=MAX_NEW_TOKENS).text
        return ChatResult(generations=[ChatGeneration(message=AIMessage(text))])


def main() -> None:
    engine = DPFusion.from_pretrained()
    docs = [Document(page_content=n["text"], metadata={"patient_id": n["patient_id"]}) for n in NOTES]
    store = InMemoryVectorStore.from_documents(docs, HashingEmbeddings())
    private_retriever = DPFusionRetriever(retriever=store.as_retriever(search_kwargs={"k": 2}), engine=engine,
                                          epsilon=8.0, max_new_tokens=MAX_NEW_TOKENS, unit_metadata_key="patient_id",
                                          max_chunk_tokens=120)
    remote = RemoteModelStandIn(engine=engine, received=[])
    prompt = ChatPromptTemplate.from_messages([
        ("system", "Answer the question using only these notes:\n{context}"), ("human", "{question}")])
    chain = ({"context": private_retriever | RunnableLambda(lambda ds: "\n".join(d.page_content for d in ds)),
              "question": RunnablePassthrough()} | prompt | remote)

    ledger_path = Path(tempfile.mkdtemp()) / "budget.db"
    with PrivacyLedger.open(f"sqlite:///{ledger_path}", alpha=4.0, create=True) as ledger:
        ledger.set_cap("p-101", 15.0, 1e-5)
        questions = ["Who had chest pain and what was started?", "Which patient has a cough?"]
        # Reports and traces name patients by per-call aliases only. ε per patient across calls needs the
        # stable ids: operator_view=True resolves the aliases (with the local unit key). OPERATOR-ONLY: this
        # summary links calls to patients, so it stays inside the trust boundary (never log or trace it).
        with get_privacy_budget_callback(ledger=ledger, operator_view=True) as budget:
            for question in questions:
                print(f"\nQ: {question}\nA: {chain.invoke(question).content.strip()}")
        print("\nWhat the remote model received (privatized chunks only):")
        print(remote.received[0][:400])
        print("\nε per patient (composed at the RDP level across both questions):")
        for unit, eps in sorted(budget.summary().epsilon_per_unit.items()):
            print(f"  {unit}: ε = {eps:.2f} (ledger: {ledger.spent(unit, 1e-5):.2f})")

        print("\nAsking about p-101 until the ledger refuses (cap ε = 15):")
        private_retriever.cache = False  # every retrieval is a fresh release, so it is charged again
        try:
            for i in range(1, 10):
                with get_privacy_budget_callback(ledger=ledger):
                    chain.invoke("chest pain aspirin ECG")
                print(f"  query {i}: ok, p-101 has spent ε = {ledger.spent('p-101', 1e-5):.2f}")
        except BudgetExceededError as err:
            print(f"  query {i}: refused before generation: {err}")


if __name__ == "__main__":
    main()
