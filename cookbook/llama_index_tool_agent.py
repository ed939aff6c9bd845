"""A LlamaIndex ``FunctionAgent`` whose LLM is DPFusionLLM: it looks a patient's record up by its
reference with a tool, answers from it, and the budget event handler prints ε per patient.

- The agent's LLM is ``DPFusionLLM`` on the embedded SmolLM2 (offline). ``initial_tool_choice`` names
  the tool for the first step, so the tool-call grammar makes that call schema-valid every time (the
  reference must match the schema's pattern; its digits are the model's own, sampled tokens). Later
  steps are ``"auto"`` (FunctionAgent passes no ``tool_choice`` after the first): the model answers in
  prose or calls again, and any call it starts is constrained the same way.
- The tool ``lookup_patient(reference)`` returns the record as a private reference
  (``{{private:p-103}}``), never as text: the agent's memory, its events and any tracer carry the
  reference only. DPFusionLLM's ``resolver`` swaps the record in inside the trust boundary, where the
  tool message holding it is tagged like any message (never public unless marked), so the answer is
  (ε, δ)-DP with respect to the record's name, MRN and phone, and is charged to the patient whose
  record was resolved (DPFusionLLM's default units are the resolved reference ids).
- ``DPFusionEventHandler(operator_view=True)`` totals ε per patient from the spend events.
  Operator-only: it links spends to patient ids, so it stays inside the trust boundary.

The script checks itself and exits non-zero otherwise: the agent made a schema-valid call with a
reference that exists, an answer came back, ε was recorded for that patient (and nobody else), and
no planted name, MRN or phone reached the agent LLM's input, an event or the console.

Run offline:  python cookbook/llama_index_tool_agent.py
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from llama_index.core.agent.workflow import AgentOutput, FunctionAgent, ToolCallResult
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.llms.llm import ToolSelection
from llama_index.core.tools import FunctionTool

sys.path.insert(0, str(Path(__file__).parent))
from llama_index_tracing import EventLog  # noqa: E402
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
    check_tool_calls,
    epsilon_lines,
    lookup_function,
)
from patient_notes import NOTE_TEXT, OutsideView, check_no_planted_pii  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM, mark_public, private_reference  # noqa: E402

MAX_STEPS = 4  # agent steps before LlamaIndex stops the run


def make_lookup_tool(records: Mapping[str, str], looked_up: list[str]) -> FunctionTool:
    """``lookup_patient``: the record of a reference as a private reference, resolved only inside
    DPFusionLLM. It runs inside the trust boundary and notes each reference it was asked for."""
    lookup = lookup_function(records, looked_up, private_reference)
    return FunctionTool.from_defaults(fn=lookup, name=TOOL_NAME, fn_schema=LookupArgs)


def calls_made(steps: Sequence[AgentOutput | ToolCallResult]) -> list[ToolSelection]:
    """The tool calls the agent's steps decoded (the final output lists the tool results instead)."""
    return [c for s in steps if isinstance(s, AgentOutput) for c in s.tool_calls if isinstance(c, ToolSelection)]


def check_answer(steps: Sequence[AgentOutput | ToolCallResult]) -> str:
    """The final answer; ``AssertionError`` unless the run ended with a prose answer after a tool result."""
    last = steps[-1] if steps else None
    if (not isinstance(last, AgentOutput) or calls_made([last])
            or not str(last.response.content or "").strip()):
        raise AssertionError("the agent did not come back with an answer")
    if not any(isinstance(s, ToolCallResult) for s in steps):
        raise AssertionError("the agent answered without a tool result")
    return str(last.response.content)


def build_agent(engine: DPFusion, records: Mapping[str, str], looked_up: list[str]) -> FunctionAgent:
    """The agent: DPFusionLLM (records resolved from ``records``) with the lookup tool, one call at a time."""
    llm = DPFusionLLM(engine=engine, epsilon=8.0, max_new_tokens=ANSWER_TOKENS, min_tool_call_tokens=CALL_TOKENS,
                      resolver=records.__getitem__, public_texts=(SYSTEM_PROMPT,), seed=SEED)
    return FunctionAgent(tools=[make_lookup_tool(records, looked_up)], llm=llm, initial_tool_choice=TOOL_NAME,
                         allow_parallel_tool_calls=False, system_prompt=SYSTEM_PROMPT)


async def _run_agent(agent: FunctionAgent, question: ChatMessage, log: EventLog,
                     on_step: Callable[[AgentOutput | ToolCallResult], None]) -> None:
    """Run the agent, logging every streamed event, and hand its steps and tool results to ``on_step``."""
    handler = agent.run(user_msg=question, max_iterations=MAX_STEPS)
    async for event in handler.stream_events():
        log.events.append(f"{type(event).__name__}: {event.model_dump_json()}")  # the stream a UI gets
        if isinstance(event, AgentOutput | ToolCallResult):
            on_step(event)
    await handler


async def run(engine: DPFusion, question: str = QUESTION) -> ToolAgentRun:
    """The demo on a loaded engine: one agent run, checked. Returns what left the trust boundary and
    what the checks read."""
    looked_up: list[str] = []
    agent = build_agent(engine, NOTE_TEXT, looked_up)
    # The question names a record reference, not private text: public, so the call's digits can copy it.
    question_message = mark_public(ChatMessage(role=MessageRole.USER, content=question))
    # Spend events name per-call aliases; the operator view (this script is the operator) resolves them
    # to patient ids with the engine's unit key, so ε per patient composes. Operator only.
    budget = DPFusionEventHandler(operator_view=True, unit_key=engine.unit_key).attach()
    log = EventLog()
    dispatcher = get_dispatcher()
    dispatcher.add_event_handler(log)
    steps: list[AgentOutput | ToolCallResult] = []
    try:
        await _run_agent(agent, question_message, log, steps.append)
    finally:
        dispatcher.event_handlers = [h for h in dispatcher.event_handlers if h is not log]
        budget.detach()
    printed = [f"Q: {question}"]
    for step in steps:
        if isinstance(step, AgentOutput) and calls_made([step]):
            report = step.raw["dpfusion"]["report"]
            printed += [f"call {c.tool_name}({json.dumps(c.tool_kwargs)}): {report['tokens_emitted']} tokens, "
                        f"{report['tokens_forced']} forced by the grammar" for c in calls_made([step])]
        elif isinstance(step, ToolCallResult):
            printed.append(f"tool result (a reference, resolved inside DPFusionLLM): {step.tool_output.content}")
    references = check_tool_calls([(c.tool_name, c.tool_kwargs) for c in calls_made(steps)], NOTE_TEXT)
    if looked_up != references:
        raise AssertionError("the tool was not run on the calls the agent made")
    answer = check_answer(steps)
    patients = sorted({r for r in references if r in NOTE_TEXT})
    epsilon = dict(budget.summary().epsilon_per_unit)
    check_epsilon_per_patient(epsilon, patients)
    printed.append(f"agent: {answer.strip()}")
    printed += epsilon_lines(epsilon)
    outside = OutsideView(model_inputs=list(log.received), trace=list(log.events))
    check_no_planted_pii(outside.model_inputs, "the agent LLM's input")
    check_no_planted_pii(outside.trace, "the events")
    check_no_planted_pii(printed, "the console")
    print("\n".join(printed))
    print("Checks: a schema-valid call named an existing record; the answer came back; ε was recorded per "
          "patient; no planted name, MRN or phone reached the agent LLM's input, an event or the console.")
    return ToolAgentRun(outside=outside, references=references, answer=answer,
                        answer_groups=int(steps[-1].raw["dpfusion"]["report"]["n_groups"]),
                        epsilon_per_patient=epsilon)


def main() -> None:
    asyncio.run(run(DPFusion.from_pretrained()))  # the embedded SmolLM2-135M-Instruct, offline; a failed check exits 1


if __name__ == "__main__":
    main()
