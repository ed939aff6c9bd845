"""Resumable corpus privatization: the job driver and the local (one process) runner.

Per record, with a ledger (the order is what makes a crash safe):

1. ``dispatched``: the record and its attempt number are stored before anything is reserved;
2. the worker reserves under the deterministic call id ``corpus-<job>-<digest>-<attempt>`` and decodes;
   the engine's commit is held back;
3. ``decoded``: the output line and the held-back commit are stored in one transaction;
4. the line is appended to the output and fsynced, then ``written``;
5. the ledger commit is made, then ``committed``.

On restart, complete output lines are skipped; a ``decoded`` record's stored line is written (no
second decode); a written record's pending commit is finished. A record that was ``dispatched``
and whose reservation is still outstanding was interrupted mid-decode: its reservation stays
charged (fail closed) and the job does **not** reserve or decode it again unless the caller passes
``retry_interrupted=True``, which decodes it again under the *same* reservation (an idempotent
re-reserve of the same call id: still one charge). A refunded attempt is re-run under the next
attempt number. Without a ledger, nothing is charged before an output is durable, so unfinished
records are simply decoded again.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from dpfusion_integrations.corpus.manifest import UnitEpsilon, compose_units
from dpfusion_integrations.corpus.output import OutputLog, iter_output
from dpfusion_integrations.corpus.params import PrivatizeParams
from dpfusion_integrations.corpus.records import InvalidRecordError, TextRecord, iter_records
from dpfusion_integrations.corpus.state import JobState, RecordRow, Stage
from dpfusion_integrations.corpus.worker import WorkItem, WorkResult, make_call_id, privatize_items
from dpfusion_integrations.ledger.errors import LedgerStateError, UnknownCallError
from dpfusion_integrations.ledger.models import ReservationState

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.ledger import PrivacyLedger

__all__ = ["CorpusEvent", "CorpusManifest", "CorpusSummary", "JobDriver", "RecordSource", "default_paths",
           "privatize_corpus"]

logger = logging.getLogger(__name__)

RecordSource = str | os.PathLike[str] | Iterable[TextRecord]
"""A JSONL file, a directory of ``.txt`` files, or records already in memory."""


@dataclass(frozen=True)
class CorpusEvent:
    """Progress of one record: ``reserved`` (in the worker), ``decoded``, ``written``, ``committed``,
    ``failed`` or ``interrupted``. Carries ids only."""

    stage: str
    record_id: str
    call_id: str | None = None


class FailedRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    error: str = Field(description="Error type and message (library messages carry no raw text).")


class CorpusManifest(BaseModel):
    """What the output holds and what it cost, per unit (written next to the output)."""

    model_config = ConfigDict(frozen=True)

    params: dict[str, Any]
    ledger: str | None = Field(description="Ledger URL (password masked), if budgets were enforced.")
    records: int = Field(description="Complete records in the output.")
    failed: list[FailedRecord]
    interrupted: list[str] = Field(description="Records whose reservation is outstanding after a crash; "
                                               "rerun with retry_interrupted to decode them under it.")
    units: list[UnitEpsilon]
    max_unit_epsilon: float


class CorpusSummary(BaseModel):
    """The outcome of one run of a job."""

    model_config = ConfigDict(frozen=True)

    output: str
    state: str
    manifest: str
    records: int = Field(description="Complete records in the output after this run.")
    written_this_run: int
    failed: int
    interrupted: int
    max_unit_epsilon: float

    @property
    def complete(self) -> bool:
        return self.failed == 0 and self.interrupted == 0


def default_paths(output: str | os.PathLike[str]) -> tuple[Path, Path]:
    """(state file, manifest file) next to the output."""
    out = Path(output)
    return out.with_name(out.name + ".state.sqlite"), out.with_name(out.name + ".manifest.json")


class JobDriver:
    """Owns the job state, the output and the ledger commits; workers (local or Ray) only decode."""

    def __init__(self, output: str | os.PathLike[str], params: PrivatizeParams, *, ledger: PrivacyLedger | None,
                 state_path: str | os.PathLike[str] | None = None, retry_interrupted: bool = False,
                 on_event: Callable[[CorpusEvent], None] | None = None) -> None:
        self.params = params
        self.ledger = ledger
        self.output_path = Path(output)
        default_state, self.manifest_path = default_paths(output)
        self.state = JobState(state_path or default_state, fingerprint=params.fingerprint(),
                              ledger_url=None if ledger is None else ledger.url)
        try:
            self.out = OutputLog(output)
            self._written = self.out.recover()
        except BaseException:
            self.state.close()
            raise
        self._retry = retry_interrupted
        self._on_event = on_event
        self._attempts: dict[str, int] = {}
        self._interrupted: set[str] = set()
        self._written_now = 0
        self._reconcile()

    @property
    def job_id(self) -> str:
        return self.state.job_id

    # -- planning --------------------------------------------------------------------------------

    def pending(self, records: Iterable[TextRecord]) -> Iterator[WorkItem]:
        """The records still to decode, with their input positions and attempt numbers."""
        seen: set[str] = set()
        for position, record in enumerate(records):
            if record.id in seen:
                raise InvalidRecordError(f"record id {record.id!r} appears twice in the input")
            seen.add(record.id)
            if record.id in self._written or record.id in self._interrupted:
                continue
            yield WorkItem(position=position, record=record, attempt=self._attempts.get(record.id, 0),
                           job_id=self.job_id)

    def dispatch(self, items: Sequence[WorkItem]) -> None:
        """Durably record ``items`` as dispatched; call before any worker may reserve for them."""
        self.state.dispatch((i.record.id, i.position, i.attempt) for i in items)

    # -- results ---------------------------------------------------------------------------------

    def finish(self, results: Sequence[WorkResult]) -> None:
        """Store, write and commit a batch of results in the crash-safe order."""
        fresh: dict[str, WorkResult] = {}
        for r in results:
            if r.record_id not in self._written and r.record_id not in fresh:  # a re-executed batch repeats ids
                fresh[r.record_id] = r
        for r in (r for r in fresh.values() if not r.ok):
            self.state.set_stage([r.record_id], Stage.FAILED, error=r.error, attempt=r.attempt)
            self._emit("failed", r.record_id, r.call_id)
        ok = [r for r in fresh.values() if r.ok]
        if not ok:
            return
        self.state.decoded([(r.record_id, r.attempt, json.dumps(r.line, ensure_ascii=False), r.commit_rdp)
                            for r in ok])
        self._emit_all("decoded", ok)
        self.out.append([r.line for r in ok if r.line is not None])
        self._written.update(r.record_id for r in ok)
        self._written_now += len(ok)
        self.state.set_stage([r.record_id for r in ok], Stage.WRITTEN)
        self._emit_all("written", ok)
        for r in ok:
            self._commit(r.call_id, r.commit_rdp)
        self.state.set_stage([r.record_id for r in ok], Stage.COMMITTED)
        self._emit_all("committed", ok)

    def summary(self) -> CorpusSummary:
        """Write the manifest (composed ε per unit over the whole output) and summarize the run."""
        units = compose_units(self._released_units(), delta=self.params.delta)
        failed = [FailedRecord(id=i, error=e) for i, e in self.state.errors() if i not in self._written]
        manifest = CorpusManifest(
            params=json.loads(self.params.model_dump_json()), ledger=None if self.ledger is None else self.ledger.url,
            records=len(self._written), failed=failed, interrupted=sorted(self._interrupted), units=units,
            max_unit_epsilon=max((u.epsilon for u in units), default=0.0))
        tmp = self.manifest_path.with_name(self.manifest_path.name + ".tmp")
        tmp.write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, self.manifest_path)
        return CorpusSummary(output=str(self.output_path), state=str(self.state.path), manifest=str(self.manifest_path),
                             records=len(self._written), written_this_run=self._written_now, failed=len(failed),
                             interrupted=len(self._interrupted), max_unit_epsilon=manifest.max_unit_epsilon)

    def _released_units(self) -> Iterator[tuple[list[str], dict[str, Any]]]:
        """(units, report) of every record in the output; the units come from the job state, since the
        released lines do not carry them."""
        for line in iter_output(self.output_path):
            row = self.state.get(line["id"])
            kept = json.loads(row.line) if row is not None and row.line else {}
            yield kept.get("units", [line["id"]]), line["report"]

    def close(self) -> None:
        self.out.close()
        self.state.close()

    def __enter__(self) -> JobDriver:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- recovery --------------------------------------------------------------------------------

    def _reconcile(self) -> None:
        """Bring state, output and ledger back in line after a crash (see the module docstring)."""
        for row in self.state.unfinished():
            if row.id in self._written:
                self._settle(row)
            elif row.stage in (Stage.DECODED, Stage.WRITTEN) and row.line is not None:
                self.out.append([json.loads(row.line)])
                self._written.add(row.id)
                self._written_now += 1
                self.state.set_stage([row.id], Stage.WRITTEN)
                self._settle(row)
            elif self.ledger is not None:
                self._plan_from_ledger(row)
            else:
                self._attempts[row.id] = row.attempt

    def _settle(self, row: RecordRow) -> None:
        """Finish the held-back commit of a record whose output is durable."""
        if self.ledger is not None and row.commit_rdp is not None:
            self._commit(make_call_id(self.job_id, row.id, row.attempt), row.commit_rdp)
        self.state.set_stage([row.id], Stage.COMMITTED)
        self._emit("committed", row.id, None)

    def _plan_from_ledger(self, row: RecordRow) -> None:
        attempt, state = self._latest_call(row)
        if state is None:
            self._attempts[row.id] = attempt
        elif state is ReservationState.REFUNDED:
            self._attempts[row.id] = attempt + 1
        elif self._retry:
            # RESERVED: decode again under the same reservation (idempotent re-reserve, one charge).
            # COMMITTED without an output line (the output was edited): a new attempt, charged again.
            if state is ReservationState.COMMITTED:
                logger.warning("a committed record is missing from the output; retrying it charges its units again")
            self._attempts[row.id] = attempt if state is ReservationState.RESERVED else attempt + 1
        else:
            self._interrupted.add(row.id)
            self.state.set_stage([row.id], Stage.INTERRUPTED, error=f"interrupted: reservation {state.value}",
                                 attempt=attempt)
            self._emit("interrupted", row.id, make_call_id(self.job_id, row.id, attempt))
            logger.warning("a record was interrupted mid-decode; its reservation stays charged (retry_interrupted "
                           "decodes it again under the same reservation)")

    def _latest_call(self, row: RecordRow) -> tuple[int, ReservationState | None]:
        """The newest attempt of this record the ledger knows (a worker may have moved past the
        stored attempt after a refund) and its state; ``(stored attempt, None)`` if none."""
        assert self.ledger is not None
        latest: tuple[int, ReservationState | None] = (row.attempt, None)
        for attempt in itertools.count(row.attempt):
            try:
                latest = (attempt, self.ledger.call_state(make_call_id(self.job_id, row.id, attempt)))
            except UnknownCallError:
                return latest
        raise AssertionError("unreachable")  # pragma: no cover

    def _commit(self, call_id: str | None, amounts: dict[str, float] | None) -> None:
        if self.ledger is None or call_id is None or amounts is None:
            return
        try:
            self.ledger.commit(call_id, amounts)
        except LedgerStateError:
            if self.ledger.call_state(call_id) is not ReservationState.COMMITTED:
                raise  # refunded while its output was released: never silently accepted

    def _emit(self, stage: str, record_id: str, call_id: str | None) -> None:
        if self._on_event is not None:
            self._on_event(CorpusEvent(stage=stage, record_id=record_id, call_id=call_id))

    def _emit_all(self, stage: str, results: Sequence[WorkResult]) -> None:
        for r in results:
            self._emit(stage, r.record_id, r.call_id)


def windows(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    """Consecutive groups of ``size`` items (the unit of dispatch)."""
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window


def as_records(source: RecordSource) -> Iterable[TextRecord]:
    if isinstance(source, (str, os.PathLike)):
        return iter_records(source)
    return source


def privatize_corpus(source: RecordSource, output: str | os.PathLike[str], params: PrivatizeParams, *,
                     dp: DPFusion | None = None, engine_factory: Callable[[], DPFusion] | None = None,
                     ledger: PrivacyLedger | str | None = None, state_path: str | os.PathLike[str] | None = None,
                     batch_size: int = 8, retry_interrupted: bool = False,
                     on_event: Callable[[CorpusEvent], None] | None = None) -> CorpusSummary:
    """Privatize every record of ``source`` into the JSONL ``output``, resumably, in this process.

    Give the engine as ``dp`` or as ``engine_factory`` (called only if some record is left to do).
    ``ledger`` (a handle or a URL) enforces per-unit budgets; each record charges its own units
    (``[id]`` unless the record names its ``unit``/``units``) once, across crashes and restarts.
    """
    if dp is None and engine_factory is None:
        raise ValueError("give the engine as dp or as engine_factory")
    handle, owned = _open_ledger(ledger)
    try:
        with JobDriver(output, params, ledger=handle, state_path=state_path, retry_interrupted=retry_interrupted,
                       on_event=on_event) as driver:
            reserved = None if on_event is None else (
                lambda item: on_event(CorpusEvent(stage="reserved", record_id=item.record.id, call_id=item.call_id)))
            for window in windows(driver.pending(as_records(source)), batch_size):
                if dp is None:
                    dp = engine_factory()  # type: ignore[misc]
                driver.dispatch(window)
                driver.finish(privatize_items(dp, window, params, ledger=handle, batch_size=batch_size,
                                              on_reserved=reserved))
            return driver.summary()
    finally:
        if owned and handle is not None:
            handle.close()


def _open_ledger(ledger: PrivacyLedger | str | None) -> tuple[PrivacyLedger | None, bool]:
    if ledger is None or not isinstance(ledger, (str, os.PathLike)):
        return ledger, False
    from dpfusion_integrations.ledger import PrivacyLedger

    return PrivacyLedger.open(ledger), True
