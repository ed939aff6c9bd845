"""How a public ``DPFusionLLM`` hook hands its call to the traced inner hook, so that instrumentation
never sees what only the boundary may see.

LlamaIndex opens a span on every LLM hook with its arguments (``bound_args``) and puts the call's
keyword arguments into its start events and legacy callback payloads (``additional_kwargs``). A
caller's per-call ``units=`` are stable unit ids, which must not leave the boundary, and a stream's
consumer must be watched from the outermost generator. So each public hook (``chat``,
``stream_complete``, ...) is left untraced (:func:`untraced`) and only:

1. takes ``units`` out of the keyword arguments and checks them (an empty list is an error);
2. opens a :class:`CallScope` (a context variable) holding them and the stream's ``gone`` flag;
3. calls the inner hook (:func:`traced_as`): LlamaIndex's callback wrapper and the dispatcher span,
   named as the public hook, on the arguments without the unit ids.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.dispatcher import DISPATCHER_SPAN_DECORATED_ATTR

from llama_index.llms.dpfusion.options import check_units

__all__ = ["CallScope", "call_scope", "current_scope", "traced_as", "untraced"]

F = TypeVar("F", bound=Callable[..., Any])
_SCOPE: ContextVar[CallScope | None] = ContextVar("dpfusion_llm_call_scope", default=None)


@dataclass(frozen=True)
class CallScope:
    """What a public hook keeps from instrumentation for its inner hook."""

    units_given: bool = False
    units: list[str] | None = None
    gone: threading.Event = field(default_factory=threading.Event)  # set when a stream's consumer leaves


@contextmanager
def call_scope(kwargs: Mapping[str, Any]) -> Iterator[tuple[dict[str, Any], CallScope]]:
    """(the keyword arguments without ``units``, the scope holding them) for the inner call."""
    inner = dict(kwargs)
    given = "units" in inner
    scope = CallScope(units_given=given, units=check_units(inner.pop("units", None)))
    token = _SCOPE.set(scope)
    try:
        yield inner, scope
    finally:
        _SCOPE.reset(token)


def current_scope() -> CallScope:
    """The scope of the public hook being served (an empty one when an inner hook is called directly)."""
    scope = _SCOPE.get()
    return scope if scope is not None else CallScope()


def untraced(hook: F) -> F:
    """Mark a public hook as already traced, so ``DispatcherSpanMixin`` opens no span on its raw
    arguments: its inner hook opens it (see the module doc)."""
    setattr(hook, DISPATCHER_SPAN_DECORATED_ATTR, True)
    return hook


def traced_as(name: str, callback: Callable[[], Callable[[F], F]]) -> Callable[[F], F]:
    """LlamaIndex's ``callback`` wrapper (``llm_chat_callback`` or ``llm_completion_callback``) and
    the dispatcher span, applied to an inner hook and named ``name`` (the public hook's name), so
    spans and events read as they would for any other LLM."""

    def wrap(hook: F) -> F:
        hook.__name__ = name
        hook.__qualname__ = f"{hook.__qualname__.rsplit('.', 1)[0]}.{name}"
        return get_dispatcher(hook.__module__).span(callback()(hook))

    return wrap
