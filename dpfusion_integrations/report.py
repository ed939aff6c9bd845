"""What a call returns: the released text and a report of the guarantee it carries.

The report holds only data-independent quantities (the calibrated α and cap, the token budget,
the number of groups) and public facts about the call (tokens emitted, units charged as per-call
aliases). The realized per-step divergences and λs depend on the private text; they are returned only
by ``debug=True`` runs, on the result (never on the report), wrapped in ``PrivateDebugInfo``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dpfusion_integrations.accounting import Relation, SpendEvent
from dpfusion_integrations.accounting.events import refunded_steps
from dpfusion_integrations.accounting.slots import faithful_event

__all__ = ["PrivacyReport", "PrivateDebugInfo", "PrivatizationResult"]


class PrivacyReport(BaseModel):
    """The (ε, δ) guarantee of one DP-Fusion call, per privacy group."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mechanism: str = Field(default="dp-fusion", description="Mechanism that produced the text.")
    relation: Relation = Field(description="Neighbouring relation the guarantee covers.")
    alpha: float = Field(gt=1, description="Rényi order of the accounting.")
    cap: float = Field(ge=0, description="Per-token bound on the symmetric Rényi divergence of each group's "
                                         "mixture from the public distribution (enforced at 2α for substitution).")
    delta: float = Field(gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    n_groups: int = Field(ge=0, description="Number of privacy groups mixed at every step.")
    max_new_tokens: int = Field(ge=1, description="Token budget the guarantee is charged for (faithful: the "
                                                  "sampled slot steps of all groups).")
    tokens_emitted: int = Field(ge=0, description="Tokens actually released (EOS excluded; faithful: sampled "
                                                  "slot steps taken, forced public tokens are free).")
    tokens_forced: int = Field(default=0, ge=0, description=(
        "Of tokens_emitted, those a grammar forced (the only token it allowed): released at no cost, so "
        "max_new_tokens counts the other steps."))
    tokens_closing: int = Field(default=0, ge=0, description=(
        "Of tokens_emitted, those of the closing phase: after max_new_tokens sampled steps, while the "
        "grammar was not yet complete, drawn from the public context's distribution alone (λ = 0 for "
        "every group): released at no cost, at most the call's closing budget."))
    grammar: Literal["json_schema", "regex", "lark"] | None = Field(default=None, description=(
        "Kind of public grammar the output was constrained to (tool calls, structured output), if any."))
    grammar_complete: bool | None = Field(default=None, description=(
        "With a grammar: whether the output is a complete sentence of it (False: the sampled, closing "
        "or forced budget ran out, or a stop rule ended it first; the output is then cut). None without a "
        "grammar, and in the report given before decoding starts."))
    surrogates: bool = Field(default=False, description=(
        "Faithful release: the public context showed fixed, data-independent surrogates (chosen by span "
        "type and position only) instead of placeholders; the charge is the same."))
    rdp: float = Field(ge=0, description="Total RDP at alpha for any one privacy unit of the call: "
                                         "max_new_tokens × per-step cost.")
    epsilon: float = Field(ge=0, description="Data-independent ε at delta for any one privacy unit of the call "
                                             "(a unit lying in k groups is covered for all k; see units_groups).")
    epsilon_per_group: dict[str, float] = Field(description="ε at delta per group label (labels never hold values).")
    conversion: str = Field(description="RDP → (ε, δ) conversion used.")
    units: list[str] = Field(default_factory=list, description=(
        "Privacy units charged, as per-call aliases: fresh for every call, so reports cannot be linked "
        "to one another; stable ids stay in the ledger (operator view: unit_aliases.resolve_unit_alias)."))
    units_groups: dict[str, int] = Field(default_factory=dict,
                                         description="Unit alias → how many of the groups hold that unit's data.")
    release: Literal["paraphrase", "faithful"] = Field(default="paraphrase", description=(
        "paraphrase: the model rewrites the text, every step mixes all groups; faithful: public text is "
        "forced and only private slots are sampled, each by its owner group alone."))
    slot_tokens: int | None = Field(default=None, ge=1, description="Faithful: most steps one slot may take.")
    group_caps: dict[str, float] = Field(default_factory=dict,
                                         description="Faithful: per-token cap of each group's slots, by label.")
    group_steps: dict[str, int] = Field(default_factory=dict, description=(
        "Faithful: steps each group is charged for (its slots × slot_tokens), by label."))
    group_steps_emitted: dict[str, int] = Field(default_factory=dict, description=(
        "Faithful: steps each group's slots actually took (a function of released tokens; refunds use it)."))
    units_group_labels: dict[str, list[str]] = Field(default_factory=dict, description=(
        "Faithful: unit alias → labels of the groups holding its data (it is charged their sum)."))
    seeded: bool = Field(description="True when a caller-given seed drove sampling (tests and demos only).")
    tagger: str = Field(description="How private spans were found; tagger misses are not protected.")
    model_name: str = Field(description="Model that decoded the contexts.")

    @model_validator(mode="after")
    def _forced_within_emitted(self) -> PrivacyReport:
        if self.tokens_forced + self.tokens_closing > self.tokens_emitted:
            raise ValueError("tokens_forced + tokens_closing cannot exceed tokens_emitted")
        return self

    def spend_event(self, *, refund_unused: bool = False, groups_changed: int = 1) -> SpendEvent:
        """This call as an immutable spend event; ``refund_unused`` charges only the emitted tokens
        (plus the stop token), which is valid because stopping depends on released output only."""
        if self.release == "faithful":
            steps = self.group_steps_emitted if refund_unused else self.group_steps
            worst = sorted(steps, key=lambda label: steps[label] * self.group_caps.get(label, 0.0), reverse=True)
            return faithful_event(alpha=self.alpha, relation=self.relation, caps=self.group_caps,
                                  labels=worst[:max(groups_changed, 1)], steps=steps)
        tokens = (refunded_steps(self.max_new_tokens, self.tokens_emitted, self.tokens_forced, self.tokens_closing)
                  if refund_unused else self.max_new_tokens)
        return SpendEvent(alpha=self.alpha, cap=self.cap, relation=self.relation, n_groups=max(self.n_groups, 1),
                          groups_changed=min(groups_changed, max(self.n_groups, 1)), tokens=tokens)


class PrivateDebugInfo:
    """Realized λs and divergences per step (``[step][group]``). PRIVATE: they are functions of the
    private text, carry no guarantee, and must stay inside the trust boundary. ``repr`` hides them."""

    __slots__ = ("lambdas", "divergences")

    def __init__(self, lambdas: list[list[float]], divergences: list[list[float]]) -> None:
        self.lambdas = lambdas
        self.divergences = divergences

    def __repr__(self) -> str:
        return f"PrivateDebugInfo(<private: {len(self.lambdas)} steps>)"

    def __reduce__(self) -> Any:
        # Pickles go to disk caches, Ray and worker processes: outside the boundary. Fail closed.
        raise TypeError("PrivateDebugInfo is private and is never pickled; drop result.private_debug first")


class PrivatizationResult(BaseModel):
    """Released text, the redacted input it was decoded against, and the privacy report."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    text: str = Field(description="The differentially private output.")
    redacted_text: str = Field(description=(
        "The input with every private span replaced by its placeholder, or by its fixed surrogate with "
        "surrogates=True (faithful release)."))
    report: PrivacyReport
    input_tokens: int = Field(default=0, ge=0, description="Tokens of the public context (the prompt as released).")
    private_debug: PrivateDebugInfo | None = Field(default=None, exclude=True, repr=False,
                                                   description="debug=True only; private.")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the private debug info is never included)."""
        return self.model_dump(mode="json")
