"""Conversions between LlamaIndex chat messages and the core's message dicts: public marking,
private context passed by reference, the tool prompt, and tool-call parsing.

A 135M-parameter model rarely follows a tool-call format exactly, so parsing is lenient (a
``<tool_call>`` block, or any JSON object naming a known tool); the LLM adds a documented fallback
when a call is required.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, MessageRole, TextBlock, ToolCallBlock

from dpfusion_integrations.errors import DPFusionError, InvalidParameterError
from dpfusion_integrations.references import REFERENCE, lookup_reference, private_reference
from llama_index.callbacks.dpfusion.quarantine import quarantined

__all__ = ["PUBLIC_FLAG", "CoreMessages", "fallback_arguments", "mark_public", "parse_tool_calls", "private_reference",
           "to_core_messages", "tool_call_block", "tool_specs", "tools_system_message"]

#: ``ChatMessage.additional_kwargs`` flag of a public message (never tagged, passed as is).
PUBLIC_FLAG = "dpfusion_public"

_TOOL_BLOCK = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL)
_ROLES = {"developer": "system", "chatbot": "assistant", "model": "assistant", "function": "tool"}
_NAME_KEYS = ("name", "tool", "tool_name", "function")
_ARG_KEYS = ("arguments", "args", "parameters", "kwargs", "tool_kwargs")

Resolver = Callable[[str], str | None]


def mark_public(message: ChatMessage) -> ChatMessage:
    """Mark ``message`` as public: every context gets it as is, it is never tagged. Returns it."""
    message.additional_kwargs[PUBLIC_FLAG] = True
    return message


def _text(message: ChatMessage) -> str:
    parts: list[str] = []
    for block in message.blocks:
        if isinstance(block, TextBlock):
            parts.append(block.text)
        elif isinstance(block, ToolCallBlock):
            kwargs = block.tool_kwargs if isinstance(block.tool_kwargs, dict) else str(block.tool_kwargs)
            parts.append(f"<tool_call>{json.dumps({'name': block.tool_name, 'arguments': kwargs})}</tool_call>")
        elif type(block).__name__ not in ("CachePoint", "ThinkingBlock"):
            raise InvalidParameterError(f"DPFusionLLM accepts text only; got a {type(block).__name__}")
    return "\n".join(parts)


@dataclass
class CoreMessages:
    """Core message dicts, the reference ids resolved, and the first resolution failure (``error``).
    A failure is handed back rather than raised here: raised in these frames, its traceback would
    hold their locals (the resolver and the text resolved so far) for any tracer that shows them."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    error: DPFusionError | None = None


def _resolve(text: str, resolver: Resolver | None, into: CoreMessages) -> str:
    def substitute(match: re.Match[str]) -> str:
        ref_id = match.group(1)
        value = lookup_reference(resolver, ref_id, guard=quarantined) if into.error is None else ""
        if not isinstance(value, str):
            into.error = value
            return ""
        if ref_id not in into.refs:
            into.refs.append(ref_id)
        return value

    return REFERENCE.sub(substitute, text)


def to_core_messages(messages: Sequence[ChatMessage], *, public_roles: Sequence[str] = (),
                     resolver: Resolver | None = None) -> CoreMessages:
    """LlamaIndex messages → core ``{"role", "content", "public"}`` dicts, and the reference ids
    resolved. A message holding a reference is never public: the resolved text is private. On a
    failure (``error``), ``messages`` is emptied: nothing resolved is handed back."""
    out = CoreMessages()
    for message in messages:
        role = message.role.value if isinstance(message.role, MessageRole) else str(message.role)
        role = _ROLES.get(role, role)
        content = _text(message)
        public = bool(message.additional_kwargs.get(PUBLIC_FLAG)) or role in public_roles
        if REFERENCE.search(content):
            content, public = _resolve(content, resolver, out), False
        if out.error is not None:
            return CoreMessages(error=out.error)
        out.messages.append({"role": role, "content": content, "public": public})
    return out


def tool_specs(tools: Sequence[Any]) -> list[dict[str, Any]]:
    """``{"name", "description", "parameters"}`` of LlamaIndex tools (or of such dicts)."""
    specs = []
    for tool in tools:
        if isinstance(tool, Mapping):
            spec = dict(tool.get("function", tool))
        else:
            meta = tool.metadata
            spec = {"name": meta.get_name(), "description": meta.description,
                    "parameters": meta.get_parameters_dict()}
        specs.append({"name": spec["name"], "description": spec.get("description", ""),
                      "parameters": spec.get("parameters", {})})
    return specs


def tools_system_message(specs: Sequence[Mapping[str, Any]], forced: str | None) -> dict[str, Any]:
    """A public system message describing the tools and the call format (public: tool metadata is
    the application's, not the user's)."""
    lines = ["You can call these tools. Each is described by a JSON schema:", "<tools>"]
    lines += [json.dumps(dict(s)) for s in specs]
    lines.append("</tools>")
    example = json.dumps({"name": specs[0]["name"], "arguments": {}}) if specs else ""
    lines.append("To call a tool, reply with <tool_call>{\"name\": TOOL_NAME, \"arguments\": {...}}</tool_call> "
                 f"and nothing else, for example <tool_call>{example}</tool_call>.")
    if forced:
        lines.append(f"You must call the tool {forced!r} now.")
    return {"role": "system", "content": "\n".join(lines), "public": True}


def _json_objects(text: str) -> list[tuple[int, int, Any]]:
    """Every top-level JSON value that starts at a ``{`` in ``text``: (start, end, value)."""
    decoder = json.JSONDecoder()
    found, i = [], text.find("{")
    while i != -1:
        try:
            value, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError:
            i = text.find("{", i + 1)
            continue
        found.append((i, end, value))
        i = text.find("{", end)
    return found


def _properties(spec: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(((spec or {}).get("parameters") or {}).get("properties") or {})


def _as_call(value: Any, specs: Mapping[str, Mapping[str, Any]],
             forced: str | None) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(value, dict):
        return None
    name = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str) and value[k] in specs), None)
    if name is None:
        allowed = _properties(specs.get(forced)) if forced else {}
        if value and allowed and set(value) <= set(allowed):
            return str(forced), value  # a bare argument object for the one required tool
        return None
    args = next((value[k] for k in _ARG_KEYS if k in value), {})
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError:
            return None
    if not isinstance(args, dict) or (args.get("type") == "object" and "properties" in args):
        return None  # not arguments (an echo of the tool's own schema)
    return name, args


def parse_tool_calls(text: str, specs: Sequence[Mapping[str, Any]], *,
                     forced: str | None = None) -> tuple[str, list[ToolCallBlock]]:
    """Split generated ``text`` into (remaining content, tool calls). Calls come from
    ``<tool_call>`` blocks, else from any JSON object that names a known tool (or, when ``forced``
    names the required tool, a bare object of its arguments). Anything else stays text."""
    by_name = {s["name"]: s for s in specs}
    calls: list[ToolCallBlock] = []
    cut: list[tuple[int, int]] = []
    for match in _TOOL_BLOCK.finditer(text):
        objects = _json_objects(match.group(1))
        parsed = _as_call(objects[0][2], by_name, forced) if objects else None
        if parsed is not None:
            calls.append(tool_call_block(*parsed))
            cut.append(match.span())
    if not calls:
        for start, end, value in _json_objects(text):
            parsed = _as_call(value, by_name, forced)
            if parsed is not None:
                calls.append(tool_call_block(*parsed))
                cut.append((start, end))
    if not calls:
        return text, []
    rest, cursor = [], 0
    for start, end in cut:
        rest.append(text[cursor:start])
        cursor = end
    rest.append(text[cursor:])
    return "".join(rest).strip(), calls


def fallback_arguments(spec: Mapping[str, Any], answer: str) -> dict[str, Any]:
    """Arguments for a required call the model did not format: a tool whose only required
    parameter is a string gets the (already private) answer text; any other tool gets none, so
    its defaults apply."""
    properties = _properties(spec)
    required = (spec.get("parameters") or {}).get("required") or [k for k in properties
                                                                  if "default" not in properties[k]]
    if len(required) == 1 and (properties.get(required[0]) or {}).get("type", "string") == "string":
        return {required[0]: answer.strip()}
    return {}


def tool_call_block(name: str, args: dict[str, Any]) -> ToolCallBlock:
    """A tool call with a fresh random id."""
    return ToolCallBlock(tool_call_id=f"call_{uuid.uuid4().hex[:12]}", tool_name=name, tool_kwargs=args)
