"""Mechanisms by name, built over one shared model (loaded once by the caller)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.mechanisms.base import Mechanism
from dpfusion_integrations.mechanisms.dp_decoding import DPDecodingMechanism
from dpfusion_integrations.mechanisms.dp_fusion import DPFusionMechanism
from dpfusion_integrations.mechanisms.dp_prompt import DPPromptMechanism
from dpfusion_integrations.mechanisms.names import MECHANISM_NAMES
from dpfusion_integrations.mechanisms.nondp import ParaphraseMechanism, RedactionMechanism

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion

__all__ = ["MECHANISM_NAMES", "build_mechanisms"]


def build_mechanisms(names: Sequence[str], *, dp: DPFusion, model: Any | None = None,
                     tokenizer: Any | None = None) -> list[Mechanism]:
    """The named mechanisms; the model baselines use ``dp``'s model, tokenizer and temperature unless
    ``model``/``tokenizer`` are given. Unknown names raise, listing the valid ones."""
    unknown = [n for n in names if n not in MECHANISM_NAMES]
    if unknown or not names:
        raise InvalidParameterError(f"unknown mechanism(s) {unknown}; valid: {', '.join(MECHANISM_NAMES)}")
    model = dp.model if model is None else model
    tokenizer = dp.tokenizer if tokenizer is None else tokenizer
    factories: dict[str, Callable[[], Mechanism]] = {
        "dp-fusion": lambda: DPFusionMechanism(dp),
        "dp-fusion-faithful": lambda: DPFusionMechanism(dp, release="faithful"),
        "dp-fusion-faithful-surrogates": lambda: DPFusionMechanism(dp, release="faithful", surrogates=True),
        "redaction": RedactionMechanism,
        "paraphrase": lambda: ParaphraseMechanism(model, tokenizer, temperature=dp.temperature),
        "dp-prompt": lambda: DPPromptMechanism(model, tokenizer),
        "dp-decoding": lambda: DPDecodingMechanism(model, tokenizer, temperature=dp.temperature),
    }
    return [factories[n]() for n in dict.fromkeys(names)]
