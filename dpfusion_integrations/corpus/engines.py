"""A picklable recipe for a ``DPFusion`` engine, for workers in other processes (Ray actors).

An engine holds a model and cannot travel between processes; a factory is a few strings that can.
Each actor calls the factory once, in its constructor, and keeps the engine for all its batches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion

__all__ = ["PretrainedEngineFactory"]


@dataclass(frozen=True)
class PretrainedEngineFactory:
    """Builds ``DPFusion.from_pretrained(model, ...)`` where it is called.

    ``model=None`` is the embedded SmolLM2-135M-Instruct; otherwise a local model directory that
    every worker host can read. Unit ids of tagged values are keyed by each host's unit key
    (``$DPFUSION_HOME/unit.key``): give every host the same key file, or use record units (the
    corpus default), which need no key. ``unit_key_hex`` exists for tests; a key passed here
    travels with the factory to every worker.
    """

    model: str | None = None
    device: str | None = None
    dtype: str | None = None
    group_policy: Literal["entity_type", "entity", "single"] = "entity_type"
    relation: Literal["redaction", "substitution"] = "redaction"
    tagger_profile: Literal["recall", "precision"] = "recall"
    temperature: float = 0.5
    unit_key_hex: str | None = None

    def __call__(self) -> DPFusion:
        from dpfusion_integrations.dpfusion import DPFusion

        extra: dict[str, object] = {}
        if self.unit_key_hex is not None:
            extra["unit_key"] = bytes.fromhex(self.unit_key_hex)
        return DPFusion.from_pretrained(self.model, device=self.device, dtype=self.dtype,
                                        group_policy=self.group_policy, relation=self.relation,
                                        tagger_profile=self.tagger_profile, temperature=self.temperature, **extra)

    def __repr__(self) -> str:
        key = "<set>" if self.unit_key_hex is not None else None
        return (f"PretrainedEngineFactory(model={self.model!r}, device={self.device!r}, "
                f"group_policy={self.group_policy!r}, relation={self.relation!r}, "
                f"tagger_profile={self.tagger_profile!r}, unit_key={key})")
