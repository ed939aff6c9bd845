"""Token-aligned public and per-group contexts."""

from dpfusion_integrations.contexts.prompts import (
    PARAPHRASE_INSTRUCTION,
    encode_chat,
    paraphrase_messages,
)
from dpfusion_integrations.contexts.render import placeholder, render, render_contexts

__all__ = [
    "PARAPHRASE_INSTRUCTION",
    "encode_chat",
    "paraphrase_messages",
    "placeholder",
    "render",
    "render_contexts",
]
