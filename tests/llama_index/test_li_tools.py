"""Function calling: the tool prompt, lenient parsing of the model's calls, the documented fallback
when a call is required, and a LlamaIndex FunctionAgent driven end to end by DPFusionLLM."""

from __future__ import annotations

import json

import pytest
from llama_index.core.agent.workflow import FunctionAgent
from llama_index.core.base.llms.types import ChatMessage, MessageRole, TextBlock, ToolCallBlock
from llama_index.core.tools import FunctionTool

from li_helpers import CANARY_NAME, Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.llms.dpfusion import DPFusionLLM, private_reference
from llama_index.llms.dpfusion.messages import (
    fallback_arguments,
    parse_tool_calls,
    to_core_messages,
    tool_specs,
    tools_system_message,
)

NOTES = {"rec-1": f'<private group="PERSON">{CANARY_NAME}</private> was treated for asthma.'}


def find_record(query: str) -> str:
    """Find the patient record that matches a query; returns a reference to it."""
    return f"Found {private_reference('rec-1')}"


def add(a: int, b: int = 2) -> int:
    """Add two integers."""
    return a + b


TOOLS = [FunctionTool.from_defaults(fn=find_record), FunctionTool.from_defaults(fn=add)]
SPECS = tool_specs(TOOLS)


def test_when_tools_are_described_then_the_prompt_is_public_and_holds_each_schema():
    message = tools_system_message(SPECS, forced="add")
    assert message["public"] and message["role"] == "system"
    assert '"name": "find_record"' in message["content"] and '"required": ["a"]' in message["content"]
    assert "<tool_call>" in message["content"] and "You must call the tool 'add'" in message["content"]


@pytest.mark.parametrize("text, expected", [
    ('<tool_call>{"name": "add", "arguments": {"a": 1}}</tool_call>', [("add", {"a": 1})]),
    ('Sure. {"tool": "add", "args": {"a": 4, "b": 5}} done', [("add", {"a": 4, "b": 5})]),
    ('<tool_call>{"name": "add", "arguments": "{\\"a\\": 3}"}', [("add", {"a": 3})]),
    ('{"name": "add", "description": "Add", "parameters": {"type": "object", "properties": {}}}', []),
    ('{"name": "unknown", "arguments": {}}', []),
    ("no call at all {broken json", []),
])
def test_when_parsing_model_output_then_only_wellformed_calls_to_known_tools_count(text, expected):
    content, calls = parse_tool_calls(text, SPECS)
    assert [(c.tool_name, c.tool_kwargs) for c in calls] == expected
    assert (content == text) == (not expected)


def test_when_a_tool_is_forced_then_a_bare_argument_object_is_accepted():
    _, calls = parse_tool_calls('Here: {"a": 7}', SPECS, forced="add")
    assert [(c.tool_name, c.tool_kwargs) for c in calls] == [("add", {"a": 7})]
    assert parse_tool_calls('{"zzz": 7}', SPECS, forced="add")[1] == []


def test_when_falling_back_then_only_a_single_string_parameter_gets_the_answer():
    by_name = {s["name"]: s for s in SPECS}
    assert fallback_arguments(by_name["find_record"], " asthma patient ") == {"query": "asthma patient"}
    assert fallback_arguments(by_name["add"], "3") == {}


def test_when_history_holds_tool_calls_and_results_then_they_are_rendered_for_the_model():
    history = [ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=""), ToolCallBlock(
                   tool_call_id="c1", tool_name="add", tool_kwargs={"a": 1})]),
               ChatMessage(role=MessageRole.TOOL, content="3", additional_kwargs={"tool_call_id": "c1"})]
    converted = to_core_messages(history)
    core, refs = converted.messages, converted.refs
    assert json.loads(core[0]["content"].removeprefix("\n<tool_call>").removesuffix("</tool_call>")) == {
        "name": "add", "arguments": {"a": 1}}
    assert core[1] == {"role": "tool", "content": "3", "public": False} and refs == [] and converted.error is None


def test_when_a_call_is_required_but_unparseable_then_the_fallback_calls_the_tool(tiny_dp):
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=6, seed=4)
    response = llm.chat_with_tools([TOOLS[0]], user_msg="Which patient had asthma?", tool_required=True)
    [selection] = llm.get_tool_calls_from_response(response)
    assert selection.tool_name == "find_record" and set(selection.tool_kwargs) == {"query"}
    assert response.additional_kwargs["tool_call_fallback"] is True
    free = llm.chat_with_tools(TOOLS, user_msg="Hello")
    assert llm.get_tool_calls_from_response(free, error_on_no_tool_call=False) == []
    with pytest.raises(ValueError):
        llm.get_tool_calls_from_response(free)


async def test_when_an_agent_runs_then_the_tool_is_called_and_the_answer_is_private(tiny_dp):
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=8, seed=6, resolver=NOTES.get, public_roles=("system",))
    agent = FunctionAgent(tools=[TOOLS[0]], llm=llm, initial_tool_choice="find_record",
                          system_prompt="You answer questions about patient records.")
    rec = Recorders()
    try:
        handler = agent.run("Which patient was treated for asthma?")
        calls = [ev async for ev in handler.stream_events() if type(ev).__name__ == "ToolCallResult"]
        result = await handler
    finally:
        rec.detach()
    assert [c.tool_name for c in calls] == ["find_record"]
    spends = [e for e in rec.events.names if e == "PrivacySpendEvent"]
    assert len(spends) == 2 and DPFUSION_KEY in result.raw
    [alias] = result.raw[DPFUSION_KEY]["report"]["units"]  # the second call resolved the reference
    assert alias.startswith("a_") and "rec-1" not in alias
    assert leaked(rec.dump() + str(result)) == []
