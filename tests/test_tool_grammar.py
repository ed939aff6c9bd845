"""Tool-call and structured-output grammars (dpfusion_integrations/tool_grammar.py): every output the
masks allow up to EOS is a sequence of ``<tool_call>`` blocks whose calls name a bound tool and whose
arguments validate against that tool's schema ("auto" may also be prose)."""

from __future__ import annotations

import json
import re

import jsonschema
import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.engine.grammar import compiler_for
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.tool_grammar import (
    CALL_CLOSE,
    CALL_OPEN,
    closed,
    json_mode_grammar,
    structured_output_grammar,
    tool_call_grammar,
)

TOOLS = [
    {"type": "function", "function": {"name": "lookup_patient", "description": "Find a record",
                                      "parameters": {"type": "object", "properties": {"ref": {"type": "string",
                                                                                              "maxLength": 8}},
                                                     "required": ["ref"]}}},
    {"name": "schedule", "parameters": {"type": "object", "properties": {
        "when": {"type": "object", "properties": {"day": {"enum": ["mon", "tue"]}, "hour": {"type": "integer",
                                                                                            "minimum": 8,
                                                                                            "maximum": 17}},
                 "required": ["day", "hour"]},
        "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2}}, "required": ["when"]}},
    {"type": "function", "function": {"name": "ping"}},  # no parameters: an empty object
]
_BLOCK = re.compile(re.escape(CALL_OPEN) + r"(.*?)" + re.escape(CALL_CLOSE), re.DOTALL)


@pytest.fixture(scope="module")
def compiler(smol):
    model, tokenizer = smol
    return compiler_for(tokenizer, vocab_size=model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])


def _walk(compiled, eos: int, seed: int, *, limit: int = 160, prefer: list[int] | None = None):
    """Uniform random walk over allowed tokens (EOS taken with probability 1/2 when allowed)."""
    rng = np.random.default_rng(seed)
    matcher, out = compiled.matcher(), []
    for tok in prefer or []:
        matcher.consume(tok)
        out.append(tok)
    for _ in range(limit):
        choices = torch.nonzero(matcher.allowed()).flatten().tolist()
        if eos in choices and (len(choices) == 1 or rng.random() < 0.5):
            return out, True
        tok = int(rng.choice([c for c in choices if c != eos]))
        matcher.consume(tok)
        out.append(tok)
    return out, False


def _schemas():
    from dpfusion_integrations.tool_grammar import _parameters, tool_name

    return {tool_name(t): closed(_parameters(t)) for t in TOOLS}


@pytest.mark.parametrize("choice", ["required", "any", "schedule"])
@settings(max_examples=6, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_required_and_named_choices_always_give_valid_calls(compiler, tokenizer, choice, seed):
    tokens, ended = _walk(compiler.compile(tool_call_grammar(TOOLS, choice)), tokenizer.eos_token_id, seed)
    if not ended:
        return  # a walk may wander in a free string; validity of what ends is the property
    text = tokenizer.decode(tokens)
    blocks = _BLOCK.findall(text)
    assert blocks and "".join(CALL_OPEN + b + CALL_CLOSE for b in blocks) == text
    for block in blocks:
        call = json.loads(block)
        assert set(call) == {"name", "arguments"}
        assert choice not in {"schedule"} or call["name"] == "schedule"
        jsonschema.validate(call["arguments"], _schemas()[call["name"]])


@settings(max_examples=6, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_without_parallel_calls_exactly_one_call_is_made(compiler, tokenizer, seed):
    tokens, ended = _walk(compiler.compile(tool_call_grammar(TOOLS, "required", parallel=False)),
                          tokenizer.eos_token_id, seed)
    if ended:
        assert len(_BLOCK.findall(tokenizer.decode(tokens))) == 1


def test_auto_is_prose_or_calls_decided_at_the_first_token(compiler, tokenizer):
    compiled = compiler.compile(tool_call_grammar(TOOLS, "auto"))
    allowed = compiled.matcher().allowed()
    assert allowed.sum() > 1000  # prose is open
    matcher = compiled.matcher()
    (lt,) = tokenizer.encode("<", add_special_tokens=False)
    matcher.consume(lt)  # prose may not start with "<": this can only be a call
    after = [tokenizer.decode([t]) for t in torch.nonzero(matcher.allowed()).flatten().tolist()]
    assert after and all(CALL_OPEN[1:].startswith(piece) for piece in after)
    start = tokenizer.encode(CALL_OPEN, add_special_tokens=False)
    tokens, ended = _walk(compiled, tokenizer.eos_token_id, 7, prefer=start)
    if ended:  # once a call starts, it is constrained like "required"
        for block in _BLOCK.findall(tokenizer.decode(tokens)):
            call = json.loads(block)
            jsonschema.validate(call["arguments"], _schemas()[call["name"]])


def test_none_and_no_tools_mean_no_grammar():
    assert tool_call_grammar(TOOLS, "none") is None and tool_call_grammar(TOOLS, None) is None
    assert tool_call_grammar([], "required") is None


@pytest.mark.parametrize("tools, choice", [
    (TOOLS, "no_such_tool"),
    ([{"type": "function", "function": {"description": "nameless"}}], "required"),
    ([{"name": "a"}, {"name": "a"}], "required"),
    ([{"name": "a", "parameters": "not a schema"}], "required"),
])
def test_bad_tool_bindings_are_typed_errors(tools, choice):
    with pytest.raises(GrammarError):
        tool_call_grammar(tools, choice)


def test_closed_adds_additional_properties_false_only_where_unspecified():
    schema = {"type": "object", "properties": {"a": {"type": "object", "properties": {"x": {"type": "integer"}}},
                                               "b": {"type": "object", "additionalProperties": True},
                                               "c": {"type": "array", "items": {"type": "object",
                                                                                "properties": {}}}},
              "$defs": {"D": {"type": "object", "properties": {"y": {"const": {"type": "object"}}}}}}
    out = closed(schema)
    assert out["additionalProperties"] is False
    assert out["properties"]["a"]["additionalProperties"] is False
    assert out["properties"]["b"]["additionalProperties"] is True
    assert out["properties"]["c"]["items"]["additionalProperties"] is False
    assert out["$defs"]["D"]["additionalProperties"] is False
    assert out["$defs"]["D"]["properties"]["y"] == {"const": {"type": "object"}}  # values are not schemas
    assert schema["properties"]["a"].get("additionalProperties") is None  # the input is not modified


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_structured_output_and_json_mode_give_valid_json(compiler, tokenizer, seed):
    schema = {"type": "object", "properties": {"title": {"type": "string", "maxLength": 6},
                                               "score": {"type": "integer", "minimum": 0, "maximum": 5}},
              "required": ["title", "score"], "additionalProperties": False}
    tokens, ended = _walk(compiler.compile(structured_output_grammar(schema)), tokenizer.eos_token_id, seed)
    assert ended
    jsonschema.validate(json.loads(tokenizer.decode(tokens)), schema)
    tokens, ended = _walk(compiler.compile(json_mode_grammar()), tokenizer.eos_token_id, seed, limit=40)
    if ended:
        assert isinstance(json.loads(tokenizer.decode(tokens)), dict)


def test_nested_pydantic_parameters_are_inlined_and_compile(compiler, tokenizer):
    from pydantic import BaseModel

    class Address(BaseModel):
        city: str
        zip: str

    class Patient(BaseModel):
        ref: str
        home: Address

    tools = [{"name": "register", "parameters": Patient.model_json_schema()}]
    assert "$defs" in tools[0]["parameters"]
    compiled = compiler.compile(tool_call_grammar(tools, "required"))  # dangling "#/$defs/..." would fail here
    tokens, ended = _walk(compiled, tokenizer.eos_token_id, 3, limit=400)
    if ended:
        for block in _BLOCK.findall(tokenizer.decode(tokens)):
            Patient.model_validate(json.loads(block)["arguments"])
