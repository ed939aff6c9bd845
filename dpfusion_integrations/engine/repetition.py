"""Repetition control from released tokens only: no repeated n-grams; and the one token-removal
step every such mask uses (``apply_bans``; also EOS inside a faithful slot).

A token that would complete an n-gram already present in a request's released output is removed
from every context's next-token distribution (public and per group alike) and the rows are
renormalised before the λ search. The banned set is a function of released tokens only and the same
mask is applied to ``q`` and every ``p_i``, so the cap is enforced on exactly the distributions that
are mixed and sampled: the per-step bound, and hence the guarantee, is unchanged
(``docs/guarantee.md``, "Transformations from released tokens").
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

__all__ = ["NgramBan", "apply_bans", "banned_tokens"]


class NgramBan:
    """Tracks one request's released tokens; ``banned()`` lists the tokens that would repeat an n-gram."""

    __slots__ = ("n", "_tokens", "_next")

    def __init__(self, n: int) -> None:
        if n < 2:
            raise ValueError("n-gram size must be >= 2")
        self.n = n
        self._tokens: list[int] = []
        self._next: dict[tuple[int, ...], set[int]] = {}

    def push(self, token: int) -> None:
        self._tokens.append(int(token))
        if len(self._tokens) >= self.n:
            window = tuple(self._tokens[-self.n:])
            self._next.setdefault(window[:-1], set()).add(window[-1])

    def banned(self) -> list[int]:
        if len(self._tokens) < self.n - 1:
            return []
        return sorted(self._next.get(tuple(self._tokens[len(self._tokens) - self.n + 1:]), ()))


def banned_tokens(tokens: Sequence[int], n: int) -> list[int]:
    """The tokens that would repeat an n-gram of ``tokens`` if sampled next (the oracle's form)."""
    ban = NgramBan(n)
    for t in tokens:
        ban.push(t)
    return ban.banned()


def apply_bans(logprobs: torch.Tensor, bans: Sequence[Sequence[int]]) -> torch.Tensor:
    """``logprobs [R, V]`` with row ``r``'s ``bans[r]`` removed and the row renormalised (rows without
    bans are returned unchanged). A row whose whole support is banned keeps its distribution: there
    is nothing else to sample, and the same holds for every context of the request."""
    if not any(bans):
        return logprobs
    rows = torch.tensor([r for r, b in enumerate(bans) for _ in b], dtype=torch.long, device=logprobs.device)
    cols = torch.tensor([t for b in bans for t in b], dtype=torch.long, device=logprobs.device)
    masked = logprobs.clone()
    masked[rows, cols] = float("-inf")
    norm = torch.logsumexp(masked, dim=-1, keepdim=True)
    renormed = masked - norm
    has_bans = torch.tensor([bool(b) for b in bans], dtype=torch.bool, device=logprobs.device).unsqueeze(-1)
    # Only rows with bans are renormalised: the others stay bit for bit (their log-sum-exp is 0 only
    # to rounding).
    return torch.where(torch.isfinite(norm) & has_bans, renormed, logprobs)
