"""DPFusionLLM behaves as LlamaIndex expects of an LLM: metadata, complete/chat, their streaming and
async forms (which keep the event loop running), callbacks and events, prompts, and parameters."""

from __future__ import annotations

import asyncio
import time

import pytest
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.callbacks import CallbackManager
from llama_index.core.callbacks.schema import CBEventType
from llama_index.core.prompts import PromptTemplate

from dpfusion_integrations.errors import InvalidParameterError
from li_helpers import CANARY_NAME, Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.llms.dpfusion import PUBLIC_FLAG, DPFusionLLM, mark_public, private_reference

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'


@pytest.fixture
def llm(tiny_dp):
    return DPFusionLLM(engine=tiny_dp, epsilon=4.0, max_new_tokens=8, seed=3)


@pytest.fixture
def slow_engine(tiny_dp, monkeypatch):
    """The engine's decode made slow and blocking, to see whether the event loop keeps running."""
    original = type(tiny_dp).generate

    def slow(self, *args, **kwargs):
        time.sleep(0.5)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(tiny_dp), "generate", slow)
    return tiny_dp


async def ticks_during(awaitable) -> tuple[int, object]:
    """(times a 10 ms ticker ran while ``awaitable`` was awaited, its result). A call that blocks the
    loop never suspends, so the ticker cannot run at all before it returns (0 ticks, checked by
    hand with an inline ``to_thread``); the slow engine keeps a non-blocking call busy for 0.5 s,
    about 50 ticks on an idle machine, but a loaded CI machine or busy threads may starve them,
    so the tests only require more than zero."""
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        result = await awaitable
        return ticks, result
    finally:
        task.cancel()
        await asyncio.sleep(0)


def test_when_asked_for_metadata_then_it_describes_the_local_model(llm):
    meta = llm.metadata
    assert (meta.context_window, meta.num_output, meta.model_name) == (512, 8, "tiny-llama")
    assert meta.is_chat_model and meta.is_function_calling_model
    assert DPFusionLLM(engine=llm.dp_engine, context_window=300).metadata.context_window == 300


def test_when_completing_then_the_report_rides_in_additional_kwargs_and_raw(llm):
    response = llm.complete(PROMPT)
    record = response.additional_kwargs[DPFUSION_KEY]
    assert record["report"]["epsilon"] <= 4.0 and record["report"]["n_groups"] == 1
    assert record["report"]["tagger"].endswith("inline-markup") and response.raw[DPFUSION_KEY] == record
    assert response.additional_kwargs["completion_tokens"] == record["report"]["tokens_emitted"]
    assert leaked(repr(response.additional_kwargs) + repr(response.raw)) == []


def test_when_chatting_then_the_answer_is_flagged_public_and_carries_the_report(llm):
    response = llm.chat([ChatMessage(role=MessageRole.USER, content=PROMPT)])
    assert response.message.role == MessageRole.ASSISTANT and response.message.additional_kwargs[PUBLIC_FLAG]
    assert response.additional_kwargs[DPFUSION_KEY]["report"]["units"]
    assert response.message.content == llm.complete(PROMPT).text  # same seed, same conversation


def test_when_streaming_then_the_deltas_add_up_to_the_final_answer(llm):
    chunks = list(llm.stream_complete(PROMPT))
    assert "".join(c.delta or "" for c in chunks) == chunks[-1].text == llm.complete(PROMPT).text
    assert DPFUSION_KEY in chunks[-1].additional_kwargs
    chat_chunks = list(llm.stream_chat([ChatMessage(role=MessageRole.USER, content=PROMPT)]))
    assert "".join(c.delta or "" for c in chat_chunks) == chat_chunks[-1].message.content == chunks[-1].text


def test_when_streaming_with_a_stop_string_then_the_stream_equals_the_cut_answer(tiny_dp):
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=24, seed=11)
    full = llm.complete(PROMPT).text
    stop = full[3:5] if len(full) > 5 else "zz"
    chunks = list(llm.stream_complete(PROMPT, stop=[stop]))
    assert "".join(c.delta or "" for c in chunks) == chunks[-1].text == llm.complete(PROMPT, stop=[stop]).text
    assert stop not in chunks[-1].text


async def test_when_awaited_then_the_event_loop_keeps_running(slow_engine):
    llm = DPFusionLLM(engine=slow_engine, max_new_tokens=4, seed=3)
    ticks, response = await ticks_during(llm.acomplete(PROMPT))
    assert ticks > 0 and response.text == llm.complete(PROMPT).text
    ticks, chat = await ticks_during(llm.achat([ChatMessage(role=MessageRole.USER, content=PROMPT)]))
    assert ticks > 0 and chat.message.content == response.text


async def test_when_streamed_async_then_the_loop_runs_and_deltas_add_up(slow_engine):
    llm = DPFusionLLM(engine=slow_engine, max_new_tokens=6, seed=3)

    async def collect(stream_coro):
        return [c async for c in await stream_coro]

    ticks, chunks = await ticks_during(collect(llm.astream_complete(PROMPT)))
    assert ticks > 0 and "".join(c.delta or "" for c in chunks) == chunks[-1].text == llm.complete(PROMPT).text
    messages = [ChatMessage(role=MessageRole.USER, content=PROMPT)]
    ticks, chat = await ticks_during(collect(llm.astream_chat(messages)))
    assert ticks > 0 and chat[-1].message.content == chunks[-1].text
    assert DPFUSION_KEY in chat[-1].additional_kwargs


def test_when_called_then_llm_events_callbacks_and_a_spend_event_are_emitted(tiny_dp):
    rec = Recorders()
    try:
        manager = CallbackManager([rec.callbacks])
        llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=4, seed=1, callback_manager=manager)
        llm.chat([ChatMessage(role=MessageRole.USER, content=PROMPT)])
        list(llm.stream_complete(PROMPT))
    finally:
        rec.detach()
    names = rec.events.names
    assert {"LLMChatStartEvent", "LLMChatEndEvent", "LLMCompletionEndEvent"} <= set(names)
    assert names.count("PrivacySpendEvent") == 2
    assert rec.callbacks.types.count(CBEventType.LLM) == 2


def test_when_used_through_a_prompt_template_then_predict_works(llm):
    answer = llm.predict(PromptTemplate("Summarize: {text}"), text=PROMPT)
    assert isinstance(answer, str)


def test_when_a_message_is_public_then_it_is_not_tagged_and_costs_nothing(llm):
    message = mark_public(ChatMessage(role=MessageRole.USER, content="What is the capital of France?"))
    report = llm.chat([message]).additional_kwargs[DPFUSION_KEY]["report"]
    assert report["n_groups"] == 0 and report["units"] == []  # nothing private: no unit is charged


def test_when_context_is_passed_by_reference_then_events_see_only_the_id(tiny_dp):
    notes = {"rec-7": f'<private group="PERSON">{CANARY_NAME}</private> has asthma.'}
    llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=4, seed=2, resolver=notes.get)
    rec = Recorders()
    try:
        response = llm.chat([ChatMessage(role=MessageRole.USER, content=f"Summarize {private_reference('rec-7')}")])
    finally:
        rec.detach()
    report = response.additional_kwargs[DPFUSION_KEY]["report"]
    [alias] = report["units"]  # the referenced id, charged under a per-call alias
    assert alias.startswith("a_") and "rec-7" not in alias and report["n_groups"] == 1
    assert "{{private:rec-7}}" in rec.events.dump() and leaked(rec.dump()) == []
    with pytest.raises(InvalidParameterError, match="rec-8"):
        llm.chat([ChatMessage(role=MessageRole.USER, content=private_reference("rec-8"))])


def test_when_overrides_are_given_then_they_apply_per_call(llm):
    report = llm.complete(PROMPT, epsilon=2.0, max_new_tokens=3).additional_kwargs[DPFUSION_KEY]["report"]
    assert report["epsilon"] <= 2.0 and report["max_new_tokens"] == 3


def test_when_a_temperature_is_set_then_the_engine_view_samples_at_it(tiny_dp):
    llm = DPFusionLLM(engine=tiny_dp, temperature=0.7, max_new_tokens=3, seed=1)
    assert llm._engine_for_call().temperature == 0.7 and tiny_dp.temperature == 1.0
    assert llm.complete(PROMPT).text == llm.complete(PROMPT).text


def test_when_a_field_is_misspelled_then_construction_fails(tiny_dp):
    with pytest.raises(ValueError):
        DPFusionLLM(engine=tiny_dp, epsilom=1.0)


def test_when_shown_or_serialized_then_private_attributes_stay_hidden(tiny_dp):
    notes = {"rec-7": f"{CANARY_NAME} has asthma."}
    llm = DPFusionLLM(engine=tiny_dp, resolver=lambda ref: notes[ref], max_new_tokens=2)
    shown = f"{llm!r} {llm} {llm.to_json()} {llm.to_payload()} {llm.metadata!r}"
    assert leaked(shown) == [] and "resolver" not in llm.to_json()
