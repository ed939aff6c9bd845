"""Prompts and their token ids: the paraphrase task and chat messages through the model's template.

The instruction is identical in every context; only the document body differs. The assistant turn
is left open (``add_generation_prompt=True``) so the model writes the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["PARAPHRASE_INSTRUCTION", "paraphrase_messages", "encode_chat", "strip_echo"]

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


_WORDS = re.compile(r"[a-z]+")
#: Words of meta-commentary that announce a rewrite ("Here is the rewritten text:").
_META_WORDS = frozenset({"here", "rewritten", "paraphrased", "paraphrase", "rewrite", "version", "sure"})


def strip_echo(text: str, instruction: str, *, overlap: float = 0.6) -> str:
    """``text`` without a first line that echoes ``instruction`` or announces the rewrite (small models
    often start with "Rewrite the text in your own words:" or "Here is the rewritten text:"): a first
    line (or the part of it before a colon) of at most 20 words, at least ``overlap`` of which are
    words of the instruction or of such announcements, is dropped. Post-processing of released text
    only, so it costs nothing."""
    head, sep, rest = text.lstrip().partition("\n")
    first = head
    if ":" in head and not head.rstrip().endswith(":"):
        first, _, after = head.partition(":")  # "Rewrite the text in your own words: The patient ..."
        rest, sep = after + sep + rest, ""
    words = _WORDS.findall(first.casefold())
    if not words or len(words) > 20:
        return text
    known = set(_WORDS.findall(instruction.casefold())) | _META_WORDS
    if sum(w in known for w in words) / len(words) < overlap:
        return text
    return rest.lstrip() if sep or rest else text
