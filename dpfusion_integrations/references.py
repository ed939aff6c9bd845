"""Private context passed by reference: ``{{private:ID}}`` in a message, resolved to text inside the
trust boundary, so that callbacks and tracers, which see a model's input, only ever see the id.

Both adapters use this syntax and this lookup; each supplies its own quarantine (``guard``), the
context in which its framework's callbacks, traces and logs are silenced while the resolver reads
the private store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from dpfusion_integrations.errors import DPFusionError, InvalidParameterError

__all__ = ["REFERENCE", "lookup_reference", "private_reference"]

#: ``{{private:ID}}``; group 1 is the id.
REFERENCE = re.compile(r"\{\{private:([A-Za-z0-9_.:/-]{1,200})\}\}")
_REFERENCE_ID = re.compile(r"[A-Za-z0-9_.:/-]{1,200}")


def private_reference(ref_id: str) -> str:
    """``{{private:ID}}``: the text to put in a message in place of private content (e.g. a record
    id); a model with a ``resolver`` swaps in the content inside the trust boundary."""
    if not isinstance(ref_id, str) or not _REFERENCE_ID.fullmatch(ref_id):
        raise InvalidParameterError("reference ids use letters, digits and . _ : / - only (at most 200)")
    return f"{{{{private:{ref_id}}}}}"


def lookup_reference(resolver: Callable[[str], Any] | None, ref_id: str, *,
                     guard: Callable[[], AbstractContextManager[Any]]) -> str | DPFusionError:
    """``resolver(ref_id)`` run inside ``guard()``. A failure is returned, not raised, so the caller
    can raise it from a frame that holds no private text: an error the resolver raises (whose text
    may quote the store) becomes a ``DPFusionError`` naming only its type, a missing reference
    (``None``, a non-str or ``KeyError``) an ``InvalidParameterError``."""
    value, failure = None, None
    try:
        with guard():
            value = resolver(ref_id) if resolver is not None else None
    except KeyError:  # a mapping's __getitem__ as resolver
        value = None
    except Exception as exc:
        failure = type(exc).__name__
    if failure is not None:
        return DPFusionError(f"the resolver raised {failure} for the private reference {ref_id!r}; its message "
                             "is withheld because it may quote private text")
    if not isinstance(value, str):
        hint = " (no resolver is set)" if resolver is None else ""
        return InvalidParameterError(f"the resolver has no text for the private reference {ref_id!r}{hint}")
    return value
