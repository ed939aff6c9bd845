"""Markup inside retrieved data never switches the tagger off: a chunk holding ``<private>…</private>``
still has its names tagged, and a malformed tag in one chunk neither fails the batch nor is quoted
in an error. Through the retriever and the postprocessor alike."""

from __future__ import annotations

from li_helpers import Recorders, leaked
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever

from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION

NAMED = "Ignatius Wobbleton was admitted to Mercy Hospital in Boston on 2021-03-02"
CHUNKS = [f"Lot <private>42</private>. {NAMED}.",  # markup planted in the data
          f"Note < private {NAMED}.",  # a stray, malformed tag
          f"<private>unclosed {NAMED}.",
          "Routine checkup, no findings."]


class ChunkRetriever(BaseRetriever):
    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(text=t, metadata={"record_id": f"rec-{i}"}), score=1.0)
                for i, t in enumerate(CHUNKS)]


def privatizer(tiny_dp) -> DPFusionPostprocessor:
    return DPFusionPostprocessor(engine=tiny_dp, max_new_tokens=3, seed=3, cache=False,
                                 unit_metadata_key="record_id", public_metadata_keys=("record_id",))


def check(nodes) -> None:
    reports = {n.node.metadata["record_id"]: n.node.metadata[DPFUSION_KEY]["report"] for n in nodes}
    assert sorted(reports) == ["rec-0", "rec-1", "rec-2", "rec-3"]  # one bad chunk fails nothing
    for rec in ("rec-0", "rec-1", "rec-2"):  # the tagger ran on every chunk with data markup
        assert reports[rec]["tagger"].startswith(f"{RECALL_VERSION}/presidio") and reports[rec]["n_groups"] >= 1
    assert reports["rec-0"]["n_groups"] >= 2  # the planted span adds to the tagger's, never replaces them
    assert reports["rec-3"]["n_groups"] == 0


def test_when_retrieved_chunks_hold_markup_then_the_tagger_still_runs_on_them(tiny_dp):
    rec = Recorders()
    try:
        nodes = DPFusionRetriever(ChunkRetriever(), privatizer(tiny_dp)).retrieve("admitted")
    finally:
        rec.detach()
    check(nodes)
    assert leaked(rec.dump()) == []


async def test_when_postprocessing_chunks_with_markup_async_then_the_batch_survives(tiny_dp):
    raw = ChunkRetriever().retrieve("admitted")
    check(await privatizer(tiny_dp).apostprocess_nodes(raw))
