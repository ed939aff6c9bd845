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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llama_index.core.agent.workflow import AgentOutput, FunctionAgent, ToolCallResult
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.llm import LLMChatStartEvent
from llama_index.core.llms.llm import ToolSelection
from llama_index.core.tools import FunctionTool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

sys.path.insert(0, str(Path(__file__).parent))
from patient_notes import NOTE_TEXT, OutsideView, check_no_planted_pii  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM, mark_public, private_reference  # noqa: E402

TOOL_NAME = "lookup_patient"
QUESTION = "What was changed in the treatment of patient p-103?"
SYSTEM_PROMPT = "You answer questions about patients' clinical records in one sentence."
ANSWER_TOKENS = 12  # the prose answer's token budget (each token's share of ε grows as it shrinks)
CALL_TOKENS = 8  # sampled-token budget of the forced call: the grammar forces all but the reference's digits
MAX_STEPS = 4  # agent steps before LlamaIndex stops the run
SEED = 0  # a fixed seed makes the demo (and its checks) reproducible; never seed in production


class LookupArgs(BaseModel):
    """The tool's arguments. Its JSON schema is what the grammar enforces (closed: no other keys)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    reference: str = Field(pattern=r"^p-[0-9]{3}$", description="The patient's record reference, e.g. p-101.")


@dataclass(frozen=True)
class ToolAgentRun:
    """One checked run: what left the trust boundary, and what the checks read."""

    outside: OutsideView
    references: list[str]  # the references the agent's calls asked for, in order
    answer: str  # the agent's final answer (DP output)
    answer_groups: int  # privacy groups tagged in the answering step's input (the record's identifiers)
    epsilon_per_patient: dict[str, float]  # operator view: ε per patient id


class EventLog(BaseEventHandler):
    """Keeps every instrumentation event, as any tracer attached at the top would, and what the
    agent's LLM received (its input, before DPFusionLLM resolves references inside the boundary)."""

    events: list[str] = Field(default_factory=list)
    received: list[str] = Field(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "EventLog"

    def handle(self, event: Any, **kwargs: Any) -> None:
        self.events.append(f"{event.class_name()}: {event.model_dump_json()}")
        if isinstance(event, LLMChatStartEvent):
            self.received.append("\n".join(str(m.content) for m in event.messages))


def make_lookup_tool(records: Mapping[str, str], looked_up: list[str]) -> FunctionTool:
    """``lookup_patient``: the record of a reference as a private reference, resolved only inside
    DPFusionLLM. It runs inside the trust boundary and notes each reference it was asked for."""

    def lookup_patient(reference: str) -> str:
        """Look up a patient's clinical record by its record reference."""
        looked_up.append(reference)
        if reference not in records:
            return "No record has that reference."
        return private_reference(reference)

    return FunctionTool.from_defaults(fn=lookup_patient, name=TOOL_NAME, fn_schema=LookupArgs)


def check_tool_calls(calls: Sequence[tuple[str, dict[str, Any]]], records: Mapping[str, str]) -> list[str]:
    """The references of the agent's calls ``(tool name, arguments)``; ``AssertionError`` unless every
    call is a schema-valid call of the lookup tool and at least one names a record that exists."""
    if not calls:
        raise AssertionError("the agent made no tool call")
    references = []
    for name, args in calls:
        if name != TOOL_NAME:
            raise AssertionError("the agent called a tool it was not given")
        try:
            references.append(LookupArgs.model_validate(args).reference)
        except ValidationError:
            raise AssertionError(f"a call's arguments do not validate against {TOOL_NAME}'s schema") from None
    if not any(ref in records for ref in references):
        raise AssertionError("no call named a record that exists")
    return references


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


def check_epsilon_per_patient(epsilon_per_unit: Mapping[str, float], patients: Sequence[str]) -> None:
    """``AssertionError`` unless ε was recorded for each patient whose record was read, and for no one else."""
    if set(epsilon_per_unit) != set(patients):
        raise AssertionError("ε was not recorded per patient: the budget names other units than the records read")
    if not all(epsilon_per_unit[p] > 0 for p in patients):
        raise AssertionError("a patient whose record was read has no ε recorded")


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
    printed.append("ε spent per patient (operator view):")
    printed += [f"  {patient}: ε = {eps:.2f}" for patient, eps in sorted(epsilon.items())]
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
