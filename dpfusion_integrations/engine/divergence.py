"""Rényi divergences between next-token distributions, in log space on the device.

Inputs are log-probabilities (``log_softmax`` output, never clamped). Zero-probability entries
(``-inf``) are handled exactly: a token with ``q = 0`` and ``p > 0`` makes ``D_α(p‖q)`` infinite;
a token with ``p = 0`` contributes nothing to ``D_α(p‖q)`` for ``α > 1``.
"""

from __future__ import annotations

import torch

__all__ = ["log_mixture", "renyi_divergence", "renyi_terms", "symmetric_renyi"]


def renyi_terms(logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor | float) -> torch.Tensor:
    """``log(p^order · q^(1−order))`` per token: ``-inf`` where ``p = 0``, ``+inf`` where only ``q = 0``.

    For ``order > 1`` IEEE arithmetic gives both edges already (``order·(−∞) = −∞``;
    ``(1 − order)·(−∞) = +∞``); only ``p = q = 0`` gives ``−∞ + ∞ = NaN``, set to ``−inf`` (no
    term). Fewer whole-vocabulary passes than testing each case apart.
    """
    order_t = torch.as_tensor(order, dtype=logp.dtype, device=logp.device)
    terms = order_t * logp + (1.0 - order_t) * logq
    return torch.where(torch.isneginf(logp), float("-inf"), terms)


def renyi_divergence(logp: torch.Tensor, logq: torch.Tensor, order: torch.Tensor | float) -> torch.Tensor:
    """``D_order(p‖q) = log Σ p^order q^(1−order) / (order − 1)`` over the last axis.

    Shapes: ``logp`` and ``logq`` broadcast to ``[..., V]``; ``order`` is a scalar or broadcasts to
    ``[..., 1]``. Returns ``[...]`` (``+inf`` where ``p`` has mass outside the support of ``q``).
    """
    order_t = torch.as_tensor(order, dtype=logp.dtype, device=logp.device)
    order_s = order_t.squeeze(-1) if order_t.dim() > 0 else order_t
    return torch.logsumexp(renyi_terms(logp, logq, order_t), dim=-1) / (order_s - 1.0)


def symmetric_renyi(logm: torch.Tensor, logq: torch.Tensor, order: torch.Tensor | float) -> torch.Tensor:
    """``max(D_order(m‖q), D_order(q‖m))``: the bound DP-Fusion enforces per group and step."""
    return torch.maximum(renyi_divergence(logm, logq, order), renyi_divergence(logq, logm, order))


def log_mixture(logp: torch.Tensor, logq: torch.Tensor, lam: torch.Tensor) -> torch.Tensor:
    """``log(λ·p + (1 − λ)·q)`` with ``lam`` shaped ``[..., 1]``; exact at ``λ ∈ {0, 1}``."""
    log_lam = torch.log(lam)
    log_rest = torch.log1p(-lam)
    return torch.logaddexp(log_lam + logp, log_rest + logq)
