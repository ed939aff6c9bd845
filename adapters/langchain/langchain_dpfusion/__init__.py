"""LangChain integration for DP-Fusion: differentially private chat, retrieval and budget tracking."""

from dpfusion_integrations.references import private_reference
from langchain_dpfusion._messages import mark_public
from langchain_dpfusion.callbacks import PrivacyBudgetCallbackHandler, get_privacy_budget_callback
from langchain_dpfusion.chat_models import ChatDPFusion
from langchain_dpfusion.retrievers import DPFusionRetriever

__all__ = [
    "ChatDPFusion",
    "DPFusionRetriever",
    "PrivacyBudgetCallbackHandler",
    "get_privacy_budget_callback",
    "mark_public",
    "private_reference",
]
