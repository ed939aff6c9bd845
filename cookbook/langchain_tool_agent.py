"""A LangChain agent (``create_agent``) whose model is ChatDPFusion: it looks a patient's record up by
its reference with a tool, answers from it, and the budget callback prints ε per patient.

- The agent's model is ``ChatDPFusion`` on the embedded SmolLM2 (offline). A ``wrap_model_call``
  middleware names the tool as the ``tool_choice`` of the first turn, so the grammar makes the call
  schema-valid every time (the reference must match the schema's pattern; its digits are the model's
  own, sampled tokens), and asks for prose (``tool_choice="none"``) once the record is in.
- The tool ``lookup_patient(reference)`` returns the record as a private reference
  (``{{private:p-103}}``), never as text: the agent's state, the tool's trace run and every callback
  carry the reference only. ChatDPFusion's ``resolver`` swaps the record in inside the trust boundary,
  where the ``ToolMessage`` holding it is tagged like any message (never public unless marked), so
  the answer is (ε, δ)-DP with respect to the record's name, MRN and phone.
- The answering turn is charged to the patient whose record it read (``units``, set by the same
  middleware), and ``get_privacy_budget_callback(operator_view=True)`` totals ε per patient.
  Operator-only: it links spends to patient ids, so it stays inside the trust boundary.

The script checks itself and exits non-zero otherwise: the agent made a schema-valid call with a
reference that exists, an answer came back, ε was recorded for that patient (and nobody else), and
no planted name, MRN or phone reached the agent's state, the trace or the console.

Run offline:  python cookbook/langchain_tool_agent.py   (needs the `agents` extra: pip install -e ".[agents]")
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import ModelRequest, ModelResponse, wrap_model_call
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import BaseTool, tool
from langchain_core.tracers.run_collector import RunCollectorCallbackHandler

sys.path.insert(0, str(Path(__file__).parent))
from langchain_tracing import trace_payloads  # noqa: E402
from patient_lookup import (  # noqa: E402
    ANSWER_TOKENS,
    CALL_TOKENS,
    QUESTION,
    SEED,
    SYSTEM_PROMPT,
    TOOL_NAME,
    LookupArgs,
    ToolAgentRun,
    check_epsilon_per_patient,
    epsilon_lines,
    lookup_function,
)
from patient_lookup import check_tool_calls as check_call_arguments  # noqa: E402
from patient_notes import NOTE_TEXT, OutsideView, check_no_planted_pii  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from dpfusion_integrations.references import REFERENCE  # noqa: E402
from langchain_dpfusion import ChatDPFusion, get_privacy_budget_callback, mark_public, private_reference  # noqa: E402


def make_lookup_tool(records: Mapping[str, str], looked_up: list[str]) -> BaseTool:
    """``lookup_patient``: the record of a reference as a private reference, resolved only inside
    ChatDPFusion. It runs inside the trust boundary and notes each reference it was asked for."""
    return tool(TOOL_NAME, args_schema=LookupArgs)(lookup_function(records, looked_up, private_reference))


def records_read(messages: Sequence[BaseMessage]) -> list[str]:
    """The record references the tool results of a conversation hold (sorted, each once)."""
    refs = {ref for m in messages if isinstance(m, ToolMessage) for ref in REFERENCE.findall(str(m.content))}
    return sorted(refs)


@wrap_model_call
def lookup_then_answer(request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> ModelResponse:
    """Before any tool result: exactly one call to the lookup tool (a named ``tool_choice``: the call is
    grammar-constrained, so it always parses and validates). After: prose only, charged to the
    patients whose records the conversation holds (``units``; traces see only their count)."""
    if not any(isinstance(m, ToolMessage) for m in request.messages):
        settings = {**request.model_settings, "parallel_tool_calls": False}
        return handler(request.override(tool_choice=TOOL_NAME, model_settings=settings))
    patients = records_read(request.messages)
    settings = {**request.model_settings, **({"units": patients} if patients else {})}
    return handler(request.override(tool_choice="none", model_settings=settings))


def check_tool_calls(messages: Sequence[BaseMessage], records: Mapping[str, str]) -> list[str]:
    """The references the agent's calls asked for; ``AssertionError`` unless every call is a complete,
    schema-valid call of the lookup tool and at least one names a record that exists."""
    if any(isinstance(m, AIMessage) and m.invalid_tool_calls for m in messages):
        raise AssertionError("the agent made an unfinished or unparsable tool call")
    calls = [(c["name"], c["args"]) for m in messages if isinstance(m, AIMessage) for c in m.tool_calls]
    return check_call_arguments(calls, records)


def check_answer(messages: Sequence[BaseMessage]) -> str:
    """The final answer; ``AssertionError`` unless the run ended with a prose answer after a tool result."""
    last = messages[-1] if messages else None
    if not isinstance(last, AIMessage) or last.tool_calls or not str(last.content).strip():
        raise AssertionError("the agent did not come back with an answer")
    if not any(isinstance(m, ToolMessage) for m in messages):
        raise AssertionError("the agent answered without a tool result")
    return str(last.content)


def build_agent(engine: DPFusion, records: Mapping[str, str], looked_up: list[str]) -> Any:
    """The agent: ChatDPFusion (records resolved from ``records``) with the lookup tool and the middleware."""
    llm = ChatDPFusion(engine=engine, epsilon=8.0, max_tokens=ANSWER_TOKENS, structured_max_tokens=CALL_TOKENS,
                       seed=SEED, public_texts=(SYSTEM_PROMPT,), resolver=records.__getitem__)
    return create_agent(llm, [make_lookup_tool(records, looked_up)], middleware=[lookup_then_answer],
                        system_prompt=SYSTEM_PROMPT)


def run(engine: DPFusion, question: str = QUESTION) -> ToolAgentRun:
    """The demo on a loaded engine: one agent run, checked. Returns what left the trust boundary and
    what the checks read."""
    looked_up: list[str] = []
    agent = build_agent(engine, NOTE_TEXT, looked_up)
    tracer = RunCollectorCallbackHandler()  # any tracer attached at the top sees what this one keeps
    # The question names a record reference, not private text: public, so the call's digits can copy it.
    question_message = mark_public(HumanMessage(question))
    # Spends name per-call aliases; the operator view (this script is the operator) resolves them to
    # patient ids with the engine's unit key, so ε per patient composes. Operator only.
    with get_privacy_budget_callback(operator_view=True, unit_key=engine.unit_key) as budget:
        state = agent.invoke({"messages": [question_message]}, config={"callbacks": [tracer]})
    messages: list[BaseMessage] = state["messages"]
    printed = [f"Q: {question}"]
    for message in messages:
        if isinstance(message, AIMessage) and message.tool_calls:
            report = message.response_metadata["dpfusion"]
            printed += [f"call {c['name']}({json.dumps(c['args'])}): {report['tokens_emitted']} tokens, "
                        f"{report['tokens_forced']} forced by the grammar" for c in message.tool_calls]
        elif isinstance(message, ToolMessage):
            printed.append(f"tool result (a reference, resolved inside ChatDPFusion): {message.content}")
    references = check_tool_calls(messages, NOTE_TEXT)
    if looked_up != references:
        raise AssertionError("the tool was not run on the calls the agent made")
    answer = check_answer(messages)
    patients = records_read(messages)
    epsilon = dict(budget.summary().epsilon_per_unit)
    check_epsilon_per_patient(epsilon, patients)
    printed.append(f"agent: {answer.strip()}")
    printed += epsilon_lines(epsilon)
    outside = OutsideView(model_inputs=[m.model_dump_json() for m in messages], trace=trace_payloads(tracer))
    check_no_planted_pii(outside.model_inputs, "the agent's state")
    check_no_planted_pii(outside.trace, "the trace")
    check_no_planted_pii(printed, "the console")
    print("\n".join(printed))
    print("Checks: one schema-valid call named an existing record; the answer came back; ε was recorded per "
          "patient; no planted name, MRN or phone reached the agent's state, the trace or the console.")
    answer_report = messages[-1].response_metadata["dpfusion"]
    return ToolAgentRun(outside=outside, references=references, answer=answer,
                        answer_groups=int(answer_report["n_groups"]), epsilon_per_patient=epsilon)


def main() -> None:
    run(DPFusion.from_pretrained())  # the embedded SmolLM2-135M-Instruct, offline; a failed check exits 1


if __name__ == "__main__":
    main()
