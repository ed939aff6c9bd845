"""DPFusionRetriever ``surrogates=``: the faithful release with fixed fakes end to end, its report and
cache key, and every way of setting it wrongly refused before anything is decoded or spent."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_dpfusion import DPFusionRetriever
from pydantic import ValidationError

from dpfusion_integrations.contexts.surrogates import SURROGATE_LISTS
from dpfusion_integrations.errors import InvalidParameterError
from lc_helpers import ListRetriever

NOTE = Document(page_content='Patient <private group="PERSON">Ann Lee</private> has asthma.',
                metadata={"patient_id": "p-1"})


def test_when_surrogates_are_on_then_chunks_keep_their_public_text_and_the_report_says_so(
        tiny_dp, privatize_many_calls):
    r = DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, release="faithful", surrogates=True,
                          slot_tokens=4, seed=1, unit_metadata_key="patient_id")
    (doc,) = r.invoke("asthma")
    assert doc.page_content.startswith("Patient") and doc.page_content.endswith("has asthma.")
    report = doc.metadata["dpfusion"]["report"]
    assert report["release"] == "faithful" and report["surrogates"] is True
    assert "Ann Lee" not in repr(doc.metadata)
    (kwargs,) = privatize_many_calls
    assert kwargs["surrogates"] is True and kwargs["release"] == "faithful" and "max_new_tokens" not in kwargs


def test_when_surrogates_are_left_out_then_placeholders_are_used_and_reported(tiny_dp, privatize_many_calls):
    r = DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, release="faithful", seed=1)
    assert r.surrogates is False
    (doc,) = r.invoke("asthma")
    assert doc.metadata["dpfusion"]["report"]["surrogates"] is False
    assert privatize_many_calls[0]["surrogates"] is False


@pytest.mark.parametrize("fields, message", [
    ({"surrogates": True}, "surrogates belongs to release='faithful'"),  # the paraphrase (default release)
    ({"release": "faithful", "surrogates": "yes"}, "surrogates"),  # strict: never coerced to True
    ({"release": "faithful", "surrogates": 1}, "surrogates"),
])
def test_when_surrogates_are_set_wrongly_then_construction_fails(tiny_dp, fields, message):
    with pytest.raises(ValidationError, match=message):
        DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, **fields)


def test_when_surrogates_are_switched_on_after_construction_then_retrieval_refuses_before_any_decode(
        tiny_dp, privatize_many_calls):
    r = DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, max_new_tokens=4)
    r.surrogates = True  # no validation on assignment: checked per call
    with pytest.raises(InvalidParameterError, match="surrogates belongs"):
        r.invoke("asthma")
    assert privatize_many_calls == []


def test_when_surrogates_are_passed_per_call_then_they_are_refused_as_a_setting(tiny_dp, privatize_many_calls):
    r = DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, release="faithful")
    with pytest.raises(InvalidParameterError, match="surrogates"):
        r.invoke("asthma", surrogates=True)
    assert privatize_many_calls == []


def test_when_surrogates_differ_then_the_cache_does_not_serve_the_other_rendering(tiny_dp):
    plain = DPFusionRetriever(retriever=ListRetriever(docs=[NOTE]), engine=tiny_dp, release="faithful")
    fake = plain.model_copy(update={"surrogates": True})
    assert plain._key(NOTE, None) != fake._key(NOTE, None)
    assert "surrogates=True" in repr(fake) and SURROGATE_LISTS["person"][0] not in repr(fake)
