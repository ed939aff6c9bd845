"""The shape of one ``ChatDPFusion`` answer: the public grammar its decode is constrained to, and how
its released text is read back (content, tool calls, invalid tool calls).

A call's options say what the answer must be: bound ``tools`` with a ``tool_choice`` (LangChain's
``bind_tools``), or a ``response_format`` (``with_structured_output``; OpenAI's
``{"type": "json_schema", ...}`` / ``{"type": "json_object"}``, which is also what LangChain's
``create_agent`` binds). :func:`output_spec` turns them into an :class:`OutputSpec`: the grammar of
:mod:`dpfusion_integrations.tool_grammar`, a public system message that tells the model the format,
and how tool calls may appear in the text. Tools, schemas and choices are the caller's code, hence
public; the grammar mask is a transformation from released tokens (``docs/guarantee.md``).

:func:`close_answer` first closes a constrained output that the budgets cut (the sampled budget,
then the core's public closing phase) with the core's fixed completion rule
(:mod:`dpfusion_integrations.engine.grammar_completion`: post-processing of released text under the
public grammar, free), and says so (``tool_call_fallback``). :func:`parse_output` then reads the text
back. Under the grammar a closed answer is exactly one or more
``<tool_call>{"name":…,"arguments":{…}}</tool_call>`` blocks (or prose, for ``"auto"``), so the
parser is strict: a block is a complete JSON value between the two markers; anything else (which
the completion leaves no room for) is reported as an ``invalid_tool_call``, never repaired into a
call with partial arguments.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from langchain_core.messages import InvalidToolCall, ToolCall

from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.engine.grammar_completion import FALLBACK_KEY, ModelAndTokenizer, complete_output
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tool_grammar import (
    CALL_CLOSE,
    CALL_OPEN,
    json_mode_grammar,
    structured_output_grammar,
    tool_call_grammar,
    tool_name,
)
from langchain_dpfusion._messages import tools_system_message

__all__ = ["FALLBACK_KEY", "INCOMPLETE_CALL", "ClosedAnswer", "OutputSpec", "close_answer", "normalize_tool_choice",
           "output_spec", "parse_output", "split_calls"]

#: How tool calls may appear in an answer: not at all, always (forced), or instead of prose ("auto").
CallMode = Literal["never", "always", "maybe"]

#: The error of an ``invalid_tool_call``: a call block that does not parse (the completion of a cut
#: answer leaves none, so this means the released text did not read back as the grammar wrote it).
INCOMPLETE_CALL = "the answer holds a tool call block that does not read back as a complete call of a bound tool"

_KEYWORD_CHOICES = frozenset({"auto", "none", "any", "required"})
_REQUIRED_CHOICES = frozenset({"any", "required"})
_DECODER = json.JSONDecoder()
_CALL_NAME = re.compile(re.escape(CALL_OPEN) + r'\{"name":"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class OutputSpec:
    """What one call's answer must look like.

    ``grammar`` is what the core constrains every context to (``None``: free text); ``hint`` a public
    system message describing the format to the model; ``calls`` whether tool calls never, always or
    maybe (``tool_choice="auto"``: the first token chooses between prose and calls) make up the
    answer; ``json_only`` whether the whole answer is JSON (forced calls, structured output), which
    is when ``structured_max_tokens`` sets the sampled-token budget.
    """

    grammar: Grammar | None = None
    hint: dict[str, Any] | None = None
    calls: CallMode = "never"
    tool_names: tuple[str, ...] = ()
    json_only: bool = False


def normalize_tool_choice(tool_choice: Any, names: Sequence[str]) -> str | None:
    """``tool_choice`` in the forms LangChain and providers use, as ``None`` (unset: ``"auto"`` when
    tools are bound), ``"auto"``, ``"none"``, ``"any"``, ``"required"`` or a bound tool's name.

    Accepted: those strings, ``True`` (``"any"``), ``False`` (``"none"``), and the dict forms
    ``{"type": "function", "function": {"name": …}}``, ``{"type": "tool", "name": …}`` and
    ``{"type": "auto" | "any" | "none" | "required"}``. Anything else, or a name no bound tool has,
    is an ``InvalidParameterError``.
    """
    if tool_choice is None or isinstance(tool_choice, bool):
        return None if tool_choice is None else ("any" if tool_choice else "none")
    if isinstance(tool_choice, Mapping):
        kind = tool_choice.get("type")
        function = tool_choice.get("function")
        if kind == "function" and isinstance(function, Mapping):
            tool_choice = function.get("name")
        elif kind == "tool":
            tool_choice = tool_choice.get("name")
        else:
            tool_choice = kind
    if not isinstance(tool_choice, str):
        raise InvalidParameterError("tool_choice must be 'auto', 'none', 'any', 'required', a bound tool's name, "
                                    "True, or a provider-style dict naming one of those")
    if tool_choice in _KEYWORD_CHOICES or tool_choice in names:
        return tool_choice
    raise InvalidParameterError("tool_choice names no bound tool; give 'auto', 'none', 'any', 'required' or the "
                                "name of one of the bound tools")


def output_spec(options: Mapping[str, Any]) -> OutputSpec:
    """The :class:`OutputSpec` of a call with these options (``tools``, ``tool_choice``,
    ``parallel_tool_calls``, ``response_format``). Invalid combinations are an
    ``InvalidParameterError`` (a bad schema a ``GrammarError``), before anything is reserved; so is a
    ``tool_choice`` that forces a call (or names a tool) with no tools bound, which could not be
    honoured."""
    tools = list(options.get("tools") or [])
    response_format = options.get("response_format")
    parallel = options.get("parallel_tool_calls")
    if parallel is not None and not isinstance(parallel, bool):
        raise InvalidParameterError("parallel_tool_calls must be True, False or None")
    if tools:
        names = tuple(tool_name(t) for t in tools)
        choice = normalize_tool_choice(options.get("tool_choice"), names) or "auto"
        if choice != "none":
            if response_format is not None:
                raise InvalidParameterError("give tools or response_format, not both (bind tools with "
                                            "tool_choice='none' to answer in the response format)")
            grammar = tool_call_grammar(tools, choice, parallel=parallel is not False)
            forced = choice != "auto"
            return OutputSpec(grammar=grammar, hint=tools_system_message(tools, choice),
                              calls="always" if forced else "maybe", tool_names=names, json_only=forced)
    elif normalize_tool_choice(options.get("tool_choice"), ()) in _REQUIRED_CHOICES:
        raise InvalidParameterError("tool_choice requires a tool call, but no tools are bound: bind tools "
                                    "(bind_tools) or leave tool_choice unset")
    if response_format is not None:
        grammar, hint = _response_format(response_format)
        return OutputSpec(grammar=grammar, hint=hint, json_only=True)
    return OutputSpec()


def _response_format(response_format: Any) -> tuple[Grammar, dict[str, Any]]:
    """Grammar and hint of an OpenAI-style ``response_format``: ``{"type": "json_object"}`` (any JSON
    object) or ``{"type": "json_schema", "json_schema": {"schema": {...}, ...}}`` (one JSON value
    valid against the schema, every object closed to the keys it declares)."""
    kind = response_format.get("type") if isinstance(response_format, Mapping) else None
    if kind == "json_object":
        return json_mode_grammar(), _hint("Reply with one JSON object.")
    spec = response_format.get("json_schema") if kind == "json_schema" else None
    schema = spec.get("schema") if isinstance(spec, Mapping) else None
    if not isinstance(schema, Mapping):
        raise InvalidParameterError("response_format must be {'type': 'json_object'} or {'type': 'json_schema', "
                                    "'json_schema': {'schema': {...}}}")
    text = json.dumps(schema, separators=(",", ":"), default=str)
    return (structured_output_grammar(schema),
            _hint(f"Reply with one JSON value that follows this JSON schema:\n{text}"))


def _hint(text: str) -> dict[str, Any]:
    return {"role": "system", "content": text, "public": True}


class ClosedAnswer(NamedTuple):
    """A call's released text, with the completion appended when the budget cut a constrained output.
    ``completed``: whether the completion added anything (``None``: the call had no grammar)."""

    text: str
    completed: bool | None


def close_answer(engine: ModelAndTokenizer, spec: OutputSpec, text: str) -> ClosedAnswer:
    """``text`` closed under ``spec``'s grammar by the core's fixed rule (unchanged when it is already
    complete, or without a grammar). The rule reads only released text, the public grammar and the
    tokenizer: free post-processing. A text that does not follow the grammar is a ``GrammarError``
    (an engine bug), which quotes nothing."""
    if spec.grammar is None:
        return ClosedAnswer(text, None)
    suffix = complete_output(engine, spec.grammar, text)
    return ClosedAnswer(text + suffix, bool(suffix))


def parse_output(text: str, spec: OutputSpec) -> tuple[str, list[ToolCall], list[InvalidToolCall]]:
    """``(content, tool_calls, invalid_tool_calls)`` of the answer ``text`` of a call with ``spec``
    (the released text as :func:`close_answer` closed it).

    With calls ``"maybe"`` (``tool_choice="auto"``) the answer is prose unless it starts with a call
    (the grammar makes prose start with any character but ``<``). A call's ``args`` are its parsed
    arguments; a block that does not parse becomes one invalid tool call whose ``args`` is the raw
    block.
    """
    if spec.calls == "never" or (spec.calls == "maybe" and not text.startswith("<")):
        return text, [], []
    calls, tail = split_calls(text, spec.tool_names)
    parsed = [ToolCall(name=name, args=args, id=new_call_id(), type="tool_call") for name, args in calls]
    invalid = [invalid_call(tail)] if tail else []
    return "", parsed, invalid


def split_calls(text: str, names: Sequence[str]) -> tuple[list[tuple[str, dict[str, Any]]], str]:
    """The complete ``(name, arguments)`` blocks at the start of ``text``, and what follows them
    (empty when the text is whole blocks; otherwise an unfinished or foreign block)."""
    calls: list[tuple[str, dict[str, Any]]] = []
    pos = 0
    while text.startswith(CALL_OPEN, pos):
        try:
            payload, end = _DECODER.raw_decode(text, pos + len(CALL_OPEN))
        except json.JSONDecodeError:
            break
        name = payload.get("name") if isinstance(payload, dict) else None
        args = payload.get("arguments") if isinstance(payload, dict) else None
        if not text.startswith(CALL_CLOSE, end) or name not in names or not isinstance(args, dict):
            break
        calls.append((name, args))
        pos = end + len(CALL_CLOSE)
    return calls, text[pos:]


def invalid_call(block: str) -> InvalidToolCall:
    """An unfinished call block as an ``InvalidToolCall`` (the tool's name when it was released)."""
    return InvalidToolCall(name=call_name(block), args=block, id=new_call_id(), error=INCOMPLETE_CALL,
                           type="invalid_tool_call")


def call_name(block: str) -> str | None:
    """The tool name at the start of a (possibly unfinished) call block, if complete."""
    match = _CALL_NAME.match(block)
    if match is None:
        return None
    try:
        return str(json.loads(f'"{match.group(1)}"'))
    except json.JSONDecodeError:
        return None


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"
