"""``surrogates=`` on the LlamaIndex privatizer (and so the privatizing retriever): the faithful release
with fixed fakes end to end, its spend record and cache key, and wrong settings refused before any
decode or spend."""

from __future__ import annotations

import pytest
from li_helpers import CANARY_NAME, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, TextNode
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever
from pydantic import ValidationError

from dpfusion_integrations.errors import InvalidParameterError

TEXT = f'Seen by <private group="PERSON">{CANARY_NAME}</private> for asthma.'


def nodes() -> list[NodeWithScore]:
    return [NodeWithScore(node=TextNode(text=TEXT, metadata={"record_id": "rec-0"}), score=0.5)]


class FixedRetriever(BaseRetriever):
    """The inner retriever: returns the fixed node."""

    def _retrieve(self, query_bundle):
        return nodes()


def test_when_the_retriever_uses_surrogates_then_public_text_is_kept_and_the_record_says_so(
        tiny_dp, privatize_many_calls):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, release="faithful", surrogates=True, slot_tokens=4, seed=2,
                                       unit_metadata_key="record_id")
    (node,) = DPFusionRetriever(FixedRetriever(), privatizer).retrieve("who?")
    assert node.node.text.startswith("Seen by") and node.node.text.endswith("for asthma.")
    report = node.node.metadata[DPFUSION_KEY]["report"]
    assert report["release"] == "faithful" and report["surrogates"] is True
    assert leaked(node.node.model_dump_json(exclude={"text"})) == []
    (kwargs,) = privatize_many_calls
    assert kwargs["surrogates"] is True and kwargs["release"] == "faithful"


def test_when_surrogates_are_left_out_then_nodes_are_released_with_placeholders(tiny_dp, privatize_many_calls):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, release="faithful", seed=2)
    (node,) = privatizer.postprocess_nodes(nodes())
    assert privatizer.surrogates is False and node.node.metadata[DPFUSION_KEY]["report"]["surrogates"] is False
    assert privatize_many_calls[0]["surrogates"] is False


@pytest.mark.parametrize("fields, message", [
    ({"surrogates": True}, "surrogates belongs to release='faithful'"),
    ({"release": "faithful", "surrogates": "true"}, "surrogates"),
    ({"release": "faithful", "surrogates": 1}, "surrogates"),
])
def test_when_surrogates_are_set_wrongly_then_construction_fails(fields, message):
    with pytest.raises(ValidationError, match=message):
        DPFusionPostprocessor(**fields)


def test_when_surrogates_are_switched_on_after_construction_then_nothing_is_decoded(tiny_dp, privatize_many_calls):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, max_new_tokens=4)
    privatizer.surrogates = True  # not validated on assignment: checked per call
    with pytest.raises(InvalidParameterError, match="surrogates belongs"):
        privatizer.postprocess_nodes(nodes())
    assert privatize_many_calls == []


def test_when_surrogates_differ_then_cache_keys_differ(tiny_dp):
    plain = DPFusionPostprocessor(engine=tiny_dp, release="faithful")
    fake = DPFusionPostprocessor(engine=tiny_dp, release="faithful", surrogates=True)
    assert plain._key(TEXT, None) != fake._key(TEXT, None)
