"""DP-Decoding (Majmudar et al., 2022): paraphrase the ORIGINAL document, sampling every token from
``λ·p + (1 − λ)·uniform(V)``, where ``p`` is the model's next-token distribution.

Privacy, derived here (pure DP, any change of the input document). For every token ``y`` the mixed
probability lies in ``[(1 − λ)/V, λ + (1 − λ)/V]``, whatever ``p`` is, so for any two inputs

    p'_x(y) / p'_x'(y) ≤ (λ + (1 − λ)/V) / ((1 − λ)/V) = 1 + λ·V/(1 − λ),

with equality when the model puts all its mass on ``y`` for ``x`` and none for ``x'`` (reached in
the limit by a softmax, so no smaller bound holds for all models). One token is therefore pure
``ε_token = log(1 + λV/(1 − λ))``-DP (note ``V``, not ``V − 1``), and inverting,
``λ = (e^ε_token − 1) / (e^ε_token − 1 + V)``. A document of at most ``T_max`` tokens is pure
``T_max · ε_token``-DP by basic composition (adaptive; an early EOS only shortens the product), so
calibration uses ``ε_token = ε / T_max``. ``ε = 0`` is ``λ = 0``: uniform sampling.

With a vocabulary of 49,152 tokens, ``λ`` stays below 1e-3 unless ``ε_token`` exceeds about 4, so
at document-level ε of a few tens the output is essentially uniform noise: the price of pure DP
over the whole document.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.mechanisms.base import PrivacyNotion, Release, SpannedText, check_release_args
from dpfusion_integrations.mechanisms.decoding import UniformMixture
from dpfusion_integrations.mechanisms.single_context import SingleContextModel

__all__ = ["DPDecodingMechanism", "dp_decoding_lambda", "dp_decoding_token_epsilon"]


def _check_vocab(vocab_size: int) -> None:
    if isinstance(vocab_size, bool) or not isinstance(vocab_size, int) or vocab_size < 2:
        raise InvalidParameterError("vocab_size must be an integer >= 2")


def dp_decoding_token_epsilon(*, lam: float, vocab_size: int) -> float:
    """Exact pure ε of one token: ``log(1 + λV/(1 − λ))`` (``log1p`` for accuracy near λ = 0)."""
    _check_vocab(vocab_size)
    if not 0.0 <= lam < 1.0:
        raise InvalidParameterError("lambda must be in [0, 1)")
    return math.log1p(lam * vocab_size / (1.0 - lam))


def dp_decoding_lambda(*, epsilon: float, vocab_size: int, max_new_tokens: int) -> float:
    """The λ whose document-level ε (``max_new_tokens`` tokens, basic composition) is ``epsilon``."""
    _check_vocab(vocab_size)
    if not (math.isfinite(epsilon) and epsilon >= 0):
        raise InvalidParameterError("epsilon must be a finite number >= 0")
    if isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, int) or max_new_tokens < 1:
        raise InvalidParameterError("max_new_tokens must be an integer >= 1")
    growth = math.expm1(min(epsilon / max_new_tokens, 700.0))
    lam = min(growth / (growth + vocab_size), math.nextafter(1.0, 0.0))  # λ = 1 would be no protection
    while lam > 0 and max_new_tokens * dp_decoding_token_epsilon(lam=lam, vocab_size=vocab_size) > epsilon:
        lam = math.nextafter(lam, 0.0)  # rounding must never make the claim exceed epsilon
    return lam


class DPDecodingMechanism:
    """DP-Decoding over a local model; ``release`` calibrates λ for a document-level pure ε.
    ``p`` is taken at ``temperature`` (a data-independent transform; the bound holds for any ``p``)."""

    name = "dp-decoding"
    is_dp = True

    def __init__(self, model: Any, tokenizer: Any, *, temperature: float = 0.5) -> None:
        self._lm = SingleContextModel(model, tokenizer)
        self.temperature = temperature
        UniformMixture(0.0, temperature)  # validates the temperature now

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        check_release_args(documents, epsilon, delta, max_new_tokens)
        vocab = self._lm.vocab_size
        lam = dp_decoding_lambda(epsilon=epsilon, vocab_size=vocab, max_new_tokens=max_new_tokens)
        claimed = max_new_tokens * dp_decoding_token_epsilon(lam=lam, vocab_size=vocab)
        out = self._lm.paraphrase([d.text for d in documents], UniformMixture(lam, self.temperature),
                                  max_new_tokens=max_new_tokens, seed=seed)
        return [Release(text=t, notion=PrivacyNotion.PURE_DOCUMENT, epsilon=claimed, delta=0.0, tokens_emitted=n)
                for t, n in out]
