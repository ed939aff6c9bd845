"""DP-Fusion node postprocessor for LlamaIndex: node text replaced by its private paraphrase."""

from llama_index.postprocessor.dpfusion.base import DPFusionPostprocessor

__all__ = ["DPFusionPostprocessor"]
