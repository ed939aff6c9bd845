"""The manifest of a synthetic dataset: what each record and each privacy unit cost.

It holds ids, labels, counts and privacy parameters only, never raw or synthetic text. Per-unit ε
is composed at the RDP level over every record that charged the unit
(:func:`dpfusion_integrations.corpus.manifest.compose_units`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dpfusion_integrations.corpus.manifest import UnitEpsilon
from dpfusion_integrations.corpus.records import Label

__all__ = ["RecordEntry", "SkippedRecord", "SynthesisManifest"]

GUARANTEE_NOTE = (
    "Each record's epsilon covers its private spans (its privacy groups), per the report's relation; the text "
    "outside the spans is public context, and labels are released as given. Tagger misses are not protected. "
    "Per-unit epsilon composes every record of the unit at the RDP level, each charged its full budget: "
    "max_new_tokens (release 'paraphrase') or slot_tokens per private span (release 'faithful', which keeps the "
    "public text verbatim)."
)


class RecordEntry(BaseModel):
    """One synthetic record's guarantee."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    label: Label = None
    epsilon: float = Field(ge=0, description="Data-independent ε of this record at delta (any one of its units).")
    delta: float = Field(gt=0, lt=1)
    units: list[str] = Field(description="Privacy units charged (opaque ids).")
    tokens_emitted: int = Field(ge=0)
    max_new_tokens: int = Field(ge=1)
    n_groups: int = Field(ge=0, description="Privacy groups in the record (0: released as public text).")
    alpha: float
    cap: float


class SkippedRecord(BaseModel):
    """A record left out of the dataset, and why (an error type and a message free of raw text)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    error: str


class SynthesisManifest(BaseModel):
    """Everything needed to audit a synthetic dataset's privacy, and nothing private."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["dpfusion-synthetic/1"] = "dpfusion-synthetic/1"
    mechanism: str = "dp-fusion"
    model_name: str
    taggers: list[str] = Field(description="How private spans were found, over all records.")
    relation: str
    epsilon: float = Field(description="ε requested per record.")
    delta: float
    max_new_tokens: int | None = Field(description="Paraphrase: token budget of each record; None for 'faithful'.")
    release: Literal["paraphrase", "faithful"] = Field(default="paraphrase", description=(
        "paraphrase: records rewritten; faithful: public text kept, only private spans resampled."))
    slot_tokens: int | None = Field(default=None, description="Faithful: steps charged per private span (None: "
                                                              "the core's default, see each record's report).")
    surrogates: bool = Field(default=False, description=(
        "Faithful: private spans were shown to the model as fixed, data-independent fakes of their type instead "
        "of placeholders (the charge is the same); False: placeholders."))
    records: list[RecordEntry]
    units: list[UnitEpsilon]
    skipped: list[SkippedRecord] = Field(default_factory=list)
    max_record_epsilon: float
    max_unit_epsilon: float
    note: str = GUARANTEE_NOTE
