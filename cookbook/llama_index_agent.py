"""A LlamaIndex FunctionAgent driven by DPFusionLLM, with a tool that finds a patient note.

The tool runs inside the trust boundary and returns only a reference ({{private:ID}}) to the note;
DPFusionLLM resolves the reference when it decodes, so the agent's events, its memory and any
tracer see the id, never the note, and the answer is (ε, δ)-DP with respect to the note's private
spans, charged to that patient. The embedded 135M model rarely writes a well-formed tool call, so
the required first call goes through DPFusionLLM's documented fallback (the model's own,
already private, answer becomes the tool's query).

Run offline:  python cookbook/llama_index_agent.py
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from llama_index.core.agent.workflow import AgentOutput, FunctionAgent, ToolCallResult
from llama_index.core.tools import FunctionTool

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_notes import NOTES  # noqa: E402

from dpfusion_integrations import DPFusion  # noqa: E402
from llama_index.callbacks.dpfusion import DPFusionEventHandler  # noqa: E402
from llama_index.llms.dpfusion import DPFusionLLM, private_reference  # noqa: E402

NOTE_TEXT = {n["patient_id"]: n["text"] for n in NOTES}  # inside the trust boundary
QUESTION = "What was changed for the patient whose blood pressure stayed high?"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def find_patient_note(query: str) -> str:
    """Find the clinical note that best matches a description of the patient or condition."""
    best = max(NOTE_TEXT, key=lambda pid: len(_words(query) & _words(NOTE_TEXT[pid])))
    return f"The matching note is {private_reference(best)}"


async def run() -> None:
    engine = DPFusion.from_pretrained()  # the embedded SmolLM2-135M-Instruct, offline
    llm = DPFusionLLM(engine=engine, epsilon=8.0, max_new_tokens=48, resolver=NOTE_TEXT.__getitem__,
                      public_roles=("system",))
    agent = FunctionAgent(tools=[FunctionTool.from_defaults(fn=find_patient_note)], llm=llm,
                          initial_tool_choice="find_patient_note",
                          system_prompt="You answer questions about clinical notes in one sentence.")
    # Spend events name per-call aliases; the operator view (this script is the operator) resolves them
    # to patient ids with the engine's unit key, so ε per patient composes. Operator only.
    budget = DPFusionEventHandler(operator_view=True, unit_key=engine.unit_key).attach()
    try:
        handler = agent.run(QUESTION, max_iterations=4)
        async for event in handler.stream_events():
            if isinstance(event, AgentOutput) and event.raw:
                step = "tool call" if event.tool_calls else "answer"
                print(f"{step} decoded privately (tool-call fallback used: {event.raw.get('tool_call_fallback')})")
            elif isinstance(event, ToolCallResult):
                print(f"tool {event.tool_name}({event.tool_kwargs}) -> {event.tool_output.content!r}")
        result = await handler
    finally:
        budget.detach()
    print(f"\nQ: {QUESTION}\nagent: {str(result).strip()}")
    print("\nε spent per privacy unit (the resolved note's patient id):")
    for unit, eps in sorted(budget.summary().epsilon_per_unit.items()):
        print(f"  {unit}: ε = {eps:.2f}")


if __name__ == "__main__":
    asyncio.run(run())
