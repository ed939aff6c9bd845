"""Observability for DP-Fusion in LlamaIndex: the ``PrivacySpendEvent`` instrumentation event, an
instrumentation handler totalling ε per privacy unit and per trace, and a legacy callback handler.
Everything here sees only spend reports and per-call unit aliases, never raw text or stable unit ids
(except the documented operator view).

Needs the ``llama-index`` extra (``pip install "dpfusion-integrations[llama-index]"``); without it,
importing this package raises ``MissingExtraError`` (an ``ImportError``) that says so.
"""

from dpfusion_integrations._extras import require_extra

require_extra("llama_index.core", extra="llama-index", feature="llama_index.callbacks.dpfusion")

from llama_index.callbacks.dpfusion.callback_handler import DPFusionCallbackHandler  # noqa: E402
from llama_index.callbacks.dpfusion.event_handler import DPFusionEventHandler, DPFusionSpanTracker  # noqa: E402
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, PrivacySpendEvent  # noqa: E402

__all__ = ["DPFUSION_KEY", "DPFusionCallbackHandler", "DPFusionEventHandler", "DPFusionSpanTracker",
           "PrivacySpendEvent"]
