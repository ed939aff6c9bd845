"""Stopping rules on the released text only (stop sequences, repetition), so they cost no privacy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["RepeatStop", "StopSequences"]


class StopSequences:
    """Tells when a request's decoded output contains a stop string, and cuts the text there."""

    def __init__(self, tokenizer: Any, stop: Sequence[str] | None) -> None:
        if stop is not None and (isinstance(stop, str) or not all(isinstance(s, str) for s in stop)):
            raise InvalidParameterError("stop must be a list of strings")
        self._tokenizer = tokenizer
        self.stop = [s for s in (stop or []) if s]

    def __bool__(self) -> bool:
        return bool(self.stop)

    def hit(self, tokens: Sequence[int]) -> bool:
        """True once the text of ``tokens`` contains any stop string."""
        return bool(self.stop) and self.hit_text(self._tokenizer.decode(list(tokens), skip_special_tokens=True))

    def hit_text(self, text: str) -> bool:
        """``hit`` on already decoded output."""
        return any(s in text for s in self.stop)

    def cut(self, text: str) -> str:
        """``text`` up to (excluding) the first stop string."""
        positions = [text.find(s) for s in self.stop if s in text]
        return text[: min(positions)] if positions else text


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _normalise(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


class RepeatStop:
    """Stops a request whose output starts repeating itself: a completed sentence or line (at least
    ``min_chars`` characters) that already appeared earlier in the output. The released text is cut
    before the repetition. A rule on released text only, so the unused tail is refunded."""

    def __init__(self, tokenizer: Any, *, enabled: bool = True, min_chars: int = 12) -> None:
        self._tokenizer = tokenizer
        self.enabled = enabled
        self.min_chars = min_chars

    def __bool__(self) -> bool:
        return self.enabled

    def _first_repeat(self, text: str) -> int | None:
        """Offset of the first completed sentence that repeats an earlier one, else None."""
        seen: set[str] = set()
        start = 0
        for match in _SENTENCE_END.finditer(text):
            sentence = _normalise(text[start:match.start()])
            if len(sentence) >= self.min_chars:
                if sentence in seen:
                    return start
                seen.add(sentence)
            start = match.end()
        return None

    def hit(self, tokens: Sequence[int]) -> bool:
        return self.enabled and self.hit_text(self._tokenizer.decode(list(tokens), skip_special_tokens=True))

    def hit_text(self, text: str) -> bool:
        """``hit`` on already decoded output."""
        return self.enabled and self._first_repeat(text) is not None

    def cut(self, text: str) -> str:
        if not self.enabled:
            return text
        at = self._first_repeat(text)
        return text if at is None else text[:at].rstrip()
