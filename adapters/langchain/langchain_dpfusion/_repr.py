"""What a model object shows of itself: only its public settings.

``Field(exclude=True)`` hides a field from ``model_dump`` but not from ``repr``, and LangChain puts
``repr(model)`` into ``dumpd(model)["repr"]``, the ``serialized`` payload of every
``on_chat_model_start`` / ``on_chain_start``. So reprs list public fields by name (an allow-list):
a resolver, store, engine, ledger, inner retriever, unit ids or any field added later stay out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

__all__ = ["public_repr_args"]


def public_repr_args(model: BaseModel, fields: Iterable[str]) -> list[tuple[str, Any]]:
    """``(name, value)`` of the listed fields whose value differs from the default."""
    declared = type(model).model_fields
    out = []
    for name in fields:
        value = getattr(model, name)
        default = declared[name].get_default(call_default_factory=True)
        if value != default:
            out.append((name, value))
    return out
