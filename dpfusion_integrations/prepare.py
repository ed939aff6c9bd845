"""From raw input to aligned contexts: text → spans → groups → public/per-group token contexts.

This is the first half of the data path (the second is the fused decode). Everything here runs
inside the trust boundary and raises typed errors before any budget is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from dpfusion_integrations.contexts import PARAPHRASE_INSTRUCTION, encode_chat, paraphrase_messages, render_contexts
from dpfusion_integrations.contexts.faithful import copy_messages, slot_plan
from dpfusion_integrations.contexts.render import StandIn
from dpfusion_integrations.engine.faithful import SlotPlan
from dpfusion_integrations.errors import ContextTooLongError, EmptyTextError, InvalidParameterError, NoPrivateSpansError
from dpfusion_integrations.release_settings import check_surrogates
from dpfusion_integrations.tagging import (
    GroupPolicy,
    Grouping,
    Span,
    Tagger,
    group_spans,
    has_markup,
    parse_markup,
    parse_markup_lenient,
    union_spans,
    validate_spans,
)
from dpfusion_integrations.tagging.language import checked_tag

__all__ = ["MarkupMode", "PreparedCall", "SpanSource", "check_budget_fits", "find_spans", "parse_markup_mode",
           "prepare_faithful", "prepare_messages", "prepare_text"]

logger = logging.getLogger(__name__)

SpanSource = Sequence[Span | tuple[int, int, str]] | None


class MarkupMode(str, Enum):
    """What ``<private>`` markup in a text means.

    ``augment`` (default): markup adds spans to the tagger's, which still runs on the whole text, so
    markup that arrives inside data (a retrieved chunk, a tool result) can never switch tagging off;
    malformed markup is repaired towards protecting more, never an error. ``exclusive``: the caller
    vouches that the markup marks everything private; it is the only span source and malformed markup
    is an :class:`InvalidParameterError` (offsets only).
    """

    AUGMENT = "augment"
    EXCLUSIVE = "exclusive"


def parse_markup_mode(mode: MarkupMode | str) -> MarkupMode:
    try:
        return MarkupMode(mode)
    except ValueError:
        raise InvalidParameterError(
            f"unknown markup mode; valid modes are {', '.join(repr(m.value) for m in MarkupMode)}") from None


@dataclass(frozen=True)
class PreparedCall:
    """One document ready to decode. ``redacted`` is the public rendering (safe to release)."""

    contexts: tuple[tuple[int, ...], ...]  # public first, then one per group
    redacted: str
    grouping: Grouping
    tagger_name: str
    plan: SlotPlan | None = None  # faithful release only: forced segments and slots
    instruction: str | None = None  # paraphrase only: the task instruction (an echo of it is cut)
    surrogates: bool = False  # faithful release only: hidden spans shown as surrogates, not placeholders

    def unit_group_indices(self) -> dict[str, list[int]]:
        """Unit id → indices of the groups holding that unit's values."""
        out: dict[str, list[int]] = {}
        for index, group in enumerate(self.grouping.groups):
            for unit in group.units:
                out.setdefault(unit, []).append(index)
        return out

    @property
    def n_groups(self) -> int:
        return len(self.grouping.groups)

    def unit_groups(self) -> dict[str, int]:
        """Unit id → how many of this call's groups hold that unit's values."""
        counts: dict[str, int] = {}
        for group in self.grouping.groups:
            for unit in group.units:
                counts[unit] = counts.get(unit, 0) + 1
        return counts

    def has_partial_units(self) -> bool:
        """Whether some group holds the values of more than one unit, i.e. some (default, per-value)
        unit is a strict subset of its group."""
        return any(len(group.units) > 1 for group in self.grouping.groups)


def find_spans(text: str, spans: SpanSource, tagger: Tagger,
               markup: MarkupMode = MarkupMode.AUGMENT) -> tuple[str, list[Span], str]:
    """``(clean_text, spans, source)``: explicit spans are the caller's choice and used alone;
    otherwise the tagger runs, and inline markup adds to it (or, with ``markup="exclusive"``, the
    markup alone is used). The tagger runs only through
    :func:`~dpfusion_integrations.tagging.language.checked_tag`, so a text in a language it does not
    support is refused (:class:`~dpfusion_integrations.errors.UnsupportedLanguageError`) before it is
    tagged."""
    if spans is not None:
        return text, validate_spans(text, spans), "explicit-spans"
    if not has_markup(text):
        return text, checked_tag(tagger, text), tagger.name
    if markup is MarkupMode.EXCLUSIVE:
        clean, found = parse_markup(text)
        return clean, found, "inline-markup"
    parsed = parse_markup_lenient(text)
    if parsed.malformed:
        logger.warning("%d malformed <private> tag(s) repaired or left as text; the tagger covers the text",
                       parsed.malformed)
    return parsed.clean, union_spans(parsed.spans, checked_tag(tagger, parsed.clean)), f"{tagger.name}+inline-markup"


def _stand_in(surrogates: object) -> StandIn:
    """The stand-in style of a faithful release from its ``surrogates`` flag, checked by
    :func:`~dpfusion_integrations.release_settings.check_surrogates` (a bool; anything else is refused)."""
    return StandIn.SURROGATE if check_surrogates("faithful", surrogates) else StandIn.PLACEHOLDER


def _check_text(text: object, what: str) -> str:
    if not isinstance(text, str):
        raise InvalidParameterError(f"{what} must be a str, got {type(text).__name__}")
    if not text.strip():
        raise EmptyTextError(f"{what} is empty")
    return text


def _check_fits(contexts: Sequence[Sequence[int]], max_new_tokens: int, limit: int | None, *,
                public: bool = True) -> None:
    """Refuse contexts that do not fit the window. The error carries only the public context's
    length (``contexts[0]`` when ``public``): the others' lengths depend on the private values."""
    if limit is None:
        return
    longest = max(len(c) for c in contexts)
    if longest + max_new_tokens > limit:
        raise ContextTooLongError(context_tokens=len(contexts[0]) if public else None,
                                  max_new_tokens=max_new_tokens, limit=limit)


def check_budget_fits(prepared: PreparedCall, max_new_tokens: int, limit: int | None) -> None:
    """Refuse a token budget the prepared contexts cannot hold (``ContextTooLongError``)."""
    _check_fits(prepared.contexts, max_new_tokens, limit)


def _require_groups(grouping: Grouping, allow_no_spans: bool) -> None:
    if not grouping.groups and not allow_no_spans:
        raise NoPrivateSpansError(
            "no private span was found or given; pass allow_no_spans=True to decode the text as public "
            "(no privacy cost), or mark spans explicitly"
        )


def prepare_text(
    text: str,
    *,
    tokenizer: Any,
    tagger: Tagger,
    policy: GroupPolicy,
    unit_key: bytes,
    max_new_tokens: int,
    context_limit: int | None,
    spans: SpanSource = None,
    instruction: str | None = None,
    allow_no_spans: bool = False,
    markup: MarkupMode = MarkupMode.AUGMENT,
) -> PreparedCall:
    """Contexts for the paraphrase task on one text."""
    _check_text(text, "text")
    if context_limit is not None:  # cheap guard before running the tagger on a huge input
        _check_fits([tokenizer(text, add_special_tokens=False)["input_ids"]], max_new_tokens, context_limit,
                    public=False)
    clean, found, source = find_spans(text, spans, tagger, markup)
    grouping = group_spans(clean, found, policy, unit_key=unit_key)
    _require_groups(grouping, allow_no_spans)
    public, per_group = render_contexts(clean, grouping)
    task = PARAPHRASE_INSTRUCTION if instruction is None else instruction
    contexts = tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t, task))) for t in [public, *per_group])
    _check_fits(contexts, max_new_tokens, context_limit)
    return PreparedCall(contexts=contexts, redacted=public, grouping=grouping, tagger_name=source, instruction=task)


def prepare_faithful(
    text: str,
    *,
    tokenizer: Any,
    tagger: Tagger,
    policy: GroupPolicy,
    unit_key: bytes,
    slot_tokens: int,
    context_limit: int | None,
    spans: SpanSource = None,
    allow_no_spans: bool = False,
    markup: MarkupMode = MarkupMode.AUGMENT,
    surrogates: bool = False,
) -> PreparedCall:
    """Contexts and plan for the faithful release of one text: every context asks the model to copy
    its own rendering; the output is the public text (forced) with one slot per private span.

    ``surrogates`` (a bool; anything else is an ``InvalidParameterError``) picks what a hidden span
    becomes in every context, in the copy instruction and in the slot plan: its ``[TYPE]``
    placeholder (False, the default) or the fixed surrogate of its type and position (True)."""
    style = _stand_in(surrogates)
    _check_text(text, "text")
    if context_limit is not None and 2 * len(tokenizer(text, add_special_tokens=False)["input_ids"]) > context_limit:
        # Cheap guard before tagging: the prompt holds the text and the output copies it. The raw length
        # is private, so the error gives no number.
        raise ContextTooLongError(context_tokens=None, max_new_tokens=None, limit=context_limit,
                                  output="its faithful copy", remedy="use release='paraphrase'")
    clean, found, source = find_spans(text, spans, tagger, markup)
    grouping = group_spans(clean, found, policy, unit_key=unit_key)
    _require_groups(grouping, allow_no_spans)
    public, per_group = render_contexts(clean, grouping, style=style)
    contexts = tuple(tuple(encode_chat(tokenizer, copy_messages(t, style=style))) for t in [public, *per_group])
    plan = slot_plan(tokenizer, clean, grouping, slot_tokens, style=style)
    output_tokens = sum(len(s) for s in plan.segments) + slot_tokens * len(plan.slot_groups)  # public
    if context_limit is not None and max(len(c) for c in contexts) + output_tokens > context_limit:
        raise ContextTooLongError(context_tokens=len(contexts[0]), max_new_tokens=None, limit=context_limit,
                                  output=f"a faithful copy of up to {output_tokens} tokens "
                                         f"(slot_tokens={slot_tokens} per private span)",
                                  remedy="lower slot_tokens")
    return PreparedCall(contexts=contexts, redacted=public, grouping=grouping, tagger_name=source, plan=plan,
                        surrogates=surrogates)


def prepare_messages(
    messages: Sequence[Mapping[str, Any]],
    *,
    tokenizer: Any,
    tagger: Tagger,
    policy: GroupPolicy,
    unit_key: bytes,
    max_new_tokens: int,
    context_limit: int | None,
    spans: Sequence[SpanSource] | None = None,
    allow_no_spans: bool = False,
    markup: MarkupMode = MarkupMode.AUGMENT,
) -> PreparedCall:
    """Contexts for a chat: each message's spans are tagged (or given, or marked up); a message with
    ``"public": True`` is taken as is. Groups are formed over all messages together."""
    if not messages:
        raise EmptyTextError("messages is empty")
    if spans is not None and len(spans) != len(messages):
        raise InvalidParameterError("spans must hold one entry (or None) per message")
    separator = "\n\n"
    contents: list[str] = []
    all_spans: list[Span] = []
    sources: set[str] = set()
    offset = 0
    for i, message in enumerate(messages):
        role, content = message.get("role"), message.get("content")
        if not isinstance(role, str) or not role:
            raise InvalidParameterError(f"message {i} has no role")
        if not isinstance(content, str):
            raise InvalidParameterError(f"message {i} content must be a str")
        if message.get("public", False):
            clean, found = content, []
        else:
            clean, found, source = find_spans(content, None if spans is None else spans[i], tagger, markup)
            sources.add(source)
        contents.append(clean)
        all_spans.extend(Span(s.start + offset, s.end + offset, s.entity_type, s.score) for s in found)
        offset += len(clean) + len(separator)
    if not any(c.strip() for c in contents):
        raise EmptyTextError("every message is empty")
    combined = separator.join(contents)
    grouping = group_spans(combined, all_spans, policy, unit_key=unit_key)
    _require_groups(grouping, allow_no_spans)
    public, per_group = render_contexts(combined, grouping)
    # Rendering never moves a separator: spans never cross message boundaries.
    variants = [t.split(separator) if len(contents) > 1 else [t] for t in [public, *per_group]]
    if any(len(v) != len(contents) for v in variants):  # a message itself contained the separator
        variants = [_split_by_message(combined, grouping, contents, separator, g) for g in range(-1, len(per_group))]
    contexts = tuple(
        tuple(encode_chat(tokenizer, [{"role": m["role"], "content": c} for m, c in zip(messages, v, strict=True)]))
        for v in variants
    )
    _check_fits(contexts, max_new_tokens, context_limit)
    return PreparedCall(contexts=contexts, redacted="\n\n".join(variants[0]), grouping=grouping,
                        tagger_name="+".join(sorted(sources)) or "public")


def _split_by_message(combined: str, grouping: Grouping, contents: list[str], separator: str, reveal: int) -> list[str]:
    """Render each message on its own (used when a message contains the separator itself)."""
    from dpfusion_integrations.contexts import render

    out, start = [], 0
    for content in contents:
        end = start + len(content)
        idx = [k for k, s in enumerate(grouping.spans) if start <= s.start and s.end <= end]
        local = [Span(grouping.spans[k].start - start, grouping.spans[k].end - start, grouping.spans[k].entity_type)
                 for k in idx]
        out.append(render(content, local, [grouping.span_group[k] == reveal for k in idx]))
        start = end + len(separator)
    return out
