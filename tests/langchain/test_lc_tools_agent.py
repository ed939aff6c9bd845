"""ChatDPFusion with tools on the embedded SmolLM2: a LangChain agent that calls a tool and finishes,
and structured output whose grammar-forced tokens are free. Few dozen tokens each."""

from __future__ import annotations

from typing import Literal

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool
from pydantic import BaseModel

from langchain_dpfusion import ChatDPFusion, mark_public

pytestmark = pytest.mark.e2e


def test_when_an_agent_runs_then_it_calls_the_tool_with_valid_arguments_and_finishes(smol_dp):
    agents = pytest.importorskip("langchain.agents", reason="needs the `langchain` package (create_agent)")
    from langchain.agents.middleware import wrap_model_call

    looked_up: list[int] = []

    @tool
    def ward_of(patient_number: int) -> str:
        """The ward and contact phone of a patient, by patient number."""
        looked_up.append(patient_number)
        return "Ward 3; next of kin Ann Lee, phone 555-867-5309."

    @wrap_model_call
    def call_then_answer(request, handler):
        """First turn: a tool call is required; once a result is in: answer in prose."""
        answered = any(isinstance(m, ToolMessage) for m in request.messages)
        return handler(request.override(tool_choice="none" if answered else "required"))

    llm = ChatDPFusion(engine=smol_dp, epsilon=8.0, max_tokens=6, structured_max_tokens=8, seed=0)
    agent = agents.create_agent(llm, [ward_of], middleware=[call_then_answer])
    state = agent.invoke({"messages": [mark_public(HumanMessage("Which ward is patient number 42 in?"))]})

    messages = state["messages"]
    call_message, tool_message, answer = messages[1], messages[2], messages[-1]
    assert len(looked_up) == 1 and isinstance(looked_up[0], int)
    assert call_message.tool_calls[0]["name"] == "ward_of" and call_message.response_metadata["dpfusion"][
        "tokens_forced"] > 0
    assert isinstance(tool_message, ToolMessage) and tool_message.tool_call_id == call_message.tool_calls[0]["id"]
    assert isinstance(answer, AIMessage) and answer.content and not answer.tool_calls and len(messages) == 4
    # The only private data of the last turn is the tool's result: it was tagged like any message.
    assert answer.response_metadata["dpfusion"]["n_groups"] >= 1


class Triage(BaseModel):
    """Triage of a patient note."""

    urgency: Literal["low", "medium", "high"]
    department: Literal["cardiology", "dermatology", "orthopedics"]
    follow_up_days: int


def test_when_structured_output_is_decoded_then_it_validates_and_forced_tokens_are_not_charged(smol_dp):
    llm = ChatDPFusion(engine=smol_dp, epsilon=8.0, max_tokens=64, structured_max_tokens=12, seed=0)
    out = llm.with_structured_output(Triage, include_raw=True).invoke(
        'Patient <private group="PERSON">Ann Lee</private> has chest pain since this morning.')
    assert out["parsing_error"] is None and isinstance(out["parsed"], Triage)
    report = out["raw"].response_metadata["dpfusion"]
    assert report["max_new_tokens"] == 12 and report["n_groups"] == 1
    sampled = report["tokens_emitted"] - report["tokens_forced"] - report["tokens_closing"]
    assert 0 < sampled <= 12 < report["tokens_emitted"]  # keys and punctuation were forced, at no cost
