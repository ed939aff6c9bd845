"""Grammars for tool calls and structured output, shared by both adapters.

A tool call is written as ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>`` (the format
the adapters describe to the model and parse back). The grammar built here makes every call the
model writes valid: ``name`` is one of the bound tools and ``arguments`` validates against that
tool's JSON schema. Tools and their schemas are the caller's code, hence public; the mask they
induce is a transformation from released tokens (``docs/guarantee.md``).

``tool_choice``:

- ``"required"`` / ``"any"``: one call (or several with ``parallel``), nothing else;
- a tool name: a call to that tool;
- ``"auto"``: either prose, or calls: once the output starts with ``<tool_call>`` it is constrained;
  prose may not start with ``<`` (so the choice is made at the first token);
- ``"none"`` / ``None``: no grammar.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.schema_refs import inline_refs

__all__ = ["CALL_CLOSE", "CALL_OPEN", "closed", "json_mode_grammar", "structured_output_grammar",
           "tool_call_grammar", "tool_name"]

CALL_OPEN = "<tool_call>"
CALL_CLOSE = "</tool_call>"
#: Compact JSON: no free whitespace for the model to spend steps on.
_COMPACT = {"whitespace_flexible": False}
_REQUIRED = frozenset({"required", "any"})


def tool_name(spec: Mapping[str, Any]) -> str:
    """The name of an OpenAI-style tool spec (``{"type": "function", "function": {...}}`` or the
    bare function dict)."""
    fn = spec.get("function", spec)
    name = fn.get("name") if isinstance(fn, Mapping) else None
    if not isinstance(name, str) or not name:
        raise GrammarError("every tool needs a non-empty name")
    return name


def _parameters(spec: Mapping[str, Any]) -> dict[str, Any]:
    fn = spec.get("function", spec)
    params = fn.get("parameters") if isinstance(fn, Mapping) else None
    if params is None:
        return {"type": "object", "properties": {}}
    if not isinstance(params, Mapping):
        raise GrammarError(f"the parameters of tool {tool_name(spec)!r} must be a JSON schema object")
    return inline_refs(params)  # embedded under "arguments": its own "#/$defs/..." would dangle there


def closed(schema: Any) -> Any:
    """``schema`` with ``additionalProperties: false`` on every object schema that does not say
    otherwise (as OpenAI's strict mode requires): a call may hold only the keys its tool declares,
    so the model cannot wander into keys of its own and run out of budget there."""
    if isinstance(schema, list):
        return [closed(s) for s in schema]
    if not isinstance(schema, Mapping):
        return schema
    out = {k: closed(v) if k not in ("properties", "$defs", "definitions", "patternProperties", "const", "enum",
                                     "default", "examples") else v
           for k, v in schema.items()}
    for key in ("properties", "$defs", "definitions", "patternProperties"):
        if isinstance(schema.get(key), Mapping):
            out[key] = {name: closed(sub) for name, sub in schema[key].items()}
    if (schema.get("type") == "object" or "properties" in schema) and "additionalProperties" not in schema:
        out["additionalProperties"] = False
    return out


def _call_schema(spec: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": "object",
            "properties": {"name": {"const": tool_name(spec)}, "arguments": closed(_parameters(spec))},
            "required": ["name", "arguments"], "additionalProperties": False}


def tool_call_grammar(tools: Sequence[Mapping[str, Any]], tool_choice: str | None = "auto", *,
                      parallel: bool = True) -> Grammar | None:
    """The grammar of the output when ``tools`` are bound with ``tool_choice`` (``None`` when the
    output is unconstrained: no tools, or ``tool_choice="none"``)."""
    if not tools or tool_choice in (None, "none"):
        return None
    names = [tool_name(t) for t in tools]
    if len(set(names)) != len(names):
        raise GrammarError("tool names must be distinct")
    if tool_choice in _REQUIRED or tool_choice == "auto":
        chosen = list(tools)
    elif tool_choice in names:
        chosen = [tools[names.index(tool_choice)]]
    else:
        raise GrammarError(f"tool_choice must be 'auto', 'required', 'any', 'none' or a bound tool's name; "
                           f"got {tool_choice!r}")
    schemas = [_call_schema(t) for t in chosen]
    call = {"x-guidance": _COMPACT, **(schemas[0] if len(schemas) == 1 else {"anyOf": schemas})}
    repeat = "+" if parallel else ""
    calls = f'calls: ({json.dumps(CALL_OPEN)} call {json.dumps(CALL_CLOSE)}){repeat}'
    rules = [calls, f"call: %json {json.dumps(call)}"]
    if tool_choice == "auto":
        # Prose that does not start with "<", or calls: the model chooses at its first token.
        rules = ["start: calls | prose", *rules, r"prose: /[^<](.|\n)*/"]
    else:
        rules = ["start: calls", *rules]
    return Grammar.lark("\n".join(rules) + "\n")


def structured_output_grammar(schema: Mapping[str, Any]) -> Grammar:
    """One compact JSON value valid against ``schema`` with its objects ``closed`` (structured output,
    json_schema method)."""
    if not isinstance(schema, Mapping):
        raise GrammarError("a structured-output schema must be a JSON schema object")
    return Grammar.json_schema(closed(schema))  # compact by Grammar.json_schema's defaults


def json_mode_grammar() -> Grammar:
    """Any JSON object (structured output, json_mode method)."""
    return Grammar.json_schema({"type": "object"})
