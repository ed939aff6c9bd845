"""DP-Fusion behind the :class:`~dpfusion_integrations.mechanisms.base.Mechanism` interface.

Wraps :meth:`DPFusion.privatize_many` with the documents' explicit spans (in an evaluation, the
gold spans, so that tagger misses are not mixed into the measurement) and ``allow_no_spans=True``
(a document without spans is decoded as public at no cost). The claim is the report's ε: per
privacy unit (here, one per distinct value, lying in one group), (ε, δ), under the engine's
neighbouring relation (redaction by default, the paper's).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dpfusion_integrations.accounting import Relation
from dpfusion_integrations.mechanisms.base import PrivacyNotion, Release, SpannedText, check_release_args
from dpfusion_integrations.release_settings import check_surrogates

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion

__all__ = ["DPFusionMechanism"]


class DPFusionMechanism:
    """DP-Fusion over an existing :class:`DPFusion` engine (its model, temperature and relation).

    ``release="faithful"`` (the ``dp-fusion-faithful`` line) keeps the public text and resamples the
    private slots only; it is charged per slot, so the evaluation's ``max_new_tokens`` does not apply.
    ``surrogates=True`` with it (``dp-fusion-faithful-surrogates``) shows each hidden span to the model
    as the fixed fake of its type and position instead of its placeholder.
    """

    is_dp = True

    def __init__(self, dp: DPFusion, *, release: str = "paraphrase", surrogates: bool = False) -> None:
        check_surrogates(release, surrogates)
        self.dp = dp
        self.mode = release
        self.surrogates = surrogates
        self.name = ("dp-fusion-faithful-surrogates" if surrogates
                     else "dp-fusion-faithful" if release == "faithful" else "dp-fusion")

    @property
    def notion(self) -> PrivacyNotion:
        if self.dp.relation is Relation.SUBSTITUTION:
            return PrivacyNotion.GROUP_SUBSTITUTION
        return PrivacyNotion.GROUP_REDACTION

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        check_release_args(documents, epsilon, delta, max_new_tokens)
        if not documents:
            return []
        budget = ({"release": "faithful", "surrogates": self.surrogates} if self.mode == "faithful"
                  else {"max_new_tokens": max_new_tokens})
        results = self.dp.privatize_many([d.text for d in documents], epsilon=epsilon, delta=delta, seed=seed,
                                         spans=[list(d.spans) for d in documents], allow_no_spans=True,
                                         **budget)  # type: ignore[arg-type]
        return [Release(text=r.text, notion=self.notion, epsilon=r.report.epsilon, delta=r.report.delta,
                        tokens_emitted=r.report.tokens_emitted) for r in results]
