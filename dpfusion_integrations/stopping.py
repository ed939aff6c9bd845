"""Stop sequences: a stopping rule on the released text only, so it costs no privacy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["StopSequences"]


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
        if not self.stop:
            return False
        text = self._tokenizer.decode(list(tokens), skip_special_tokens=True)
        return any(s in text for s in self.stop)

    def cut(self, text: str) -> str:
        """``text`` up to (excluding) the first stop string."""
        positions = [text.find(s) for s in self.stop if s in text]
        return text[: min(positions)] if positions else text
