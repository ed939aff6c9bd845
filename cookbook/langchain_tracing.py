"""What a LangChain tracer ships, for the cookbooks' checks: every run a ``RunCollectorCallbackHandler``
collected, nested child runs included (a run's JSON leaves its children out)."""

from __future__ import annotations

from langchain_core.tracers.run_collector import RunCollectorCallbackHandler
from langchain_core.tracers.schemas import Run


def all_runs(tracer: RunCollectorCallbackHandler) -> list[Run]:
    """The collected runs and all their descendants, depth first (each parent before its children)."""
    runs: list[Run] = []
    pending = list(tracer.traced_runs)
    while pending:
        run = pending.pop(0)
        runs.append(run)
        pending = [*run.child_runs, *pending]
    return runs


def trace_payloads(tracer: RunCollectorCallbackHandler) -> list[str]:
    """Each run (inputs, outputs, metadata) as the JSON a tracer would send out."""
    return [run.model_dump_json() for run in all_runs(tracer)]
