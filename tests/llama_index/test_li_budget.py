"""Budgets: two queries on the same record compose in the shared PrivacyLedger and in both
handlers (per unit and per trace); a cap that would be exceeded stops the query before anything
is decoded or sent to the LLM; the cache re-serves a record at no cost."""

from __future__ import annotations

import pytest
from llama_index.core import Settings
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.callbacks import CallbackManager
from llama_index.core.callbacks.schema import CBEventType
from llama_index.core.query_engine import RetrieverQueryEngine

from dpfusion_integrations import BudgetExceededError
from dpfusion_integrations.accounting.tracker import events_from_report
from li_helpers import CallbackRecorder
from llama_index.callbacks.dpfusion import DPFUSION_KEY, DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.llms.dpfusion import DPFusionLLM
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever

ledger_module = pytest.importorskip("dpfusion_integrations.ledger")

QUESTION = "asthma inhaler treatment"
UNIT = "rec-001"
UNIT_KEY = b"k" * 32  # the tiny engine's


@pytest.fixture
def ledger(tmp_path):
    with ledger_module.PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as handle:
        yield handle


@pytest.fixture
def handlers():
    """The instrumentation handler on the root dispatcher, the legacy one and a recorder on callbacks,
    both handlers in the operator view (the tiny engine's unit key), so ε per record composes."""
    budget = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY).attach()
    legacy = DPFusionCallbackHandler(operator_view=True, unit_key=UNIT_KEY)
    recorder = CallbackRecorder()
    manager = CallbackManager()
    manager.set_handlers([legacy, recorder])
    Settings.callback_manager = manager
    yield budget, legacy, recorder
    budget.detach()


@pytest.fixture
def decodes(tiny_dp, monkeypatch):
    """Counts the engine's decodes."""
    count = [0]
    original = tiny_dp._decoder.decode

    def spy(*args, **kwargs):
        count[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(tiny_dp._decoder, "decode", spy)
    return count


def query_engine(tiny_dp, index, ledger, *, cache: bool) -> RetrieverQueryEngine:
    privatizer = DPFusionPostprocessor(engine=tiny_dp, ledger=ledger, epsilon=4.0, max_new_tokens=8, seed=9,
                                       cache=cache, unit_metadata_key="record_id")
    return RetrieverQueryEngine.from_args(DPFusionRetriever(index.as_retriever(similarity_top_k=1), privatizer))


def rdp(response) -> float:
    [node] = response.source_nodes
    [event] = events_from_report(node.node.metadata[DPFUSION_KEY]["report"]).values()  # one unit, aliased
    return event.rdp


def test_when_one_record_is_queried_twice_then_its_spends_compose(tiny_dp, handlers, index, ledger):
    budget, legacy, _ = handlers
    engine = query_engine(tiny_dp, index, ledger, cache=False)
    first = engine.query(QUESTION)
    after_first = ledger.spent_rdp(UNIT)
    second = engine.query(QUESTION)
    assert after_first == pytest.approx(rdp(first), abs=1e-5)
    total = ledger.spent_rdp(UNIT)
    assert total == pytest.approx(rdp(first) + rdp(second), abs=1e-5) and total > after_first
    per_trace = budget.epsilon_per_trace()
    assert len(per_trace) == 2 and all(set(units) == {UNIT} for units in per_trace.values())
    assert budget.epsilon(UNIT) > max(units[UNIT] for units in per_trace.values())
    assert legacy.summary().calls == 2 and legacy.epsilon(UNIT) == pytest.approx(budget.epsilon(UNIT))
    traces = legacy.summary().epsilon_per_run
    assert len(traces) == 2 and all(t.startswith("query#") and set(u) == {UNIT} for t, u in traces.items())


def test_when_the_cap_would_be_exceeded_then_the_query_fails_before_generation(tiny_dp, handlers, index, ledger,
                                                                               decodes):
    _, _, recorder = handlers
    engine = query_engine(tiny_dp, index, ledger, cache=False)
    engine.query(QUESTION)
    spent = ledger.spent(UNIT, 1e-5)
    ledger.set_cap(UNIT, spent + 1e-3, 1e-5)
    decoded, llm_calls = decodes[0], recorder.types.count(CBEventType.LLM)
    with pytest.raises(BudgetExceededError) as info:
        engine.query(QUESTION)
    [alias] = info.value.units  # the refused unit, as a per-call alias: never the stable id
    assert alias.startswith("a_") and UNIT not in alias
    assert decodes[0] == decoded and recorder.types.count(CBEventType.LLM) == llm_calls
    assert ledger.spent(UNIT, 1e-5) == pytest.approx(spent)


def test_when_the_cache_is_on_then_requerying_a_record_costs_nothing(tiny_dp, handlers, index, ledger):
    engine = query_engine(tiny_dp, index, ledger, cache=True)
    first = engine.query(QUESTION)
    spent = ledger.spent_rdp(UNIT)
    second = engine.query(QUESTION)
    assert ledger.spent_rdp(UNIT) == spent and second.source_nodes[0].node.metadata[DPFUSION_KEY]["cached"]
    assert second.source_nodes[0].node.text == first.source_nodes[0].node.text
    assert handlers[0].summary().calls == 1


class RefusingLedger:
    """A ledger whose every unit is over its cap."""

    alpha = 4.0

    def reserve(self, call_id, units, rdp=None, *, label=None):
        raise BudgetExceededError("over the cap", call_id=call_id, units=tuple(units))

    def commit(self, call_id, rdp=None):
        raise AssertionError("nothing may be committed")

    def refund(self, call_id):
        raise AssertionError("nothing was reserved")


def test_when_the_llm_is_over_budget_then_it_raises_before_decoding(tiny_dp, decodes):
    llm = DPFusionLLM(engine=tiny_dp, ledger=RefusingLedger(), units=["user-1"], max_new_tokens=4)
    message = ChatMessage(role=MessageRole.USER, content='<private group="PERSON">Ann Lee</private> is ill.')
    with pytest.raises(BudgetExceededError):
        llm.chat([message])
    with pytest.raises(BudgetExceededError):
        list(llm.stream_chat([message]))
    assert decodes[0] == 0
