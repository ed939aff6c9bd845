"""DPFusionPostprocessor: all nodes of a call in one batched decode, public metadata only, the
report excluded from the LLM and embedding views, units, the cache, scores and async."""

from __future__ import annotations

import pytest
from llama_index.core.schema import MetadataMode, NodeWithScore, TextNode

from dpfusion_integrations.errors import InvalidParameterError
from li_helpers import CANARY_NAME, Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor


def nodes() -> list[NodeWithScore]:
    texts = [f'<private group="PERSON">{CANARY_NAME}</private> has asthma.', "Routine checkup, no findings.",
             '<private group="PERSON">Ann Lee</private> broke a wrist.', "   "]
    return [NodeWithScore(node=TextNode(text=t, metadata={"record_id": f"rec-{i}", "patient": CANARY_NAME}),
                          score=0.5 + i / 10) for i, t in enumerate(texts)]


@pytest.fixture
def batches(tiny_dp, monkeypatch):
    """Number of texts in each ``privatize_many`` call."""
    seen: list[int] = []
    original = tiny_dp.privatize_many  # patched on the instance, as other tests do (monkeypatch leaves
    # a bound method behind on the instance, which would shadow a class-level spy)

    def spy(texts, **kwargs):
        seen.append(len(texts))
        return original(texts, **kwargs)

    monkeypatch.setattr(tiny_dp, "privatize_many", spy)
    return seen


def make(tiny_dp, **fields) -> DPFusionPostprocessor:
    defaults = {"max_new_tokens": 6, "seed": 2, "unit_metadata_key": "record_id",
                "public_metadata_keys": ("record_id",)}
    return DPFusionPostprocessor(engine=tiny_dp, **{**defaults, **fields})


def test_when_postprocessing_then_all_nodes_are_decoded_in_one_batch(tiny_dp, batches):
    out = make(tiny_dp).postprocess_nodes(nodes())
    assert batches == [3] and len(out) == 3  # the empty node is dropped
    assert [n.node.metadata["record_id"] for n in out] == ["rec-0", "rec-1", "rec-2"]
    reports = [n.node.metadata[DPFUSION_KEY]["report"] for n in out]
    units = [r["units"] for r in reports]  # one per-call alias per node with a private span, none without
    assert [len(u) for u in units] == [1, 0, 1] and all(a.startswith("a_") for u in units for a in u)
    assert units[0] != units[2] and "rec-" not in repr(units)


def test_when_postprocessing_then_only_public_metadata_remains_and_the_report_is_hidden_from_the_llm(tiny_dp):
    [first, *_] = make(tiny_dp).postprocess_nodes(nodes())
    assert set(first.node.metadata) == {"record_id", DPFUSION_KEY} and first.score is None
    for mode in (MetadataMode.LLM, MetadataMode.EMBED):
        shown = first.node.get_content(metadata_mode=mode)
        assert "record_id: rec-0" in shown and "spend_id" not in shown and "epsilon" not in shown
    assert leaked(first.node.model_dump_json()) == []


def test_when_a_node_lacks_its_unit_then_the_error_names_the_key_not_the_text(tiny_dp):
    bad = [NodeWithScore(node=TextNode(text=f"{CANARY_NAME} is ill."))]
    with pytest.raises(InvalidParameterError, match="record_id") as info:
        make(tiny_dp).postprocess_nodes(bad)
    assert leaked(str(info.value)) == []


def test_when_the_same_node_comes_again_then_the_cache_serves_it_without_a_new_spend(tiny_dp, batches):
    privatizer = make(tiny_dp)
    first = privatizer.postprocess_nodes(nodes())
    rec = Recorders()
    try:
        again = privatizer.postprocess_nodes(nodes()[:2])
    finally:
        rec.detach()
    assert batches == [3] and "PrivacySpendEvent" not in rec.events.names
    assert [n.node.text for n in again] == [n.node.text for n in first[:2]]
    assert all(n.node.metadata[DPFUSION_KEY]["cached"] for n in again)
    assert not any(n.node.metadata[DPFUSION_KEY]["cached"] for n in first)


def test_when_the_cache_is_off_then_every_call_decodes_and_spends(tiny_dp, batches):
    privatizer = make(tiny_dp, cache=False)
    privatizer.postprocess_nodes(nodes())
    privatizer.postprocess_nodes(nodes())
    assert batches == [3, 3]


def test_when_scores_are_kept_then_they_pass_through(tiny_dp):
    out = make(tiny_dp, keep_scores=True).postprocess_nodes(nodes())
    assert [n.score for n in out] == [0.5, 0.6, 0.7]


async def test_when_postprocessing_async_then_the_result_matches(tiny_dp):
    out = await make(tiny_dp, cache=False).apostprocess_nodes(nodes())
    assert [n.node.text for n in out] == [n.node.text for n in make(tiny_dp, cache=False).postprocess_nodes(nodes())]
