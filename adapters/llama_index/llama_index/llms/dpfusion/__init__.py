"""DP-Fusion LLM for LlamaIndex: every answer is differentially private with respect to the private
spans of its input, decoded by a local model (the embedded SmolLM2-135M-Instruct by default)."""

from llama_index.llms.dpfusion.base import DPFusionLLM
from llama_index.llms.dpfusion.messages import PUBLIC_FLAG, mark_public, private_reference

__all__ = ["PUBLIC_FLAG", "DPFusionLLM", "mark_public", "private_reference"]
