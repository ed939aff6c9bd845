"""JSON schemas made self-contained, so that they can be embedded in a larger grammar.

A pydantic model with nested models has a JSON schema whose nested parts live in ``$defs`` and are
referenced as ``{"$ref": "#/$defs/Name"}``: a pointer from the schema's own root. The call grammars
embed a tool's schema inside a larger one (the call object ``{"name", "arguments"}``, a ReAct step),
where that root is no longer the tool's, so the references would dangle. :func:`inline_refs`
replaces each local reference by the definition it names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dpfusion_integrations.errors import GrammarError

__all__ = ["inline_refs"]

_DEF_KEYS = ("$defs", "definitions")


def _definition(ref: str, defs: Mapping[str, Mapping[str, Any]]) -> tuple[str, Any]:
    for key in _DEF_KEYS:
        prefix = f"#/{key}/"
        if ref.startswith(prefix) and ref[len(prefix):] in defs.get(key, {}):
            return ref, defs[key][ref[len(prefix):]]
    raise GrammarError(f"a tool schema holds a reference that is not one of its own definitions: {ref!r}")


def _inline(node: Any, defs: Mapping[str, Mapping[str, Any]], seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(n, defs, seen) for n in node]
    if not isinstance(node, Mapping):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name, target = _definition(ref, defs)
        if name in seen:
            raise GrammarError(f"a recursive tool schema cannot be constrained ({ref!r} refers to itself)")
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        resolved = _inline(target, defs, (*seen, name))
        return {**resolved, **_inline(siblings, defs, seen)} if siblings else resolved
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DEF_KEYS:
            continue
        if key in ("properties", "patternProperties") and isinstance(value, Mapping):  # names, not keywords
            out[key] = {name: _inline(sub, defs, seen) for name, sub in value.items()}
        else:
            out[key] = value if key in ("const", "enum", "default", "examples") else _inline(value, defs, seen)
    return out


def inline_refs(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` with every local ``$ref`` (``#/$defs/…`` or ``#/definitions/…``) replaced by its
    definition and the definitions dropped. A recursive or external reference is a ``GrammarError``
    (the grammar could not be built from it)."""
    if not isinstance(schema, Mapping):
        raise GrammarError("a tool's parameters must be a JSON schema object")
    defs = {key: dict(schema[key]) for key in _DEF_KEYS if isinstance(schema.get(key), Mapping)}
    return _inline(schema, defs, ())
