"""Ragged contexts as one left-padded batch: ids, attention mask and position ids."""

from __future__ import annotations

from collections.abc import Sequence

import torch

__all__ = ["left_pad", "to_device"]


def to_device(host: torch.Tensor, device: torch.device | str) -> torch.Tensor:
    """``host`` on ``device`` without stalling the GPU's queue.

    A copy from pageable host memory makes CUDA wait for every kernel already queued before it
    starts (a stream synchronisation). A step's masks and tokens are built on the host while the
    forward still runs, so they go through pinned memory, asynchronously. Elsewhere a plain copy.
    """
    if torch.device(device).type == "cuda":
        return host.pin_memory().to(device, non_blocking=True)
    return host.to(device)


def left_pad(
    sequences: Sequence[Sequence[int]], *, pad_id: int, device: torch.device | str
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """``(input_ids, attention_mask, position_ids)``, each ``[B, L_max]``.

    Left padding keeps every context's last token in the last column, so one step appends one
    column for all rows; positions count real tokens only, so a padded context sees exactly the
    positions it would see alone.
    """
    width = max(len(s) for s in sequences)
    ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, seq in enumerate(sequences):
        if len(seq):
            ids[row, width - len(seq):] = torch.tensor(list(seq), dtype=torch.long)
            mask[row, width - len(seq):] = 1
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    return ids.to(device), mask.to(device), positions.to(device)
