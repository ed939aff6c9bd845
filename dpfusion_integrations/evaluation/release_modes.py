"""DP-Fusion's release modes side by side in ``dpfusion eval``: the paraphrase (``dp-fusion``), the
faithful release with placeholders (``dp-fusion-faithful``) and the faithful release with surrogates
(``dp-fusion-faithful-surrogates``), on the same corpus, gold spans, ε grid and seed (all three are
``mechanisms.DPFusionMechanism`` over one engine). :func:`release_mode_table` turns the evaluation's
rows into one entry per ε with each mode's fact retention (the share of annotated public facts the
release keeps), similarity to the original, verbatim leaks and sampled steps, which the Markdown
report prints as its own table.

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
    from dpfusion_integrations.mechanisms import Mechanism

__all__ = ["EVAL_MECHANISM_NAMES", "RELEASE_MODES", "SURROGATES_MECHANISM", "build_eval_mechanisms", "release_mode_table"]

#: The faithful release with surrogates as an evaluation mechanism.
SURROGATES_MECHANISM = "dp-fusion-faithful-surrogates"
#: DP-Fusion's release modes: evaluation mechanism → the mode's label, in table order.
RELEASE_MODES: Mapping[str, str] = MappingProxyType({
    "dp-fusion": "paraphrase", "dp-fusion-faithful": "faithful", SURROGATES_MECHANISM: "faithful + surrogates"})


#: Every mechanism ``dpfusion eval`` can run, in the order tables and plots list them.
EVAL_MECHANISM_NAMES: tuple[str, ...] = MECHANISM_NAMES

#: Per-mode figures copied from an evaluation row into :func:`release_mode_table`.
_UTILITY_KEYS = ("fact_retention", "similarity", "span_leak", "target_leak", "sampled_steps")


def build_eval_mechanisms(names: Sequence[str], *, dp: DPFusion) -> list[Mechanism]:
    """The named mechanisms, in the order given (each once), as ``mechanisms.build_mechanisms``
    builds them. No name, or an unknown one, is an ``InvalidParameterError`` listing the valid names."""
    from dpfusion_integrations.mechanisms import build_mechanisms

    return build_mechanisms(list(dict.fromkeys(names)), dp=dp)


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
