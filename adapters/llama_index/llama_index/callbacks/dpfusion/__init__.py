"""Observability for DP-Fusion in LlamaIndex: the ``PrivacySpendEvent`` instrumentation event, an
instrumentation handler totalling ε per privacy unit and per trace, and a legacy callback handler.
Everything here sees only spend reports and per-call unit aliases, never raw text or stable unit ids
(except the documented operator view)."""

from llama_index.callbacks.dpfusion.callback_handler import DPFusionCallbackHandler
from llama_index.callbacks.dpfusion.event_handler import DPFusionEventHandler, DPFusionSpanTracker
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, PrivacySpendEvent

__all__ = ["DPFUSION_KEY", "DPFusionCallbackHandler", "DPFusionEventHandler", "DPFusionSpanTracker",
           "PrivacySpendEvent"]
