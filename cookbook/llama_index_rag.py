"""RAG over patient notes with LlamaIndex where the answering LLM, and every callback and tracer,
only ever see privatized chunks: a VectorStoreIndex, a RetrieverQueryEngine on the privatizing
DPFusionRetriever, ε tracked per patient, and a budget ledger that refuses a query before any
token is decoded once a patient's budget is spent.

Patient ids stay inside the trust boundary: the privatized chunks keep no metadata (so the
answering LLM sees neither names nor ids), spend events name per-call aliases, and only this
script, as the operator, totals ε per patient (DPFusionEventHandler(operator_view=True)).

Run offline:  python cookbook/llama_index_rag.py
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from llama_index.core import Document, Settings, VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.llm import LLMChatStartEvent
from llama_index.core.query_engine import RetrieverQueryEngine

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_notes import NOTES  # noqa: E402

from dpfusion_integrations import BudgetExceededError, DPFusion, PrivacyLedger  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM  # noqa: E402
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor  # noqa: E402
from llama_index.retrievers.dpfusion import DPFusionRetriever  # noqa: E402

MAX_NEW_TOKENS = 48
DELTA = 1e-5
CAP = 15.0
STOPWORDS = frozenset("a an and the of for with has had have who which what was were is on in at to".split())


class HashEmbedding(BaseEmbedding):
    """A deterministic bag-of-words hashing embedding (stop words skipped), so the index is built offline."""

    dim: int = 256

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedding"

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        for word in (w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS):
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vector(text)


class PromptLog(BaseEventHandler):
    """Keeps what the answering LLM received, as any tracer attached at the top would."""

    received: list[str] = []

    def handle(self, event: Any, **kwargs: Any) -> None:
        if isinstance(event, LLMChatStartEvent):
            self.received.append("\n".join(str(m.content) for m in event.messages))


def main() -> None:
    engine = DPFusion.from_pretrained()  # the embedded SmolLM2-135M-Instruct, offline
    Settings.embed_model = HashEmbedding()
    # The answering LLM: here the same local model, but it could be any (remote) LLM. Its prompt holds
    # only privatized chunks, so every message is public to it (no second privacy charge).
    Settings.llm = DPFusionLLM(engine=engine, max_new_tokens=MAX_NEW_TOKENS, public_roles=("system", "user"))
    docs = [Document(text=n["text"], metadata={"patient_id": n["patient_id"]}) for n in NOTES]
    index = VectorStoreIndex.from_documents(docs)  # ingestion happens inside the trust boundary

    # ε per patient and per query, from PrivacySpendEvents. Events name per-call aliases; the operator
    # view resolves them with the engine's unit key. Its totals link calls to patients: operator only.
    budget = DPFusionEventHandler(operator_view=True, unit_key=engine.unit_key).attach()
    prompts = PromptLog(received=[])
    get_dispatcher().add_event_handler(prompts)

    ledger_path = Path(tempfile.mkdtemp()) / "budget.db"
    with PrivacyLedger.open(f"sqlite:///{ledger_path}", alpha=4.0, create=True) as ledger:
        ledger.set_cap("p-101", CAP, DELTA)
        privatizer = DPFusionPostprocessor(engine=engine, ledger=ledger, epsilon=8.0, max_new_tokens=MAX_NEW_TOKENS,
                                           unit_metadata_key="patient_id")  # no metadata passed on
        retriever = DPFusionRetriever(index.as_retriever(similarity_top_k=2), privatizer)
        query_engine = RetrieverQueryEngine.from_args(retriever)

        for question in ["Who had chest pain and what was started?", "Which patient has a cough?"]:
            response = query_engine.query(question)
            print(f"\nQ: {question}\nA: {str(response).strip()}\n   ({len(response.source_nodes)} privatized notes)")

        print("\nWhat the answering LLM received (privatized chunks only):")
        print(prompts.received[0][:600])
        print("\nε per patient (composed at the RDP level across both questions):")
        for unit, eps in sorted(budget.summary().epsilon_per_unit.items()):
            print(f"  {unit}: ε = {eps:.2f} (ledger: {ledger.spent(unit, DELTA):.2f})")

        print(f"\nAsking about p-101 until the ledger refuses (cap ε = {CAP:g}):")
        privatizer.cache = False  # every retrieval is now a fresh release, so it is charged again
        for i in range(1, 10):
            try:
                query_engine.query("chest pain aspirin ECG")
            except BudgetExceededError as err:
                print(f"  query {i}: refused before generation: {err}")
                break
            print(f"  query {i}: ok, p-101 has spent ε = {ledger.spent('p-101', DELTA):.2f}")
    budget.detach()


if __name__ == "__main__":
    main()
