"""The faithful release: public text forced, private slots sampled by their owner group alone.

A request's output is planned from the public structure (``SlotPlan``): forced segments (the public
text, token ids) alternate with slots (one per private span, owned by the span's group). Forced
tokens are fed to every context in chunks and never sampled. At a step inside a slot of group ``g``
the released distribution is ``m_g = λ_g p_g + (1 − λ_g) q`` with ``λ_g`` the largest weight whose
symmetric divergence from ``q`` is within ``g``'s cap; no other group enters it
(``docs/guarantee.md``, "Faithful release").

A slot ends by a rule on released tokens only: the sampled token equals the first token of the
next forced segment (that token is released and the rest of the segment forced), or the slot has
taken ``slot_tokens`` steps, or, in a slot that ends the document (at most whitespace after it), the
model emits EOS; a slot followed only by whitespace also ends when its text ends with that
whitespace's first character, and a slot ends when its text is its stand-in in the public context
(its placeholder or surrogate: ``SlotPlan``). Inside any other slot EOS is masked in every context before the λ
search (a transformation that depends only on the public plan, applied identically to ``q`` and
``p_g``, so the cap is enforced on what is sampled).

Requests are decoded one after another, each with one forward per step over its N + 1 contexts:
the step feeds the pending tokens (the last sampled token, plus the forced segment when a slot just
ended) to every context at once. (``_decode`` also runs several requests in one batch, padding
shorter feeds inside the cache; that padding grows with every forced segment, so it is not used.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from dpfusion_integrations.engine.cpu_linear import packed_linears
from dpfusion_integrations.engine.decode import FusedDecoder, next_token_logprobs
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache, select_rows
from dpfusion_integrations.engine.repetition import apply_bans
from dpfusion_integrations.engine.sampling import PrivateSampler, sample_released
from dpfusion_integrations.threading_policy import fitted_threads

__all__ = ["FaithfulDecoder", "FaithfulRequest", "FaithfulResult", "SlotPlan"]


@dataclass(frozen=True)
class SlotPlan:
    """The public structure of one release: ``segments[0] slot[0] segments[1] … slot[k-1] segments[k]``.

    ``slot_groups[i]`` is the group (0-based) that owns slot ``i``; ``slot_tokens`` the most steps a
    slot may take (public; the charge is ``slot_tokens`` per slot). With ``texts`` (the segments as
    text) and the tokenizer's ``encode``/``decode``, a slot ends as soon as its text ends with the
    start of the next segment (at least one non-space character of it), whatever the token
    boundaries (``"]"`` + ``","`` or ``"],"``); the rest of the segment is then forced. Without them
    a slot ends when it samples the next segment's first token.

    ``stand_ins`` (public; optional) holds each slot's text in the public context: its placeholder
    (``[PERSON]``) or its surrogate. A slot whose text (leading spaces aside) is still a proper
    prefix of its stand-in does not end on a match with the next segment, so ``contact@example.com``
    is not cut at its ``.`` before a segment that starts with ``.``; a slot whose text is its
    stand-in ends there, the whole next segment forced (the copy of the public context is complete;
    the model need not spend a sampled step on the segment's first token). The limit applies as
    before.
    """

    segments: tuple[tuple[int, ...], ...]
    slot_groups: tuple[int, ...]
    slot_tokens: int
    texts: tuple[str, ...] = ()
    encode: Callable[[str], Sequence[int]] | None = field(default=None, compare=False, repr=False)
    decode: Callable[[Sequence[int]], str] | None = field(default=None, compare=False, repr=False)
    stand_ins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.segments) != len(self.slot_groups) + 1:
            raise ValueError("a plan has one more forced segment than slots")
        if self.slot_tokens < 1:
            raise ValueError("slot_tokens must be >= 1")
        if self.texts and (len(self.texts) != len(self.segments) or self.encode is None or self.decode is None):
            raise ValueError("texts need one entry per segment and both encode and decode")
        if self.stand_ins and (len(self.stand_ins) != len(self.slot_groups) or not self.texts):
            raise ValueError("stand_ins need one entry per slot, and texts")

    def group_steps(self, n_groups: int) -> list[int]:
        """Step budget per group: its slots × ``slot_tokens``."""
        steps = [0] * n_groups
        for g in self.slot_groups:
            steps[g] += self.slot_tokens
        return steps

    def allows_eos(self, slot: int) -> bool:
        """EOS may end only the last slot, when no more than whitespace follows it (the document ends
        with it); that whitespace is then forced."""
        if slot != len(self.slot_groups) - 1:
            return False
        return not self.segments[-1] or (bool(self.texts) and not self.texts[-1].strip())

    def slot_end(self, slot: int, sampled: Sequence[int]) -> tuple[int, ...] | None:
        """The forced tokens that follow if the tokens ``sampled`` so far in slot ``slot`` end it (a rule
        on released tokens only), else None. At the limit the whole next segment is forced."""
        nxt = self.segments[slot + 1]
        if self.texts:
            assert self.encode is not None and self.decode is not None
            written, text = self.decode(list(sampled)), self.texts[slot + 1]
            if self.stand_ins and len(sampled) < self.slot_tokens:
                core, stand_in = written.lstrip(), self.stand_ins[slot]
                if core == stand_in:
                    return nxt
                if core and stand_in.startswith(core):  # a proper prefix: not an end yet
                    return None
            if text and not text.strip():  # only whitespace follows: a line break or space ends the slot
                if written.strip() and written.endswith(text[0]):
                    return tuple(self.encode(text[1:])) if text[1:] else ()
            for k in range(min(len(written), len(text)), 0, -1):
                head = text[:k]
                if head.strip() and written.endswith(head):
                    rest = text[k:]
                    return tuple(self.encode(rest)) if rest else ()
        elif nxt and sampled and sampled[-1] == nxt[0]:
            return nxt[1:]
        return nxt if len(sampled) >= self.slot_tokens else None


@dataclass(frozen=True)
class FaithfulRequest:
    """One document: ``contexts[0]`` public, ``contexts[1 + g]`` group ``g``'s; ``caps[g]`` enforced
    at ``order`` on group ``g``'s slots."""

    contexts: tuple[tuple[int, ...], ...]
    plan: SlotPlan
    order: float
    caps: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.caps) != len(self.contexts) - 1:
            raise ValueError("one cap per group is required")
        if any(not 0 <= g < len(self.caps) for g in self.plan.slot_groups):
            raise ValueError("a slot names a group the request does not have")


@dataclass
class FaithfulResult:
    """Everything released (forced and sampled, in order), and per slot the sampled token ids (EOS
    excluded) and the steps taken (public: functions of released tokens). ``lambdas``: debug runs only, private."""

    tokens: list[int] = field(default_factory=list)
    slot_tokens: list[list[int]] = field(default_factory=list)
    slot_steps: list[int] = field(default_factory=list)
    lambdas: list[float] | None = None

    def group_steps(self, plan: SlotPlan, n_groups: int) -> list[int]:
        """Steps actually taken per group (what a refund charges)."""
        steps = [0] * n_groups
        for g, s in zip(plan.slot_groups, self.slot_steps, strict=False):
            steps[g] += s
        return steps


class _OneOf:
    """Request ``index`` of a batch sampler, seen as a one-request sampler (same draws as in the batch)."""

    def __init__(self, sampler: PrivateSampler, index: int) -> None:
        self._sampler, self._index = sampler, index

    def uniforms(self, rows: list[int]) -> torch.Tensor:
        return self._sampler.uniforms([self._index for _ in rows])


class _Live:
    """Per-request decoding state."""

    __slots__ = ("slot", "steps", "pending")

    def __init__(self) -> None:
        self.slot = 0
        self.steps = 0
        self.pending: list[int] = []


class FaithfulDecoder:
    """Faithful releases of several requests, on a :class:`FusedDecoder`'s model, search, temperature
    and EOS ids: one request after another, each with one KV cache for all of its contexts."""

    def __init__(self, fused: FusedDecoder) -> None:
        self.fused = fused

    @torch.inference_mode()
    def decode(self, requests: Sequence[FaithfulRequest], sampler: PrivateSampler, *, debug: bool = False,
               on_token: Callable[[int, int], Any] | None = None,
               record: list[dict[str, Any]] | None = None) -> list[FaithfulResult]:
        """Run every request to the end of its plan. ``on_token(request, token)`` sees every released
        token (forced ones too) in order; its returning True stops that request after the token (a
        rule on released tokens; the remaining slots are never sampled). ``record`` (tests only;
        private) receives per step the float64 ``logq``, ``logp`` (the owner's), ``lam`` and
        ``released`` of the live request."""
        results: list[FaithfulResult] = []
        with packed_linears(self.fused.model, enabled=self.fused.cpu_kernels), fitted_threads(self.fused.model):
            # One request at a time: a forced segment appended to one request's rows widens the shared
            # cache by its length for every other request too (padding), which grows quadratically.
            for r, request in enumerate(requests):
                solo = None if on_token is None else (lambda _i, t, r=r: on_token(r, t))
                steps: list[dict[str, Any]] | None = None if record is None else []
                results.extend(self._decode([request], _OneOf(sampler, r), debug=debug, on_token=solo, record=steps))
                if record is not None and steps is not None:
                    record.extend({**step, "live": [r]} for step in steps)
        return results

    def _decode(self, requests: Sequence[FaithfulRequest], sampler: PrivateSampler, *, debug: bool,
                on_token: Callable[[int, int], Any] | None,
                record: list[dict[str, Any]] | None) -> list[FaithfulResult]:
        device = self.fused.device
        results = [FaithfulResult(lambdas=[] if debug else None) for _ in requests]
        stopped: set[int] = set()

        def release(r: int, ids: Sequence[int]) -> None:
            results[r].tokens.extend(ids)
            if on_token is not None:
                for t in ids:
                    if on_token(r, t):  # the consumer went away: stop after this token
                        stopped.add(r)

        live: list[int] = []
        for r, req in enumerate(requests):
            release(r, req.plan.segments[0])
            if req.plan.slot_groups and r not in stopped:
                live.append(r)
        if not live:
            return results
        state = {r: _Live() for r in live}
        eos = sorted(self.fused.eos_token_ids)
        contexts = [tuple(c) + tuple(requests[r].plan.segments[0]) for r in live for c in requests[r].contexts]
        out, mask, positions = self.fused._prefill(contexts, device)
        while True:
            starts, row = [], 0
            for r in live:
                starts.append(row)
                row += len(requests[r].contexts)
            owners = [requests[r].plan.slot_groups[state[r].slot] for r in live]
            logprobs = next_token_logprobs(out.logits[:, -1, :], self.fused.temperature)
            q_rows = torch.tensor(starts, device=device)
            p_rows = torch.tensor([s + 1 + g for s, g in zip(starts, owners, strict=True)], device=device)
            bans = [[] if requests[r].plan.allows_eos(state[r].slot) else eos for r in live]
            logq = apply_bans(logprobs[q_rows], bans)
            logp = apply_bans(logprobs[p_rows], bans)
            order = torch.tensor([requests[r].order for r in live], dtype=torch.float64, device=device).view(-1, 1, 1)
            cap = torch.tensor([requests[r].caps[g] for r, g in zip(live, owners, strict=True)],
                               dtype=torch.float64, device=device).view(-1, 1)
            lam, _div, logm = self.fused.search(logp.unsqueeze(1), logq.unsqueeze(1), order, cap)
            released = logm[:, 0, :]
            tokens = sample_released(released, sampler.uniforms(live))  # the one host sync of the step
            if record is not None:
                record.append({"logq": logq.cpu().numpy(), "logp": logp.cpu().numpy(), "lam": lam[:, 0].cpu().numpy(),
                               "released": released.cpu().numpy(), "live": list(live), "owners": owners})
            lam_h = lam[:, 0].tolist() if debug else None
            finished = []
            for i, r in enumerate(live):
                if self._advance(requests[r], results[r], state[r], tokens[i], release, r):
                    finished.append(r)
                elif r in stopped:  # a stop inside a slot: the steps taken so far are charged
                    if state[r].steps:
                        results[r].slot_steps.append(state[r].steps)
                    finished.append(r)
                if debug:
                    results[r].lambdas.append(lam_h[i])  # type: ignore[index,union-attr]
            keep = [r for r in live if r not in finished]
            if not keep:
                return results
            if finished:
                rows = [s + k for r, s in zip(live, starts, strict=True) if r in keep
                        for k in range(len(requests[r].contexts))]
                index = torch.tensor(rows, device=device)
                select_rows(output_cache(out), index)
                mask, positions = mask[index], positions[index]
                live = keep
            out, mask, positions = self._feed(out, mask, positions, [state[r].pending for r in live],
                                              [len(requests[r].contexts) for r in live], device)

    def _advance(self, req: FaithfulRequest, res: FaithfulResult, st: _Live, token: int,
                 release: Callable[[int, Sequence[int]], None], r: int) -> bool:
        """Book one sampled token; returns True when the request has nothing left to sample."""
        plan = req.plan
        st.steps += 1
        if len(res.slot_tokens) <= st.slot:
            res.slot_tokens.append([])
        if plan.allows_eos(st.slot) and token in self.fused.eos_token_ids:
            forced: tuple[int, ...] | None = plan.segments[st.slot + 1]  # the document ends; EOS not released
        else:
            release(r, [token])
            res.slot_tokens[st.slot].append(token)
            forced = plan.slot_end(st.slot, res.slot_tokens[st.slot])
            if forced is None:
                st.pending = [token]
                return False
            st.pending = [token, *forced]
        release(r, forced)
        res.slot_steps.append(st.steps)
        st.slot += 1
        st.steps = 0
        return st.slot == len(plan.slot_groups)

    def _feed(self, out: Any, mask: torch.Tensor, positions: torch.Tensor, feeds: list[list[int]],
              n_rows: list[int], device: torch.device) -> tuple[Any, torch.Tensor, torch.Tensor]:
        """One forward that appends each request's pending tokens to all of its contexts (left-padded
        to a common width, padding masked, positions continuing per row)."""
        width = max(len(f) for f in feeds)
        ids, new_mask = [], []
        for feed, n in zip(feeds, n_rows, strict=True):
            row = [self.fused.pad_token_id] * (width - len(feed)) + list(feed)
            valid = [0] * (width - len(feed)) + [1] * len(feed)
            ids.extend([row] * n)
            new_mask.extend([valid] * n)
        ids_t = torch.tensor(ids, dtype=torch.long, device=device)
        new_mask_t = torch.tensor(new_mask, dtype=mask.dtype, device=device)
        new_positions = positions[:, -1:] + new_mask_t.cumsum(-1)
        mask = torch.cat([mask, new_mask_t], dim=-1)
        out = self.fused.model(input_ids=ids_t, attention_mask=mask, position_ids=new_positions, use_cache=True,
                               logits_to_keep=1, **cache_kwargs(self.fused.model, output_cache(out)))
        return out, mask, new_positions[:, -1:]
