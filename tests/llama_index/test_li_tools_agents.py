"""LlamaIndex agents end to end on the embedded SmolLM2 with ``DPFusionLLM``: a ``FunctionAgent``
(function calling, the tool-call grammar) and a ``ReActAgent`` (text steps, ``react_grammar``) each
call a one-tool task's tool with schema-valid arguments and finish. Few tokens per step: each
call's arguments are DP output of a 135M model, so only validity and the flow are asserted."""

from __future__ import annotations

import jsonschema
import pytest
from llama_index.core.agent.react.formatter import ReActChatFormatter
from llama_index.core.agent.workflow import AgentOutput, FunctionAgent, ReActAgent, ToolCallResult
from llama_index.core.base.llms.types import ToolCallBlock
from llama_index.core.tools import FunctionTool

from llama_index.llms.dpfusion import DPFusionLLM
from llama_index.llms.dpfusion.messages import tool_specs
from llama_index.llms.dpfusion.react import react_grammar

pytestmark = pytest.mark.e2e

QUESTION = 'I am <private group="PERSON">Alice Smith</private>. What is 6 times 7?'
#: A short ReAct header: the default one is long for a 135M model, whose thought then copies it.
REACT_HEADER = """You answer questions with tools.
Tools:
{tool_desc}
To use a tool, write:
Thought: I need a tool.
Action: one of {tool_names}
Action Input: the arguments as JSON
When you know the answer, write:
Thought: I can answer now.
Answer: the answer
"""


def multiply(a: int, b: int) -> int:
    """Multiply two integers."""
    return a * b


async def _run(agent) -> tuple[list[ToolCallResult], list[AgentOutput], object]:
    handler = agent.run(QUESTION, max_iterations=3)
    results, outputs = [], []
    async for event in handler.stream_events():
        if isinstance(event, ToolCallResult):
            results.append(event)
        elif isinstance(event, AgentOutput):
            outputs.append(event)
    return results, outputs, await handler


def _check_calls(results: list[ToolCallResult], tool: FunctionTool) -> None:
    [schema] = [s["parameters"] for s in tool_specs([tool])]
    assert results and all(r.tool_name == "multiply" for r in results)
    for result in results:
        jsonschema.validate(result.tool_kwargs, schema)
        assert result.tool_output.raw_output == result.tool_kwargs["a"] * result.tool_kwargs["b"]


async def test_when_a_function_agent_runs_on_smollm2_then_it_calls_the_tool_validly_and_finishes(smol_dp):
    tool = FunctionTool.from_defaults(fn=multiply)
    llm = DPFusionLLM(engine=smol_dp, seed=0, max_new_tokens=12, min_tool_call_tokens=12, public_roles=("system",))
    agent = FunctionAgent(tools=[tool], llm=llm, initial_tool_choice="multiply",
                          system_prompt="You do arithmetic with the multiply tool.")
    results, outputs, final = await _run(agent)
    _check_calls(results, tool)
    assert outputs[0].tool_calls  # the first step called the tool; the last one answered in prose:
    assert not any(isinstance(b, ToolCallBlock) for b in final.response.blocks)
    assert isinstance(final.response.content, str) and final.raw["dpfusion"]["report"]["epsilon"] > 0


async def test_when_a_react_agent_runs_on_smollm2_with_the_react_grammar_then_every_step_parses(smol_dp):
    """``return_direct``: the tool's output is the answer, so the run is one decoded step (a 135M model
    rarely stops calling tools by itself); the step must parse into a valid action, with no retry."""
    tool = FunctionTool.from_defaults(fn=multiply, return_direct=True)
    llm = DPFusionLLM(engine=smol_dp, seed=0, max_new_tokens=24, public_roles=("system",),
                      grammar=react_grammar([tool]))
    agent = ReActAgent(tools=[tool], llm=llm, streaming=False,
                       formatter=ReActChatFormatter.from_defaults(system_header=REACT_HEADER))
    results, outputs, final = await _run(agent)
    _check_calls(results, tool)
    assert all(not o.retry_messages for o in outputs)  # every step parsed the first time
    assert str(final.response.content) == str(results[-1].tool_output.content)
