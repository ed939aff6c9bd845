"""The faithful release's public structure: the copy prompt and the plan of forced segments and slots.

The output of a faithful release is the document itself: its public text between private spans is
forced token for token, and each private span is a slot the model fills. The plan depends only on
the public rendering (the text outside the spans, and each span's group), so it is identical for
two documents that differ only in private values.

Spaces before a span move into its slot (``"Patient" + " John"`` rather than ``"Patient " +
"John"``): byte-level BPE tokenizers attach a leading space to the word after it, so the model
fills a slot the way it would write the word. A segment made only of spaces keeps them.

Every context copies its own rendering, whose hidden spans are placeholders or, with surrogates,
fixed fake values (:mod:`~dpfusion_integrations.contexts.render`); the instruction and the plan
follow the ``style`` argument (placeholders unless given), both public.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.contexts.render import StandIn, check_style, stand_ins
from dpfusion_integrations.engine.faithful import SlotPlan
from dpfusion_integrations.tagging.grouping import Grouping

__all__ = ["FAITHFUL_INSTRUCTION", "SURROGATE_INSTRUCTION", "copy_messages", "slot_plan", "slot_segments"]

FAITHFUL_INSTRUCTION = "Copy the following text exactly. Keep the placeholders in square brackets."
#: With surrogates there are no placeholders to keep (and asking for them would invite brackets).
SURROGATE_INSTRUCTION = "Copy the following text exactly."


def copy_messages(document: str, instruction: str | None = None, *,
                  style: StandIn = StandIn.PLACEHOLDER) -> list[dict[str, str]]:
    """Chat messages asking the model to copy ``document`` (each context sees its own rendering).
    Without ``instruction``, the one that fits the stand-in ``style``."""
    if instruction is None:
        surrogate = check_style(style) is StandIn.SURROGATE
        instruction = SURROGATE_INSTRUCTION if surrogate else FAITHFUL_INSTRUCTION
    return [{"role": "user", "content": f"{instruction}\n\n{document}"}]


def slot_segments(text: str, grouping: Grouping) -> list[str]:
    """The public text around the spans: ``len(spans) + 1`` strings, leading spaces of each span's
    slot taken from the segment before it (unless that segment is only spaces)."""
    segments: list[str] = []
    cursor = 0
    for span in grouping.spans:
        segments.append(text[cursor:span.start])
        cursor = span.end
    segments.append(text[cursor:])
    for i in range(len(segments) - 1):
        stripped = segments[i].rstrip(" ")
        if stripped:
            segments[i] = stripped
    return segments


def slot_plan(tokenizer: Any, text: str, grouping: Grouping, slot_tokens: int, *,
              style: StandIn = StandIn.PLACEHOLDER) -> SlotPlan:
    """Token ids of the forced segments, the owner group of each slot, and each slot's stand-in in
    the public context (its placeholder, or its surrogate with ``style=StandIn.SURROGATE``), which
    the slot-end rule reads."""
    texts = tuple(slot_segments(text, grouping))
    fakes = tuple(stand_ins(grouping.spans, check_style(style), text=text))

    def encode(s: str) -> list[int]:
        return list(tokenizer(s, add_special_tokens=False)["input_ids"]) if s else []

    def decode(ids: Sequence[int]) -> str:
        return str(tokenizer.decode(list(ids), skip_special_tokens=True))

    return SlotPlan(segments=tuple(tuple(encode(s)) for s in texts), slot_groups=tuple(grouping.span_group),
                    slot_tokens=slot_tokens, texts=texts, encode=encode, decode=decode, stand_ins=fakes)
