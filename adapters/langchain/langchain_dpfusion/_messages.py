"""Conversions between LangChain messages and the core's chat messages, and tool-call parsing."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Collection, Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ChatMessage, HumanMessage, SystemMessage, ToolMessage

from dpfusion_integrations.references import REFERENCE, lookup_reference

PUBLIC_FLAG = "dpfusion_public"

_TOOL_BLOCK = re.compile(r"<tool_call>\s*(\{.*?\})\s*(?:</tool_call>|$)", re.DOTALL)


def mark_public(message: BaseMessage) -> BaseMessage:
    """Mark a message as public: it is passed to every context as is and never tagged."""
    message.additional_kwargs[PUBLIC_FLAG] = True
    return message


def _text(content: str | list[Any]) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "\n".join(parts)


def _role(message: BaseMessage) -> str:
    if isinstance(message, SystemMessage):
        return "system"
    if isinstance(message, HumanMessage):
        return "user"
    if isinstance(message, AIMessage):
        return "assistant"
    if isinstance(message, ToolMessage):
        return "tool"
    if isinstance(message, ChatMessage):
        return message.role
    return message.type


def _render_tool_calls(message: AIMessage) -> str:
    calls = [json.dumps({"name": c["name"], "arguments": c["args"]}) for c in message.tool_calls]
    return "".join(f"<tool_call>{c}</tool_call>" for c in calls)


def convert_messages(messages: Sequence[BaseMessage], public_roles: Sequence[str] = (),
                     public_texts: Collection[str] = ()) -> list[dict[str, Any]]:
    """LangChain messages → ``{"role", "content", "public"}`` dicts for the core.

    A message is public when flagged (``mark_public``), when its role is in ``public_roles``, or when
    its whole text is one of ``public_texts`` (bound to the content: anything added makes it private).
    A tool result names its tool, not its call id: the id is random, so it would be tagged as an
    identifier and make seeded runs differ."""
    out = []
    for message in messages:
        role = _role(message)
        content = _text(message.content)
        public = (bool(message.additional_kwargs.get(PUBLIC_FLAG)) or role in public_roles
                  or content in public_texts)
        if isinstance(message, AIMessage) and message.tool_calls:
            content = (content + "\n" if content else "") + _render_tool_calls(message)
        if isinstance(message, ToolMessage):
            content = f"Result of {message.name or 'the tool'}: {content}"
        out.append({"role": role, "content": content, "public": public})
    return out


def tools_system_message(tools: Sequence[dict[str, Any]], tool_choice: str | None) -> dict[str, Any]:
    """A public system message that describes the tools and the call format to the model."""
    specs = [t.get("function", t) for t in tools]
    lines = ["You can call these tools. Each is described by a JSON schema:"]
    lines += [json.dumps({"name": s["name"], "description": s.get("description", ""),
                          "parameters": s.get("parameters", {})}) for s in specs]
    lines.append('To call a tool, reply with <tool_call>{"name": TOOL_NAME, "arguments": {...}}</tool_call> '
                 "and nothing else.")
    if tool_choice in ("any", "required"):
        lines.append("You must call one of these tools now.")
    elif tool_choice and tool_choice not in ("auto", "none"):
        lines.append(f"You must call the tool {tool_choice!r} now.")
    return {"role": "system", "content": "\n".join(lines), "public": True}


def parse_tool_calls(text: str, tool_names: Sequence[str]) -> tuple[str, list[dict[str, Any]]]:
    """Split generated ``text`` into (content, tool_calls). A call names a known tool and carries a
    JSON object of arguments; anything else stays text."""
    calls = []
    for match in _TOOL_BLOCK.finditer(text):
        try:
            payload = json.loads(match.group(1))
        except json.JSONDecodeError:
            continue
        name = payload.get("name") if isinstance(payload, dict) else None
        args = payload.get("arguments", payload.get("args", {})) if isinstance(payload, dict) else None
        if name in tool_names and isinstance(args, dict):
            calls.append({"name": name, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"})
    if not calls:
        return text, []
    return _TOOL_BLOCK.sub("", text).strip(), calls


def resolve_references(messages: list[dict[str, Any]], resolver: Any) -> list[dict[str, Any]]:
    """Replace every ``{{private:ID}}`` by ``resolver(ID)``; a message that had one is never public."""
    if resolver is None:
        return messages
    out = []
    for message in messages:
        content = message["content"]
        if REFERENCE.search(content):
            content = REFERENCE.sub(lambda m: _resolve(resolver, m.group(1)), content)
            message = {**message, "content": content, "public": False}
        out.append(message)
    return out


def _resolve(resolver: Any, ref_id: str) -> str:
    """``resolver(ref_id)``, quarantined (its callbacks, traces and logs carry nothing out); a failure
    leaves as the typed error :func:`lookup_reference` made, raised outside any handler."""
    from langchain_dpfusion._quarantine import silenced

    value = lookup_reference(resolver, ref_id, guard=silenced)
    if not isinstance(value, str):
        raise value
    return value
