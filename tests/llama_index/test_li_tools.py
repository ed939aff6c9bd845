"""Tool calls and structured output on ``DPFusionLLM``: the call's grammar (from the tool options),
strict parsing, responses the budget cut closed by the core's completion (its own tests are in
``tests/test_grammar_completion.py``), tool results kept private, the ReAct grammar, and a
``FunctionAgent`` driven end to end.

The decoding tests run on the tiny random-weight model: its outputs are nonsense, which is the point
(validity must not depend on the model being sensible). Every response must parse, and every call's
arguments must validate against its tool's JSON schema (``jsonschema``). Where tagging is not what is
tested, the engine reads private spans from markup only (``markup_dp``), which keeps them fast. The
random model never closes a call or a JSON answer by itself, so every closing phase would spend all its
tokens (64 by default); these LLMs get ``CLOSING_TOKENS``, which still runs the closing phase before the
completion rule closes the answer, in a fraction of the steps."""

from __future__ import annotations

import json
from typing import Literal

import jsonschema
import pytest
from llama_index.core.agent.react.output_parser import ReActOutputParser
from llama_index.core.agent.react.types import ActionReasoningStep, ResponseReasoningStep
from llama_index.core.agent.workflow import FunctionAgent
from llama_index.core.base.llms.types import ChatMessage, MessageRole, TextBlock, ToolCallBlock
from llama_index.core.prompts import PromptTemplate
from llama_index.core.tools import FunctionTool
from pydantic import BaseModel, Field

from dpfusion_integrations.engine.grammar_completion import complete_output
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.tool_grammar import tool_call_grammar
from li_helpers import CANARY_ID, CANARY_NAME, Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.llms.dpfusion import DPFusionLLM, private_reference
from llama_index.llms.dpfusion.messages import parse_tool_calls, to_core_messages, tool_specs, tools_system_message
from llama_index.llms.dpfusion.options import call_options
from llama_index.llms.dpfusion.react import react_grammar

NOTES = {"rec-1": f'<private group="PERSON">{CANARY_NAME}</private> was treated for asthma.'}
QUESTION = 'Book <private group="PERSON">Zelda</private> for asthma on Monday.'


def find_record(query: str) -> str:
    """Find the patient record that matches a query; returns a reference to it."""
    return f"Found {private_reference('rec-1')}"


def add(a: int, b: int = 2) -> int:
    """Add two integers."""
    return a + b


class Address(BaseModel):
    """Where the patient lives."""

    city: str = Field(max_length=12)
    zip_code: str = Field(pattern=r"^[0-9]{5}$")


class Visit(BaseModel):
    """A visit to book."""

    patient: str = Field(max_length=16)
    day: Literal["mon", "tue", "wed"]
    urgent: bool = False
    rooms: list[int] = Field(default_factory=list, max_length=3)
    address: Address | None = None


def book_visit(**kwargs: object) -> str:
    """Book a visit."""
    return "booked"


CODE_TOOL = {"type": "function", "function": {
    "name": "lookup_code", "description": "Look up a diagnosis code.",
    "parameters": {"type": "object", "required": ["code", "ids"], "properties": {
        "code": {"type": "string", "pattern": "^[A-Z][0-9]{2}\\.[0-9]$"},
        "ids": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 999}, "minItems": 2},
        "score": {"type": "number"}}}}}
TOOLS = [FunctionTool.from_defaults(fn=find_record), FunctionTool.from_defaults(fn=add)]
VISIT = FunctionTool.from_defaults(fn=book_visit, name="book_visit", fn_schema=Visit)
SPECS = tool_specs(TOOLS)
TOOLSETS = [TOOLS, [VISIT], [TOOLS[1], CODE_TOOL]]
#: Closing-phase budget of the decoding tests on the random model (see the module docstring).
CLOSING_TOKENS = 4


class MarkupOnly:
    """A tagger that finds nothing: the spans are the markup's."""

    name = "markup-only"
    language_check = "off"

    def tag(self, text: str) -> list:
        return []


@pytest.fixture
def markup_dp(tiny_model, tokenizer):
    """The tiny model with private spans from markup only (no NER per call)."""
    from dpfusion_integrations import DPFusion

    return DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, model_name="tiny-llama", temperature=1.0,
                    tagger=MarkupOnly())


def _valid_calls(response, tools) -> list[tuple[str, dict]]:
    """The response's calls, each checked against its tool's original JSON schema (and closed:
    no argument the tool does not declare)."""
    by_name = {s["name"]: s["parameters"] for s in tool_specs(tools)}
    calls = []
    for block in response.message.blocks:
        if isinstance(block, ToolCallBlock):
            schema = by_name[block.tool_name]
            jsonschema.validate(block.tool_kwargs, schema)
            assert set(block.tool_kwargs) <= set(schema.get("properties", {}))
            calls.append((block.tool_name, block.tool_kwargs))
    return calls


# ----------------------------------------------------------------------------- the call's grammar
@pytest.mark.parametrize("options, choice, parallel", [
    ({"tool_required": True}, "required", False),
    ({"tool_choice": "required"}, "required", True),
    ({"tool_choice": "any", "allow_parallel_tool_calls": False}, "required", False),
    ({"tool_choice": "add"}, "add", True),
    ({"tool_choice": {"type": "function", "function": {"name": "add"}}}, "add", True),
    ({}, "auto", True),
    ({"tool_choice": "auto"}, "auto", True),
])
def test_when_tools_are_bound_then_the_call_gets_the_tool_call_grammar(options, choice, parallel):
    call = call_options({"tools": TOOLS, "allow_parallel_tool_calls": parallel, **options}, epsilon=1.0,
                        delta=1e-5, max_new_tokens=8, seed=None, units=None, stop=None)
    assert call.grammar == tool_call_grammar(SPECS, choice, parallel=parallel)


def test_when_no_tool_may_be_called_then_the_llm_grammar_applies():
    own = react_grammar(TOOLS)
    for kwargs in ({}, {"tools": TOOLS, "tool_choice": "none"}):
        call = call_options(kwargs, epsilon=1.0, delta=1e-5, max_new_tokens=8, seed=None, units=None, stop=None,
                            grammar=own)
        assert call.grammar == own and call.specs == []


def test_when_a_tool_choice_names_no_bound_tool_then_the_call_fails_before_decoding(tiny_dp, monkeypatch):
    monkeypatch.setattr(tiny_dp, "generate", lambda *a, **k: pytest.fail("decoded"))
    llm = DPFusionLLM(engine=tiny_dp)
    with pytest.raises(GrammarError, match="tool_choice"):
        llm.chat_with_tools(TOOLS, user_msg="hi", tool_choice="delete_everything")


@pytest.mark.parametrize("options, budget", [
    ({"tool_required": True}, 64), ({"tool_choice": "add"}, 64), ({}, 8), ({"tool_choice": "none"}, 8),
    ({"tool_required": True, "max_tokens": 5}, 5),
])
def test_when_a_call_must_call_a_tool_then_its_budget_has_the_tool_call_floor(options, budget):
    call = call_options({"tools": TOOLS, **options}, epsilon=1.0, delta=1e-5, max_new_tokens=8, seed=None,
                        units=None, stop=None, min_tool_call_tokens=64)
    assert call.max_new_tokens == budget


# ----------------------------------------------------------------------------- messages and parsing
def test_when_tools_are_described_then_the_prompt_is_public_and_holds_each_schema():
    message = tools_system_message(SPECS, forced="add")
    assert message["public"] and message["role"] == "system"
    assert '"name": "find_record"' in message["content"] and '"required": ["a"]' in message["content"]
    assert '<tool_call>{"name":"find_record","arguments":{}}</tool_call>' in message["content"]
    assert "You must call the tool 'add'" in message["content"]


@pytest.mark.parametrize("text, expected, content", [
    ('<tool_call>{"name":"add","arguments":{"a":1}}</tool_call>', [("add", {"a": 1})], ""),
    ('<tool_call>{"name":"add","arguments":{"a":1}}</tool_call><tool_call>{"name":"find_record",'
     '"arguments":{"query":"x"}}</tool_call>', [("add", {"a": 1}), ("find_record", {"query": "x"})], ""),
    ('Sure. <tool_call>{"name":"add","arguments":{"a":1}}</tool_call>', [], None),  # prose: not a call
    ('{"name":"add","arguments":{"a":1}}', [], None),
    ("no call at all {broken json", [], None),
])
def test_when_parsing_a_constrained_output_then_calls_come_only_from_leading_blocks(text, expected, content):
    rest, calls = parse_tool_calls(text, SPECS)
    assert [(c.tool_name, c.tool_kwargs) for c in calls] == expected
    assert rest == (text if content is None else content)


@pytest.mark.parametrize("text", [
    '<tool_call>{"name":"unknown","arguments":{}}</tool_call>',
    '<tool_call>{"name":"add","arguments":"{}"}</tool_call>',
    f'<tool_call>{{"name":"add","arguments":{{"a":"{CANARY_NAME}"',
])
def test_when_a_leading_block_is_not_a_valid_call_then_it_is_an_error_quoting_nothing(text):
    with pytest.raises(GrammarError) as info:
        parse_tool_calls(text, SPECS)
    assert CANARY_NAME not in str(info.value) and info.value.__cause__ is None


def test_when_history_holds_tool_calls_and_results_then_calls_are_compact_and_results_private():
    history = [ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=""), ToolCallBlock(
                   tool_call_id="c1", tool_name="add", tool_kwargs={"a": 1})]),
               ChatMessage(role=MessageRole.TOOL, content="3", additional_kwargs={"tool_call_id": "c1"})]
    converted = to_core_messages(history)
    core, refs = converted.messages, converted.refs
    assert core[0]["content"] == '\n<tool_call>{"name":"add","arguments":{"a":1}}</tool_call>'
    assert core[1] == {"role": "tool", "content": "3", "public": False} and refs == [] and converted.error is None


def test_when_a_tool_result_holds_an_identifier_then_the_public_context_holds_its_placeholder(tiny_dp, monkeypatch):
    """A tool result is data: tagged like any message, so a record a tool returns is protected."""
    results = []
    real = tiny_dp.generate

    def spy(messages, **kwargs):
        results.append(real(messages, **kwargs))
        return results[-1]

    monkeypatch.setattr(tiny_dp, "generate", spy)
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=2, seed=3, public_roles=("system", "user"))
    history = [ChatMessage(role=MessageRole.USER, content="Find the asthma patient."),
               ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=""), ToolCallBlock(
                   tool_call_id="c1", tool_name="find_record", tool_kwargs={"query": "asthma"})]),
               ChatMessage(role=MessageRole.TOOL, content=f"Patient {CANARY_NAME}, ID {CANARY_ID}, asthma.",
                           additional_kwargs={"tool_call_id": "c1"})]
    response = llm.chat(history, tools=TOOLS)
    [result] = results
    assert leaked(result.redacted_text) == [] and "[PERSON]" in result.redacted_text
    assert "[ID]" in result.redacted_text and "Find the asthma patient." in result.redacted_text
    assert result.report.n_groups >= 2 and response.additional_kwargs[DPFUSION_KEY]["report"]["epsilon"] > 0


# ----------------------------------------------------------------------------- decoding: always valid
@pytest.mark.parametrize("mode", ["required", "named", "auto", "parallel"])
def test_when_tools_are_bound_then_every_response_parses_and_validates(markup_dp, mode):
    """Three tool sets (ints with a default and a string; a pydantic schema with an enum, bounds and
    a nested optional object; a pattern and an array with minItems), on a budget the random model
    overruns: every call is complete and valid."""
    llm = DPFusionLLM(engine=markup_dp, max_new_tokens=6, min_tool_call_tokens=6, max_closing_tokens=CLOSING_TOKENS)
    completed = []
    for tools in TOOLSETS:
        names = [s["name"] for s in tool_specs(tools)]
        for seed in (1, 2)[:1 if len(names) == 1 else 2]:
            options = {"required": {"tool_required": True}, "named": {"tool_choice": names[seed % len(names)]},
                       "auto": {}, "parallel": {"tool_required": True, "allow_parallel_tool_calls": True}}[mode]
            response = llm.chat_with_tools(tools, user_msg=QUESTION, seed=seed, **options)
            calls = _valid_calls(response, tools)
            completed.append(response.additional_kwargs["tool_call_fallback"])
            if mode == "auto" and not calls:
                assert not response.message.content.startswith("<")
                continue
            assert calls and response.message.content == ""
            assert [s.tool_name for s in llm.get_tool_calls_from_response(response)] == [n for n, _ in calls]
            assert json.loads(response.message.additional_kwargs["tool_calls"][0]["function"]["arguments"]) \
                == calls[0][1]
            if mode in ("required", "named"):
                assert len(calls) == 1
            if mode == "named":
                assert calls[0][0] == options["tool_choice"]
    assert mode == "auto" or any(completed)  # the budget cut calls, and the completion closed them


async def test_when_streaming_with_tools_then_the_last_chunk_holds_the_valid_calls(markup_dp):
    llm = DPFusionLLM(engine=markup_dp, max_new_tokens=6, min_tool_call_tokens=6, seed=5,
                      max_closing_tokens=CLOSING_TOKENS)
    chunks = [c async for c in await llm.astream_chat_with_tools([VISIT], user_msg=QUESTION, tool_required=True)]
    assert all(not c.delta for c in chunks[:-1])  # with tools, text goes in the last chunk only
    [(name, args)] = _valid_calls(chunks[-1], [VISIT])
    assert name == "book_visit" and Visit.model_validate(args)


# ----------------------------------------------------------------------------- structured output
def test_when_predicting_structured_output_then_a_valid_instance_comes_back_every_time(markup_dp):
    prompt = PromptTemplate("Book a visit: {text}")
    for seed in (1, 2):
        llm = DPFusionLLM(engine=markup_dp, max_new_tokens=6, min_tool_call_tokens=6, seed=seed,
                          max_closing_tokens=CLOSING_TOKENS)
        assert isinstance(llm.structured_predict(Visit, prompt, text=QUESTION), Visit)
        *_, last = llm.stream_structured_predict(Visit, prompt, text=QUESTION)
        assert isinstance(last, Visit)
        response = llm.as_structured_llm(Visit).chat([ChatMessage(role=MessageRole.USER, content=QUESTION)])
        assert isinstance(response.raw, Visit) and Visit.model_validate_json(response.message.content) == response.raw


async def test_when_predicting_structured_output_async_then_a_valid_instance_comes_back(markup_dp):
    llm = DPFusionLLM(engine=markup_dp, max_new_tokens=6, min_tool_call_tokens=6, seed=4,
                      max_closing_tokens=CLOSING_TOKENS)
    prompt = PromptTemplate("Book a visit: {text}")
    assert isinstance(await llm.astructured_predict(Visit, prompt, text=QUESTION), Visit)
    partials = [p async for p in await llm.astream_structured_predict(Visit, prompt, text=QUESTION)]
    assert partials and isinstance(partials[-1], Visit)


# ----------------------------------------------------------------------------- ReAct
def test_when_a_react_tool_name_cannot_be_parsed_back_then_the_grammar_is_refused():
    with pytest.raises(GrammarError, match="ReAct tool name"):
        react_grammar([{"name": "look up", "parameters": {}}])
    with pytest.raises(GrammarError, match="distinct"):
        react_grammar([*TOOLS, TOOLS[0]])


def test_when_the_llm_has_the_react_grammar_then_every_step_parses_into_a_valid_action_or_answer(markup_dp):
    tools = [*TOOLS, VISIT]
    schemas = {s["name"]: s["parameters"] for s in tool_specs(tools)}
    llm = DPFusionLLM(engine=markup_dp, max_new_tokens=12, grammar=react_grammar(tools),
                      max_closing_tokens=CLOSING_TOKENS)
    kinds = set()
    for seed in range(6):
        text = llm.chat([ChatMessage(role=MessageRole.USER, content=QUESTION)], seed=seed).message.content
        step = ReActOutputParser().parse(text)
        kinds.add(type(step))
        if isinstance(step, ActionReasoningStep):
            jsonschema.validate(dict(step.action_input), schemas[step.action])
        else:
            assert isinstance(step, ResponseReasoningStep) and text.split("\n", 1)[1].startswith("Answer: ")
    assert ActionReasoningStep in kinds
    for prefix in ("Thought: I know it\nAns", "Thought: Action soon\nAction: add\nAction Input: {\"a\":4"):
        step = ReActOutputParser().parse(prefix + complete_output(markup_dp, llm.grammar, prefix))
        assert isinstance(step, ResponseReasoningStep if "Ans" in prefix else ActionReasoningStep)


# ----------------------------------------------------------------------------- agents
async def test_when_an_agent_runs_then_the_tool_is_called_validly_and_the_answer_is_private(tiny_dp):
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=8, min_tool_call_tokens=8, seed=6, resolver=NOTES.get,
                      public_roles=("system",))
    agent = FunctionAgent(tools=[TOOLS[0]], llm=llm, initial_tool_choice="find_record",
                          system_prompt="You answer questions about patient records.")
    rec = Recorders()
    try:
        handler = agent.run("Which patient was treated for asthma?")
        calls = [ev async for ev in handler.stream_events() if type(ev).__name__ == "ToolCallResult"]
        result = await handler
    finally:
        rec.detach()
    assert [c.tool_name for c in calls] == ["find_record"] and set(calls[0].tool_kwargs) == {"query"}
    assert isinstance(calls[0].tool_kwargs["query"], str)
    spends = [e for e in rec.events.names if e == "PrivacySpendEvent"]
    assert len(spends) == 2 and DPFUSION_KEY in result.raw
    [alias] = result.raw[DPFUSION_KEY]["report"]["units"]  # the second call resolved the reference
    assert alias.startswith("a_") and "rec-1" not in alias
    assert leaked(rec.dump() + str(result)) == []


def test_when_a_text_is_declared_public_then_memory_added_to_that_message_makes_it_private():
    """LlamaIndex's Memory and chat engines put memory blocks and retrieved text into the system
    message; ``public_roles=("system",)`` would pass that text untagged. ``public_texts`` is bound to
    the exact content."""
    prompt = "You answer questions about clinical records in one sentence."
    history = [ChatMessage(role=MessageRole.SYSTEM, content=prompt),
               ChatMessage(role=MessageRole.SYSTEM, content=f"{prompt}\n<memory>{CANARY_NAME} called.</memory>"),
               ChatMessage(role=MessageRole.USER, content="What changed?")]
    converted = to_core_messages(history, public_texts=(prompt,))
    assert [m["public"] for m in converted.messages] == [True, False, False]
    by_role = to_core_messages(history, public_roles=("system",))
    assert by_role.messages[1]["public"] is True  # the hazard public_texts avoids, pinned
