"""LangChain integration for DP-Fusion: differentially private chat, retrieval and budget tracking.

Needs the ``langchain`` extra (``pip install "dpfusion-integrations[langchain]"``); without it, importing
this package raises ``MissingExtraError`` (an ``ImportError``) that says so.
"""

from dpfusion_integrations._extras import require_extra

require_extra("langchain_core", extra="langchain", feature="langchain_dpfusion")

from dpfusion_integrations.references import private_reference  # noqa: E402
from langchain_dpfusion._messages import mark_public  # noqa: E402
from langchain_dpfusion.callbacks import PrivacyBudgetCallbackHandler, get_privacy_budget_callback  # noqa: E402
from langchain_dpfusion.chat_models import ChatDPFusion  # noqa: E402
from langchain_dpfusion.retrievers import DPFusionRetriever  # noqa: E402

__all__ = [
    "ChatDPFusion",
    "DPFusionRetriever",
    "PrivacyBudgetCallbackHandler",
    "get_privacy_budget_callback",
    "mark_public",
    "private_reference",
]
