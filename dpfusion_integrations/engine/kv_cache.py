"""The KV cache through the current transformers Cache API, on every supported transformers version.

transformers 5.x renamed the forward argument and output field ``past_key_values`` to ``cache``; the
old name still works there but warns (a ``FutureWarning`` on every forward call, a log line on every
read of ``output.past_key_values``) and is due for removal. 4.56 knows only the old name. The engine
therefore passes the cache under the name the model's ``forward`` signature declares (else the name
of the installed transformers), reads the cache from an output by field name, and changes the
cache's batch rows only with the ``Cache`` methods (``batch_repeat_interleave``,
``batch_select_indices``), never with legacy tuples.
"""

from __future__ import annotations

import inspect
from dataclasses import fields
from functools import lru_cache
from typing import Any

import torch

from dpfusion_integrations.errors import DPFusionError

__all__ = ["cache_kwargs", "output_cache", "repeat_rows", "select_rows"]

_CURRENT = "cache"
_LEGACY = "past_key_values"


@lru_cache(maxsize=1)
def _library_argument() -> str:
    """The name the installed transformers uses: ``cache`` when its causal-LM output has that field."""
    from transformers.modeling_outputs import CausalLMOutputWithPast

    return _CURRENT if _CURRENT in {f.name for f in fields(CausalLMOutputWithPast)} else _LEGACY


@lru_cache(maxsize=64)
def _cache_argument(forward_owner: type) -> str:
    """The name under which ``forward_owner.forward`` accepts the KV cache: the one its signature
    names (a model's own code may predate the rename), else the installed transformers' name (a
    wrapper whose ``forward(**kwargs)`` passes everything through to a transformers model)."""
    try:
        params = inspect.signature(forward_owner.forward).parameters  # follows functools.wraps
    except (TypeError, ValueError):  # no readable signature: assume it passes through
        return _library_argument()
    for name in (_CURRENT, _LEGACY):
        if name in params:
            return name
    return _library_argument()


def cache_kwargs(model: torch.nn.Module, cache: Any) -> dict[str, Any]:
    """``{name: cache}`` for ``model(...)``: the argument name this model's ``forward`` takes."""
    return {_cache_argument(type(model)): cache}


def output_cache(output: Any) -> Any:
    """The KV cache of a forward's output, read by its field name so that no deprecated accessor
    runs. Fails closed with :class:`DPFusionError` when the output holds no cache (a model that
    returns tuples, or a forward run without ``use_cache=True``)."""
    # ``keys()`` lists the fields set on the output; ``name in output`` would map the old name to the
    # new one with a deprecation log line on transformers 5.
    present = output.keys() if callable(getattr(output, "keys", None)) else ()
    for name in (_CURRENT, _LEGACY):
        if name in present:
            return output[name]
    raise DPFusionError("the model output holds no KV cache: the engine needs a transformers causal LM that "
                        "returns a ModelOutput with a cache when use_cache=True")


def repeat_rows(cache: Any, times: int) -> None:
    """Repeat every batch row of ``cache`` ``times`` times, in place (a one-row prefix → ``times`` rows)."""
    cache.batch_repeat_interleave(times)


def select_rows(cache: Any, rows: torch.Tensor) -> None:
    """Keep only the batch rows ``rows`` (a 1-D index tensor, in that order) of ``cache``, in place."""
    cache.batch_select_indices(rows)
