"""The privatization settings of a corpus job or a synthetic dataset, validated once, up front.

They are part of a resumable job's identity: resuming with other settings would mix guarantees in
one output, so a job refuses it (see :mod:`dpfusion_integrations.corpus.state`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dpfusion_integrations.release_settings import Release, check_release_settings, release_kwargs

__all__ = ["DEFAULT_MAX_NEW_TOKENS", "DEFAULT_RELEASE", "PrivatizeParams", "params_error"]

#: How records are released unless ``release`` is given (one line to switch the default of corpus jobs).
DEFAULT_RELEASE: Release = "paraphrase"
#: Token budget of a paraphrased record unless ``max_new_tokens`` is given.
DEFAULT_MAX_NEW_TOKENS = 256


class PrivatizeParams(BaseModel):
    """Arguments of ``DPFusion.privatize_many`` that every record of a job shares.

    ``release="faithful"`` keeps each record's public text and resamples only its private spans,
    charged ``slot_tokens`` steps per span; ``max_new_tokens`` (then None) and ``instruction`` belong to
    the paraphrase, ``slot_tokens`` and ``surrogates`` to the faithful release, and a value given for
    the other mode is refused here, before any record is decoded. ``surrogates=True`` shows each
    private span to the model as a fixed fake of its type instead of its placeholder (same charge).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    epsilon: float = Field(ge=0, allow_inf_nan=False, description="ε per privacy unit and record (0: public only).")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_new_tokens: int | None = Field(default=None, ge=1, description=(
        f"Paraphrase: token budget of each output (the charge; default {DEFAULT_MAX_NEW_TOKENS}). "
        "None in the faithful release."))
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
    release: Release = Field(default=DEFAULT_RELEASE, description=(
        "paraphrase: each record is rewritten, charged max_new_tokens steps; faithful: its public text is kept "
        "verbatim and only its private spans are resampled, charged slot_tokens steps per span."))
    slot_tokens: int | None = Field(default=None, ge=1, description="Faithful: most tokens one private span may "
                                                                    "take (the charge per span); None: the core's "
                                                                    "default.")
    surrogates: bool = Field(default=False, strict=True, description=(
        "Faithful: show each private span to the model as a fixed, data-independent fake of its type (e.g. "
        "'Alex Morgan') instead of its [PLACEHOLDER]; same charge. False (default): placeholders."))

    @model_validator(mode="before")
    @classmethod
    def _settings_of_the_release(cls, data: Any) -> Any:
        """Refuse a value given for the other release mode (it would change the cost, so it is never
        dropped silently); give a paraphrase its default token budget. An explicit None is "not given"."""
        if not isinstance(data, dict):
            return data
        release = data.get("release", DEFAULT_RELEASE)
        if release not in ("paraphrase", "faithful"):
            return data  # the field's own validation names it
        check_release_settings(release, explicit={k for k, v in data.items() if v is not None},
                               surrogates=data.get("surrogates", False))
        if release == "paraphrase" and data.get("max_new_tokens") is None:
            data = {**data, "max_new_tokens": DEFAULT_MAX_NEW_TOKENS}
        return data

    def privatize_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``privatize_many`` (without texts, spans, units, seed and ledger); the
        other release mode's parameters are not passed."""
        return {"epsilon": self.epsilon, "delta": self.delta, "group_policy": self.group_policy,
                "relation": self.relation, "allow_no_spans": self.allow_no_spans,
                **release_kwargs(self.release, max_new_tokens=self.max_new_tokens, slot_tokens=self.slot_tokens,
                                 instruction=self.instruction, surrogates=self.surrogates)}

    def fingerprint(self) -> str:
        """Canonical JSON of the settings that shape the released output and its guarantee. A paraphrase
        job leaves the release fields out, and a job without surrogates leaves ``surrogates`` out, so
        jobs started before those fields existed still resume."""
        exclude = {"include_redacted"} | ({"release", "slot_tokens"} if self.release == "paraphrase" else set())
        if not self.surrogates:
            exclude.add("surrogates")
        return self.model_dump_json(exclude=exclude)


def params_error(exc: ValidationError) -> str:
    """A one-line account of invalid settings: the fields whose value was refused, or, for settings
    refused together (one release mode's parameter in the other), the reason. Never the values."""
    fields = sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]})
    reasons = sorted({str(e["msg"]).removeprefix("Value error, ") for e in exc.errors() if not e["loc"]})
    return "; ".join(([f"invalid value for {', '.join(fields)}"] if fields else []) + reasons)
