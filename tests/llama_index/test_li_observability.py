"""The spend event, the instrumentation handler (ε per unit and per trace, attach/detach) and the
legacy callback handler (records found in payloads, each spend once), and the pinned exports."""

from __future__ import annotations

import importlib

import pytest
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.callbacks.schema import CBEventType, EventPayload
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.schema import NodeWithScore, TextNode

from li_helpers import CANARY_NAME, Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY, DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.callbacks.dpfusion.callback_handler import iter_spend_records
from llama_index.llms.dpfusion import DPFusionLLM

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'
EXPORTS = {
    "llama_index.llms.dpfusion": {"DPFusionLLM", "PUBLIC_FLAG", "mark_public", "private_reference"},
    "llama_index.retrievers.dpfusion": {"DPFusionRetriever", "InnerRetrieverError", "quarantined"},
    "llama_index.postprocessor.dpfusion": {"DPFusionPostprocessor"},
    "llama_index.callbacks.dpfusion": {"DPFUSION_KEY", "DPFusionCallbackHandler", "DPFusionEventHandler",
                                       "DPFusionSpanTracker", "PrivacySpendEvent"},
}
dispatcher = get_dispatcher(__name__)
UNIT_KEY = b"k" * 32  # the tiny engine's


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_when_importing_then_all_is_pinned(module):
    imported = importlib.import_module(module)
    assert set(imported.__all__) == EXPORTS[module]
    assert all(getattr(imported, name) is not None for name in EXPORTS[module])


@pytest.fixture
def llm(tiny_dp):
    return DPFusionLLM(engine=tiny_dp, epsilon=2.0, max_new_tokens=4, seed=1)


def test_when_spends_happen_in_one_trace_then_they_compose_there(llm):
    budget = DPFusionEventHandler().attach()
    budget.attach()  # idempotent
    operator = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY).attach()

    @dispatcher.span
    def pipeline() -> list[str]:
        return [llm.complete(PROMPT).text, llm.complete(PROMPT).text]

    try:
        pipeline()
        llm.complete(PROMPT)
    finally:
        budget.detach()
        operator.detach()
    root = get_dispatcher()
    assert budget not in root.event_handlers and budget.span_tracker not in root.span_handlers
    # The operator view composes the one person named in all three calls, per trace and in total.
    traces = operator.epsilon_per_trace()
    assert len(traces) == 2 and operator.summary().calls == 3
    [unit] = operator.summary().epsilon_per_unit
    assert not unit.startswith("a_")
    pipeline_trace = next(t for t in traces if "pipeline" in t)
    assert traces[pipeline_trace][unit] < operator.epsilon(unit)
    # The default view sees three unlinkable aliases, and bounds any one unit by all three calls.
    summary = budget.summary()
    assert len(summary.epsilon_per_unit) == 3 and all(u.startswith("a_") for u in summary.epsilon_per_unit)
    assert summary.max_epsilon == pytest.approx(operator.epsilon(unit)) and unit not in repr(summary)
    assert leaked(repr(summary) + repr(operator.summary())) == []


def test_when_the_spend_event_is_dumped_then_it_holds_no_text(llm):
    rec = Recorders()
    try:
        llm.complete(PROMPT)
    finally:
        rec.detach()
    [event] = rec.events.of("PrivacySpendEvent")
    assert event.source == "llm" and event.epsilon <= 2.0 and event.units == event.report["units"]
    assert leaked(event.model_dump_json()) == []


def record(spend_id: str, cached: bool | None = None) -> dict:
    data = {"report": {"alpha": 4.0, "cap": 0.01, "relation": "redaction", "n_groups": 1, "max_new_tokens": 4,
                       "tokens_emitted": 3, "units": ["u1"], "units_groups": {"u1": 1}}, "spend_id": spend_id}
    if cached is not None:
        data["cached"] = cached
    return data


def node(spend_id: str, cached: bool | None = None) -> NodeWithScore:
    return NodeWithScore(node=TextNode(text="private paraphrase", metadata={DPFUSION_KEY: record(spend_id, cached)}))


def test_when_payloads_hold_records_then_each_spend_counts_once():
    handler = DPFusionCallbackHandler()
    manager = CallbackManager()
    manager.set_handlers([handler])
    response = Response(response="answer", source_nodes=[node("a"), node("b", cached=True)])
    with manager.as_trace("query"):
        with manager.event(CBEventType.RETRIEVE) as event:
            event.on_end(payload={EventPayload.NODES: [node("a"), node("b", cached=True)]})
        with manager.event(CBEventType.QUERY) as event:
            event.on_end(payload={EventPayload.RESPONSE: response})
    assert handler.summary().calls == 1 and set(handler.summary().epsilon_per_run) == {next(
        iter(handler.summary().epsilon_per_run))}
    assert [r["spend_id"] for r in iter_spend_records([response])] == ["a", "b"]
    handler.reset()
    assert handler.summary().calls == 0


def test_when_an_llm_answers_then_the_legacy_handler_reads_its_report(llm):
    handler = DPFusionCallbackHandler()
    manager = CallbackManager()
    manager.set_handlers([handler])
    llm.callback_manager = manager
    llm.complete(PROMPT)
    list(llm.stream_complete(PROMPT))
    assert handler.summary().calls == 2 and handler.summary().max_epsilon > 0
