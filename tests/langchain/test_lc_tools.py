"""Tool calls and structured output of ChatDPFusion: every answer parses and validates.

The tiny model has random weights, so what these tests check is grammar validity, not sense: for
each ``tool_choice`` and several schemas, every complete call names a bound tool and its arguments
validate against that tool's JSON schema (``jsonschema``), forced choices always call, and an answer
the budget cuts is closed: by the public closing phase, else by the core's fixed completion rule,
which ``response_metadata["tool_call_fallback"]`` reports (in invoke, ainvoke, stream and astream,
for every constrained path). The schemas bound the number of sampled steps a call takes (enums,
booleans, bounded integers, short strings), so that a random model finishes them within the budget.
"""

from __future__ import annotations

from typing import Literal

import jsonschema
import pytest
from langchain_core.exceptions import OutputParserException
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, Generation
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, Field
from typing_extensions import TypedDict

from dpfusion_integrations.errors import InvalidParameterError
from langchain_dpfusion import ChatDPFusion, mark_public
from langchain_dpfusion._messages import convert_messages
from langchain_dpfusion._output import close_answer, output_spec, parse_output
from langchain_dpfusion._structured import _RequiredKeyToolsParser, _StrictJsonOutputParser

PROMPTS = ['Book a slot for <private group="PERSON">Ann Lee</private>.', "Which one?"]


class Paint(BaseModel):
    """Paint a wall."""

    color: Literal["red", "green", "blue"]
    glossy: bool


class Slot(TypedDict):
    """A booked slot."""

    day: Literal["mon", "tue"]
    morning: bool


SCORE = {"type": "function", "function": {"name": "score", "description": "Score a ward.", "parameters": {
    "type": "object", "properties": {
        "n": {"type": "integer", "minimum": 0, "maximum": 99},
        "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2},
        "code": {"type": "string", "maxLength": 2},
        "where": {"type": "object", "properties": {"ward": {"enum": [1, 2, 3]}}, "required": ["ward"]}},
    "required": ["n", "tags", "where"]}}}
PING = {"type": "function", "function": {"name": "ping", "description": "No arguments.",
                                         "parameters": {"type": "object", "properties": {}}}}
TOOLS = [Paint, SCORE, PING]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in map(convert_to_openai_tool, TOOLS)}


@pytest.fixture
def llm(tiny_dp, one_torch_thread):
    return ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=24, seed=5)


def assert_valid_calls(message: AIMessage) -> None:
    """Every tool call names a bound tool and its arguments validate against that tool's schema."""
    for call in message.tool_calls:
        jsonschema.validate(call["args"], SCHEMAS[call["name"]])
        assert call["id"] and call["type"] == "tool_call"


def engine_kwargs(llm, monkeypatch) -> dict:
    """The keyword arguments the model's next engine call gets (the call itself is stopped)."""
    seen: dict = {}

    class Stop(Exception):
        pass

    def capture(messages, **kwargs):
        seen.update(kwargs, messages=messages)
        raise Stop

    monkeypatch.setattr(llm.dp_engine, "generate", capture)
    seen["raises"] = Stop
    return seen


# ------------------------------------------------------------------ forced calls
@pytest.mark.parametrize("choice", ["required", "Paint", "score", "ping"])
def test_when_a_call_is_forced_then_every_answer_holds_one_schema_valid_call(llm, choice):
    answers = llm.bind_tools(TOOLS, tool_choice=choice, parallel_tool_calls=False).batch(PROMPTS)
    for message in answers:
        assert len(message.tool_calls) == 1 and message.invalid_tool_calls == [] and message.content == ""
        assert_valid_calls(message)
        assert message.response_metadata["finish_reason"] == "tool_calls"
        if choice != "required":
            assert message.tool_calls[0]["name"] == choice
    report = answers[0].response_metadata["dpfusion"]
    assert report["grammar"] == "lark" and 0 < report["tokens_forced"] <= report["tokens_emitted"]


def test_when_parallel_calls_are_allowed_then_every_call_validates_and_none_is_invalid(llm):
    message = llm.bind_tools(TOOLS, tool_choice="any").invoke(PROMPTS[0], max_tokens=12)
    assert message.tool_calls and message.invalid_tool_calls == [], "a forced answer is always whole calls"
    assert_valid_calls(message)
    report = message.response_metadata["dpfusion"]
    assert message.response_metadata["tool_call_fallback"] is (report["grammar_complete"] is False)


def merged_stream(chunks) -> AIMessage:
    merged = None
    for chunk in chunks:
        merged = chunk if merged is None else merged + chunk
    return merged


def test_when_the_budget_cuts_a_call_and_closing_is_off_then_the_completion_closes_it_in_invoke_and_in_stream(llm):
    llm = llm.model_copy(update={"max_closing_tokens": 0})
    bound = llm.bind_tools([SCORE], tool_choice="score")
    message = bound.invoke(PROMPTS[0], max_tokens=1)  # one sampled step: the call cannot be finished
    assert message.invalid_tool_calls == [] and [c["name"] for c in message.tool_calls] == ["score"]
    assert_valid_calls(message)
    meta = message.response_metadata
    assert meta["tool_call_fallback"] is True and meta["finish_reason"] == "length"
    assert meta["dpfusion"]["grammar_complete"] is False and meta["dpfusion"]["tokens_closing"] == 0
    chunks = list(bound.stream(PROMPTS[0], max_tokens=1))
    merged = merged_stream(chunks)  # same seed: the same released tokens, closed the same way
    assert merged.invalid_tool_calls == [] and merged.tool_calls[0]["args"] == message.tool_calls[0]["args"]
    assert merged.response_metadata["tool_call_fallback"] is True
    assert [c for c in chunks if c.tool_call_chunks] == [chunks[-1]]  # the closed call comes with the end


async def test_when_the_budget_cuts_parallel_calls_then_the_async_paths_close_them_too(llm):
    llm = llm.model_copy(update={"max_closing_tokens": 0})
    bound = llm.bind_tools(TOOLS, tool_choice="required")  # parallel calls allowed: the cut may fall anywhere
    message = await bound.ainvoke(PROMPTS[1], max_tokens=2)
    assert message.tool_calls and message.invalid_tool_calls == []
    assert_valid_calls(message)
    assert message.response_metadata["tool_call_fallback"] is True
    merged = merged_stream([c async for c in bound.astream(PROMPTS[1], max_tokens=2)])
    assert [(c["name"], c["args"]) for c in merged.tool_calls] == [(c["name"], c["args"]) for c in message.tool_calls]
    assert merged.invalid_tool_calls == [] and merged.response_metadata["tool_call_fallback"] is True


def test_when_auto_answers_in_prose_or_starts_a_call_then_only_a_cut_call_is_completed(tiny_dp):
    """``tool_choice="auto"`` is constrained once a call starts, and a call cut there is closed as a
    forced one is; prose is left as it is. On released texts (the random model does not start calls
    under "auto", so no decoding)."""
    spec = output_spec({"tools": [SCORE, PING], "tool_choice": "auto"})
    prose = close_answer(tiny_dp, spec, "Which ward")
    assert prose == ("Which ward", False) and parse_output(prose.text, spec) == ("Which ward", [], [])
    cut = '<tool_call>{"name":"score","arguments":{"n":4'
    closed = close_answer(tiny_dp, spec, cut)
    assert closed.completed and closed.text.startswith(cut)
    content, calls, invalid = parse_output(closed.text, spec)
    assert content == "" and invalid == [] and [c["name"] for c in calls] == ["score"]
    jsonschema.validate(calls[0]["args"], SCHEMAS["score"])
    assert close_answer(tiny_dp, output_spec({}), cut) == (cut, None)  # no grammar: nothing to close


# ------------------------------------------------------------------ auto
def test_when_tool_choice_is_auto_then_an_answer_is_prose_or_valid_calls(llm, monkeypatch):
    seen = engine_kwargs(llm, monkeypatch)
    with pytest.raises(seen["raises"]):
        llm.bind_tools(TOOLS).invoke(PROMPTS[0])
    assert seen["grammar"] is not None and seen["max_new_tokens"] == 24  # default "auto": prose is possible
    monkeypatch.undo()
    for message in llm.bind_tools(TOOLS, tool_choice="auto").batch(PROMPTS):
        assert_valid_calls(message)
        if message.tool_calls:
            assert message.content == ""
        else:
            assert message.content and not message.content.startswith("<") and not message.invalid_tool_calls


def test_when_tool_choice_is_none_then_no_grammar_and_no_tool_description(llm, monkeypatch):
    seen = engine_kwargs(llm, monkeypatch)
    with pytest.raises(seen["raises"]):
        llm.bind_tools(TOOLS, tool_choice="none").invoke(PROMPTS[0])
    assert seen["grammar"] is None and all("tool" not in m["content"] for m in seen["messages"])


# ------------------------------------------------------------------ streaming
def test_when_streamed_then_tool_call_chunks_carry_the_invoke_calls(llm):
    bound = llm.bind_tools([Paint, PING], tool_choice="required", parallel_tool_calls=False)
    chunks = list(bound.stream(PROMPTS[0]))
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged = merged + chunk
    invoked = bound.invoke(PROMPTS[0])  # same seed: same tokens
    assert [(c["name"], c["args"]) for c in merged.tool_calls] == [(c["name"], c["args"]) for c in invoked.tool_calls]
    assert any(c.tool_call_chunks for c in chunks[:-1]), "a complete call streams before the last chunk"
    assert all(len(c.tool_call_chunks) <= 1 or c is chunks[-1] for c in chunks)
    assert merged.response_metadata["dpfusion"]["tokens_emitted"] == invoked.response_metadata["dpfusion"][
        "tokens_emitted"]


def test_when_auto_answers_in_prose_then_the_prose_streams_as_it_is_decoded(llm):
    bound = llm.bind_tools(TOOLS)
    invoked = bound.invoke(PROMPTS[1])
    assert invoked.content and not invoked.tool_calls, "with this seed the tiny model answers in prose"
    chunks = [c for c in bound.stream(PROMPTS[1]) if c.content]
    assert len(chunks) > 1 and "".join(c.content for c in chunks) == invoked.content


# ------------------------------------------------------------------ structured output
@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_when_structured_output_is_a_pydantic_model_then_an_instance_comes_back(llm, method):
    assert isinstance(llm.with_structured_output(Paint, method=method).invoke(PROMPTS[0]), Paint)


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_when_structured_output_is_a_typeddict_or_json_schema_then_a_valid_dict_comes_back(llm, method):
    schema = convert_to_openai_tool(Slot)["function"]["parameters"]
    slot = llm.with_structured_output(Slot, method=method).invoke(PROMPTS[0])
    jsonschema.validate(slot, schema)
    given = SCHEMAS["score"] if method == "json_schema" else SCORE  # a bare JSON schema has no tool name
    plain = llm.with_structured_output(given, method=method).invoke(PROMPTS[0])
    jsonschema.validate(plain, SCHEMAS["score"])


def test_when_json_mode_then_a_json_object_comes_back_and_include_raw_keeps_the_message(llm):
    out = llm.with_structured_output(None, method="json_mode", include_raw=True).invoke(PROMPTS[0])
    assert isinstance(out["parsed"], dict) and out["parsing_error"] is None and isinstance(out["raw"], AIMessage)


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_when_the_budget_cuts_structured_output_and_closing_is_off_then_it_still_parses_and_says_so(llm, method):
    cut = ChatDPFusion(engine=llm.dp_engine, epsilon=4.0, max_tokens=24, structured_max_tokens=1, seed=5,
                       max_closing_tokens=0)
    schema = None if method == "json_mode" else SCORE
    parsed = cut.with_structured_output(schema, method=method).invoke(PROMPTS[0])
    raw = cut.with_structured_output(schema, method=method, include_raw=True).invoke(PROMPTS[0])
    assert raw["parsing_error"] is None and raw["parsed"] == parsed  # same seed, same answer
    meta = raw["raw"].response_metadata
    assert meta["tool_call_fallback"] is (meta["dpfusion"]["grammar_complete"] is False)
    if method == "json_mode":  # one sampled step may close an object ({}); a score needs three
        assert isinstance(parsed, dict)
    else:
        jsonschema.validate(parsed, SCHEMAS["score"])
        assert meta["tool_call_fallback"] is True and meta["finish_reason"] == "length"


async def test_when_a_streamed_pydantic_answer_is_cut_then_the_last_object_is_a_valid_instance(llm):
    cut = ChatDPFusion(engine=llm.dp_engine, epsilon=4.0, max_tokens=24, structured_max_tokens=1, seed=5,
                       max_closing_tokens=0)
    chain = cut.with_structured_output(Paint)
    streamed = [p async for p in chain.astream(PROMPTS[0])]
    assert streamed and isinstance(streamed[-1], Paint)
    assert streamed[-1] == await chain.ainvoke(PROMPTS[0])


def test_when_a_text_is_not_whole_json_or_holds_no_call_then_the_strict_parsers_raise_never_repair():
    """The parsers stay strict behind the completion: a truncated JSON text is refused, not repaired
    (partial parsing while streaming is kept), and a forced call that is missing raises, not None."""
    truncated = [Generation(text='{"n": 4, "code": "Lo')]
    with pytest.raises(OutputParserException):
        _StrictJsonOutputParser().parse_result(truncated)
    assert _StrictJsonOutputParser().parse_result(truncated, partial=True) == {"n": 4, "code": "Lo"}
    with pytest.raises(OutputParserException):
        _RequiredKeyToolsParser(key_name="score", first_tool_only=True).parse_result(
            [ChatGeneration(message=AIMessage(""))])


def test_when_structured_output_is_bound_then_the_schema_grammar_and_budget_reach_the_engine(llm, monkeypatch):
    sized = ChatDPFusion(engine=llm.dp_engine, epsilon=4.0, max_tokens=24, structured_max_tokens=40)
    seen = engine_kwargs(sized, monkeypatch)
    with pytest.raises(seen["raises"]):
        sized.with_structured_output(Paint).invoke(PROMPTS[0])
    assert seen["grammar"].kind == "json_schema" and seen["max_new_tokens"] == 40
    assert seen["messages"][0]["public"] and '"glossy"' in seen["messages"][0]["content"]
    with pytest.raises(seen["raises"]):
        sized.with_structured_output(Paint).invoke(PROMPTS[0], max_tokens=7)  # a per-call budget wins
    assert seen["max_new_tokens"] == 7


# ------------------------------------------------------------------ refused before decoding
def test_when_options_are_invalid_then_a_typed_error_comes_before_any_decoding(llm, monkeypatch):
    seen = engine_kwargs(llm, monkeypatch)
    with pytest.raises(InvalidParameterError):
        llm.bind_tools(TOOLS, tool_choice="no_such_tool")
    with pytest.raises(InvalidParameterError):
        llm.bind_tools(TOOLS).invoke(PROMPTS[0], response_format={"type": "json_object"})
    with pytest.raises(InvalidParameterError):
        llm.bind_tools(TOOLS, parallel_tool_calls="yes").invoke(PROMPTS[0])
    with pytest.raises(InvalidParameterError):
        llm.invoke(PROMPTS[0], response_format={"type": "xml"})
    with pytest.raises(InvalidParameterError):
        llm.with_structured_output(Paint, method="regex")
    with pytest.raises(InvalidParameterError):
        llm.with_structured_output(None)
    with pytest.raises(InvalidParameterError):  # a tool needs a name
        llm.with_structured_output(SCHEMAS["score"], method="function_calling")
    assert "messages" not in seen


def test_when_tool_choice_comes_in_provider_forms_then_it_is_understood(llm, monkeypatch):
    for given, expected in [(True, "any"), ({"type": "function", "function": {"name": "ping"}}, "ping"),
                            ({"type": "tool", "name": "ping"}, "ping"), ({"type": "any"}, "any")]:
        assert llm.bind_tools(TOOLS, tool_choice=given).kwargs["tool_choice"] == expected
    seen = engine_kwargs(llm, monkeypatch)
    grammars = []
    for choice in ("any", "required"):
        with pytest.raises(seen["raises"]):
            llm.bind_tools(TOOLS, tool_choice=choice).invoke(PROMPTS[0])
        grammars.append(seen["grammar"])
    assert grammars[0] == grammars[1]  # "any" is "required"


# ------------------------------------------------------------------ tool results are private data
class Record(BaseModel):
    patient_id: int = Field(description="The patient's number.")


def test_when_a_tool_returns_a_record_then_its_identifiers_are_private_like_any_message(llm, monkeypatch):
    email, phone = "ann.lee@example.org", "555-867-5309"
    history = [mark_public(HumanMessage("Look up the patient.")),
               AIMessage("", tool_calls=[{"name": "Record", "args": {"patient_id": 7}, "id": "c1", "type": "tool_call"}]),
               ToolMessage(f"Contact: {email}, phone {phone}.", tool_call_id="c1")]
    converted = convert_messages(history, public_roles=("user", "assistant", "system"))
    assert converted[-1]["public"] is False and email in converted[-1]["content"]
    results = []
    real = llm.dp_engine.generate

    def keep(messages, **kwargs):
        results.append(real(messages, **kwargs))
        return results[-1]

    monkeypatch.setattr(llm.dp_engine, "generate", keep)
    public_roles = ChatDPFusion(engine=llm.dp_engine, epsilon=4.0, max_tokens=2, seed=5,
                                public_roles=("user", "assistant", "system"))
    message = public_roles.bind_tools([Record]).invoke(history)
    public_context = results[0].redacted_text
    assert email not in public_context and phone not in public_context
    assert "Contact: [" in public_context  # each value became its type's placeholder
    assert message.response_metadata["dpfusion"]["n_groups"] >= 1
    assert email not in str(message) and phone not in str(message.response_metadata)


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_when_the_budget_cuts_structured_output_then_the_public_closing_completes_it_at_no_cost(llm, method):
    """The default closing phase finishes a cut answer from the public context alone: it parses, and
    the charge is that of the sampled budget (closing tokens are neither budgeted nor charged)."""
    cut = ChatDPFusion(engine=llm.dp_engine, epsilon=4.0, max_tokens=24, structured_max_tokens=1, seed=5)
    raw = cut.with_structured_output(SCORE, method=method, include_raw=True).invoke(PROMPTS[0])
    report = raw["raw"].response_metadata["dpfusion"]
    assert report["grammar_complete"] is True and report["tokens_closing"] > 0
    assert raw["parsing_error"] is None and raw["parsed"] is not None
    assert report["tokens_emitted"] - report["tokens_forced"] - report["tokens_closing"] <= 1
    assert raw["raw"].response_metadata["finish_reason"] != "length"
    assert raw["raw"].response_metadata["tool_call_fallback"] is False  # the model closed it, not the rule
