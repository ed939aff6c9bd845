"""Give back the resident memory of weights that have been copied elsewhere, without changing them.

Why: the packed CPU kernels (``engine.cpu_linear``) keep a reordered copy of every linear weight.
The stock weight must stay valid (it is the model's state, other code may read it, and stock
kernels use it once the packed block ends), but it need not stay *resident* while nothing reads it.
Models loaded from safetensors files (the embedded default and any Hugging Face checkpoint loaded
without a dtype conversion) hold their weights in a private read-only-in-practice mapping of the
file: the page cache already has every byte, so dropping this process's copy of a page loses
nothing, and the next read of the page maps it again from the file, bit for bit.

What is dropped, exactly: only whole pages inside the tensor that ``/proc/self/pagemap`` reports
present and file-backed (or shared), i.e. pages whose content the kernel can give back unchanged.
Private pages (``malloc``/anonymous memory, and pages of a file mapping that were written to and
so copied-on-write) are never touched: ``MADV_DONTNEED`` would zero or revert them. Anything
unexpected (no ``/proc``, no ``madvise``, an unreadable page map) releases nothing. Linux only;
elsewhere every function here is a no-op that reports 0.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import re
import sys
from functools import lru_cache
from typing import Any

import torch

__all__ = ["release_clean_pages", "resident_bytes"]

_PAGE = mmap.PAGESIZE
_MADV_DONTNEED = 4
# Page-map entry bits 63 (present) and 61 (file page or shared anonymous), in the entry's top byte.
_PRESENT = 0x80
_DROPPABLE = 0x80 | 0x20
_PAGEMAP = "/proc/self/pagemap"
#: ``bytes.translate`` tables mapping a top byte to 1 when the page is present / droppable, else 0.
_IS_PRESENT = bytes((b & _PRESENT) == _PRESENT for b in range(256))
_IS_DROPPABLE = bytes((b & _DROPPABLE) == _DROPPABLE for b in range(256))


@lru_cache(maxsize=1)
def _madvise() -> Any | None:
    """libc's ``madvise``, or None where it is not available."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        madvise = libc.madvise
    except (OSError, AttributeError):
        return None
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    madvise.restype = ctypes.c_int
    return madvise


def _page_range(tensor: torch.Tensor) -> tuple[int, int]:
    """First and one-past-last page numbers lying wholly inside the memory ``tensor`` spans (its own
    elements, not the rest of a storage it may share with other tensors)."""
    if tensor.numel() == 0:
        return 0, 0
    start = tensor.data_ptr()
    extent = tensor.numel() if tensor.is_contiguous() else \
        1 + sum((size - 1) * abs(stride) for size, stride in zip(tensor.shape, tensor.stride()))
    return -(-start // _PAGE), (start + extent * tensor.element_size()) // _PAGE


def _top_bytes(first: int, last: int) -> bytes | None:
    """The most significant byte of the page-map entry of each page ``first .. last - 1`` (the byte
    that holds the "present" and "file-page or shared" bits), or None if they cannot be read."""
    try:
        fd = os.open(_PAGEMAP, os.O_RDONLY)
    except OSError:
        return None
    try:
        raw = os.pread(fd, 8 * (last - first), 8 * first)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(raw) != 8 * (last - first):
        return None
    return raw[7::8] if sys.byteorder == "little" else raw[0::8]


def _droppable(top: bytes) -> list[tuple[int, int]]:
    """Maximal runs ``(offset, length)`` of pages that are present and file-backed (or shared)."""
    return [(m.start(), m.end() - m.start()) for m in re.finditer(b"\x01+", top.translate(_IS_DROPPABLE))]


def release_clean_pages(tensor: torch.Tensor) -> int:
    """Drop this process's resident copy of ``tensor``'s file-backed pages; returns the bytes dropped.

    The tensor's values are unchanged: a later read maps the same bytes again from the file. A CPU
    tensor in private (anonymous) memory, a tensor on another device, or any failure: 0.
    """
    madvise = _madvise()
    if madvise is None or tensor.device.type != "cpu" or tensor.layout != torch.strided:
        return 0
    first, last = _page_range(tensor)
    if last <= first:
        return 0
    top = _top_bytes(first, last)
    if top is None or 1 not in top.translate(_IS_PRESENT):  # unreadable, or nothing resident
        return 0
    released = 0
    for offset, length in _droppable(top):
        if madvise((first + offset) * _PAGE, length * _PAGE, _MADV_DONTNEED) == 0:
            released += length * _PAGE
    return released


def resident_bytes(tensor: torch.Tensor) -> int | None:
    """Bytes of ``tensor``'s whole pages that are resident in this process (None where unknown)."""
    if not sys.platform.startswith("linux") or tensor.device.type != "cpu" or tensor.layout != torch.strided:
        return None
    first, last = _page_range(tensor)
    if last <= first:
        return 0
    top = _top_bytes(first, last)
    if top is None:
        return None
    return _PAGE * top.translate(_IS_PRESENT).count(1)
