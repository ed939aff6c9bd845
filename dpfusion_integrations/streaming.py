"""Token ids → text deltas for streaming, holding back what a stop string or a split UTF-8
character could still change, so the streamed text always equals the final answer. Shared by
every adapter that streams."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["TextStream"]


class TextStream:
    """Incremental detokenizer. ``push`` returns the text that is safe to emit now; ``finish`` the rest."""

    def __init__(self, tokenizer: Any, stop: Sequence[str] | None) -> None:
        self._tokenizer = tokenizer
        self._tokens: list[int] = []
        self._sent = 0
        self._stop = [s for s in stop or [] if s]
        self._hold = max((len(s) for s in self._stop), default=1) - 1

    def push(self, token: int) -> str:
        self._tokens.append(token)
        text = self._tokenizer.decode(self._tokens, skip_special_tokens=True)
        if text.endswith("\ufffd"):  # an incomplete multi-byte character: wait for the next token
            return ""
        found = [text.find(s) for s in self._stop if s in text]
        # Never emit from a completed stop string on, nor the tail a later token could complete into one.
        safe = min(found) if found else len(text) - self._hold
        if safe <= self._sent:
            return ""
        delta, self._sent = text[self._sent:safe], safe
        return delta

    def finish(self, final_text: str) -> str:
        """The part of the final (stop-cut) answer not yet emitted."""
        rest = final_text[self._sent:]
        self._sent = len(final_text)
        return rest
