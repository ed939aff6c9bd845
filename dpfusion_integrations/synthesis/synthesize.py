"""``synthesize``: a privatized synthetic dataset from sensitive labelled text records.

Each record is rewritten by DP-Fusion under its own privacy units (``[id]`` unless it names
``unit``/``units``), its label kept; records are decoded in chunks through ``privatize_many`` (one
batched decode per chunk). The result carries the synthetic records and a manifest of the ε per
record and per unit (composed at the RDP level), with no raw text anywhere in it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dpfusion_integrations.corpus.manifest import compose_units
from dpfusion_integrations.corpus.params import PrivatizeParams, params_error
from dpfusion_integrations.corpus.records import InvalidRecordError, Label, TextRecord, record_from_mapping
from dpfusion_integrations.corpus.worker import WorkItem, plan_chunks
from dpfusion_integrations.errors import DPFusionError, InvalidParameterError
from dpfusion_integrations.release_settings import Release
from dpfusion_integrations.synthesis.manifest import RecordEntry, SkippedRecord, SynthesisManifest

if TYPE_CHECKING:
    from dpfusion_integrations.accounting.relation import Relation
    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.ledger import PrivacyLedger
    from dpfusion_integrations.report import PrivatizationResult
    from dpfusion_integrations.tagging.grouping import GroupPolicy

__all__ = ["SyntheticDataset", "SyntheticRecord", "read_jsonl", "synthesize"]

logger = logging.getLogger(__name__)

#: How records are rewritten unless ``release`` is given (one line to switch the default of ``synthesize``
#: and of ``dpfusion synth``).
DEFAULT_RELEASE: Release = "paraphrase"
#: Token budget of a paraphrased record unless ``max_new_tokens`` is given.
DEFAULT_MAX_NEW_TOKENS = 128


class SyntheticRecord(BaseModel):
    """One released record: the DP rewrite of a sensitive record, with its id, label and units."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str = Field(description="The differentially private rewrite (safe to release).")
    label: Label = None
    units: list[str]


@dataclass(frozen=True)
class SyntheticDataset:
    """Synthetic records (in input order, skipped ones left out) and their privacy manifest."""

    records: list[SyntheticRecord]
    manifest: SynthesisManifest

    def write(self, records_path: str | os.PathLike[str], manifest_path: str | os.PathLike[str] | None = None) -> Path:
        """Write the records as JSONL and the manifest as JSON (default: ``<records>.manifest.json``);
        returns the manifest path."""
        out = Path(records_path)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for record in self.records:  # units stay in the manifest (an operator file): they link records
                handle.write(record.model_dump_json(exclude={"units"}) + "\n")
        target = Path(manifest_path) if manifest_path is not None else out.with_name(out.name + ".manifest.json")
        target.write_text(self.manifest.model_dump_json(indent=2), encoding="utf-8")
        return target


def synthesize(dp: DPFusion, records: Iterable[TextRecord | Mapping[str, object]], *, epsilon: float,
               delta: float = 1e-5, max_new_tokens: int | None = None, seed: int | None = None,
               batch_size: int = 8, ledger: PrivacyLedger | None = None,
               group_policy: GroupPolicy | str | None = None, relation: Relation | str | None = None,
               instruction: str | None = None,
               allow_no_spans: bool = False, on_error: Literal["raise", "skip"] = "raise",
               on_progress: Callable[[int], None] | None = None, release: Release = DEFAULT_RELEASE,
               slot_tokens: int | None = None, surrogates: bool = False) -> SyntheticDataset:
    """Rewrite every record with DP-Fusion at ``epsilon`` per record; keep ids and labels.

    ``records`` are :class:`TextRecord` s or JSON-like mappings ``{"id", "text", "label", "unit" |
    "units", "spans"}``. Private spans come from a record's ``spans``, its inline markup, or the
    engine's tagger. With a ``ledger``, each record's units are reserved before its decode and
    charged once. ``on_error="skip"`` leaves out a record that fails (no spans, a unit over its
    cap...) and lists it in the manifest; ``"raise"`` stops at the first failure. ``seed`` seeds the
    record at input position p with ``seed + p`` (tests and demos only).

    ``release="faithful"`` keeps each record's public text and resamples only its private spans,
    charged ``slot_tokens`` steps per span; ``max_new_tokens`` (paraphrase default 128) and
    ``instruction`` belong to the paraphrase, and a value given for the other mode is refused before
    any record is decoded. ``surrogates=True`` (faithful only; a bool) shows each private span to the
    model as a fixed fake of its type instead of its placeholder, so a record reads naturally even at
    ε = 0; the charge is the same and the manifest says which was used.
    """
    if on_error not in ("raise", "skip"):
        raise InvalidParameterError("on_error must be 'raise' or 'skip'")
    if batch_size < 1:
        raise InvalidParameterError("batch_size must be >= 1")
    if release == "paraphrase" and max_new_tokens is None:
        max_new_tokens = DEFAULT_MAX_NEW_TOKENS
    try:
        params = PrivatizeParams(epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, seed=seed,
                                 group_policy=group_policy, relation=relation,  # type: ignore[arg-type]
                                 instruction=instruction, allow_no_spans=allow_no_spans, release=release,
                                 slot_tokens=slot_tokens, surrogates=surrogates)
    except ValidationError as exc:
        raise InvalidParameterError(params_error(exc)) from None
    items = _items(records)
    done: dict[str, tuple[TextRecord, PrivatizationResult]] = {}
    skipped: list[SkippedRecord] = []
    for chunk in plan_chunks(items, batch_size):
        try:
            for item, result in zip(chunk, _decode(dp, chunk, params, ledger), strict=True):
                done[item.record.id] = (item.record, result)
        except DPFusionError as exc:
            if on_error == "raise":
                raise
            for item in chunk:  # isolate the failing record(s); nothing of a failed call was charged
                try:
                    done[item.record.id] = (item.record, _decode(dp, [item], params, ledger)[0])
                except DPFusionError as single:
                    skipped.append(SkippedRecord(id=item.record.id, error=f"{type(single).__name__}: {single}"))
            logger.info("a chunk failed (%s); %d record(s) skipped so far", type(exc).__name__, len(skipped))
        if on_progress is not None:
            on_progress(len(chunk))
    ordered = [done[i.record.id] for i in items if i.record.id in done]
    return SyntheticDataset(records=[_synthetic(r, res) for r, res in ordered],
                            manifest=_manifest(dp, params, ordered, skipped))


def read_jsonl(path: str | os.PathLike[str]) -> list[TextRecord]:
    """Records of a JSONL file (see :func:`dpfusion_integrations.corpus.records.iter_records`)."""
    from dpfusion_integrations.corpus.records import iter_records

    if Path(path).is_dir():
        raise InvalidRecordError("synthesize reads a JSONL file of records, not a directory")
    return list(iter_records(path))


def _items(records: Iterable[TextRecord | Mapping[str, object]]) -> list[WorkItem]:
    items: list[WorkItem] = []
    seen: set[str] = set()
    for position, obj in enumerate(records):
        record = obj if isinstance(obj, TextRecord) else record_from_mapping(obj, where=f"record {position}")
        if record.id in seen:
            raise InvalidRecordError(f"record id {record.id!r} appears twice")
        seen.add(record.id)
        items.append(WorkItem(position=position, record=record))
    return items


def _decode(dp: DPFusion, chunk: list[WorkItem], params: PrivatizeParams,
            ledger: PrivacyLedger | None) -> list[PrivatizationResult]:
    spans = [item.record.spans for item in chunk]
    return dp.privatize_many([item.record.text for item in chunk],
                             seed=None if params.seed is None else params.seed + chunk[0].position,
                             spans=spans if any(s is not None for s in spans) else None,
                             units=[list(item.record.units) for item in chunk], ledger=ledger,
                             **params.privatize_kwargs())  # type: ignore[arg-type]


def _synthetic(record: TextRecord, result: PrivatizationResult) -> SyntheticRecord:
    return SyntheticRecord(id=record.id, text=result.text, label=record.label, units=list(record.units))


def _manifest(dp: DPFusion, params: PrivatizeParams, done: list[tuple[TextRecord, PrivatizationResult]],
              skipped: list[SkippedRecord]) -> SynthesisManifest:
    entries = [RecordEntry(id=rec.id, label=rec.label, epsilon=res.report.epsilon, delta=res.report.delta,
                           units=list(rec.units), tokens_emitted=res.report.tokens_emitted,
                           max_new_tokens=res.report.max_new_tokens, n_groups=res.report.n_groups,
                           alpha=res.report.alpha, cap=res.report.cap) for rec, res in done]
    units = compose_units(((rec.units, res.report) for rec, res in done), delta=params.delta)
    relation = done[0][1].report.relation.value if done else (params.relation or dp.relation.value)
    return SynthesisManifest(
        model_name=dp.model_name, taggers=sorted({res.report.tagger for _, res in done}), relation=relation,
        epsilon=params.epsilon, delta=params.delta, max_new_tokens=params.max_new_tokens, release=params.release,
        slot_tokens=_slot_tokens(params, done), surrogates=params.surrogates, records=entries,
        units=units, skipped=skipped, max_record_epsilon=max((e.epsilon for e in entries), default=0.0),
        max_unit_epsilon=max((u.epsilon for u in units), default=0.0))


def _slot_tokens(params: PrivatizeParams, done: list[tuple[TextRecord, PrivatizationResult]]) -> int | None:
    """The steps charged per private span of a faithful dataset: as given, else as the reports say
    (the core's default); None for a paraphrase."""
    if params.release != "faithful" or params.slot_tokens is not None:
        return params.slot_tokens
    return next((res.report.slot_tokens for _, res in done if res.report.slot_tokens is not None), None)
