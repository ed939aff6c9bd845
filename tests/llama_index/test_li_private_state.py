"""No adapter object shows its private state (engine, ledger, resolver, inner retriever, caches):
not in ``repr``/``str``, ``vars()``, pydantic's private namespace, ``to_dict``/``to_json``/
``model_dump``, pickles, legacy callback payloads (``serialized``), instrumentation events, or to a
span handler that snapshots the span's ``instance``. Resolvers that print their store (a
``functools.partial`` over a dict, a ``ChainMap`` lookup, a bound method of a dataclass store) and an
inner retriever that prints its documents plant the canaries."""

from __future__ import annotations

import collections
import copy
import dataclasses
import functools
import logging
import pickle
import traceback

import pytest
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from dpfusion_integrations.errors import DPFusionError, InvalidParameterError
from li_helpers import CANARY_ID, CANARY_NAME, Recorders, instance_views, leaked
from llama_index.callbacks.dpfusion import DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.llms.dpfusion import DPFusionLLM, private_reference
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever

NOTES = {"rec-7": f'<private group="PERSON">{CANARY_NAME}</private> (ID {CANARY_ID}) has asthma.'}
UNIT_KEY = b"Quixbury-unit-key-" * 2


@dataclasses.dataclass
class NoteStore:
    notes: dict[str, str]

    def lookup(self, ref: str) -> str:
        return self.notes[ref]


RESOLVERS = {
    "partial": functools.partial(dict.__getitem__, NOTES),
    "chainmap": collections.ChainMap(NOTES).__getitem__,
    "dataclass-method": NoteStore(dict(NOTES)).lookup,
}


class CanaryLedger:
    """A working ledger (delegates to a real one) whose repr names a stable unit id."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def __repr__(self) -> str:
        return f"CanaryLedger(last unit charged: {CANARY_ID})"


class ListRetriever(BaseRetriever):
    """An inner retriever over raw chunks whose repr prints them (as a dataclass store would)."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self.texts = texts

    def __repr__(self) -> str:
        return f"ListRetriever({self.texts!r})"

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(text=t, metadata={"record_id": f"rec-{i}"}), score=1.0)
                for i, t in enumerate(self.texts)]


@pytest.fixture
def ledger(tmp_path):
    ledger_module = pytest.importorskip("dpfusion_integrations.ledger")
    with ledger_module.PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as handle:
        yield CanaryLedger(handle)


def assert_sealed(obj) -> None:
    """Generic views of ``obj`` show no canary, and ``obj`` refuses to be pickled (its copy would
    otherwise run without its ledger or resolver)."""
    assert leaked(instance_views(obj)) == []
    with pytest.raises(TypeError):
        pickle.dumps(obj)


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_when_the_resolver_prints_its_store_then_no_view_of_the_llm_shows_it(tiny_dp, ledger, kind):
    llm = DPFusionLLM(engine=tiny_dp, ledger=ledger, resolver=RESOLVERS[kind], max_new_tokens=3, seed=1)
    shown = f"{llm!r} {llm} {llm.to_json()} {llm.to_dict()} {llm.model_dump()} {llm.to_payload()}"
    assert leaked(shown) == [] and leaked(instance_views(llm)) == []
    assert_sealed(llm)
    twin = copy.deepcopy(llm)  # LlamaIndex copies components: the copy keeps the same private state
    assert twin.ledger is llm.ledger and twin.dp_engine is llm.dp_engine


@pytest.mark.parametrize("kind", sorted(RESOLVERS))
def test_when_traced_then_no_event_span_or_callback_sees_the_resolver(tiny_dp, ledger, kind):
    rec = Recorders(deep=True)
    budget = DPFusionCallbackHandler()
    try:
        llm = DPFusionLLM(engine=tiny_dp, ledger=ledger, resolver=RESOLVERS[kind], max_new_tokens=3, seed=1,
                          callback_manager=CallbackManager([rec.callbacks, budget]))
        message = ChatMessage(role=MessageRole.USER, content=f"Summarize {private_reference('rec-7')}")
        llm.chat([message])
        list(llm.stream_chat([message]))
        llm.complete(f"Summarize {private_reference('rec-7')}")
    finally:
        rec.detach()
    assert leaked(rec.dump()) == []
    assert "LLMChatStartEvent" in rec.events.names and "instance DPFusionLLM.chat" in rec.spans.dump()
    assert "serialized" in rec.callbacks.dump() and budget.summary().calls == 3


def test_when_the_retriever_and_postprocessor_are_traced_then_neither_shows_its_state(tiny_dp, ledger):
    inner = ListRetriever([f'<private group="PERSON">{CANARY_NAME}</private> has asthma.'])
    privatizer = DPFusionPostprocessor(engine=tiny_dp, ledger=ledger, max_new_tokens=3, seed=2,
                                       unit_metadata_key="record_id")
    retriever = DPFusionRetriever(inner, privatizer)
    assert CANARY_NAME in repr(inner)  # the control: the inner retriever does print its chunks
    rec = Recorders(deep=True)
    try:
        nodes = retriever.retrieve("asthma")
        public = NodeWithScore(node=TextNode(text="Routine checkup.", metadata={"record_id": "rec-9"}))
        privatizer.postprocess_nodes([public])  # its span's instance is the privatizer itself
    finally:
        rec.detach()
    spans = rec.spans.dump()
    assert len(nodes) == 1 and "instance DPFusionRetriever.retrieve" in spans
    assert "instance DPFusionPostprocessor._postprocess_nodes" in spans
    assert leaked(rec.dump()) == []
    assert_sealed(retriever)
    assert_sealed(privatizer)
    assert retriever.privatizer is privatizer and privatizer.ledger is ledger


def test_when_the_handlers_hold_a_unit_key_then_no_view_shows_it():
    handler = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY)
    legacy = DPFusionCallbackHandler(operator_view=True, unit_key=UNIT_KEY)
    shown = instance_views(handler) + repr(legacy) + str(legacy) + repr(handler.summary())
    assert "Quixbury" not in shown and "unit_key" not in handler.model_dump_json()


def test_when_the_resolver_fails_then_the_error_is_typed_and_bare(tiny_dp):
    """A resolver reads the private store, so its exception text may quote it: it leaves as a typed
    error naming its type only, with no cause, context or frame holding the store or the text
    resolved so far."""
    def resolver(ref: str) -> str:
        if ref == "broken":
            raise RuntimeError(f"store corrupted near {NOTES['rec-7']}")
        return NOTES[ref]

    llm = DPFusionLLM(engine=tiny_dp, resolver=resolver, max_new_tokens=2)
    rec = Recorders(deep=True)
    errors = []
    try:
        for call in (lambda: llm.complete(f"{private_reference('rec-7')} then {private_reference('broken')}"),
                     lambda: list(llm.stream_chat([ChatMessage(role=MessageRole.USER,
                                                               content=private_reference("broken"))]))):
            with pytest.raises(DPFusionError) as info:
                call()
            errors.append(info.value)
    finally:
        rec.detach()
    for err in errors:
        assert "RuntimeError" in str(err) and err.__cause__ is None and err.__context__ is None
        formatted = "".join(traceback.TracebackException.from_exception(err, capture_locals=True).format())
        assert leaked(formatted) == []
    assert leaked(rec.dump()) == []
    with pytest.raises(InvalidParameterError, match="rec-8"):  # a missing reference stays a parameter error
        llm.complete(private_reference("rec-8"))


def test_when_the_resolver_logs_or_uses_instrumented_components_then_nothing_leaves(tiny_dp, caplog):
    store = ListRetriever([NOTES["rec-7"]])

    def resolver(ref: str) -> str:
        logging.getLogger("app.store").warning("resolving %s from %s", ref, NOTES)
        return "\n".join(n.node.get_content() for n in store.retrieve(ref))

    caplog.set_level(logging.DEBUG)
    rec = Recorders(deep=True)
    try:
        DPFusionLLM(engine=tiny_dp, resolver=resolver, max_new_tokens=2).complete(private_reference("rec-7"))
    finally:
        rec.detach()
    assert "PrivacySpendEvent" in rec.events.names and "RetrievalStartEvent" not in rec.events.names
    assert leaked(rec.dump() + "\n".join(r.getMessage() for r in caplog.records)) == []
