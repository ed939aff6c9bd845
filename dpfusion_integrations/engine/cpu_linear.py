"""Linear layers for small-batch decoding on CPU: oneDNN with the weights packed once.

Why: every decode step runs each linear layer on N + 1 rows (one per context). PyTorch's default
float32 CPU path (MKL) is tuned for one row (gemv) or for many; for 2–16 rows it costs about twice
one row (measured on this project's 2-core machine: the embedded model's 211 linear layers take
32 ms for one row and 68 ms for two). With each weight reordered once into oneDNN's blocked
layout, 1–9 rows take 22–25 ms, so the N + 1 contexts share one read of the weights, as they do on
a GPU. It is also faster for one row and for prefill, so plain decoding under the same kernels is
faster too; `benchmarks/decode_speed.py` reports plain decoding both ways.

Memory: the packed copy replaces the stock weight in memory rather than adding to it whenever
the stock weight lives in a file mapping (a model loaded from safetensors without a dtype
conversion: the embedded default, most Hugging Face checkpoints). When a weight is packed, and
again whenever a packed block starts, this process's resident pages of the stock weight are given
back (:func:`~dpfusion_integrations.engine.weight_pages.release_clean_pages`): its values do not
change, and a later read (stock kernels after the block, ``state_dict``, tied embeddings) maps
them again from the file. Weights in private memory (built in-process, converted with
``.to(dtype)``, modified in place) cannot be given back without losing them, so for those the
packed copy is a second copy (about the model's linear weights again). The packed copies are kept
while the model lives, so that every decode does not pay the reorder again.

The packed path is used only inside ``packed_linears(model)``; a weight changed in place
(fine-tuning, ``load_state_dict``) is packed again on its next use, and anything the packed
kernel does not cover (autograd, other devices, dtypes) runs the stock ``F.linear``.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch
import torch.nn.functional as F

from dpfusion_integrations.engine.weight_pages import release_clean_pages

__all__ = ["available", "packed_linears"]

_PACKABLE = (torch.float32, torch.bfloat16)
_lock = threading.Lock()
_active: weakref.WeakKeyDictionary[torch.nn.Module, int] = weakref.WeakKeyDictionary()
_packed: weakref.WeakKeyDictionary[torch.nn.Linear, tuple[int, int, torch.Tensor]] = weakref.WeakKeyDictionary()


def available() -> bool:
    """Whether this PyTorch build has oneDNN and the packed-linear operators."""
    ops = getattr(torch.ops, "mkldnn", None)
    return bool(torch.backends.mkldnn.is_available() and ops is not None
                and hasattr(ops, "_reorder_linear_weight") and hasattr(ops, "_linear_pointwise"))


def _packed_weight(module: torch.nn.Linear) -> torch.Tensor:
    weight = module.weight
    key = (weight._version, weight.data_ptr())
    entry = _packed.get(module)
    if entry is None or entry[:2] != key:
        entry = (*key, torch.ops.mkldnn._reorder_linear_weight(weight.detach(), 1))
        _packed[module] = entry
        release_clean_pages(weight)  # the packed copy now stands in for it (see the module doc)
    return entry[2]


def _release_packed_weights(modules: list[torch.nn.Linear]) -> None:
    """Give back the resident pages of stock weights that have a current packed copy (a stock read
    between two blocks may have mapped them again)."""
    for module in modules:
        entry = _packed.get(module)
        if entry is not None and entry[:2] == (module.weight._version, module.weight.data_ptr()):
            release_clean_pages(module.weight)


@functools.cache
def _packable(dtype: torch.dtype) -> bool:
    """Whether oneDNN can pack weights of ``dtype`` on this CPU: bfloat16 needs AVX-512 (BF16) or
    AVX-NE-CONVERT, and without them the reorder raises; such weights keep the stock kernels."""
    if dtype not in _PACKABLE:
        return False
    try:
        torch.ops.mkldnn._reorder_linear_weight(torch.zeros((8, 8), dtype=dtype), 1)
    except RuntimeError:
        return False
    return True


def _packed_forward(module: torch.nn.Linear) -> Any:
    def forward(x: torch.Tensor) -> torch.Tensor:
        weight = module.weight
        if (x.device.type != "cpu" or weight.device.type != "cpu" or x.dtype != weight.dtype
                or not _packable(weight.dtype)
                or (torch.is_grad_enabled() and (x.requires_grad or weight.requires_grad))):
            return F.linear(x, weight, module.bias)
        return torch.ops.mkldnn._linear_pointwise(x, _packed_weight(module), module.bias, "none", [], "")

    forward._dpfusion_packed = True  # type: ignore[attr-defined]
    return forward


def _linears(model: torch.nn.Module) -> list[torch.nn.Linear]:
    # Exactly nn.Linear (subclasses may hold other weight formats), and not modules whose forward
    # something else (accelerate hooks, another wrapper) has already replaced.
    return [m for m in model.modules() if type(m) is torch.nn.Linear and "forward" not in m.__dict__]


@contextmanager
def packed_linears(model: torch.nn.Module, *, enabled: bool = True) -> Iterator[bool]:
    """Within the block, ``model``'s CPU ``nn.Linear`` layers run on packed oneDNN weights.

    Yields whether the packed path is in use. Nested and concurrent blocks on one model share one
    installation (reference-counted); the stock forwards are back once the last block exits.
    """
    use = enabled and available() and any(p.device.type == "cpu" for p in model.parameters())
    if not use:
        yield False
        return
    with _lock:
        count = _active.get(model, 0)
        if count == 0:
            modules = _linears(model)
            _release_packed_weights(modules)
            for module in modules:
                module.forward = _packed_forward(module)  # type: ignore[method-assign]
        _active[model] = count + 1
    try:
        yield True
    finally:
        with _lock:
            _active[model] -= 1
            if _active[model] == 0:
                del _active[model]
                for module in model.modules():
                    if getattr(module.__dict__.get("forward"), "_dpfusion_packed", False):
                        del module.forward
