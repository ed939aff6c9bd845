"""Conversions between LlamaIndex chat messages and the core's message dicts: public marking,
private context passed by reference, the tool prompt, and tool-call parsing.

Tool calls are written in the format of ``dpfusion_integrations.tool_grammar``
(``<tool_call>{"name": ..., "arguments": {...}}</tool_call>``, compact JSON): the grammar makes
every call the model writes valid, the history shows past calls the same way, and parsing is strict.
Tool results (role ``tool``) are private data like any message: tagged, never public unless marked.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, MessageRole, TextBlock, ToolCallBlock

from dpfusion_integrations.errors import DPFusionError, GrammarError, InvalidParameterError
from dpfusion_integrations.references import REFERENCE, lookup_reference, private_reference
from dpfusion_integrations.tool_grammar import CALL_CLOSE, CALL_OPEN
from llama_index.callbacks.dpfusion.quarantine import quarantined

__all__ = ["PUBLIC_FLAG", "CoreMessages", "mark_public", "parse_tool_calls", "private_reference", "to_core_messages",
           "tool_call_block", "tool_specs", "tools_system_message"]

#: ``ChatMessage.additional_kwargs`` flag of a public message (never tagged, passed as is).
PUBLIC_FLAG = "dpfusion_public"

_ROLES = {"developer": "system", "chatbot": "assistant", "model": "assistant", "function": "tool"}

#: JSON separators of the call format (the grammar writes compact JSON).
_COMPACT = (",", ":")

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
            call = json.dumps({"name": block.tool_name, "arguments": kwargs}, separators=_COMPACT)
            parts.append(f"{CALL_OPEN}{call}{CALL_CLOSE}")
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
                     public_texts: Collection[str] = (), resolver: Resolver | None = None) -> CoreMessages:
    """LlamaIndex messages → core ``{"role", "content", "public"}`` dicts, and the reference ids
    resolved. A message is public when flagged (``mark_public``), when its role is in
    ``public_roles``, or when its whole text is one of ``public_texts`` (bound to the content, so text
    a framework adds to such a message, e.g. memory in the system prompt, makes it private again).
    A message holding a reference is never public: the resolved text is private. On a failure
    (``error``), ``messages`` is emptied: nothing resolved is handed back."""
    out = CoreMessages()
    for message in messages:
        role = message.role.value if isinstance(message.role, MessageRole) else str(message.role)
        role = _ROLES.get(role, role)
        content = _text(message)
        public = (bool(message.additional_kwargs.get(PUBLIC_FLAG)) or role in public_roles
                  or content in public_texts)
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
    example = json.dumps({"name": specs[0]["name"], "arguments": {}}, separators=_COMPACT) if specs else ""
    lines.append(f'To call a tool, reply with {CALL_OPEN}{{"name":TOOL_NAME,"arguments":{{...}}}}{CALL_CLOSE} '
                 f"and nothing else, for example {CALL_OPEN}{example}{CALL_CLOSE}.")
    if forced:
        lines.append(f"You must call the tool {forced!r} now.")
    return {"role": "system", "content": "\n".join(lines), "public": True}


def parse_tool_calls(text: str, specs: Sequence[Mapping[str, Any]]) -> tuple[str, list[ToolCallBlock]]:
    """Split a constrained output into (content, tool calls).

    The tool-call grammar makes the output either prose that does not start with ``<`` (``"auto"``
    only) or one or more ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>`` blocks, each a
    call of a bound tool whose arguments validate against its schema. So calls are read from blocks
    at the start of the output only: a block inside prose was not constrained and stays text. Output
    that starts with a block but is not a run of well-formed calls of known tools would be an engine
    bug: ``GrammarError``, whose message quotes none of the (private) output."""
    if not text.startswith(CALL_OPEN):
        return text, []
    known = {s["name"] for s in specs}
    decoder = json.JSONDecoder()
    calls: list[ToolCallBlock] = []
    cursor = 0
    while text.startswith(CALL_OPEN, cursor):
        try:
            value, end = decoder.raw_decode(text, cursor + len(CALL_OPEN))
        except json.JSONDecodeError:
            raise GrammarError("a constrained tool call is not valid JSON") from None
        name, args = (value.get("name"), value.get("arguments")) if isinstance(value, dict) else (None, None)
        if name not in known or not isinstance(args, dict) or not text.startswith(CALL_CLOSE, end):
            raise GrammarError("a constrained tool call does not name a bound tool with an argument object")
        calls.append(tool_call_block(name, args))
        cursor = end + len(CALL_CLOSE)
    return text[cursor:].strip(), calls


def tool_call_block(name: str, args: dict[str, Any]) -> ToolCallBlock:
    """A tool call with a fresh random id."""
    return ToolCallBlock(tool_call_id=f"call_{uuid.uuid4().hex[:12]}", tool_name=name, tool_kwargs=args)
