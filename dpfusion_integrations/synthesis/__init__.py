"""Differentially private synthetic data: sensitive labelled records rewritten by DP-Fusion, each
under its own privacy units, with a manifest of the ε per record and per unit (docs/synthetic_data.md)."""

from __future__ import annotations

import logging

from dpfusion_integrations.synthesis.cli import add_synth_parser
from dpfusion_integrations.synthesis.evaluate import classifier_accuracy, membership_auc, membership_scores
from dpfusion_integrations.synthesis.manifest import RecordEntry, SkippedRecord, SynthesisManifest
from dpfusion_integrations.synthesis.synthesize import SyntheticDataset, SyntheticRecord, read_jsonl, synthesize

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "RecordEntry",
    "SkippedRecord",
    "SynthesisManifest",
    "SyntheticDataset",
    "SyntheticRecord",
    "add_synth_parser",
    "classifier_accuracy",
    "membership_auc",
    "membership_scores",
    "read_jsonl",
    "synthesize",
]
