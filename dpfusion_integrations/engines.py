"""One DP-Fusion engine per (model, device, dtype) per process, shared by every adapter object
(chat models, LLMs, retrievers) that names it: the model loads once and decodes are serialized on
the engine's lock."""

from __future__ import annotations

import threading

from dpfusion_integrations.dpfusion import DPFusion
from dpfusion_integrations.models import DEFAULT_MODEL_NAME as DEFAULT_MODEL

__all__ = ["DEFAULT_MODEL", "shared_engine"]

_ENGINES: dict[tuple[str | None, str | None, str | None], DPFusion] = {}
_LOCK = threading.Lock()


def shared_engine(model: str | None, device: str | None, dtype: str | None) -> DPFusion:
    """The shared engine for ``model`` (``None`` or the default name: the embedded SmolLM2)."""
    path = None if model in (None, DEFAULT_MODEL) else model
    key = (path, device, dtype)
    with _LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = DPFusion.from_pretrained(path, device=device, dtype=dtype)
            _ENGINES[key] = engine
        return engine
