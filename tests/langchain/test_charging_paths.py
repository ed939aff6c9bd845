"""Every path charges someone, to the right ledger, exactly once: empty unit lists are refused,
batched inputs never decode uncharged, LangChain's LLM cache is off and never double-counts, a
retriever chunk without its unit key is refused, and resolver errors carry no private text."""

from __future__ import annotations

import pytest
from langchain_core.caches import InMemoryCache
from langchain_core.documents import Document
from langchain_core.globals import get_llm_cache, set_llm_cache
from lc_helpers import ListRetriever, Recorder

from dpfusion_integrations import PrivacyLedger
from dpfusion_integrations.errors import DPFusionError, InvalidParameterError
from langchain_dpfusion import (
    ChatDPFusion,
    DPFusionRetriever,
    PrivacyBudgetCallbackHandler,
    get_privacy_budget_callback,
    private_reference,
)

PROMPT = 'Summarize: <private group="PERSON">Ann Lee</private> has asthma.'
CANARY = "Bartholomew Nakagawa-Reyes"


@pytest.fixture
def no_decode(tiny_dp, monkeypatch):
    """Counts decodes of the tiny engine (they still run)."""
    calls: list[int] = []
    original = tiny_dp._decoder.decode

    def counting(requests, *args, **kwargs):
        calls.append(len(requests))
        return original(requests, *args, **kwargs)

    monkeypatch.setattr(tiny_dp._decoder, "decode", counting)
    return calls


def _ledger(tmp_path, name: str) -> PrivacyLedger:
    return PrivacyLedger.open(f"sqlite:///{tmp_path / name}", alpha=4.0, create=True)


# -- finding 1: an empty unit list charges nobody, so it is an error
def test_when_units_is_empty_then_the_model_refuses_it(tiny_dp, no_decode):
    with pytest.raises(InvalidParameterError):
        ChatDPFusion(engine=tiny_dp, units=[])
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0)
    with pytest.raises(InvalidParameterError):
        llm.invoke(PROMPT, units=[])
    with pytest.raises(InvalidParameterError):
        list(llm.stream(PROMPT, units=[]))
    assert no_decode == []


# -- finding 7: batch charges each input to its own config's ledger, or refuses
def test_when_batch_inputs_carry_different_ledgers_then_nothing_is_reserved_or_decoded(tiny_dp, tmp_path, no_decode):
    first, second = _ledger(tmp_path, "a.db"), _ledger(tmp_path, "b.db")
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, units=["patient-1"])
    configs = [{"callbacks": [PrivacyBudgetCallbackHandler(ledger=first)]},
               {"callbacks": [PrivacyBudgetCallbackHandler(ledger=second)]}]
    for cfgs in (configs, [{}, configs[1]]):  # two ledgers; none for the first input and one for the second
        with pytest.raises(InvalidParameterError):
            llm.batch([PROMPT, PROMPT], cfgs)
        with pytest.raises(InvalidParameterError):
            llm.batch([PROMPT, PROMPT], cfgs, return_exceptions=False)
    assert no_decode == [] and first.audit() == [] and second.audit() == []
    first.close()
    second.close()


def test_when_batch_inputs_share_a_ledger_then_every_input_is_charged_to_it(tiny_dp, tmp_path, no_decode):
    ledger = _ledger(tmp_path, "shared.db")
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, units=["patient-1"])
    one = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, units=["patient-2"])
    handlers = [PrivacyBudgetCallbackHandler(ledger=ledger) for _ in range(2)]
    out = llm.batch([PROMPT, PROMPT], [{"callbacks": [h]} for h in handlers])
    one.invoke(PROMPT, config={"callbacks": [PrivacyBudgetCallbackHandler(ledger=ledger)]})
    assert len(out) == 2 and no_decode == [2, 1]
    assert ledger.spent("patient-1", 1e-5) > ledger.spent("patient-2", 1e-5) > 0  # two charges vs one
    ledger.close()


def test_when_batch_units_is_empty_then_it_is_refused_not_dropped(tiny_dp, no_decode):
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0)
    with pytest.raises(InvalidParameterError):
        llm.batch([PROMPT, PROMPT], units=[])
    assert no_decode == []


# -- finding 8: no LLM cache by default; a cache hit is never charged twice
def test_when_a_global_llm_cache_is_set_then_the_private_model_does_not_use_it(tiny_dp, no_decode):
    cache, before = InMemoryCache(), get_llm_cache()
    set_llm_cache(cache)
    try:
        llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0)
        llm.invoke(PROMPT)
        llm.invoke(PROMPT)
    finally:
        set_llm_cache(before)
    assert no_decode == [1, 1] and cache._cache == {}  # the raw prompt was never written to the cache


def test_when_a_cache_is_enabled_explicitly_then_a_hit_is_not_charged_again(tiny_dp, no_decode):
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, cache=InMemoryCache())
    handler, later = PrivacyBudgetCallbackHandler(), PrivacyBudgetCallbackHandler()
    first = llm.invoke(PROMPT, config={"callbacks": [handler]})
    second = llm.invoke(PROMPT, config={"callbacks": [handler, later]})
    assert no_decode == [1] and first.content == second.content
    assert handler.summary().calls == 1 and later.summary().calls == 0


# -- finding 10: a chunk without its unit key is refused before any spend
def test_when_a_chunk_lacks_the_unit_key_then_the_retriever_refuses_before_decoding(tiny_dp, tmp_path, no_decode):
    docs = [Document(page_content="Note: <private>Ann Lee</private> has asthma.", metadata={"patient_id": "p-1"}),
            Document(page_content=f"Note: {CANARY} takes insulin.", metadata={"name": CANARY}),
            Document(page_content="Note: <private>Bo Zhu</private> is well.", metadata={"patient_id": ""})]
    ledger = _ledger(tmp_path, "r.db")
    r = DPFusionRetriever(retriever=ListRetriever(docs=docs), engine=tiny_dp, max_new_tokens=4, seed=0,
                          unit_metadata_key="patient_id", ledger=ledger)
    recorder = Recorder()
    with pytest.raises(InvalidParameterError) as caught:
        r.invoke("asthma", config={"callbacks": [recorder]})
    assert "chunk #1" in str(caught.value) and "'patient_id'" in str(caught.value)
    assert CANARY not in str(caught.value) and not any(CANARY in p for p in recorder.payloads)
    assert no_decode == [] and ledger.audit() == []
    empty_key = DPFusionRetriever(retriever=ListRetriever(docs=[docs[0], docs[2]]), engine=tiny_dp,
                                  unit_metadata_key="patient_id")
    with pytest.raises(InvalidParameterError, match="chunk #1"):  # an empty id is no id
        empty_key.invoke("asthma")
    assert no_decode == []
    ledger.close()


# -- finding 13: a resolver's error carries no private text to callbacks
async def test_when_the_resolver_fails_then_callbacks_see_only_the_error_type(tiny_dp, no_decode):
    def resolver(ref_id: str) -> str:
        raise RuntimeError(f"row {ref_id} is locked: {CANARY}, MRN 448812")

    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, resolver=resolver)
    recorder = Recorder()
    prompt = f"Summarize {private_reference('note-9')}"
    for call in (lambda: llm.invoke(prompt, config={"callbacks": [recorder]}),
                 lambda: list(llm.stream(prompt, config={"callbacks": [recorder]}))):
        with pytest.raises(DPFusionError) as caught:
            call()
        assert "RuntimeError" in str(caught.value) and CANARY not in str(caught.value)
        assert caught.value.__cause__ is None and caught.value.__context__ is None
    with pytest.raises(DPFusionError):
        await llm.ainvoke(prompt, config={"callbacks": [recorder]})
    errors = [p for p in recorder.payloads if p.startswith("('on_llm_error'")]
    assert len(errors) == 3 and not any(CANARY in p or "448812" in p for p in recorder.payloads)
    assert no_decode == []


def test_when_the_budget_handler_is_registered_by_context_then_batch_uses_its_ledger(tiny_dp, tmp_path):
    ledger = _ledger(tmp_path, "ctx.db")
    llm = ChatDPFusion(engine=tiny_dp, max_tokens=4, seed=0, units=["patient-3"])
    with get_privacy_budget_callback(ledger=ledger) as cb:
        llm.batch([PROMPT, PROMPT])
    assert ledger.spent("patient-3", 1e-5) > 0 and cb.summary().calls == 2
    ledger.close()
