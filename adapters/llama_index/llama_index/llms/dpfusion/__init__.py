"""DP-Fusion LLM for LlamaIndex: every answer is differentially private with respect to the private
spans of its input, decoded by a local model (the embedded SmolLM2-135M-Instruct by default).

Needs the ``llama-index`` extra (``pip install "dpfusion-integrations[llama-index]"``); without it,
importing this package raises ``MissingExtraError`` (an ``ImportError``) that says so.
"""

from dpfusion_integrations._extras import require_extra

require_extra("llama_index.core", extra="llama-index", feature="llama_index.llms.dpfusion")

from llama_index.llms.dpfusion.base import DPFusionLLM  # noqa: E402
from llama_index.llms.dpfusion.messages import PUBLIC_FLAG, mark_public, private_reference  # noqa: E402

__all__ = ["PUBLIC_FLAG", "DPFusionLLM", "mark_public", "private_reference"]
