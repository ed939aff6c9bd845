"""DP-Fusion retriever for LlamaIndex: wraps any retriever and returns only privatized nodes; the
inner retriever's events, spans, callbacks and logs never leave the trust boundary."""

from llama_index.retrievers.dpfusion.base import DPFusionRetriever, InnerRetrieverError
from llama_index.retrievers.dpfusion.quarantine import quarantined

__all__ = ["DPFusionRetriever", "InnerRetrieverError", "quarantined"]
