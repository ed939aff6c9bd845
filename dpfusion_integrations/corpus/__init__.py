"""Corpus-scale privatization: a directory or JSONL corpus rewritten with DP-Fusion, resumably.

:func:`privatize_corpus` runs in this process; :func:`privatize_corpus_ray` runs the decoding on a
Ray Data actor pool (Ray is optional and imported only when used). Both write an append-only JSONL
output, a SQLite progress file and a manifest of the ε spent per privacy unit, and charge each
record once in a ledger across crashes and restarts (see docs/corpus.md).
"""

from __future__ import annotations

import logging

from dpfusion_integrations.corpus.cli import add_privatize_corpus_parser
from dpfusion_integrations.corpus.engines import PretrainedEngineFactory
from dpfusion_integrations.corpus.job import CorpusEvent, CorpusManifest, CorpusSummary, privatize_corpus
from dpfusion_integrations.corpus.manifest import UnitEpsilon, compose_units
from dpfusion_integrations.corpus.params import PrivatizeParams
from dpfusion_integrations.corpus.ray_job import privatize_corpus_ray
from dpfusion_integrations.corpus.records import InvalidRecordError, TextRecord, iter_records, record_from_mapping
from dpfusion_integrations.corpus.state import CorpusStateError, JobLockedError

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "CorpusEvent",
    "CorpusManifest",
    "CorpusStateError",
    "CorpusSummary",
    "InvalidRecordError",
    "JobLockedError",
    "PretrainedEngineFactory",
    "PrivatizeParams",
    "TextRecord",
    "UnitEpsilon",
    "add_privatize_corpus_parser",
    "compose_units",
    "iter_records",
    "privatize_corpus",
    "privatize_corpus_ray",
    "record_from_mapping",
]
