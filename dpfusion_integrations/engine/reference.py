"""The naive DP-Fusion path: one context at a time, a Python loop over groups, λ by scalar
bisection in NumPy float64. It shares no math with the fused path (only the private sampler), so
it serves as the test oracle and as the "naive" line of the benchmarks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from dpfusion_integrations.engine.decode import DecodeRequest, DecodeResult
from dpfusion_integrations.engine.faithful import FaithfulRequest, FaithfulResult
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache
from dpfusion_integrations.engine.lambda_search import feasibility_threshold
from dpfusion_integrations.engine.repetition import banned_tokens
from dpfusion_integrations.engine.sampling import PrivateSampler, sample_inverse_cdf
from dpfusion_integrations.models import output_vocab_size

__all__ = ["reference_decode", "reference_faithful_decode", "np_renyi", "np_lambda"]


def _np_logsumexp(x: np.ndarray) -> float:
    top = np.max(x)
    if not np.isfinite(top):
        return float(top)
    return float(top + np.log(np.sum(np.exp(x - top))))


def np_renyi(logp: np.ndarray, logq: np.ndarray, order: float) -> float:
    """``D_order(p‖q)`` for 1-D log-probability vectors, zero support handled exactly."""
    support = np.isfinite(logp)
    if np.any(support & ~np.isfinite(logq)):
        return float("inf")
    terms = order * logp[support] + (1.0 - order) * logq[support]
    return _np_logsumexp(terms) / (order - 1.0)


def _np_remove(logp: np.ndarray, tokens: list[int]) -> np.ndarray:
    """``logp`` without ``tokens``, renormalised (unchanged when nothing would be left)."""
    if not tokens:
        return logp
    out = logp.copy()
    out[tokens] = -np.inf
    norm = _np_logsumexp(out)
    return out - norm if np.isfinite(norm) else logp


def _np_mix(logp: np.ndarray, logq: np.ndarray, lam: float) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.logaddexp(np.log(lam) + logp, np.log1p(-lam) + logq)


def np_lambda(logp: np.ndarray, logq: np.ndarray, order: float, cap: float, iterations: int = 30) -> float:
    """Largest λ (to ``2^-iterations``) with the symmetric divergence of the mixture within the cap."""
    bound = feasibility_threshold(cap)
    if cap <= 0:
        return 0.0

    def sym(lam: float) -> float:
        logm = _np_mix(logp, logq, lam)
        return max(np_renyi(logm, logq, order), np_renyi(logq, logm, order))

    if sym(1.0) <= bound:
        return 1.0
    lo, hi = 0.0, 1.0
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        if sym(mid) <= bound:
            lo = mid
        else:
            hi = mid
    return lo


@torch.inference_mode()
def _last_logprobs(model: torch.nn.Module, ids: list[int], temperature: float) -> np.ndarray:
    device = next(model.parameters()).device
    logits = model(input_ids=torch.tensor([ids], device=device)).logits[0, -1]
    return torch.log_softmax(logits.double() / temperature, dim=-1).cpu().numpy()


class _CachedContext:
    """One context decoded on its own with its own KV cache (the naive path's per-group loop)."""

    def __init__(self, model: torch.nn.Module, ids: Sequence[int]) -> None:
        self.model = model
        self.device = next(model.parameters()).device
        self.out = model(input_ids=torch.tensor([list(ids)], device=self.device), use_cache=True, logits_to_keep=1)

    def logprobs(self, temperature: float) -> np.ndarray:
        return torch.log_softmax(self.out.logits[0, -1].double() / temperature, dim=-1).cpu().numpy()

    def push(self, token: int) -> None:
        self.out = self.model(input_ids=torch.tensor([[token]], device=self.device), use_cache=True,
                              logits_to_keep=1, **cache_kwargs(self.model, output_cache(self.out)))


@torch.inference_mode()
def reference_decode(
    model: torch.nn.Module,
    request: DecodeRequest,
    sampler: PrivateSampler,
    *,
    eos_token_ids: Sequence[int],
    temperature: float = 1.0,
    iterations: int = 30,
    record: list[dict[str, np.ndarray]] | None = None,
    use_cache: bool = False,
) -> DecodeResult:
    """Decode one request one context at a time: by recomputing every context from scratch at every
    step (the oracle), or with one KV cache per context (``use_cache``: the naive benchmark line).

    ``record``, when given, receives per step the public and group log-probabilities and the
    released log-distribution (for distribution-level comparisons in tests). With a grammar, steps
    after the sampled budget while the grammar does not accept are the closing phase: they read the
    public context only and release its masked distribution (``DecodeRequest.max_closing_tokens``).
    """
    eos = set(int(t) for t in eos_token_ids)
    result = DecodeResult(lambdas=[], divergences=[])
    generated: list[int] = []
    cached = [_CachedContext(model, c) for c in request.contexts] if use_cache else None

    def logprobs_of(i: int) -> np.ndarray:
        if cached is not None:
            return cached[i].logprobs(temperature)
        return _last_logprobs(model, list(request.contexts[i]) + generated, temperature)

    matcher = request.grammar.matcher() if request.grammar is not None else None
    vocab = output_vocab_size(model) if matcher is not None else 0
    allowed: np.ndarray | None = None

    def banned(logp: np.ndarray) -> np.ndarray:
        logp = _np_remove(logp, banned_tokens(generated, request.no_repeat_ngram) if request.no_repeat_ngram else [])
        return _np_restrict(logp, allowed) if allowed is not None else logp

    def closing_step() -> bool | None:
        """None: stop; False: a private step; True: a closing step (the sampled budget is spent and
        the grammar does not accept yet: release q alone, λ = 0, within ``max_closing_tokens``)."""
        if matcher is not None and result.forced >= request.max_forced_tokens:
            return None
        if len(generated) - result.forced - result.closing < request.max_new_tokens:
            return False
        if matcher is None or matcher.accepting or result.closing >= request.max_closing_tokens:
            return None
        return True

    while (closing := closing_step()) is not None:
        allowed = matcher.allowed().numpy()[:vocab] if matcher is not None else None
        forced = allowed is not None and int(allowed.sum()) == 1
        logq = banned(logprobs_of(0))
        lams, divs, mixtures = [], [], []
        for g in range(1, len(request.contexts)):
            if closing:  # the closing phase reads no private context: every group's λ is 0
                lams.append(0.0)
                divs.append(0.0)
                continue
            logp = banned(logprobs_of(g))
            lam = np_lambda(logp, logq, request.order, request.cap, iterations)
            logm = _np_mix(logp, logq, lam)
            lams.append(lam)
            divs.append(max(np_renyi(logm, logq, request.order), np_renyi(logq, logm, request.order)))
            mixtures.append(logm)
        if mixtures:
            stacked = np.stack(mixtures)
            top = stacked.max(axis=0)
            top = np.where(np.isfinite(top), top, 0.0)  # a token no mixture supports stays at -inf, not NaN
            with np.errstate(divide="ignore"):
                released = top + np.log(np.exp(stacked - top).sum(axis=0)) - np.log(len(mixtures))
        else:
            released = logq
        if record is not None:
            record.append({"logq": logq, "released": released, "lambdas": np.array(lams), "closing": closing})
        token = int(sample_inverse_cdf(torch.from_numpy(released)[None], sampler.uniforms([0]))[0])
        result.lambdas.append(lams)  # type: ignore[union-attr]
        result.divergences.append(divs)  # type: ignore[union-attr]
        if token in eos:
            result.stopped_by_eos = True
            break
        generated.append(token)
        result.tokens.append(token)
        if matcher is not None:
            matcher.consume(token)
            result.forced += forced
            result.closing += closing and not forced
        if cached is not None:
            for ctx in cached:
                ctx.push(token)
    result.grammar_complete = matcher.accepting if matcher is not None else None
    return result


def _np_restrict(logp: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """``logp`` restricted to ``allowed`` (bool) and renormalised; uniform over ``allowed`` when it
    holds no mass; unchanged when everything is allowed (the oracle's form of ``apply_allowed``)."""
    if allowed.all():
        return logp
    out = np.where(allowed, logp, -np.inf)
    norm = _np_logsumexp(out)
    if np.isfinite(norm):
        return out - norm
    return np.where(allowed, -np.log(allowed.sum()), -np.inf)


@torch.inference_mode()
def reference_faithful_decode(
    model: torch.nn.Module,
    request: FaithfulRequest,
    sampler: PrivateSampler,
    *,
    eos_token_ids: Sequence[int],
    temperature: float = 1.0,
    iterations: int = 30,
    record: list[dict[str, np.ndarray]] | None = None,
) -> FaithfulResult:
    """The faithful release one step at a time, every context recomputed from scratch: forced
    segments appended as they are, each slot step mixing the owner group alone (NumPy bisection)."""
    eos = set(int(t) for t in eos_token_ids)
    plan = request.plan
    result = FaithfulResult(lambdas=[])
    released: list[int] = list(plan.segments[0])

    def logprobs_of(context: int, banned: set[int]) -> np.ndarray:
        return _np_remove(_last_logprobs(model, list(request.contexts[context]) + released, temperature),
                          sorted(banned))

    for slot, group in enumerate(plan.slot_groups):
        banned = set() if plan.allows_eos(slot) else eos
        sampled: list[int] = []
        steps = 0
        while True:
            logq = logprobs_of(0, banned)
            logp = logprobs_of(1 + group, banned)
            lam = np_lambda(logp, logq, request.order, request.caps[group], iterations)
            mixed = _np_mix(logp, logq, lam)
            if record is not None:
                record.append({"logq": logq, "logp": logp, "lam": np.array(lam), "released": mixed})
            result.lambdas.append(lam)  # type: ignore[union-attr]
            token = int(sample_inverse_cdf(torch.from_numpy(mixed)[None], sampler.uniforms([0]))[0])
            steps += 1
            if token in eos and not banned:
                forced: tuple[int, ...] | None = plan.segments[slot + 1]
                break
            released.append(token)
            sampled.append(token)
            forced = plan.slot_end(slot, sampled)
            if forced is not None:
                break
        released.extend(forced)
        result.slot_tokens.append(sampled)
        result.slot_steps.append(steps)
    result.tokens = released
    return result
