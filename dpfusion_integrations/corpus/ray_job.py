"""The corpus job on Ray Data, for corpora that outgrow one machine.

The driver (this process) keeps the job state, the output file and the ledger commits exactly as
the local runner does (:class:`~dpfusion_integrations.corpus.job.JobDriver`); the decoding runs in
``Dataset.map_batches`` over an actor pool, one ``DPFusion`` engine per actor, built once in the
actor's constructor from a picklable ``engine_factory``. Actors reserve in the ledger under the
deterministic call ids and hold their commits back; a batch that Ray re-executes after an actor
failure re-reserves idempotently (same call id, same amounts) and so is not charged twice. The
ledger must be reachable from every actor: SQLite on one host, PostgreSQL across hosts.

Ray is an optional dependency (``pip install "dpfusion-integrations[ray]"``), imported only here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dpfusion_integrations.corpus.job import CorpusEvent, CorpusSummary, JobDriver, RecordSource, as_records
from dpfusion_integrations.corpus.params import PrivatizeParams
from dpfusion_integrations.corpus.worker import WorkItem, WorkResult, privatize_items

if TYPE_CHECKING:
    from dpfusion_integrations.dpfusion import DPFusion

__all__ = ["PrivatizeBatch", "privatize_corpus_ray"]

logger = logging.getLogger(__name__)


class PrivatizeBatch:
    """``map_batches`` callable class: one engine and one ledger handle per actor.

    A batch is ``{"item": [WorkItem JSON, ...]}`` (records with raw text: the object store is inside
    the trust boundary); the answer is ``{"result": [WorkResult JSON, ...]}`` (privatized lines only).
    """

    def __init__(self, engine_factory: Callable[[], DPFusion], params_json: str, ledger_url: str | None,
                 batch_size: int) -> None:
        self._dp = engine_factory()
        self._params = PrivatizeParams.model_validate_json(params_json)
        self._ledger = None
        if ledger_url is not None:
            from dpfusion_integrations.ledger import PrivacyLedger

            self._ledger = PrivacyLedger.open(ledger_url, create=False)
        self._batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        items = [WorkItem.from_json(str(s)) for s in batch["item"]]
        results = privatize_items(self._dp, items, self._params, ledger=self._ledger, batch_size=self._batch_size)
        return {"result": [r.to_json() for r in results]}


def privatize_corpus_ray(source: RecordSource, output: str | os.PathLike[str], params: PrivatizeParams, *,
                         engine_factory: Callable[[], DPFusion], ledger_url: str | None = None,
                         state_path: str | os.PathLike[str] | None = None, batch_size: int = 8,
                         num_actors: int = 1, num_cpus_per_actor: float = 1.0, num_gpus_per_actor: float = 0.0,
                         retry_interrupted: bool = False, on_event: Callable[[CorpusEvent], None] | None = None,
                         ray_address: str | None = None, show_progress: bool = False) -> CorpusSummary:
    """:func:`~dpfusion_integrations.corpus.job.privatize_corpus` with the decoding on a Ray actor pool.

    Uses the running Ray instance if there is one, else starts one (``ray_address``: an existing
    cluster) and shuts it down afterwards. ``engine_factory`` must be picklable (for example
    :class:`~dpfusion_integrations.corpus.engines.PretrainedEngineFactory`); ``ledger_url`` is opened
    by the driver and by every actor. The driver reads the records, so it must see the input; the
    output is written by the driver in completion order. ``reserved`` events happen in the actors
    and are not reported.
    """
    ray = _import_ray()
    ledger = None
    if ledger_url is not None:  # before Ray starts: a missing ledger fails at once
        from dpfusion_integrations.ledger import PrivacyLedger

        ledger = PrivacyLedger.open(ledger_url)
    started = False
    try:
        if not ray.is_initialized():
            ray.init(address=ray_address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            started = True
        with JobDriver(output, params, ledger=ledger, state_path=state_path, retry_interrupted=retry_interrupted,
                       on_event=on_event) as driver:
            items = list(driver.pending(as_records(source)))
            if items:
                driver.dispatch(items)
                context = ray.data.DataContext.get_current()
                context.enable_progress_bars = show_progress
                dataset = ray.data.from_items([{"item": item.to_json()} for item in items]).map_batches(
                    PrivatizeBatch,
                    fn_constructor_kwargs={"engine_factory": engine_factory, "params_json": params.model_dump_json(),
                                           "ledger_url": ledger_url, "batch_size": batch_size},
                    batch_size=batch_size, batch_format="numpy",
                    compute=ray.data.ActorPoolStrategy(size=num_actors),
                    num_cpus=num_cpus_per_actor, num_gpus=num_gpus_per_actor or None)
                for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
                    driver.finish([WorkResult.from_json(str(s)) for s in batch["result"]])
            return driver.summary()
    finally:
        if ledger is not None:
            ledger.close()
        if started:
            ray.shutdown()


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError('the Ray corpus job needs Ray Data: pip install "dpfusion-integrations[ray]"') from exc
    return ray
