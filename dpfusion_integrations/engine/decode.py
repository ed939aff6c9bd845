"""The fused DP-Fusion decode loop: every context of every request in one forward per step.

Per step: forward (KV cache) → log-softmax in float64 → λ search for all groups at once →
mixture ``(1/N) Σ m_i`` → one inverse-CDF draw per request → bookkeeping (one host sync). When a
single constrained request is left, the tokens its grammar forces after a step (one allowed token
each) are booked at once and fed with the step's token in one forward (``forced_run``).

A constrained request whose ``max_new_tokens`` sampled steps run out before its grammar accepts
enters a closing phase (``next_phase``): its steps then release the masked public distribution ``q``
itself, λ = 0 for every group, until the grammar accepts or ``max_closing_tokens`` such steps are
taken (``docs/guarantee.md``, "Closing an output the budget cut").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from dpfusion_integrations.engine.batching import left_pad, to_device
from dpfusion_integrations.engine.cpu_linear import packed_linears
from dpfusion_integrations.engine.grammar import CompiledGrammar, GrammarMatcher, apply_allowed
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache, repeat_rows, select_rows
from dpfusion_integrations.engine.lambda_search import LambdaSearch
from dpfusion_integrations.engine.repetition import NgramBan, apply_bans
from dpfusion_integrations.engine.sampling import PrivateSampler, sample_released
from dpfusion_integrations.threading_policy import fitted_threads

__all__ = ["DecodeRequest", "DecodeResult", "FusedDecoder", "book_token", "forced_run", "mix_groups", "next_phase",
           "next_token_logprobs", "sampled_steps", "shared_prefix_length"]


@dataclass(frozen=True)
class DecodeRequest:
    """One document: ``contexts[0]`` is the public context, ``contexts[1:]`` one per privacy group.

    ``order`` is the Rényi order at which ``cap`` is enforced (α, or 2α for substitution).
    """

    contexts: tuple[tuple[int, ...], ...]
    order: float
    cap: float
    max_new_tokens: int
    #: Ban tokens that would repeat an n-gram of the released output (0: off); see ``engine.repetition``.
    no_repeat_ngram: int = 0
    #: A public grammar the output must follow (``engine.grammar``): every context is masked to the
    #: tokens it allows. A step it forces (one allowed token) is free: ``max_new_tokens`` counts the
    #: other steps, and ``max_forced_tokens`` bounds the forced ones.
    grammar: CompiledGrammar | None = None
    max_forced_tokens: int = 1024
    #: Closing phase of a constrained request (``docs/guarantee.md``, "Closing an output the budget
    #: cut"): when ``max_new_tokens`` sampled steps are spent and the grammar does not yet accept, up
    #: to this many more unforced steps are sampled from the masked PUBLIC distribution ``q`` alone
    #: (λ = 0 for every group: no ε), stopping as soon as the grammar accepts. 0 turns it off;
    #: ignored without a grammar. Forced steps in the phase stay bounded by ``max_forced_tokens``.
    max_closing_tokens: int = 64

    @property
    def n_groups(self) -> int:
        return len(self.contexts) - 1


@dataclass
class DecodeResult:
    """Emitted token ids (EOS excluded). ``lambdas``/``divergences`` are filled only in debug runs
    and are private: they are functions of the private contexts."""

    tokens: list[int] = field(default_factory=list)
    stopped_by_eos: bool = False
    #: How many of ``tokens`` the grammar forced (released at no cost; see ``DecodeRequest.grammar``).
    forced: int = 0
    #: How many of ``tokens`` the closing phase sampled from the public distribution alone (no cost;
    #: see ``DecodeRequest.max_closing_tokens``); forced steps of the phase count in ``forced``.
    closing: int = 0
    #: With a grammar: whether the output is a complete sentence of it (False: the budgets ran out
    #: or a stop rule ended it first); None without a grammar.
    grammar_complete: bool | None = None
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


class _Layout:
    """Where each live request's contexts sit in the current batch, as gather indices.

    Rows of request ``live[i]`` are ``start[i] .. start[i] + n_contexts - 1``; padding groups point
    at the request's public row and are masked out.
    """

    def __init__(self, requests: Sequence[DecodeRequest], live: list[int], device: torch.device) -> None:
        self.live = live
        self.requests = requests
        starts, row = [], 0
        for r in live:
            starts.append(row)
            row += len(requests[r].contexts)
        self.n_rows = row
        self.g_max = max(requests[r].n_groups for r in live)
        self.gather = torch.tensor(
            [[s + g if g <= requests[r].n_groups else s for g in range(self.g_max + 1)] for r, s in zip(live, starts)],
            device=device)
        self.group_mask = torch.tensor([[g < requests[r].n_groups for g in range(self.g_max)] for r in live],
                                       device=device, dtype=torch.bool).reshape(len(live), self.g_max)
        self.order = torch.tensor([requests[r].order for r in live], dtype=torch.float64, device=device).view(-1, 1, 1)
        self.cap = torch.tensor([requests[r].cap for r in live], dtype=torch.float64, device=device).view(-1, 1)
        self.owner = torch.tensor([i for i, r in enumerate(live) for _ in requests[r].contexts], device=device)

    def rows_of(self, keep: list[int], requests: Sequence[DecodeRequest]) -> list[int]:
        """Current batch rows of the live requests listed in ``keep`` (a subset of ``live``)."""
        rows, row = [], 0
        for r in self.live:
            n = len(requests[r].contexts)
            if r in keep:
                rows.extend(range(row, row + n))
            row += n
        return rows


def shared_prefix_length(contexts: Sequence[Sequence[int]]) -> int:
    """Tokens every context starts with, leaving each at least one token of its own."""
    first = contexts[0]
    n = min(len(c) for c in contexts) - 1
    for c in contexts[1:]:
        i = 0
        while i < n and c[i] == first[i]:
            i += 1
        n = i
    return max(n, 0)


def _apply_grammars(logprobs: torch.Tensor, grammars: dict[int, GrammarMatcher], live: list[int],
                    layout: _Layout) -> tuple[torch.Tensor, set[int]]:
    """Mask every context row of each constrained request to its grammar's allowed tokens (the rows
    of other requests are not touched); returns the rows and the requests whose step is forced
    (exactly one allowed token).

    The masks are computed on the host (llguidance); which steps are forced and which rows are
    constrained are decided there too, so on CUDA the masks travel to the device asynchronously
    (``batching.to_device``) and no value is read back: the step's one synchronisation stays in
    sampling.
    """
    vocab = logprobs.shape[-1]
    host_masks = {r: grammars[r].allowed()[:vocab] for r in live if r in grammars}
    forced = {r for r, m in host_masks.items() if int(m.sum()) == 1}
    rows: list[int] = []
    which: list[int] = []
    for slot, r in enumerate(host_masks):
        own = layout.rows_of([r], layout.requests)
        rows.extend(own)
        which.extend([slot] * len(own))
    masks = to_device(torch.stack(list(host_masks.values())), logprobs.device)
    index = to_device(torch.tensor(rows, dtype=torch.long), logprobs.device)
    out = logprobs.clone()
    out[index] = apply_allowed(logprobs[index], masks[to_device(torch.tensor(which, dtype=torch.long), logprobs.device)])
    return out, forced


def _release_public(closing: set[int], live: list[int], released: torch.Tensor, logq: torch.Tensor,
                    lam: torch.Tensor, div: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """For the live requests in their closing phase: release ``logq [L, V]`` itself (the masked public
    distribution, exactly), with λ and the divergence 0 for every group; other rows unchanged."""
    rows = to_device(torch.tensor([r in closing for r in live], dtype=torch.bool), released.device).unsqueeze(-1)
    return torch.where(rows, logq, released), lam.masked_fill(rows, 0.0), div.masked_fill(rows, 0.0)


def sampled_steps(result: DecodeResult) -> int:
    """Released tokens that were private draws (neither forced nor from the closing phase)."""
    return len(result.tokens) - result.forced - result.closing


def next_phase(request: DecodeRequest, result: DecodeResult, accepting: bool | None) -> str | None:
    """What a request does next, from public counts and its grammar state (``accepting``; None
    without a grammar): ``"sample"`` (a private step), ``"close"`` (the closing phase: a step from
    ``q`` alone), or None (done: ``max_new_tokens`` sampled steps spent and the output accepted, the
    closing or forced budget spent, or no grammar). A function of released tokens only."""
    if accepting is not None and result.forced >= request.max_forced_tokens:
        return None
    if sampled_steps(result) < request.max_new_tokens:
        return "sample"
    if accepting is None or accepting or result.closing >= request.max_closing_tokens:
        return None
    return "close"


def book_token(request: DecodeRequest, result: DecodeResult, token: int, eos_token_ids: frozenset[int], *,
               matcher: GrammarMatcher | None = None, ban: NgramBan | None = None, forced: bool = False,
               closing: bool = False, on_token: Callable[[int], bool | None] | None = None) -> tuple[bool, str | None]:
    """Book one released token on ``result``: ``(finished, phase)``.

    EOS finishes the request without being appended. Any other token is appended, pushed to the
    request's ban state and grammar, counted as forced or closing, shown to ``on_token`` (which may
    stop the request), and the request's next phase is decided (:func:`next_phase`). The decode
    loop's steps and :func:`forced_run` both book through here, so a forced token fed in one forward
    is booked exactly as a step would book it.
    """
    if token in eos_token_ids:
        result.stopped_by_eos = True
        return True, None
    result.tokens.append(token)
    if ban is not None:
        ban.push(token)
    if matcher is not None:
        matcher.consume(token)
        result.forced += forced
        result.closing += closing and not forced
    stop = on_token is not None and on_token(token)
    phase = next_phase(request, result, None if matcher is None else matcher.accepting)
    return bool(stop) or phase is None, phase


def forced_run(request: DecodeRequest, result: DecodeResult, matcher: GrammarMatcher, vocab: int,
               eos_token_ids: frozenset[int], draw: Callable[[], Any],
               on_token: Callable[[int], bool | None] | None) -> tuple[list[int], bool]:
    """The tokens a grammar forces next (one allowed token each), booked as the forced steps of the
    decode loop book them (:func:`book_token`), without a forward for each: ``(tokens, finished)``.

    A forced step releases its one allowed token whatever the contexts say (every distribution is
    masked to it), so the step's forward and λ search change nothing but the KV cache, which the
    caller fills by feeding the run in one forward. ``draw`` takes the uniform the step would have
    drawn, so the request's random stream is the same as when each forced step runs on its own, and
    so is every later release up to floating-point rounding (a multi-token forward's logits differ
    from single-token forwards in the last bits; each step's cap is checked on the logits it
    computed). A function of released tokens and the public grammar only.
    """
    run: list[int] = []
    while True:
        allowed = matcher.allowed()[:vocab]
        if int(allowed.sum()) != 1:
            return run, False
        token = int(allowed.nonzero()[0, 0])
        draw()
        if token not in eos_token_ids:
            run.append(token)
        finished, _ = book_token(request, result, token, eos_token_ids, matcher=matcher, forced=True,
                                 on_token=on_token)
        if finished:
            return run, True


class FusedDecoder:
    """Decodes a batch of ``DecodeRequest`` together with one KV cache.

    The prefix shared by every context (chat template, instruction, and for one document the text
    before its first private span) is computed once and its cache repeated for every row; finished
    requests leave the batch (their rows are dropped from the cache). ``cpu_kernels`` runs the
    model's linear layers on packed oneDNN weights on CPU (see ``engine.cpu_linear``).
    """

    #: Below this many shared tokens, prefix sharing is not worth a second forward call.
    MIN_SHARED_PREFIX = 8

    def __init__(
        self,
        model: torch.nn.Module,
        *,
        eos_token_ids: Sequence[int],
        pad_token_id: int = 0,
        temperature: float = 1.0,
        search: LambdaSearch | None = None,
        cpu_kernels: bool = True,
    ) -> None:
        if not (math.isfinite(temperature) and temperature > 0):
            raise ValueError("temperature must be > 0 (greedy decoding is not differentially private)")
        self.model = model
        self.eos_token_ids = frozenset(int(t) for t in eos_token_ids)
        self.pad_token_id = pad_token_id
        self.temperature = temperature
        self.search = search or LambdaSearch()
        self.cpu_kernels = cpu_kernels

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    def _prefill(self, contexts: list[tuple[int, ...]], device: torch.device) -> tuple[Any, torch.Tensor, torch.Tensor]:
        """Forward all contexts; returns ``(output, attention_mask, last_positions)``."""
        shared = shared_prefix_length(contexts)
        if shared < self.MIN_SHARED_PREFIX:
            ids, mask, positions = left_pad(contexts, pad_id=self.pad_token_id, device=device)
            out = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                             logits_to_keep=1)
            return out, mask, positions[:, -1:]
        prefix = torch.tensor([contexts[0][:shared]], device=device)
        head = self.model(input_ids=prefix, use_cache=True, logits_to_keep=1)
        cache = output_cache(head)
        repeat_rows(cache, len(contexts))
        ids, tail_mask, tail_pos = left_pad([c[shared:] for c in contexts], pad_id=self.pad_token_id, device=device)
        # Layout [prefix | padding | own tokens]: padding in the middle is masked out, and positions
        # continue from the prefix as they would without padding.
        mask = torch.cat([torch.ones((len(contexts), shared), dtype=tail_mask.dtype, device=device), tail_mask], -1)
        positions = tail_pos + shared
        out = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                         logits_to_keep=1, **cache_kwargs(self.model, cache))
        return out, mask, positions[:, -1:]

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
        ``logq [L, V]``, ``logp [L, G, V]``, ``lam [L, G]``, ``released [L, V]`` for the live
        requests ``live`` (in that order).
        """
        with packed_linears(self.model, enabled=self.cpu_kernels), fitted_threads(self.model):
            return self._decode(requests, sampler, debug=debug, on_token=on_token, record=record)

    def _decode(
        self,
        requests: Sequence[DecodeRequest],
        sampler: PrivateSampler,
        *,
        debug: bool,
        on_token: Callable[[int, int], bool | None] | None,
        record: list[dict[str, Any]] | None,
    ) -> list[DecodeResult]:
        device = self.device
        results = [DecodeResult(lambdas=[] if debug else None, divergences=[] if debug else None) for _ in requests]
        live = [r for r, req in enumerate(requests) if req.max_new_tokens > 0]
        for r, req in enumerate(requests):
            if req.grammar is not None and r not in live:  # nothing decoded: is the empty output complete?
                results[r].grammar_complete = req.grammar.matcher().accepting
        if not live:
            return results
        out, mask, positions = self._prefill([c for r in live for c in requests[r].contexts], device)
        layout = _Layout(requests, live, device)
        bans = {r: NgramBan(requests[r].no_repeat_ngram) for r in live if requests[r].no_repeat_ngram}
        grammars = {r: requests[r].grammar.matcher() for r in live if requests[r].grammar is not None}
        closers: set[int] = set()  # requests in their closing phase (public-only steps)
        while True:
            logprobs = next_token_logprobs(out.logits[:, -1, :], self.temperature)
            if bans:  # the same mask on every context of a request, from its released tokens only
                logprobs = apply_bans(logprobs, [bans[r].banned() if r in bans else []
                                                 for r in live for _ in requests[r].contexts])
            forced: set[int] = set()
            if grammars:  # likewise: the public grammar after the released prefix
                logprobs, forced = _apply_grammars(logprobs, grammars, live, layout)
            per_req = logprobs[layout.gather]  # [L, 1 + G, V]
            logq, logp = per_req[:, :1, :], per_req[:, 1:, :]
            if layout.g_max > 0:
                lam, div, logm = self.search(logp, logq, layout.order, layout.cap)
                released = mix_groups(logm, logq[:, 0, :], layout.group_mask)
            else:
                lam = div = torch.zeros((len(live), 0), dtype=logq.dtype, device=device)
                released = logq[:, 0, :]
            if closers:  # the closing phase releases q itself: λ = 0 for every group, no ε
                released, lam, div = _release_public(closers, live, released, logq[:, 0, :], lam, div)
            tokens = sample_released(released, sampler.uniforms(live))  # the one host sync of the step
            chosen = to_device(torch.tensor(tokens, dtype=torch.long), device)
            if record is not None:
                record.append({"logq": logq[:, 0, :].cpu().numpy(), "logp": logp.cpu().numpy(),
                               "lam": lam.cpu().numpy(), "released": released.cpu().numpy(), "live": list(live),
                               "closing": [r in closers for r in live]})
            lam_h, div_h = (lam.tolist(), div.tolist()) if debug else (None, None)
            finished = []
            for i, r in enumerate(live):
                req, res, tok = requests[r], results[r], tokens[i]
                if debug and req.n_groups > 0:
                    res.lambdas.append(lam_h[i][: req.n_groups])  # type: ignore[index,union-attr]
                    res.divergences.append(div_h[i][: req.n_groups])  # type: ignore[index,union-attr]
                done, phase = book_token(req, res, tok, self.eos_token_ids, matcher=grammars.get(r), ban=bans.get(r),
                                         forced=r in forced, closing=r in closers,
                                         on_token=None if on_token is None else (lambda t, r=r: on_token(r, t)))
                if done:
                    finished.append(r)
                elif phase == "close":
                    closers.add(r)
            run: list[int] = []
            if len(live) == 1 and not finished and live[0] in grammars and not bans and not debug and record is None:
                r = live[0]
                run, done = forced_run(requests[r], results[r], grammars[r], out.logits.shape[-1], self.eos_token_ids,
                                       lambda: sampler.uniforms(live),
                                       None if on_token is None else (lambda t, r=r: on_token(r, t)))
                if done:
                    finished.append(r)
            for r in finished:
                if r in grammars:
                    results[r].grammar_complete = grammars[r].accepting
            if len(finished) == len(live):
                return results
            if finished:  # finished requests leave the batch
                keep = [r for r in live if r not in finished]
                rows = torch.tensor(layout.rows_of(keep, requests), device=device)
                select_rows(output_cache(out), rows)
                mask, positions = mask[rows], positions[rows]
                chosen = chosen[torch.tensor([live.index(r) for r in keep], device=device)]
                live = keep
                layout = _Layout(requests, live, device)
            feed = chosen[layout.owner].unsqueeze(-1)
            if run:  # a lone request's forced run, fed with its sampled token in one forward
                feed = torch.cat([feed, torch.tensor([run], dtype=feed.dtype, device=device).expand(len(feed), -1)], -1)
            width = feed.shape[-1]
            mask = torch.cat([mask, torch.ones_like(mask[:, :1]).expand(-1, width)], dim=-1)
            steps = positions + torch.arange(1, width + 1, device=device)
            positions = steps[:, -1:]
            out = self.model(input_ids=feed, attention_mask=mask, position_ids=steps, use_cache=True,
                             logits_to_keep=1, **cache_kwargs(self.model, output_cache(out)))
