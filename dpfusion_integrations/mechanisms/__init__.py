"""Text-release mechanisms behind one interface: DP-Fusion and the baselines it is compared with
(redaction only, plain paraphrase, DP-Prompt, DP-Decoding), each returning its text and the
privacy claim it makes (see :class:`PrivacyNotion` for what each ε covers).

Names load on first use (torch is imported only then), so listing :data:`MECHANISM_NAMES` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dpfusion_integrations._lazy import lazy_exports

from dpfusion_integrations.mechanisms.names import MECHANISM_NAMES

__all__ = [
    "MECHANISM_NAMES",
    "ClippedTemperature",
    "DPDecodingMechanism",
    "DPFusionMechanism",
    "DPPromptMechanism",
    "Mechanism",
    "ParaphraseMechanism",
    "PrivacyNotion",
    "RedactionMechanism",
    "Release",
    "SpannedText",
    "Temperature",
    "UniformMixture",
    "build_mechanisms",
    "dp_decoding_lambda",
    "dp_decoding_token_epsilon",
    "dp_prompt_document_epsilon",
    "dp_prompt_temperature",
    "dp_prompt_token_epsilon",
    "redacted_text",
]

_LAZY = {
    "Mechanism": ".base", "PrivacyNotion": ".base", "Release": ".base", "SpannedText": ".base",
    "ClippedTemperature": ".decoding", "Temperature": ".decoding", "UniformMixture": ".decoding",
    "DPDecodingMechanism": ".dp_decoding", "dp_decoding_lambda": ".dp_decoding",
    "dp_decoding_token_epsilon": ".dp_decoding", "DPFusionMechanism": ".dp_fusion",
    "DPPromptMechanism": ".dp_prompt", "dp_prompt_document_epsilon": ".dp_prompt",
    "dp_prompt_temperature": ".dp_prompt", "dp_prompt_token_epsilon": ".dp_prompt",
    "ParaphraseMechanism": ".nondp", "RedactionMechanism": ".nondp", "build_mechanisms": ".registry",
    "redacted_text": ".single_context",
}  # fmt: skip

if TYPE_CHECKING:
    from dpfusion_integrations.mechanisms.base import Mechanism, PrivacyNotion, Release, SpannedText
    from dpfusion_integrations.mechanisms.decoding import ClippedTemperature, Temperature, UniformMixture
    from dpfusion_integrations.mechanisms.dp_decoding import (
        DPDecodingMechanism,
        dp_decoding_lambda,
        dp_decoding_token_epsilon,
    )
    from dpfusion_integrations.mechanisms.dp_fusion import DPFusionMechanism
    from dpfusion_integrations.mechanisms.dp_prompt import (
        DPPromptMechanism,
        dp_prompt_document_epsilon,
        dp_prompt_temperature,
        dp_prompt_token_epsilon,
    )
    from dpfusion_integrations.mechanisms.nondp import ParaphraseMechanism, RedactionMechanism
    from dpfusion_integrations.mechanisms.registry import build_mechanisms
    from dpfusion_integrations.mechanisms.single_context import redacted_text

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)
