"""The privatization settings of a corpus job or a synthetic dataset, validated once, up front.

They are part of a resumable job's identity: resuming with other settings would mix guarantees in
one output, so a job refuses it (see :mod:`dpfusion_integrations.corpus.state`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["PrivatizeParams"]


class PrivatizeParams(BaseModel):
    """Arguments of ``DPFusion.privatize_many`` that every record of a job shares."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    epsilon: float = Field(ge=0, allow_inf_nan=False, description="ε per privacy unit and record (0: public only).")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_new_tokens: int = Field(default=256, ge=1, description="Token budget of each output (the charge).")
    seed: int | None = Field(default=None, description="Record at input position p is seeded with seed + p "
                                                       "(tests and demos only; reports say so).")
    group_policy: Literal["entity_type", "entity", "single"] | None = Field(
        default=None, description="How spans form groups; None: the engine's default.")
    relation: Literal["redaction", "substitution"] | None = Field(
        default=None, description="Neighbouring relation; None: the engine's default.")
    instruction: str | None = Field(default=None, description="Rewrite instruction; None: the default paraphrase.")
    allow_no_spans: bool = Field(default=False, description="Decode records without private spans as public "
                                                            "text (no cost) instead of failing them.")
    include_redacted: bool = Field(default=False, description="Also write each record's redacted input (its "
                                                              "public context) to the output.")

    def privatize_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``privatize_many`` (without texts, spans, units, seed and ledger)."""
        return {"epsilon": self.epsilon, "delta": self.delta, "max_new_tokens": self.max_new_tokens,
                "group_policy": self.group_policy, "relation": self.relation, "instruction": self.instruction,
                "allow_no_spans": self.allow_no_spans}

    def fingerprint(self) -> str:
        """Canonical JSON of the settings that shape the released output and its guarantee."""
        return self.model_dump_json(exclude={"include_redacted"})
