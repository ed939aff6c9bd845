"""An agent whose tool reads a private note through ChatDPFusion: the agent's model (a stand-in for
a remote LLM, scripted here so the example runs offline) only ever sees the DP summary, and the
private note travels by reference, so callbacks and traces never see it either.

Run offline:  python cookbook/langchain_agent.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_notes import NOTES  # noqa: E402

from langchain_dpfusion import ChatDPFusion, get_privacy_budget_callback, private_reference  # noqa: E402

NOTE_TEXT = {n["patient_id"]: n["text"] for n in NOTES}  # inside the trust boundary
private_llm = ChatDPFusion(epsilon=8.0, max_tokens=48, units=None, resolver=NOTE_TEXT.__getitem__)


@tool
def summarize_patient(patient_id: str) -> str:
    """Summarize a patient's latest note without revealing identifiers."""
    answer = private_llm.invoke(f"Summarize this clinical note in one sentence: {private_reference(patient_id)}")
    return str(answer.content)


def main() -> None:
    # The agent's model: scripted stand-in for a remote LLM that decides to call the tool, then answers.
    agent_model = GenericFakeChatModel(messages=iter([
        AIMessage("", tool_calls=[{"name": "summarize_patient", "args": {"patient_id": "p-103"}, "id": "call-1",
                                   "type": "tool_call"}]),
        AIMessage("Based on the private summary, the patient's blood pressure treatment was adjusted."),
    ]))
    history = [HumanMessage("What changed in the care of patient p-103?")]
    with get_privacy_budget_callback() as budget:
        while True:
            reply = agent_model.invoke(history)
            history.append(reply)
            if not reply.tool_calls:
                break
            for call in reply.tool_calls:
                result = summarize_patient.invoke(call["args"])
                print(f"tool {call['name']}({call['args']}) -> {result!r}")
                history.append(ToolMessage(result, tool_call_id=call["id"]))
    print(f"agent: {history[-1].content}")
    # Units are per-call aliases outside the trust boundary; max_epsilon bounds any one person over all
    # calls (per-unit totals by stable id need the operator-only view, see cookbook/langchain_rag.py).
    print(f"ε spent by any one person (worst case over {budget.summary().calls} call(s)): "
          f"{budget.summary().max_epsilon:.2f}")


if __name__ == "__main__":
    main()
