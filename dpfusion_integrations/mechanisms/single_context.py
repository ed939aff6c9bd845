"""Shared plumbing of the baselines that decode from ONE context per document: the paraphrase
prompt over either the original text (plain paraphrase, DP-Prompt, DP-Decoding) or its redacted
rendering. The prompt is the one DP-Fusion uses, so that every mechanism is asked the same task.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.contexts import encode_chat, paraphrase_messages, render
from dpfusion_integrations.mechanisms.base import SpannedText
from dpfusion_integrations.mechanisms.decoding import DistributionTransform, decode_single_context
from dpfusion_integrations.models import eos_token_ids, output_vocab_size

__all__ = ["SingleContextModel", "redacted_text"]


def redacted_text(document: SpannedText) -> str:
    """``document`` with every private span replaced by its fixed placeholder (``[PERSON]``)."""
    spans = document.clean_spans()
    return render(document.text, spans, [False] * len(spans))


class SingleContextModel:
    """A causal LM and its tokenizer, decoding the paraphrase prompt of each document."""

    def __init__(self, model: Any, tokenizer: Any) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.eos_ids = eos_token_ids(model, tokenizer)
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

    @property
    def vocab_size(self) -> int:
        """Size of the output distribution (the logits' last dimension)."""
        return output_vocab_size(self.model)

    def prompt(self, text: str) -> list[int]:
        """Token ids of the paraphrase prompt over ``text``, assistant turn open."""
        return encode_chat(self.tokenizer, paraphrase_messages(text))

    def paraphrase(self, texts: Sequence[str], transform: DistributionTransform, *, max_new_tokens: int,
                   seed: int | None) -> list[tuple[str, int]]:
        """``(text, tokens_emitted)`` for each input text, decoded together."""
        tokens = decode_single_context(self.model, [self.prompt(t) for t in texts], transform,
                                       max_new_tokens=max_new_tokens, eos_ids=self.eos_ids, pad_id=self.pad_id,
                                       seed=seed)
        return [(self.tokenizer.decode(t, skip_special_tokens=True), len(t)) for t in tokens]
