"""ChatDPFusion behaviour on the tiny engine: conversions, tool calls, streaming, stop, batching,
async, metadata and parameters."""

from __future__ import annotations

import asyncio
import time

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from langchain_dpfusion import ChatDPFusion, mark_public
from langchain_dpfusion._messages import convert_messages, parse_tool_calls, tools_system_message

PROMPT = 'Summarize: <private group="PERSON">Ann Lee</private> has asthma.'


@pytest.fixture
def llm(tiny_dp):
    return ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=8, seed=3)


def test_when_invoked_then_report_usage_and_model_name_are_attached(llm):
    msg = llm.invoke(PROMPT)
    meta = msg.response_metadata
    assert meta["model_name"] == "SmolLM2-135M-Instruct" and meta["dpfusion"]["epsilon"] <= 4.0
    assert meta["dpfusion"]["n_groups"] == 1 and "inline-markup" in meta["dpfusion"]["tagger"]
    assert msg.usage_metadata["output_tokens"] == meta["dpfusion"]["tokens_emitted"]
    assert "Ann Lee" not in str(meta)


def test_when_streamed_then_chunks_add_up_to_the_invoke_answer(llm):
    chunks = list(llm.stream(PROMPT))
    whole = chunks[0]
    for c in chunks[1:]:
        whole = whole + c
    assert whole.content == llm.invoke(PROMPT).content
    assert whole.response_metadata["dpfusion"]["epsilon"] <= 4.0 and whole.usage_metadata is not None


def test_when_batched_then_the_engine_decodes_all_prompts_in_one_call(llm, tiny_dp, monkeypatch):
    calls = []
    original = type(tiny_dp).generate_many

    def spy(self, conversations, **kw):
        calls.append(len(conversations))
        return original(self, conversations, **kw)

    monkeypatch.setattr(type(tiny_dp), "generate_many", spy)
    out = llm.batch([PROMPT, "Hello <private>Bo</private>", "Hi"])
    assert calls == [3] and len(out) == 3 and all(isinstance(m, AIMessage) for m in out)
    assert out[0].content == llm.invoke(PROMPT).content  # seed + i: first prompt draws as a lone call


async def test_when_awaited_then_the_event_loop_keeps_running(llm):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    task = asyncio.create_task(ticker())
    msg = await llm.ainvoke(PROMPT)
    streamed = [c async for c in llm.astream(PROMPT)]
    task.cancel()
    assert ticks > 5
    assert msg.content == "".join(c.content for c in streamed)


def test_when_stop_given_then_text_is_cut_there(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=12, seed=3)
    full = llm.invoke(PROMPT).content
    assert len(full) > 4
    stop = full[2:4]
    cut = llm.invoke(PROMPT, stop=[stop]).content
    assert cut == full[: full.find(stop)]
    assert "".join(c.content for c in llm.stream(PROMPT, stop=[stop])) == cut


def test_when_messages_convert_then_roles_and_public_flags_follow():
    msgs = [SystemMessage("Be brief."), mark_public(HumanMessage("hi")), AIMessage("", tool_calls=[
        {"name": "add", "args": {"a": 1}, "id": "c1", "type": "tool_call"}]), ToolMessage("2", tool_call_id="c1")]
    out = convert_messages(msgs, public_roles=("system",))
    assert [m["role"] for m in out] == ["system", "user", "assistant", "tool"]
    assert [m["public"] for m in out] == [True, True, False, False]
    assert '<tool_call>{"name": "add", "arguments": {"a": 1}}</tool_call>' in out[2]["content"]


def test_when_output_holds_a_tool_call_then_it_is_parsed():
    content, calls = parse_tool_calls('ok <tool_call>{"name": "add", "arguments": {"a": 1, "b": 2}}</tool_call>',
                                      ["add"])
    assert content == "ok" and calls[0]["name"] == "add" and calls[0]["args"] == {"a": 1, "b": 2}
    assert parse_tool_calls('<tool_call>{"name": "rm", "arguments": {}}</tool_call>', ["add"])[1] == []
    assert parse_tool_calls("<tool_call>{not json}</tool_call>", ["add"])[1] == []


def test_when_tools_are_bound_then_they_are_described_publicly_and_calls_come_back(llm, monkeypatch):
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    seen = {}

    def fake_generate(messages, **kw):
        seen["messages"] = messages
        from dpfusion_integrations import PrivatizationResult

        real = llm.dp_engine.__class__.generate(llm.dp_engine, messages, **kw)
        return PrivatizationResult(text='<tool_call>{"name":"add","arguments":{"a":2,"b":3}}</tool_call>',
                                   redacted_text=real.redacted_text, report=real.report)

    monkeypatch.setattr(llm.dp_engine, "generate", fake_generate)
    msg = llm.bind_tools([add], tool_choice="add").invoke(PROMPT)
    assert msg.tool_calls[0]["name"] == "add" and msg.tool_calls[0]["args"] == {"a": 2, "b": 3}
    system = seen["messages"][0]
    assert system["public"] and '"name": "add"' in system["content"] and "must call the tool 'add'" in system["content"]
    assert tools_system_message([{"name": "x", "parameters": {}}], "auto")["content"].count("must call") == 0


def test_when_temperature_is_zero_then_sampling_stays_randomized(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, temperature=0, epsilon=4.0, max_tokens=4)
    assert llm._engine_for_call().temperature == pytest.approx(0.05)
    assert llm._get_ls_params()["ls_temperature"] == 0


def test_when_secret_given_then_it_never_shows(tiny_dp):
    llm = ChatDPFusion(engine=tiny_dp, api_key="sk-secret-123")
    assert "sk-secret-123" not in str(llm) and "sk-secret-123" not in repr(llm)


def test_when_model_is_constructed_then_no_weights_load_until_used():
    start = time.perf_counter()
    llm = ChatDPFusion(model="/nonexistent/model", max_tokens=5)
    assert time.perf_counter() - start < 1.0
    assert llm._llm_type == "dpfusion"


def test_when_a_text_is_declared_public_then_only_that_exact_message_is_public():
    prompt = "You answer questions about clinical records in one sentence."
    msgs = [SystemMessage(prompt), SystemMessage(prompt + "\nMemory: Ann Lee called on 2026-03-01."),
            HumanMessage(prompt)]
    out = convert_messages(msgs, public_texts=(prompt,))
    # Bound to the content: the exact text is public in any role; text added to it makes it private.
    assert [m["public"] for m in out] == [True, False, True]


def test_when_a_tool_result_is_converted_then_it_names_the_tool_not_its_random_call_id():
    out = convert_messages([ToolMessage("2", tool_call_id="call_8f3KqZ1xv", name="add"),
                            ToolMessage("3", tool_call_id="call_Zk2")])
    assert [m["content"] for m in out] == ["Result of add: 2", "Result of the tool: 3"]
    assert all("call_" not in m["content"] for m in out)
