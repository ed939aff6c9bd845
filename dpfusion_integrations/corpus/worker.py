"""Privatize a batch of records on one engine: the part of a corpus job that runs where the model is
(in the job's own process, or in a Ray actor).

Records are decoded in chunks through ``DPFusion.privatize_many`` (one batched decode per chunk).
With a ledger, each record's reservation is made under a deterministic call id
(``corpus-<job>-<record digest>-<attempt>``), so a retried batch re-reserves idempotently instead of
charging twice, and the commit is *held back*: the driver commits only after the output line is
durable (see :mod:`dpfusion_integrations.corpus.job` for the whole protocol).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from dpfusion_integrations.corpus.params import PrivatizeParams
from dpfusion_integrations.corpus.records import TextRecord
from dpfusion_integrations.errors import DPFusionError
from dpfusion_integrations.ledger.errors import LedgerStateError

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.ledger import PrivacyLedger
    from dpfusion_integrations.report import PrivatizationResult

__all__ = ["LEDGER_LABEL", "WorkItem", "WorkResult", "make_call_id", "output_line", "plan_chunks",
           "privatize_items"]

logger = logging.getLogger(__name__)

LEDGER_LABEL = "dpfusion-corpus"


def make_call_id(job_id: str, record_id: str, attempt: int) -> str:
    """The ledger call id of one attempt at one record: deterministic, and opaque (the record id is
    hashed, so file names never reach the ledger through call ids)."""
    digest = hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:24]
    return f"corpus-{job_id}-{digest}-{attempt}"


@dataclass(frozen=True)
class WorkItem:
    """A record at its input ``position``, to be decoded as ``attempt`` of job ``job_id``."""

    position: int
    record: TextRecord
    attempt: int = 0
    job_id: str = "local"

    @property
    def call_id(self) -> str:
        return make_call_id(self.job_id, self.record.id, self.attempt)

    def to_json(self) -> str:
        """Transport form (Ray object store; inside the trust boundary: it holds the raw text)."""
        r = self.record
        return json.dumps({"position": self.position, "attempt": self.attempt, "job_id": self.job_id,
                           "record": {"id": r.id, "text": r.text, "label": r.label, "units": list(r.units),
                                      "spans": None if r.spans is None else [list(s) for s in r.spans]}})

    @classmethod
    def from_json(cls, data: str) -> WorkItem:
        obj = json.loads(data)
        r = obj["record"]
        record = TextRecord(id=r["id"], text=r["text"], label=r["label"], units=tuple(r["units"]),
                            spans=None if r["spans"] is None else tuple(tuple(s) for s in r["spans"]))
        return cls(position=obj["position"], record=record, attempt=obj["attempt"], job_id=obj["job_id"])


@dataclass(frozen=True)
class WorkResult:
    """What came of one item: an output line (privatized text and report, no raw text) and the held-back
    commit, or an error (``"TypeName: message"``; library messages never carry raw text)."""

    record_id: str
    position: int
    attempt: int
    call_id: str | None
    line: dict[str, Any] | None = None
    commit_rdp: dict[str, float] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, data: str) -> WorkResult:
        return cls(**json.loads(data))


def plan_chunks(items: Sequence[WorkItem], batch_size: int) -> list[list[WorkItem]]:
    """Split items into decode chunks of at most ``batch_size``: a chunk holds consecutive input
    positions (so ``seed + position`` seeds each record exactly) and no privacy unit twice (so each
    reservation maps to exactly one record)."""
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    chunks: list[list[WorkItem]] = []
    units: set[str] = set()
    for item in items:
        current = chunks[-1] if chunks else None
        if (current is None or len(current) >= batch_size or item.position != current[-1].position + 1
                or units.intersection(item.record.units)):
            chunks.append([item])
            units = set(item.record.units)
        else:
            current.append(item)
            units.update(item.record.units)
    return chunks


def output_line(record: TextRecord, result: PrivatizationResult, params: PrivatizeParams) -> dict[str, Any]:
    """The JSON object written for one record: id, label, units, private text, report."""
    line: dict[str, Any] = {"id": record.id}
    if record.label is not None:
        line["label"] = record.label
    line["units"] = list(record.units)
    line["text"] = result.text
    if params.include_redacted:
        line["redacted_text"] = result.redacted_text
    line["input_tokens"] = result.input_tokens
    line["report"] = result.report.model_dump(mode="json")
    return line


def privatize_items(dp: DPFusion, items: Sequence[WorkItem], params: PrivatizeParams, *,
                    ledger: PrivacyLedger | None = None, batch_size: int = 8,
                    on_reserved: Callable[[WorkItem], None] | None = None) -> list[WorkResult]:
    """Decode ``items`` in chunks; a chunk that fails with a library error (a unit over its cap, a
    record without spans...) is retried record by record so one bad record fails alone. Other
    exceptions propagate (the engine has then refunded the chunk's reservations)."""
    results: list[WorkResult] = []
    for chunk in plan_chunks(items, batch_size):
        proxy = None if ledger is None else _DeferredCommitLedger(ledger, chunk, on_reserved)
        try:
            results.extend(_decode(dp, chunk, params, proxy))
            continue
        except DPFusionError as exc:
            if len(chunk) == 1:
                results.append(_failed(chunk[0], exc, ledger is not None))
                continue
            logger.info("a chunk of %d records failed (%s); retrying them one by one", len(chunk), type(exc).__name__)
        refunded = set() if proxy is None else proxy.refunded
        for item in chunk:
            if item.record.id in refunded:  # a refunded call id is final in the ledger: next attempt
                item = replace(item, attempt=item.attempt + 1)
            single = None if ledger is None else _DeferredCommitLedger(ledger, [item], on_reserved)
            try:
                results.extend(_decode(dp, [item], params, single))
            except DPFusionError as exc:
                results.append(_failed(item, exc, ledger is not None))
    return results


def _decode(dp: DPFusion, chunk: list[WorkItem], params: PrivatizeParams,
            proxy: _DeferredCommitLedger | None) -> list[WorkResult]:
    seed = None if params.seed is None else params.seed + chunk[0].position
    spans = [item.record.spans for item in chunk]
    decoded = dp.privatize_many([item.record.text for item in chunk], seed=seed,
                                spans=spans if any(s is not None for s in spans) else None,
                                units=[list(item.record.units) for item in chunk],
                                ledger=proxy,  # type: ignore[arg-type]  # the PrivacyLedger protocol subset
                                **params.privatize_kwargs())  # type: ignore[arg-type]
    return [WorkResult(record_id=item.record.id, position=item.position, attempt=item.attempt,
                       call_id=item.call_id if proxy is not None else None,
                       line=output_line(item.record, result, params),
                       commit_rdp=None if proxy is None else proxy.deferred.get(item.record.id))
            for item, result in zip(chunk, decoded, strict=True)]


def _failed(item: WorkItem, exc: BaseException, with_ledger: bool) -> WorkResult:
    return WorkResult(record_id=item.record.id, position=item.position, attempt=item.attempt,
                      call_id=item.call_id if with_ledger else None, error=f"{type(exc).__name__}: {exc}")


class _DeferredCommitLedger:
    """Stands in for the ledger during one ``privatize_many`` call.

    ``reserve`` goes through at once, under the record's deterministic call id (the engine's own
    random call id is mapped to it through the reserved units, which are exactly the record's units);
    ``commit`` is held back in :attr:`deferred` for the driver, which commits after the output line is
    durable (a reservation is never smaller than its commit, so holding it back fails closed);
    ``refund`` goes through (the engine refunds only when nothing was released).
    """

    def __init__(self, ledger: PrivacyLedger, chunk: Sequence[WorkItem],
                 on_reserved: Callable[[WorkItem], None] | None) -> None:
        self._ledger = ledger
        self._pending = {frozenset(item.record.units): item for item in chunk}
        self._by_engine_call: dict[str, WorkItem] = {}
        self._on_reserved = on_reserved
        self._reserved: dict[str, dict[str, float]] = {}
        self.deferred: dict[str, dict[str, float]] = {}
        self.refunded: set[str] = set()

    @property
    def alpha(self) -> float:
        return self._ledger.alpha

    def reserve(self, call_id: str, units: Mapping[str, float] | Sequence[str], rdp: float | None = None, *,
                label: str | None = None) -> None:
        key = frozenset(units)
        item = self._pending.get(key)
        if item is None:
            raise LedgerStateError("a reservation did not match any record of the chunk; nothing was reserved")
        self._ledger.reserve(item.call_id, units, rdp, label=LEDGER_LABEL)
        del self._pending[key]
        self._by_engine_call[call_id] = item
        if isinstance(units, Mapping):
            self._reserved[item.record.id] = {u: float(v) for u, v in units.items()}
        else:
            self._reserved[item.record.id] = {u: float(rdp or 0.0) for u in units}
        if self._on_reserved is not None:
            self._on_reserved(item)

    def commit(self, call_id: str, rdp: float | Mapping[str, float] | None = None) -> None:
        item = self._by_engine_call[call_id]
        if rdp is None:
            self.deferred[item.record.id] = dict(self._reserved[item.record.id])
        elif isinstance(rdp, Mapping):
            self.deferred[item.record.id] = {u: float(v) for u, v in rdp.items()}
        else:
            self.deferred[item.record.id] = {u: float(rdp) for u in self._reserved[item.record.id]}

    def refund(self, call_id: str) -> None:
        item = self._by_engine_call.pop(call_id)
        self._ledger.refund(item.call_id)
        self.refunded.add(item.record.id)
