"""Token log-likelihoods of continuations under a causal LM, with a reusable prefix KV cache.

The attacks and the utility metrics all ask the same question: how likely is this continuation
after that prefix? Many questions share a prefix (the same candidate-filled prompt is asked about
the release of every mechanism and ε), so a prefix is encoded once into a :class:`PrefixState` and
any number of continuations are scored against it; the cache is cropped back after each call.

Shapes: a state holds ``B`` left-padded prefixes; :meth:`CausalScorer.continuation_logprobs` takes
``B`` continuations (right-padded internally) and returns, per row, the log-probability of each
continuation token at temperature 1 (float32 log-softmax, as a NumPy array).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from dpfusion_integrations.engine.batching import left_pad
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache, repeat_rows

__all__ = ["CausalScorer", "PrefixState"]


@dataclass
class PrefixState:
    """Encoded prefixes: KV cache, attention mask ``[B, P]``, real lengths ``[B]`` and the
    log-probabilities of the next token after each prefix ``[B, V]``."""

    cache: Any
    mask: torch.Tensor
    lengths: torch.Tensor
    next_logprobs: torch.Tensor

    @property
    def rows(self) -> int:
        return int(self.mask.shape[0])

    @property
    def width(self) -> int:
        return int(self.mask.shape[1])


def _common_prefix_length(seqs: Sequence[Sequence[int]]) -> int:
    """Tokens all sequences start with, leaving each at least one token of its own."""
    n = min(len(s) for s in seqs) - 1
    first = seqs[0]
    i = 0
    while i < n and all(s[i] == first[i] for s in seqs):
        i += 1
    return max(i, 0)


def _crop_to(cache: Any, length: int) -> None:
    """Drop the cache's positions beyond ``length``. A negative argument to ``crop`` means "remove
    that many" in every transformers version that has ``crop`` (positive meanings differ)."""
    extra = cache.get_seq_length() - length
    if extra > 0:
        cache.crop(-extra)


class CausalScorer:
    """Scores continuations with ``model`` (any Hugging Face causal LM)."""

    #: Below this many common tokens, sharing a prefix is not worth a second forward call.
    MIN_SHARED = 8

    def __init__(self, model: Any, *, pad_id: int = 0, max_continuation: int = 160) -> None:
        self.model = model
        self.pad_id = pad_id
        self.max_continuation = max_continuation

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @torch.inference_mode()
    def prefix(self, prefixes: Sequence[Sequence[int]]) -> PrefixState:
        """Encode ``prefixes`` (each non-empty). Tokens common to all of them (the chat template and
        instruction, typically) are encoded once and their cache shared; the rest goes in one
        left-padded forward, so the cache layout is ``[shared | padding | own]`` with the padding
        masked and positions counting real tokens only (as the decode engine lays out its prefill)."""
        if not prefixes or any(len(p) == 0 for p in prefixes):
            raise ValueError("prefixes must be non-empty token sequences")
        shared = _common_prefix_length(prefixes)
        if len(prefixes) == 1 or shared < self.MIN_SHARED:
            ids, mask, positions = left_pad(prefixes, pad_id=self.pad_id, device=self.device)
            out = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                             logits_to_keep=1)
            return PrefixState(cache=output_cache(out), mask=mask, lengths=mask.sum(-1),
                               next_logprobs=torch.log_softmax(out.logits[:, -1, :].float(), dim=-1))
        head = self.model(input_ids=torch.tensor([list(prefixes[0][:shared])], device=self.device), use_cache=True,
                          logits_to_keep=1)
        cache = output_cache(head)
        repeat_rows(cache, len(prefixes))
        ids, tail_mask, tail_pos = left_pad([p[shared:] for p in prefixes], pad_id=self.pad_id, device=self.device)
        mask = torch.cat([torch.ones((len(prefixes), shared), dtype=tail_mask.dtype, device=self.device), tail_mask],
                         -1)
        out = self.model(input_ids=ids, attention_mask=mask, position_ids=tail_pos + shared, use_cache=True,
                         logits_to_keep=1, **cache_kwargs(self.model, cache))
        return PrefixState(cache=output_cache(out), mask=mask, lengths=mask.sum(-1),
                           next_logprobs=torch.log_softmax(out.logits[:, -1, :].float(), dim=-1))

    @torch.inference_mode()
    def expand(self, state: PrefixState, times: int) -> PrefixState:
        """A state whose rows are each row of ``state`` repeated ``times`` times (the original state
        must not be used afterwards: the cache is shared and modified)."""
        repeat_rows(state.cache, times)
        return PrefixState(cache=state.cache, mask=state.mask.repeat_interleave(times, 0),
                           lengths=state.lengths.repeat_interleave(times, 0),
                           next_logprobs=state.next_logprobs.repeat_interleave(times, 0))

    @torch.inference_mode()
    def continuation_logprobs(self, state: PrefixState, continuations: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """Per-token log-probabilities of ``continuations[b]`` after prefix ``b`` (truncated to
        ``max_continuation`` tokens). The state is unchanged afterwards (its cache is cropped back)."""
        if len(continuations) != state.rows:
            raise ValueError("one continuation per prefix row is required")
        conts = [list(c)[: self.max_continuation] for c in continuations]
        width = max((len(c) for c in conts), default=0)
        result = [np.zeros(0, dtype=np.float32) for _ in conts]
        if width == 0:
            return result
        firsts = [float(state.next_logprobs[b, c[0]]) if c else 0.0 for b, c in enumerate(conts)]
        if width > 1:
            ids = torch.full((state.rows, width - 1), self.pad_id, dtype=torch.long)
            own = torch.zeros((state.rows, width - 1), dtype=state.mask.dtype)
            for b, c in enumerate(conts):
                if len(c) > 1:
                    ids[b, : len(c) - 1] = torch.tensor(c[:-1])
                    own[b, : len(c) - 1] = 1
            ids, own = ids.to(self.device), own.to(self.device)
            positions = state.lengths.unsqueeze(-1) + torch.arange(width - 1, device=self.device)
            try:
                out = self.model(input_ids=ids, attention_mask=torch.cat([state.mask, own], -1),
                                 position_ids=positions, use_cache=True, **cache_kwargs(self.model, state.cache))
            finally:
                _crop_to(state.cache, state.width)
            logprobs = torch.log_softmax(out.logits.float(), dim=-1)
        for b, c in enumerate(conts):
            if not c:
                continue
            rest = [float(logprobs[b, i - 1, c[i]]) for i in range(1, len(c))] if len(c) > 1 else []
            result[b] = np.array([firsts[b], *rest], dtype=np.float32)
        return result

    def score(self, prefixes: Sequence[Sequence[int]], continuations: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """One-shot :meth:`prefix` + :meth:`continuation_logprobs`."""
        return self.continuation_logprobs(self.prefix(prefixes), continuations)
