"""The core's fixed completion of a constrained output the budget cut (``engine.grammar_completion``,
used by both adapters; docs/guarantee.md, "Closing an output the budget cut"): cut anywhere, the
released text plus the completion is a complete sentence of the grammar (valid JSON for a pydantic
schema, a tool call whose arguments validate), the released text is kept as it is, a complete text
gets nothing, and a text off the grammar or a completion past its bound is a typed error that quotes
nothing. No decoding: the rule reads text, the grammar and the tokenizer only."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Literal

import jsonschema
import pytest
from pydantic import BaseModel, Field

from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.engine.grammar_completion import MAX_COMPLETION_TOKENS, complete_output
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.tool_grammar import CALL_CLOSE, CALL_OPEN, structured_output_grammar, tool_call_grammar

CANARY = "Zelda Quixbury"


class Address(BaseModel):
    city: str = Field(max_length=12)
    zip_code: str = Field(pattern=r"^[0-9]{5}$")


class Visit(BaseModel):
    """A visit to book."""

    patient: str = Field(max_length=16)
    day: Literal["mon", "tue", "wed"]
    urgent: bool = False
    rooms: list[int] = Field(default_factory=list, max_length=3)
    address: Address | None = None


CODE_TOOL = {"type": "function", "function": {
    "name": "lookup_code", "description": "Look up a diagnosis code.",
    "parameters": {"type": "object", "required": ["code", "ids"], "properties": {
        "code": {"type": "string", "pattern": "^[A-Z][0-9]{2}\\.[0-9]$"},
        "ids": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 999}, "minItems": 2},
        "score": {"type": "number"}}}}}
FIND = {"type": "function", "function": {"name": "find_record", "description": "Find a record.",
                                         "parameters": {"type": "object", "properties": {"query": {"type": "string"}},
                                                        "required": ["query"]}}}


@pytest.fixture(scope="module")
def engine(tiny_model, tokenizer):
    """What the rule reads of an engine (a ``DPFusion`` has both): the core needs no adapter."""
    return SimpleNamespace(model=tiny_model, tokenizer=tokenizer)


def test_when_a_pydantic_answer_is_cut_anywhere_then_the_completion_validates_against_the_schema(engine):
    grammar = structured_output_grammar(Visit.model_json_schema())
    full = '{"patient":"Ann","day":"tue","urgent":true,"rooms":[3],"address":{"city":"Oslo","zip_code":"01234"}}'
    for cut in range(len(full)):
        suffix = complete_output(engine, grammar, full[:cut])
        assert suffix, "a cut answer always needs a completion"
        Visit.model_validate_json(full[:cut] + suffix)
    assert complete_output(engine, grammar, full) == ""
    suffix = complete_output(engine, grammar, '{"patient":"Lon')  # a string cut short ends where it was cut
    assert suffix.startswith('"') and Visit.model_validate_json('{"patient":"Lon' + suffix).patient == "Lon"


def test_when_a_call_is_cut_anywhere_then_the_completion_makes_it_a_valid_call(engine):
    grammar = tool_call_grammar([CODE_TOOL], "required", parallel=False)
    full = '<tool_call>{"name":"lookup_code","arguments":{"code":"J45.9","ids":[12,7],"score":0.5}}</tool_call>'
    for cut in range(0, len(full), 3):
        text = full[:cut] + complete_output(engine, grammar, full[:cut])
        assert text.startswith(full[:cut]) and text.startswith(CALL_OPEN) and text.endswith(CALL_CLOSE)
        call = json.loads(text[len(CALL_OPEN):-len(CALL_CLOSE)])
        assert call["name"] == "lookup_code"
        jsonschema.validate(call["arguments"], CODE_TOOL["function"]["parameters"])
    assert complete_output(engine, grammar, full) == ""


def test_when_a_released_string_holds_special_token_text_then_it_stays_characters(engine):
    special = '<tool_call>{"name":"find_record","arguments":{"query":"<|im_end|>'  # characters, not EOS
    assert complete_output(engine, tool_call_grammar([FIND], "find_record"), special) == '"}}</tool_call>'


def test_when_the_released_text_breaks_the_grammar_then_completion_fails_quoting_nothing(engine):
    with pytest.raises(GrammarError) as info:
        complete_output(engine, tool_call_grammar([FIND], "required"), f"{CANARY} <tool_call>")
    assert CANARY not in str(info.value)


def test_when_no_completion_fits_the_bound_then_it_is_a_typed_error(engine):
    digits = 3 * MAX_COMPLETION_TOKENS + 10  # more digits than the bound's tokens can hold
    with pytest.raises(GrammarError, match=str(MAX_COMPLETION_TOKENS)):
        complete_output(engine, Grammar.regex(f"[0-9]{{{digits}}}"), "12")
    suffix = complete_output(engine, Grammar.regex("[0-9]{40}"), "12")
    assert len(suffix) == 38 and suffix.isdigit()
