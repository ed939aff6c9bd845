"""``release=`` on the LlamaIndex privatizer (and so the privatizing retriever): the faithful release
end to end, its spend record, the cache key, and the settings of the other mode refused before any
decode or spend."""

from __future__ import annotations

import pytest
from li_helpers import CANARY_NAME, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, TextNode
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.postprocessor.dpfusion.base import DEFAULT_RELEASE
from llama_index.retrievers.dpfusion import DPFusionRetriever
from pydantic import ValidationError

from dpfusion_integrations.errors import InvalidParameterError

TEXTS = (f'<private group="PERSON">{CANARY_NAME}</private> has asthma.',
         'Seen by <private group="PERSON">Ann Lee</private> today.')


def nodes() -> list[NodeWithScore]:
    return [NodeWithScore(node=TextNode(text=t, metadata={"record_id": f"rec-{i}"}), score=0.5)
            for i, t in enumerate(TEXTS)]


class FixedRetriever(BaseRetriever):
    """The inner retriever: returns the fixed nodes."""

    def _retrieve(self, query_bundle):
        return nodes()


def test_when_the_retriever_releases_faithfully_then_public_text_is_kept_and_the_record_says_so(tiny_dp, privatize_many_calls):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, release="faithful", slot_tokens=3, seed=2,
                                       unit_metadata_key="record_id")
    out = DPFusionRetriever(FixedRetriever(), privatizer).retrieve("who?")
    assert len(out) == 2 and "has asthma." in out[0].node.text and out[1].node.text.startswith("Seen by")
    for node in out:
        report = node.node.metadata[DPFUSION_KEY]["report"]
        assert report["release"] == "faithful" and report["slot_tokens"] == 3 and report["group_steps"]
        assert leaked(node.node.model_dump_json(exclude={"text"})) == []
    (kwargs,) = privatize_many_calls
    assert kwargs["release"] == "faithful" and "max_new_tokens" not in kwargs and "instruction" not in kwargs


def test_when_release_is_left_out_then_the_module_default_is_used():
    assert DEFAULT_RELEASE == "paraphrase" and DPFusionPostprocessor().release == DEFAULT_RELEASE


def test_when_max_new_tokens_is_given_with_faithful_then_construction_fails():
    with pytest.raises(ValidationError, match="max_new_tokens belongs to release='paraphrase'"):
        DPFusionPostprocessor(release="faithful", max_new_tokens=64)


def test_when_slot_tokens_is_given_with_paraphrase_then_construction_fails():
    with pytest.raises(ValidationError, match="slot_tokens belongs to release='faithful'"):
        DPFusionPostprocessor(slot_tokens=4)


def test_when_release_is_switched_after_construction_then_nothing_is_decoded(tiny_dp, privatize_many_calls):
    privatizer = DPFusionPostprocessor(engine=tiny_dp, max_new_tokens=4)
    privatizer.release = "faithful"  # type: ignore[assignment]  # not validated on assignment: checked per call
    with pytest.raises(InvalidParameterError, match="max_new_tokens"):
        privatizer.postprocess_nodes(nodes())
    assert privatize_many_calls == []


def test_when_the_release_differs_then_cache_keys_differ(tiny_dp):
    paraphrase = DPFusionPostprocessor(engine=tiny_dp)
    faithful = DPFusionPostprocessor(engine=tiny_dp, release="faithful")
    wider = DPFusionPostprocessor(engine=tiny_dp, release="faithful", slot_tokens=20)
    keys = {p._key(TEXTS[0], None) for p in (paraphrase, faithful, wider)}
    assert len(keys) == 3
