"""DPFusionRetriever ``release=``: the faithful release end to end, its report, the cache key, and the
settings of the other mode refused before anything is decoded or spent."""

from __future__ import annotations

import pytest
from langchain_dpfusion import DPFusionRetriever
from langchain_dpfusion.retrievers import DEFAULT_RELEASE
from pydantic import ValidationError

from dpfusion_integrations.errors import InvalidParameterError


def test_when_release_is_faithful_then_public_text_is_kept_and_the_report_says_so(tiny_dp, list_retriever, privatize_many_calls):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, release="faithful", slot_tokens=3, seed=1,
                          public_metadata_keys=("source",))
    docs = r.invoke("asthma")
    assert len(docs) == 2 and "takes insulin." in docs[1].page_content and "has asthma." in docs[0].page_content
    for doc in docs:
        report = doc.metadata["dpfusion"]["report"]
        assert report["release"] == "faithful" and report["slot_tokens"] == 3
        assert report["group_steps"] and all(v % 3 == 0 for v in report["group_steps"].values())
        assert "Ann Lee" not in repr(doc.metadata) and "483920" not in repr(doc.metadata)
    (kwargs,) = privatize_many_calls
    assert kwargs["release"] == "faithful" and "max_new_tokens" not in kwargs and "instruction" not in kwargs


def test_when_release_is_left_out_then_the_module_default_is_used():
    assert DEFAULT_RELEASE == "paraphrase"
    assert DPFusionRetriever.model_fields["release"].default == DEFAULT_RELEASE


def test_when_max_new_tokens_is_given_with_faithful_then_construction_fails(list_retriever, tiny_dp):
    with pytest.raises(ValidationError, match="max_new_tokens belongs to release='paraphrase'"):
        DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, release="faithful", max_new_tokens=256)


def test_when_slot_tokens_is_given_with_paraphrase_then_construction_fails(list_retriever, tiny_dp):
    with pytest.raises(ValidationError, match="slot_tokens belongs to release='faithful'"):
        DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, slot_tokens=4)
    DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, slot_tokens=None)  # None: not given


def test_when_release_is_switched_after_construction_then_retrieval_refuses_before_any_decode(
        list_retriever, tiny_dp, privatize_many_calls):
    r = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4)
    r.release = "faithful"  # type: ignore[assignment]  # no validation on assignment: checked per call
    with pytest.raises(InvalidParameterError, match="max_new_tokens"):
        r.invoke("asthma")
    assert privatize_many_calls == []


def test_when_the_release_differs_then_the_cache_does_not_serve_the_other_mode(list_retriever, tiny_dp):
    paraphrase = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=4)
    faithful = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, release="faithful")
    doc = list_retriever.docs[0]
    assert paraphrase._key(doc, None) != faithful._key(doc, None)
    assert faithful._key(doc, None) != faithful.model_copy(update={"slot_tokens": 5})._key(doc, None)


def test_when_shown_then_repr_names_the_release(list_retriever, tiny_dp):
    shown = repr(DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, release="faithful", slot_tokens=2))
    assert "release='faithful'" in shown and "slot_tokens=2" in shown
