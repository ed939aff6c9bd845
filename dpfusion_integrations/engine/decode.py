"""The fused DP-Fusion decode loop: every context of every request in one forward per step.

Per step: forward (KV cache) → log-softmax in float32 → λ search for all groups at once →
mixture ``(1/N) Σ m_i`` → one inverse-CDF draw per request → bookkeeping (one host sync).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from dpfusion_integrations.engine.batching import left_pad
from dpfusion_integrations.engine.divergence import log_mixture
from dpfusion_integrations.engine.lambda_search import LambdaSearch
from dpfusion_integrations.engine.sampling import PrivateSampler, sample_inverse_cdf

__all__ = ["DecodeRequest", "DecodeResult", "FusedDecoder", "next_token_logprobs", "mix_groups"]


@dataclass(frozen=True)
class DecodeRequest:
    """One document: ``contexts[0]`` is the public context, ``contexts[1:]`` one per privacy group.

    ``order`` is the Rényi order at which ``cap`` is enforced (α, or 2α for substitution).
    """

    contexts: tuple[tuple[int, ...], ...]
    order: float
    cap: float
    max_new_tokens: int

    @property
    def n_groups(self) -> int:
        return len(self.contexts) - 1


@dataclass
class DecodeResult:
    """Emitted token ids (EOS excluded). ``lambdas``/``divergences`` are filled only in debug runs
    and are private: they are functions of the private contexts."""

    tokens: list[int] = field(default_factory=list)
    stopped_by_eos: bool = False
    lambdas: list[list[float]] | None = None
    divergences: list[list[float]] | None = None


def next_token_logprobs(logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """Log-softmax of ``logits / temperature`` in float64, never clamped.

    Float64 matters: a float32 log-softmax is normalised only to ~1e-7, and that error alone can
    make a mixture's divergence from ``q`` look negative, i.e. spuriously within a small cap.
    """
    return torch.log_softmax(logits.double() / temperature, dim=-1)


def mix_groups(logm: torch.Tensor, logq: torch.Tensor, group_mask: torch.Tensor) -> torch.Tensor:
    """``log((1/N) Σ_i m_i)`` over the real groups of each request; ``q`` where ``N = 0``.

    Shapes: ``logm [R, G, V]``, ``logq [R, V]``, ``group_mask [R, G]`` (bool) → ``[R, V]``.
    """
    n = group_mask.sum(-1, keepdim=True)
    masked = torch.where(group_mask.unsqueeze(-1), logm, torch.full_like(logm, float("-inf")))
    mixed = torch.logsumexp(masked, dim=1) - torch.log(n.clamp(min=1).to(logm.dtype))
    return torch.where(n > 0, mixed, logq)


class FusedDecoder:
    """Decodes a batch of ``DecodeRequest`` together with one KV cache."""

    def __init__(
        self,
        model: torch.nn.Module,
        *,
        eos_token_ids: Sequence[int],
        pad_token_id: int = 0,
        temperature: float = 1.0,
        search: LambdaSearch | None = None,
    ) -> None:
        if not (math.isfinite(temperature) and temperature > 0):
            raise ValueError("temperature must be > 0 (greedy decoding is not differentially private)")
        self.model = model
        self.eos_token_ids = frozenset(int(t) for t in eos_token_ids)
        self.pad_token_id = pad_token_id
        self.temperature = temperature
        self.search = search or LambdaSearch()

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @torch.inference_mode()
    def decode(
        self,
        requests: Sequence[DecodeRequest],
        sampler: PrivateSampler,
        *,
        debug: bool = False,
        on_token: Callable[[int, int], bool | None] | None = None,
        record: list[dict[str, Any]] | None = None,
    ) -> list[DecodeResult]:
        """Run all requests to EOS or their ``max_new_tokens``; ``on_token(request, token)`` streams,
        and its returning True stops that request (a stopping rule on released tokens only).

        ``record`` (tests only; private) receives per step the exact float64 distributions used:
        ``logq [R, V]``, ``logp [R, G, V]``, ``lam [R, G]``, ``released [R, V]``, ``live``.
        """
        device = self.device
        n_req = len(requests)
        row_of = [0]
        for req in requests:
            row_of.append(row_of[-1] + len(req.contexts))
        g_max = max(r.n_groups for r in requests)
        # index [R, 1 + G_max] into the batch rows; padding groups point at the public row.
        gather = torch.tensor(
            [[row_of[r] + g if g <= req.n_groups else row_of[r] for g in range(g_max + 1)]
             for r, req in enumerate(requests)],
            device=device,
        )
        group_mask = torch.tensor(
            [[g < req.n_groups for g in range(g_max)] for req in requests], device=device, dtype=torch.bool
        )
        order = torch.tensor([r.order for r in requests], dtype=torch.float64, device=device).view(-1, 1, 1)
        cap = torch.tensor([r.cap for r in requests], dtype=torch.float64, device=device).view(-1, 1)
        request_of_row = torch.tensor(
            [r for r, req in enumerate(requests) for _ in req.contexts], device=device
        )

        ids, mask, positions = left_pad(
            [c for req in requests for c in req.contexts], pad_id=self.pad_token_id, device=device
        )
        results = [DecodeResult(lambdas=[] if debug else None, divergences=[] if debug else None) for _ in requests]
        active = [req.max_new_tokens > 0 for req in requests]
        out = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                         logits_to_keep=1)
        while any(active):
            logprobs = next_token_logprobs(out.logits[:, -1, :], self.temperature)
            per_req = logprobs[gather]  # [R, 1 + G, V]
            logq = per_req[:, :1, :]
            logp = per_req[:, 1:, :]
            if g_max > 0:
                lam, div = self.search(logp, logq, order, cap)
                lam = torch.where(group_mask, lam, torch.zeros_like(lam))
                released = mix_groups(log_mixture(logp, logq, lam.unsqueeze(-1)), logq[:, 0, :], group_mask)
            else:
                released = logq[:, 0, :]
            live = [r for r in range(n_req) if active[r]]
            chosen = torch.zeros(n_req, dtype=torch.long, device=device)
            live_t = torch.tensor(live, device=device)
            chosen[live_t] = sample_inverse_cdf(released[live_t], sampler.uniforms(live))
            tokens = chosen.tolist()  # the one host sync of the step
            if record is not None:
                record.append({"logq": logq[:, 0, :].cpu().numpy(), "logp": logp.cpu().numpy(),
                               "lam": (lam if g_max > 0 else logp[..., 0]).cpu().numpy(),
                               "released": released.cpu().numpy(), "live": list(live)})
            if debug and g_max > 0:
                lam_h, div_h = lam.tolist(), div.tolist()
            for r in live:
                req, res, tok = requests[r], results[r], tokens[r]
                if debug and req.n_groups > 0:
                    res.lambdas.append(lam_h[r][: req.n_groups])  # type: ignore[union-attr]
                    res.divergences.append(div_h[r][: req.n_groups])  # type: ignore[union-attr]
                if tok in self.eos_token_ids:
                    res.stopped_by_eos = True
                    active[r] = False
                    continue
                res.tokens.append(tok)
                if on_token is not None and on_token(r, tok):
                    active[r] = False
                if len(res.tokens) >= req.max_new_tokens:
                    active[r] = False
            if not any(active):
                break
            step_ids = chosen[request_of_row].unsqueeze(-1)
            mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=-1)
            positions = positions[:, -1:] + 1
            out = self.model(input_ids=step_ids, attention_mask=mask, position_ids=positions,
                             past_key_values=out.past_key_values, use_cache=True, logits_to_keep=1)
        return results
