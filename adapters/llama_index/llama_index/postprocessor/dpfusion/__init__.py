"""DP-Fusion node postprocessor for LlamaIndex: node text replaced by its private paraphrase.

Needs the ``llama-index`` extra (``pip install "dpfusion-integrations[llama-index]"``); without it,
importing this package raises ``MissingExtraError`` (an ``ImportError``) that says so.
"""

from dpfusion_integrations._extras import require_extra

require_extra("llama_index.core", extra="llama-index", feature="llama_index.postprocessor.dpfusion")

from llama_index.postprocessor.dpfusion.base import DPFusionPostprocessor  # noqa: E402

__all__ = ["DPFusionPostprocessor"]
