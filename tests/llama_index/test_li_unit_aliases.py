"""Stable privacy-unit ids never leave the boundary through the LlamaIndex adapter: spend events, node
metadata, response kwargs, the LLM's serialization and errors carry per-call aliases only (fresh for
every call, so two calls on one person cannot be linked). The handlers key totals by alias unless an
operator asks for the operator view."""

from __future__ import annotations

import pytest
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, TextNode

from dpfusion_integrations import BudgetExceededError
from li_helpers import CANARY_NAME, Recorders
from llama_index.callbacks.dpfusion import DPFUSION_KEY, DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.llms.dpfusion import DPFusionLLM
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor

ledger_module = pytest.importorskip("dpfusion_integrations.ledger")

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'
STABLE = "patient-483920"
UNIT_KEY = b"k" * 32  # the tiny engine's


@pytest.fixture
def ledger(tmp_path):
    with ledger_module.PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as handle:
        yield handle


def test_when_the_llm_charges_a_stable_unit_then_only_aliases_leave(tiny_dp, ledger):
    rec = Recorders(deep=True)
    budget, operator = DPFusionEventHandler().attach(), DPFusionEventHandler(operator_view=True,
                                                                            unit_key=UNIT_KEY).attach()
    legacy = DPFusionCallbackHandler()
    try:
        llm = DPFusionLLM(engine=tiny_dp, ledger=ledger, units=[STABLE], max_new_tokens=3, seed=1,
                          callback_manager=CallbackManager([rec.callbacks, legacy]))
        responses = [llm.chat([ChatMessage(role=MessageRole.USER, content=PROMPT)]), llm.complete(PROMPT)]
        responses.append(list(llm.stream_complete(PROMPT))[-1])
    finally:
        budget.detach()
        operator.detach()
        rec.detach()
    outside = rec.dump() + "".join(f"{r.additional_kwargs!r} {r.raw!r}" for r in responses) + repr(llm)
    assert STABLE not in outside and STABLE not in llm.to_json()
    aliases = [r.additional_kwargs[DPFUSION_KEY]["report"]["units"][0] for r in responses]
    assert len(set(aliases)) == 3 and all(a.startswith("a_") for a in aliases)  # fresh in every call
    assert set(budget.summary().epsilon_per_unit) == set(aliases) == set(legacy.summary().epsilon_per_unit)
    assert set(operator.summary().epsilon_per_unit) == {STABLE}  # the operator view composes the person
    assert operator.epsilon(STABLE) == pytest.approx(ledger.spent(STABLE, 1e-5), rel=1e-3)


def test_when_nodes_are_charged_to_records_then_metadata_and_events_carry_aliases(tiny_dp):
    node = TextNode(text=f'<private group="PERSON">{CANARY_NAME}</private> has asthma.', metadata={"record_id": STABLE})
    privatizer = DPFusionPostprocessor(engine=tiny_dp, max_new_tokens=3, seed=2, cache=False,
                                       unit_metadata_key="record_id")
    rec = Recorders()
    try:
        out = [privatizer.postprocess_nodes([NodeWithScore(node=node)])[0] for _ in range(2)]
    finally:
        rec.detach()
    shown = rec.events.dump() + "".join(n.node.model_dump_json() for n in out)
    assert STABLE not in shown
    [first], [second] = (n.node.metadata[DPFUSION_KEY]["report"]["units"] for n in out)
    assert first != second and first.startswith("a_")  # two calls on one record cannot be linked


def test_when_a_record_is_over_its_cap_then_the_error_names_an_alias(tiny_dp, ledger):
    ledger.set_cap(STABLE, 1e-6, 1e-5)
    llm = DPFusionLLM(engine=tiny_dp, ledger=ledger, units=[STABLE], max_new_tokens=3)
    with pytest.raises(BudgetExceededError) as info:
        llm.complete(PROMPT)
    assert STABLE not in f"{info.value!r} {info.value.units}" and info.value.units[0].startswith("a_")


def test_when_units_are_given_per_call_then_no_span_event_or_callback_sees_them(tiny_dp):
    """LlamaIndex puts a call's keyword arguments into its span, start events and legacy payloads:
    the public hooks take the unit ids out before any of them runs."""
    rec = Recorders(deep=True)
    try:
        llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=3, seed=1, callback_manager=CallbackManager([rec.callbacks]))
        message = ChatMessage(role=MessageRole.USER, content=PROMPT)
        llm.chat([message], units=[STABLE])
        llm.complete(PROMPT, units=[STABLE])
        list(llm.stream_chat([message], units=[STABLE]))
        list(llm.stream_complete(PROMPT, units=[STABLE]))
    finally:
        rec.detach()
    spans = rec.spans.dump()
    for hook in ("chat", "complete", "stream_chat", "stream_complete"):
        assert f"DPFusionLLM.{hook}-" in spans  # the spans keep the public hooks' names
    assert rec.events.names.count("PrivacySpendEvent") == 4 and rec.events.of("LLMChatStartEvent")
    assert STABLE not in rec.dump()


async def test_when_units_are_given_per_async_call_then_no_span_event_or_callback_sees_them(tiny_dp):
    rec = Recorders(deep=True)
    try:
        llm = DPFusionLLM(engine=tiny_dp, max_new_tokens=3, seed=1, callback_manager=CallbackManager([rec.callbacks]))
        message = ChatMessage(role=MessageRole.USER, content=PROMPT)
        responses = [await llm.achat([message], units=[STABLE]), await llm.acomplete(PROMPT, units=[STABLE])]
        responses.append([r async for r in await llm.astream_chat([message], units=[STABLE])][-1])
        responses.append([r async for r in await llm.astream_complete(PROMPT, units=[STABLE])][-1])
    finally:
        rec.detach()
    assert rec.events.names.count("PrivacySpendEvent") == 4 and "DPFusionLLM.achat-" in rec.spans.dump()
    assert all(len(r.additional_kwargs[DPFUSION_KEY]["report"]["units"]) == 1 for r in responses)
    assert STABLE not in rec.dump()
