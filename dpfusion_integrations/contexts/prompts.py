"""Prompts and their token ids: the paraphrase task and chat messages through the model's template.

The instruction is identical in every context; only the document body differs. The assistant turn
is left open (``add_generation_prompt=True``) so the model writes the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["PARAPHRASE_INSTRUCTION", "paraphrase_messages", "encode_chat"]

PARAPHRASE_INSTRUCTION = "Rewrite the following text in your own words. Keep the placeholders in square brackets."


def paraphrase_messages(document: str, instruction: str = PARAPHRASE_INSTRUCTION) -> list[dict[str, str]]:
    """Chat messages asking for a paraphrase of ``document`` (the model's own default system prompt
    is kept: small instruction-tuned models follow the task best with it)."""
    return [{"role": "user", "content": f"{instruction}\n\n{document}"}]


def encode_chat(tokenizer: Any, messages: Sequence[dict[str, str]]) -> list[int]:
    """Token ids of ``messages`` with the assistant turn open.

    Uses the tokenizer's chat template when it has one (rendered to text, then tokenized without
    adding special tokens again, so a template that writes BOS itself does not get a second one);
    a BOS the tokenizer would add is prepended once. Without a template, a plain transcript is used.
    """
    if getattr(tokenizer, "chat_template", None):
        text = tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=True)
    else:
        text = "".join(f"{m['role'].capitalize()}: {m['content']}\n" for m in messages) + "Assistant:"
    ids = list(tokenizer(text, add_special_tokens=False)["input_ids"])
    bos = getattr(tokenizer, "bos_token_id", None)
    if bos is not None and getattr(tokenizer, "add_bos_token", False) and (not ids or ids[0] != bos):
        ids = [bos] + ids
    return ids
