"""DP-Prompt (Utpala et al., 2023): paraphrase the ORIGINAL document, sampling every token from
``softmax(clip(logits, b_min, b_max) / T)``.

Privacy (exponential mechanism, McSherry & Talwar 2007). Take the utility of token ``y`` on input
``x`` to be ``u(x, y) = clip(logit_y(x), b_min, b_max)``. Whatever the model and the two inputs,
``|u(x, y) − u(x', y)| ≤ Δ = b_max − b_min``, so for every token

    p_x(y) / p_x'(y) = exp((u(x, y) − u(x', y)) / T) · Z(x') / Z(x) ≤ e^{Δ/T} · e^{Δ/T},

i.e. one token is pure ``ε_token = 2Δ/T``-DP for ANY change of the input document. The bound is
tight as the vocabulary grows (one token at ``b_max`` and all others at ``b_min`` on ``x``, the
reverse on ``x'``). A document of at most ``T_max = max_new_tokens`` tokens (each token conditioned
on the released ones: adaptive composition; an early EOS only shortens the product) is pure
``ε = T_max · 2Δ / T``-DP by basic composition, so calibration sets ``T = 2·T_max·Δ / ε``;
``ε = 0`` is ``T = ∞``: the uniform distribution, which ignores the input.

The clip bounds must not depend on the private input; the defaults ``(0, 30)`` span SmolLM2-135M's
logits on a public placeholder prompt (1st percentile to maximum). Only ``Δ/T = ε/(2·T_max)``
matters for how peaked the sampling can be, so at document-level ε of a few tens and tens of
tokens the output is close to uniform noise whatever the bounds: that is the honest price of
protecting the whole document with pure DP.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.mechanisms.base import PrivacyNotion, Release, SpannedText, check_release_args
from dpfusion_integrations.mechanisms.decoding import ClippedTemperature
from dpfusion_integrations.mechanisms.single_context import SingleContextModel

__all__ = ["DPPromptMechanism", "dp_prompt_document_epsilon", "dp_prompt_temperature", "dp_prompt_token_epsilon"]

DEFAULT_CLIP: tuple[float, float] = (0.0, 30.0)


def _check_clip(b_min: float, b_max: float) -> float:
    if not (math.isfinite(b_min) and math.isfinite(b_max) and b_min < b_max):
        raise InvalidParameterError("clip bounds must be finite with b_min < b_max")
    return b_max - b_min


def dp_prompt_token_epsilon(*, b_min: float, b_max: float, temperature: float) -> float:
    """Pure ε of one token: ``2·(b_max − b_min)/T`` (exponential mechanism); 0 at ``T = ∞``."""
    width = _check_clip(b_min, b_max)
    if not temperature > 0:
        raise InvalidParameterError("temperature must be > 0")
    return 0.0 if math.isinf(temperature) else 2.0 * width / temperature


def dp_prompt_document_epsilon(*, b_min: float, b_max: float, temperature: float, max_new_tokens: int) -> float:
    """Pure ε of a document of at most ``max_new_tokens`` tokens (basic composition)."""
    return max_new_tokens * dp_prompt_token_epsilon(b_min=b_min, b_max=b_max, temperature=temperature)


def dp_prompt_temperature(*, epsilon: float, b_min: float, b_max: float, max_new_tokens: int) -> float:
    """The temperature whose document-level ε is exactly ``epsilon``: ``2·T_max·Δ/ε`` (∞ at ε = 0)."""
    width = _check_clip(b_min, b_max)
    if not (math.isfinite(epsilon) and epsilon >= 0):
        raise InvalidParameterError("epsilon must be a finite number >= 0")
    if epsilon == 0:
        return math.inf
    temperature = 2.0 * max_new_tokens * width / epsilon
    while dp_prompt_document_epsilon(b_min=b_min, b_max=b_max, temperature=temperature,
                                     max_new_tokens=max_new_tokens) > epsilon:
        temperature = math.nextafter(temperature, math.inf)  # rounding must never exceed epsilon
    return temperature


class DPPromptMechanism:
    """DP-Prompt over a local model; ``release`` calibrates T for a document-level pure ε."""

    name = "dp-prompt"
    is_dp = True

    def __init__(self, model: Any, tokenizer: Any, *, clip: tuple[float, float] = DEFAULT_CLIP) -> None:
        _check_clip(*clip)
        self._lm = SingleContextModel(model, tokenizer)
        self.clip = (float(clip[0]), float(clip[1]))

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        check_release_args(documents, epsilon, delta, max_new_tokens)
        b_min, b_max = self.clip
        temperature = dp_prompt_temperature(epsilon=epsilon, b_min=b_min, b_max=b_max, max_new_tokens=max_new_tokens)
        claimed = dp_prompt_document_epsilon(b_min=b_min, b_max=b_max, temperature=temperature,
                                             max_new_tokens=max_new_tokens)
        out = self._lm.paraphrase([d.text for d in documents], ClippedTemperature(b_min, b_max, temperature),
                                  max_new_tokens=max_new_tokens, seed=seed)
        return [Release(text=t, notion=PrivacyNotion.PURE_DOCUMENT, epsilon=claimed, delta=0.0, tokens_emitted=n)
                for t, n in out]
