"""Red team, tool options that must never be silently ignored (issue 16).

A ``tool_choice`` decides the grammar an answer is decoded under: ``"none"`` must keep the tools
away from the model, ``"required"`` / ``"any"`` must force a call. Providers spell these as strings
or as dicts (OpenAI ``{"type": "function", "function": {"name": ...}}``, Anthropic
``{"type": "any" | "auto" | "none" | "tool", ...}``); each form must mean what it says, and a form
nobody understands must be an error before anything is reserved or decoded, never a quiet
``"auto"``. A forced choice with no tool to call cannot be honoured either: it is refused, not
answered in free text.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from llama_index.core.tools import FunctionTool

from dpfusion_integrations.errors import InvalidParameterError
from langchain_dpfusion import ChatDPFusion
from llama_index.llms.dpfusion.options import call_options


def lookup(city: str) -> str:
    """Look up a city."""
    return city


def other(n: int) -> int:
    """Another tool."""
    return n


TOOLS = [FunctionTool.from_defaults(fn=lookup), FunctionTool.from_defaults(fn=other)]
DEFAULTS = {"epsilon": 1.0, "delta": 1e-5, "max_new_tokens": 8, "seed": None, "units": None, "stop": None}


def options(**kwargs: Any) -> Any:
    return call_options(kwargs, **DEFAULTS)


@pytest.mark.parametrize("choice", ["required", "any", {"type": "any"}, {"type": "required"}])
def test_when_a_llama_index_call_must_call_some_tool_then_every_form_forces_a_call(choice):
    call = options(tools=TOOLS, tool_choice=choice)
    assert call.required and call.grammar is not None and call.forced is None


@pytest.mark.parametrize("choice", ["other", {"type": "tool", "name": "other"}, {"name": "other"},
                                    {"type": "function", "function": {"name": "other"}},
                                    {"function": {"name": "other"}}])
def test_when_a_llama_index_call_names_a_tool_then_every_form_forces_that_tool(choice):
    call = options(tools=TOOLS, tool_choice=choice)
    assert call.required and call.forced == "other"


@pytest.mark.parametrize("choice", ["none", {"type": "none"}])
def test_when_a_llama_index_call_says_none_then_no_tool_reaches_the_model(choice):
    call = options(tools=TOOLS, tool_choice=choice)
    assert call.specs == [] and call.grammar is None and not call.required


@pytest.mark.parametrize("choice", [None, "auto", {"type": "auto"}])
def test_when_a_llama_index_call_leaves_the_choice_to_the_model_then_it_is_auto(choice):
    call = options(tools=TOOLS, tool_choice=choice)
    assert call.grammar is not None and not call.required and len(call.specs) == 2


@pytest.mark.parametrize("choice", [{"type": "function"}, {"type": "function", "function": {}}, {"name": 3},
                                    {"type": "tool"}, {"type": "sometimes"}, {}, ["lookup"]])
def test_when_a_llama_index_tool_choice_form_is_not_understood_then_it_is_refused(choice):
    with pytest.raises(InvalidParameterError):
        options(tools=TOOLS, tool_choice=choice)


@pytest.fixture
def no_decode(tiny_dp, monkeypatch):
    """Fails the test if anything is decoded."""
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("decoded although the call should have been refused")

    monkeypatch.setattr(tiny_dp, "generate", refuse)
    monkeypatch.setattr(tiny_dp, "generate_many", refuse)
    return tiny_dp


@pytest.mark.parametrize("choice", ["required", "any", "lookup", True, {"type": "any"},
                                    {"type": "function", "function": {"name": "lookup"}}])
def test_when_a_langchain_call_forces_a_tool_call_without_tools_then_it_is_refused_before_decoding(no_decode,
                                                                                                   choice):
    llm = ChatDPFusion(engine=no_decode, max_tokens=4)
    for call in (lambda: llm.invoke([HumanMessage("hi")], tool_choice=choice),
                 lambda: llm.bind(tool_choice=choice).invoke("hi"),
                 lambda: llm.batch(["hi"], tool_choice=choice),
                 lambda: list(llm.stream("hi", tool_choice=choice))):
        with pytest.raises(InvalidParameterError):
            call()


@pytest.mark.parametrize("choice", [None, "auto", "none", False])
def test_when_a_langchain_call_without_tools_leaves_tools_optional_then_it_is_accepted(tiny_dp, choice):
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=1, seed=1)
    assert llm.invoke("hi", tool_choice=choice).tool_calls == []
