"""One DP-Fusion engine per (model, device, dtype) per process, shared by every chat model and
retriever that names it, so a model is loaded once and decodes are serialized on one lock."""

from __future__ import annotations

import threading

from dpfusion_integrations import DPFusion

_ENGINES: dict[tuple[str | None, str | None, str | None], DPFusion] = {}
_LOCK = threading.Lock()

DEFAULT_MODEL = "SmolLM2-135M-Instruct"


def get_engine(model: str | None, device: str | None, dtype: str | None) -> DPFusion:
    """The shared engine for ``model`` (``None`` or the default name: the embedded SmolLM2)."""
    path = None if model in (None, DEFAULT_MODEL) else model
    key = (path, device, dtype)
    with _LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = DPFusion.from_pretrained(path, device=device, dtype=dtype)
            _ENGINES[key] = engine
        return engine
