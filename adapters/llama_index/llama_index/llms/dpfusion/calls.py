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

LlamaIndex's methods that wrap the hooks (``chat_with_tools``, ``predict_and_call``,
``structured_predict``, ``StructuredLLM.chat``, their async and streaming forms) open spans and
dispatch start events on *their* arguments first, ``units`` among them (in ``**kwargs`` or
``llm_kwargs``). :func:`hands_units` wraps such a method the same way: it takes ``units`` out before
LlamaIndex sees the arguments and hands them to the first hook the method calls (a
:class:`Handoff`, taken once: an LLM call made later inside the method, e.g. by the tool that
``predict_and_call`` runs, keeps its own units). A method whose call runs lazily (a returned
generator) gets its handoff back around each step.

:data:`UNIT_METHODS` is the one list of those methods, for ``DPFusionLLM`` and
``DPFusionStructuredLLM`` alike: :func:`hand_units_along` wraps each one a class inherits, so a method
added to the list is handed along by both classes and the two cannot drift apart.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.dispatcher import DISPATCHER_SPAN_DECORATED_ATTR

from llama_index.llms.dpfusion.options import check_units

__all__ = ["UNIT_METHODS", "CallScope", "Handoff", "call_scope", "current_scope", "hand_units_along", "hands_units",
           "traced_as", "untraced"]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
C = TypeVar("C", bound=type)
_SCOPE: ContextVar[CallScope | None] = ContextVar("dpfusion_llm_call_scope", default=None)
_HANDOFF: ContextVar[Handoff | None] = ContextVar("dpfusion_llm_units_handoff", default=None)

#: Every LlamaIndex method that may carry a caller's per-call ``units`` into instrumentation, with
#: whether they sit in its ``llm_kwargs`` argument (its ``**kwargs`` are prompt variables) rather
#: than in its ``**kwargs``: the LLM hooks (``StructuredLLM``'s wrap ``structured_predict``; a
#: ``DPFusionLLM`` defines its own over :func:`call_scope`), the tool-calling methods and the
#: structured-output methods around them.
UNIT_METHODS: tuple[tuple[str, bool], ...] = (
    ("chat", False), ("achat", False), ("stream_chat", False), ("astream_chat", False),
    ("complete", False), ("acomplete", False), ("stream_complete", False), ("astream_complete", False),
    ("chat_with_tools", False), ("achat_with_tools", False), ("stream_chat_with_tools", False),
    ("astream_chat_with_tools", False), ("predict_and_call", False), ("apredict_and_call", False),
    ("structured_predict", True), ("astructured_predict", True), ("stream_structured_predict", True),
    ("astream_structured_predict", True),
)


@dataclass(frozen=True)
class CallScope:
    """What a public hook keeps from instrumentation for its inner hook."""

    units_given: bool = False
    units: list[str] | None = None
    gone: threading.Event = field(default_factory=threading.Event)  # set when a stream's consumer leaves


class Handoff:
    """Per-call ``units`` taken out of a wrapping method's arguments, for the first hook it calls.
    Its ``repr`` shows a count only (it sits in a context variable, which debuggers may print)."""

    __slots__ = ("_lock", "_taken", "_units")

    def __init__(self, units: list[str] | None) -> None:
        self._units = units
        self._taken = False
        self._lock = threading.Lock()

    def take(self) -> tuple[bool, list[str] | None]:
        """``(True, units)`` the first time, ``(False, None)`` after."""
        with self._lock:
            first, self._taken = not self._taken, True
        return (True, self._units) if first else (False, None)

    def __repr__(self) -> str:
        return f"Handoff(<{len(self._units or ())} caller unit(s)>, taken={self._taken})"


@contextmanager
def call_scope(kwargs: Mapping[str, Any]) -> Iterator[tuple[dict[str, Any], CallScope]]:
    """(the keyword arguments without ``units``, the scope holding them) for the inner call.
    Without ``units`` of its own, the call takes those a wrapping method handed over, if any."""
    inner = dict(kwargs)
    given = "units" in inner
    units = check_units(inner.pop("units", None))
    handoff = _HANDOFF.get()
    if not given and handoff is not None:
        given, units = handoff.take()
    scope = CallScope(units_given=given, units=units)
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


@contextmanager
def _handing(handoff: Handoff | None) -> Iterator[None]:
    if handoff is None:
        yield
        return
    token = _HANDOFF.set(handoff)
    try:
        yield
    finally:
        _HANDOFF.reset(token)


def _steps(handoff: Handoff, stream: Iterator[T]) -> Iterator[T]:
    """``stream`` with ``handoff`` in place during each step (a lazily run call takes it there)."""
    try:
        while True:
            with _handing(handoff):
                try:
                    item = next(stream)
                except StopIteration:
                    return
            yield item
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()


async def _asteps(handoff: Handoff, stream: AsyncIterator[T]) -> AsyncIterator[T]:
    """:func:`_steps` for an async generator."""
    try:
        while True:
            with _handing(handoff):
                try:
                    item = await stream.__anext__()
                except StopAsyncIteration:
                    return
            yield item
    finally:
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            await aclose()


def _keep_handing(result: Any, handoff: Handoff | None) -> Any:
    if handoff is not None and inspect.isgenerator(result):
        return _steps(handoff, result)
    if handoff is not None and inspect.isasyncgen(result):
        return _asteps(handoff, result)
    return result


def hands_units(owner: type, name: str, *, in_llm_kwargs: bool = False) -> Callable[..., Any]:
    """``owner``'s method ``name`` (a LlamaIndex method that wraps the LLM's hooks, traced on its own
    arguments) as an untraced method that first takes per-call ``units`` out of its ``**kwargs``, or
    out of its ``llm_kwargs`` argument (``in_llm_kwargs``; ``**kwargs`` are prompt variables there),
    checks them, and hands them to the first hook the call reaches (see the module doc)."""
    method = inspect.getattr_static(owner, name)  # the descriptor: bound per instance below
    signature = inspect.signature(method)

    def split(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any],
                                                                          Handoff | None]:
        if not in_llm_kwargs:
            if "units" not in kwargs:
                return args, kwargs, None
            rest = dict(kwargs)
            return args, rest, Handoff(check_units(rest.pop("units")))
        bound = signature.bind_partial(None, *args, **kwargs)  # None: ``self``
        llm_kwargs = bound.arguments.get("llm_kwargs")
        if not isinstance(llm_kwargs, Mapping) or "units" not in llm_kwargs:
            return args, kwargs, None
        rest = dict(llm_kwargs)
        handoff = Handoff(check_units(rest.pop("units")))
        bound.arguments["llm_kwargs"] = rest
        return bound.args[1:], bound.kwargs, handoff

    if inspect.iscoroutinefunction(method):
        @functools.wraps(method)
        async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            args, kwargs, handoff = split(args, kwargs)
            with _handing(handoff):
                result = await method.__get__(self, type(self))(*args, **kwargs)
            return _keep_handing(result, handoff)
    else:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            args, kwargs, handoff = split(args, kwargs)
            with _handing(handoff):
                result = method.__get__(self, type(self))(*args, **kwargs)
            return _keep_handing(result, handoff)

    return untraced(wrapper)


def hand_units_along(owner: type) -> Callable[[C], C]:
    """Class decorator: every method of :data:`UNIT_METHODS` that the class inherits from ``owner``
    (and does not define itself) becomes :func:`hands_units` of ``owner``'s method."""

    def decorate(cls: C) -> C:
        for name, in_llm_kwargs in UNIT_METHODS:
            if name in vars(cls) or inspect.getattr_static(owner, name, None) is None:
                continue
            setattr(cls, name, hands_units(owner, name, in_llm_kwargs=in_llm_kwargs))
        return cls

    return decorate
