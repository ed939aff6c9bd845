"""DP-Fusion retriever for LlamaIndex: wraps any retriever and returns only privatized nodes; the
inner retriever's events, spans, callbacks and logs never leave the trust boundary.

Needs the ``llama-index`` extra (``pip install "dpfusion-integrations[llama-index]"``); without it,
importing this package raises ``MissingExtraError`` (an ``ImportError``) that says so.
"""

from dpfusion_integrations._extras import require_extra

require_extra("llama_index.core", extra="llama-index", feature="llama_index.retrievers.dpfusion")

from llama_index.retrievers.dpfusion.base import DPFusionRetriever, InnerRetrieverError  # noqa: E402
from llama_index.retrievers.dpfusion.quarantine import quarantined  # noqa: E402

__all__ = ["DPFusionRetriever", "InnerRetrieverError", "quarantined"]
