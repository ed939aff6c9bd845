"""An agent whose tool finds a patient's note by meaning and summarizes it through ChatDPFusion:
the agent's model (a stand-in for a remote LLM, scripted here so the example runs offline) only
ever sees the DP summary, and the private note travels by reference, so callbacks and traces
never see it either.

The tool searches an ``InMemoryVectorStore`` over all-MiniLM-L6-v2 embeddings (offline) inside the
trust boundary, and hands ChatDPFusion only a reference to the note it found. The script checks
that the tool found the right note and that no planted identifier reached the agent's model, the
trace or the console.

Run offline:  python cookbook/langchain_agent.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool, tool
from langchain_core.tracers.run_collector import RunCollectorCallbackHandler
from langchain_core.vectorstores import InMemoryVectorStore

sys.path.insert(0, str(Path(__file__).parent))
from langchain_tracing import trace_payloads  # noqa: E402
from offline_embeddings import MiniLMEmbeddings  # noqa: E402
from patient_notes import NOTE_TEXT, NOTES, OutsideView, check_no_planted_pii  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from langchain_dpfusion import ChatDPFusion, get_privacy_budget_callback, private_reference  # noqa: E402

QUESTION = "What changed in the care of the patient whose blood pressure stayed high?"
DESCRIPTION = "blood pressure stayed high despite treatment"  # the scripted agent's tool argument
EXPECTED_PATIENT = "p-103"
SEED = 0  # a fixed seed makes the demo (and its checks) reproducible; never seed in production


def make_tool(engine: DPFusion, store: InMemoryVectorStore, found: list[str]) -> BaseTool:
    """The agent's tool. It runs inside the trust boundary: it searches the raw store (a vector store
    search fires no callback), notes the patient it found in ``found``, and returns only the DP summary."""
    # The resolver turns {{private:ID}} into the note inside ChatDPFusion; callbacks see the reference only.
    private_llm = ChatDPFusion(engine=engine, epsilon=8.0, max_tokens=32, units=None, seed=SEED,
                               resolver=NOTE_TEXT.__getitem__)

    @tool
    def summarize_patient(description: str) -> str:
        """Summarize the note of the patient who best matches a description, without revealing identifiers."""
        patient_id = store.similarity_search(description, k=1)[0].metadata["patient_id"]
        found.append(patient_id)
        answer = private_llm.invoke(f"Summarize this clinical note in one sentence: {private_reference(patient_id)}")
        return str(answer.content)

    return summarize_patient


def run(engine: DPFusion, store: InMemoryVectorStore | None = None) -> OutsideView:
    """The demo on a loaded engine: one scripted agent turn with one private tool call. Returns what
    left the trust boundary (the agent's conversation, the trace). ``store``: the notes' vector store
    (MiniLM embeddings) if one is built already (default: built here)."""
    if store is None:
        docs = [Document(page_content=n.text, metadata={"patient_id": n.patient_id}) for n in NOTES]
        store = InMemoryVectorStore.from_documents(docs, MiniLMEmbeddings())
    found: list[str] = []
    summarize_patient = make_tool(engine, store, found)
    # The agent's model: scripted stand-in for a remote LLM that decides to call the tool, then answers.
    agent_model = GenericFakeChatModel(messages=iter([
        AIMessage("", tool_calls=[{"name": "summarize_patient", "args": {"description": DESCRIPTION},
                                   "id": "call-1", "type": "tool_call"}]),
        AIMessage("Based on the private summary, the patient's blood pressure treatment was adjusted."),
    ]))
    tracer = RunCollectorCallbackHandler()  # any tracer attached at the top sees what this one keeps
    history: list[BaseMessage] = [HumanMessage(QUESTION)]
    printed: list[str] = []
    with get_privacy_budget_callback() as budget:
        while True:
            reply = agent_model.invoke(history, config={"callbacks": [tracer]})
            history.append(reply)
            if not reply.tool_calls:
                break
            for call in reply.tool_calls:
                result = summarize_patient.invoke(call["args"], config={"callbacks": [tracer]})
                printed.append(f"tool {call['name']}({call['args']}) -> {result!r}")
                history.append(ToolMessage(result, tool_call_id=call["id"]))
    printed.append(f"agent: {history[-1].content}")
    # Units are per-call aliases outside the trust boundary; max_epsilon bounds any one person over all
    # calls (per-unit totals by stable id need the operator-only view, see cookbook/langchain_rag.py).
    printed.append(f"ε spent by any one person (worst case over {budget.summary().calls} call(s)): "
                   f"{budget.summary().max_epsilon:.2f}")
    if found != [EXPECTED_PATIENT]:
        raise AssertionError("the tool did not find the note of the patient the agent asked about")
    outside = OutsideView(model_inputs=[str(m.content) for m in history],
                          trace=trace_payloads(tracer))
    check_no_planted_pii(outside.model_inputs, "the agent's conversation")
    check_no_planted_pii(outside.trace, "the trace")
    check_no_planted_pii(printed, "the console")
    print("\n".join(printed))
    print("Checks: the tool found the right note; no planted name, MRN or phone reached the agent, the trace "
          "or the console.")
    return outside


def main() -> None:
    run(DPFusion.from_pretrained())  # the embedded SmolLM2-135M-Instruct, offline


if __name__ == "__main__":
    main()
