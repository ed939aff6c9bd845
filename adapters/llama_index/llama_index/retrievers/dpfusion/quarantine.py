"""The quarantine the retriever runs its inner retriever in (kept here for compatibility: it lives in
:mod:`llama_index.callbacks.dpfusion.quarantine`, shared with ``DPFusionLLM``'s resolver)."""

from llama_index.callbacks.dpfusion.quarantine import WITHHELD, install, is_quarantined, quarantined

__all__ = ["WITHHELD", "install", "is_quarantined", "quarantined"]
