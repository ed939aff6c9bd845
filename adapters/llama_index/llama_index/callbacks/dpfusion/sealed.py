"""``Sealed``: where the DP-Fusion LlamaIndex classes keep their private collaborators (engine, ledger,
resolver, inner retriever, caches), so that nothing generic shows them.

LlamaIndex hands the component itself to every span handler (``instance``) and serializes it into
legacy callback payloads and events (``to_dict()``); tracers may also ``repr`` it, read its
``vars()`` / ``__pydantic_private__``, copy or pickle it. A resolver such as
``functools.partial(dict.__getitem__, notes)``, a ``ChainMap`` lookup or a bound method of a store
would print the private notes through any of these. Kept in a ``Sealed``:

- ``repr``/``str`` show a fixed text, and there is no ``__dict__`` (``vars()`` fails);
- copies (``copy``, ``deepcopy``, ``model_copy``) share the same holder, never duplicate its contents;
- pickling raises ``TypeError`` (the owners refuse pickling as a whole: see :func:`refuse_pickling`).

Explicit attribute access (``obj._sealed.resolver``) still works, as anything in Python does: the
holder keeps private state out of generic introspection, not out of code written to read it.
"""

from __future__ import annotations

from typing import Any, NoReturn

__all__ = ["SEALED_REPR", "Sealed", "refuse_pickling"]

#: What ``repr``/``str`` of a :class:`Sealed` show.
SEALED_REPR = "<private state withheld>"


class Sealed:
    """A namespace of private collaborators that generic introspection cannot see into."""

    __slots__ = ("_values",)

    def __init__(self, **values: Any) -> None:
        object.__setattr__(self, "_values", dict(values))

    def __getattr__(self, name: str) -> Any:  # only called when normal lookup fails
        try:
            return object.__getattribute__(self, "_values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        object.__getattribute__(self, "_values")[name] = value

    def __repr__(self) -> str:
        return SEALED_REPR

    __str__ = __repr__

    def __copy__(self) -> Sealed:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Sealed:
        return self

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError("DP-Fusion private state (engine, ledger, resolver, stores) is never pickled")


def refuse_pickling(owner: object) -> NoReturn:
    """``__getstate__`` of a class holding a :class:`Sealed`: pickling fails closed. (LlamaIndex's
    default would drop the unpicklable holder with a warning, and the copy would then run without
    its ledger or resolver.)"""
    raise TypeError(f"{type(owner).__name__} holds private state (engine, ledger, resolver) and cannot be "
                    "pickled; build a new one where it is needed")
