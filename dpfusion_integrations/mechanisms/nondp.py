"""Baselines without a differential-privacy guarantee.

- :class:`RedactionMechanism`: the redacted document itself (every private span replaced by its
  placeholder). With gold spans it reveals nothing about the span values; in practice it protects
  only what the tagger finds, and it leaves the placeholders in the text.
- :class:`ParaphraseMechanism`: the model's paraphrase of the ORIGINAL document (no protection):
  the upper end of utility and of leakage. DP-Fusion approaches it as ε grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.mechanisms.base import PrivacyNotion, Release, SpannedText, check_release_args
from dpfusion_integrations.mechanisms.decoding import Temperature
from dpfusion_integrations.mechanisms.single_context import SingleContextModel, redacted_text

__all__ = ["ParaphraseMechanism", "RedactionMechanism"]


class RedactionMechanism:
    """Releases the redacted text (no model, no randomness, no DP claim)."""

    name = "redaction"
    is_dp = False

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        check_release_args(documents, epsilon, delta, max_new_tokens)
        return [Release(text=redacted_text(d), notion=PrivacyNotion.NONE, epsilon=None, delta=None, tokens_emitted=0)
                for d in documents]


class ParaphraseMechanism:
    """Samples the paraphrase of the original text at ``temperature`` (no DP claim)."""

    name = "paraphrase"
    is_dp = False

    def __init__(self, model: Any, tokenizer: Any, *, temperature: float = 0.5) -> None:
        self._lm = SingleContextModel(model, tokenizer)
        self._transform = Temperature(temperature)

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        check_release_args(documents, epsilon, delta, max_new_tokens)
        out = self._lm.paraphrase([d.text for d in documents], self._transform, max_new_tokens=max_new_tokens,
                                  seed=seed)
        return [Release(text=t, notion=PrivacyNotion.NONE, epsilon=None, delta=None, tokens_emitted=n) for t, n in out]
