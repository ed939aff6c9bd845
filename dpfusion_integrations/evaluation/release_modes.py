"""DP-Fusion's release modes side by side in ``dpfusion eval``: the paraphrase (``dp-fusion``), the
faithful release with placeholders (``dp-fusion-faithful``) and the faithful release with surrogates
(``dp-fusion-faithful-surrogates``), on the same corpus, gold spans, ε grid and seed.

The surrogate line is built here, over the same engine as the other two (``mechanisms`` knows the
first two by name). :func:`release_mode_table` turns the evaluation's rows into one entry per ε with
each mode's fact retention (the share of annotated public facts the release keeps), similarity to
the original, verbatim leaks and sampled steps, which the Markdown report prints as its own table.

Importing this module is cheap (no torch): the CLI reads :data:`EVAL_MECHANISM_NAMES` to parse
``--mechanisms``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from dpfusion_integrations.mechanisms.names import MECHANISM_NAMES

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.mechanisms import Mechanism, PrivacyNotion, Release, SpannedText

__all__ = ["EVAL_MECHANISM_NAMES", "RELEASE_MODES", "SURROGATES_MECHANISM", "FaithfulSurrogatesMechanism",
           "build_eval_mechanisms", "release_mode_table"]

#: The faithful release with surrogates as an evaluation mechanism.
SURROGATES_MECHANISM = "dp-fusion-faithful-surrogates"
#: DP-Fusion's release modes: evaluation mechanism → the mode's label, in table order.
RELEASE_MODES: Mapping[str, str] = MappingProxyType({
    "dp-fusion": "paraphrase", "dp-fusion-faithful": "faithful", SURROGATES_MECHANISM: "faithful + surrogates"})


def _with_surrogates(names: Sequence[str]) -> tuple[str, ...]:
    """``names`` with the surrogate line right after ``dp-fusion-faithful`` (else at the end)."""
    out = list(names)
    at = out.index("dp-fusion-faithful") + 1 if "dp-fusion-faithful" in out else len(out)
    out.insert(at, SURROGATES_MECHANISM)
    return tuple(out)


#: Every mechanism ``dpfusion eval`` can run, in the order tables and plots list them.
EVAL_MECHANISM_NAMES: tuple[str, ...] = _with_surrogates(MECHANISM_NAMES)

#: Per-mode figures copied from an evaluation row into :func:`release_mode_table`.
_UTILITY_KEYS = ("fact_retention", "similarity", "span_leak", "target_leak", "sampled_steps")


class FaithfulSurrogatesMechanism:
    """DP-Fusion's faithful release with surrogates over an existing engine: public text forced,
    private slots sampled by their owner group, each span shown to the model as the fixed surrogate
    of its type and position (``DPFusion.privatize_many(..., release="faithful", surrogates=True)``).
    Charged per slot, so the evaluation's ``max_new_tokens`` does not apply; the claim is the report's
    ε per group, as for ``dp-fusion-faithful``."""

    name = SURROGATES_MECHANISM
    is_dp = True

    def __init__(self, dp: DPFusion) -> None:
        self.dp = dp

    @property
    def notion(self) -> PrivacyNotion:
        from dpfusion_integrations.accounting import Relation
        from dpfusion_integrations.mechanisms import PrivacyNotion

        if self.dp.relation is Relation.SUBSTITUTION:
            return PrivacyNotion.GROUP_SUBSTITUTION
        return PrivacyNotion.GROUP_REDACTION

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        from dpfusion_integrations.mechanisms import Release
        from dpfusion_integrations.mechanisms.base import check_release_args

        check_release_args(documents, epsilon, delta, max_new_tokens)
        if not documents:
            return []
        results = self.dp.privatize_many([d.text for d in documents], epsilon=epsilon, delta=delta, seed=seed,
                                         spans=[list(d.spans) for d in documents], allow_no_spans=True,
                                         release="faithful", surrogates=True)
        return [Release(text=r.text, notion=self.notion, epsilon=r.report.epsilon, delta=r.report.delta,
                        tokens_emitted=r.report.tokens_emitted) for r in results]


def build_eval_mechanisms(names: Sequence[str], *, dp: DPFusion) -> list[Mechanism]:
    """The named mechanisms, in the order given (each once): the surrogate line built here, every
    other one by ``mechanisms.build_mechanisms``. No name, or an unknown one, is an
    ``InvalidParameterError`` listing the valid names."""
    from dpfusion_integrations.errors import InvalidParameterError
    from dpfusion_integrations.mechanisms import build_mechanisms

    ordered = list(dict.fromkeys(names))
    unknown = [n for n in ordered if n not in EVAL_MECHANISM_NAMES]
    if unknown or not ordered:
        raise InvalidParameterError(f"unknown mechanism(s) {unknown}; valid: {', '.join(EVAL_MECHANISM_NAMES)}")
    others = [n for n in ordered if n != SURROGATES_MECHANISM]
    built = {m.name: m for m in (build_mechanisms(others, dp=dp) if others else [])}
    if SURROGATES_MECHANISM in ordered:
        built[SURROGATES_MECHANISM] = FaithfulSurrogatesMechanism(dp)
    return [built[n] for n in ordered]


def release_mode_table(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """DP-Fusion's release modes per ε, from the evaluation's rows: one entry per ε (ascending) that at
    least one mode was run at, ``{"epsilon": ε, "modes": {label: {fact_retention, similarity,
    span_leak, target_leak, sampled_steps}}}`` for each mode run at that ε (labels in
    :data:`RELEASE_MODES` order). Empty when no release mode was run."""
    by_epsilon: dict[float, dict[str, dict[str, Any]]] = {}
    for mechanism, label in RELEASE_MODES.items():
        for row in rows:
            if row["mechanism"] != mechanism or row["epsilon"] is None:
                continue
            utility = row["utility"]
            by_epsilon.setdefault(float(row["epsilon"]), {})[label] = {k: utility.get(k) for k in _UTILITY_KEYS}
    return [{"epsilon": eps, "modes": by_epsilon[eps]} for eps in sorted(by_epsilon)]
