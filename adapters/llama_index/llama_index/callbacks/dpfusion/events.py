"""The instrumentation event of one DP-Fusion spend, and the record every output carries.

A spend is described by public facts only: ε, δ, the per-call aliases of the privacy units charged
(random, unlinkable across calls: stable unit ids stay in the ledger) and the ``PrivacyReport``
(data-independent quantities). Neither the event nor the record ever holds input or output text,
so they are safe to hand to any tracer.

A spend is *refundable* (the default) when the call ended normally: only the tokens released (and
the stop token) are charged, the rest of the reservation was refunded. A call that failed after
releasing tokens keeps its whole reservation; its spend says ``refundable=False`` and carries the
report of the full charge, and trackers charge all of ``max_new_tokens``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Literal

from llama_index.core.instrumentation.events.base import BaseEvent
from pydantic import ConfigDict, Field

from dpfusion_integrations import PrivacyReport

__all__ = ["DPFUSION_KEY", "PrivacySpendEvent", "SpendSource", "is_refundable", "new_spend_id", "spend_event",
           "spend_record"]

#: Key under which node metadata and response ``additional_kwargs`` / ``raw`` carry the spend record.
DPFUSION_KEY = "dpfusion"

SpendSource = Literal["llm", "retriever", "postprocessor"]


class PrivacySpendEvent(BaseEvent):
    """One DP-Fusion call's spend, dispatched by ``DPFusionLLM`` and the privatizing retriever
    and postprocessor (once per privatized node)."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)  # a misspelt field is an error

    source: SpendSource = Field(description="Component that spent: llm, retriever or postprocessor.")
    spend_id: str = Field(description="Unique id of this spend (the same id is in the output's record).")
    epsilon: float = Field(ge=0, description="ε at delta of this call for any one privacy group.")
    delta: float = Field(gt=0, lt=1, description="δ of the guarantee.")
    units: list[str] = Field(default_factory=list, description="Per-call aliases of the privacy units charged "
                                                               "(never stable ids, never values).")
    tokens_emitted: int = Field(ge=0, description="Tokens released by the call.")
    report: dict[str, Any] = Field(description="The call's PrivacyReport as a JSON-ready dict.")
    refundable: bool = Field(default=True, description="False when the call failed after releasing tokens: the "
                                                       "whole token budget stays charged (no tail refund).")

    @classmethod
    def class_name(cls) -> str:
        return "PrivacySpendEvent"


def new_spend_id() -> str:
    """A fresh random spend id (random, so it reveals nothing about the input)."""
    return uuid.uuid4().hex


def spend_record(report: PrivacyReport, spend_id: str, *, cached: bool | None = None,
                 refundable: bool = True) -> dict[str, Any]:
    """The JSON-ready record an output carries under :data:`DPFUSION_KEY` (``cached``: for nodes,
    whether the privatized text was re-served from the cache, i.e. without a new spend;
    ``refundable``: see the module doc)."""
    record: dict[str, Any] = {"report": report.model_dump(mode="json"), "spend_id": spend_id,
                              "refundable": refundable}
    if cached is not None:
        record["cached"] = cached
    return record


def is_refundable(record: Mapping[str, Any]) -> bool:
    """Whether a spend record may be charged for its released tokens only. Anything but an explicit
    ``True`` (or a record without the key, written before it existed) charges the whole budget."""
    return record.get("refundable", True) is True


def spend_event(report: PrivacyReport, spend_id: str, source: SpendSource, *,
                refundable: bool = True) -> PrivacySpendEvent:
    """The instrumentation event of one call's report."""
    return PrivacySpendEvent(source=source, spend_id=spend_id, epsilon=report.epsilon, delta=report.delta,
                             units=list(report.units), tokens_emitted=report.tokens_emitted,
                             report=report.model_dump(mode="json"), refundable=refundable)
