"""Public names of the corpus and synthesis packages are pinned, and their optional dependencies
(Ray, scikit-learn, matplotlib) and torch are imported only when used."""

from __future__ import annotations

import subprocess
import sys

import dpfusion_integrations.corpus as corpus
import dpfusion_integrations.synthesis as synthesis

CORPUS_ALL = {
    "CorpusEvent", "CorpusManifest", "CorpusStateError", "CorpusSummary", "InvalidRecordError", "JobLockedError",
    "PretrainedEngineFactory", "PrivatizeParams", "TextRecord", "UnitEpsilon", "add_privatize_corpus_parser",
    "compose_units", "iter_records", "privatize_corpus", "privatize_corpus_ray", "record_from_mapping",
}
SYNTHESIS_ALL = {
    "RecordEntry", "SkippedRecord", "SynthesisManifest", "SyntheticDataset", "SyntheticRecord", "add_synth_parser",
    "classifier_accuracy", "membership_auc", "membership_scores", "read_jsonl", "synthesize",
}


def test_when_importing_then_all_is_pinned():
    assert set(corpus.__all__) == CORPUS_ALL and set(synthesis.__all__) == SYNTHESIS_ALL
    for module in (corpus, synthesis):
        for name in module.__all__:
            assert getattr(module, name) is not None


def test_when_importing_the_packages_then_heavy_and_optional_dependencies_stay_unloaded():
    code = ("import sys, dpfusion_integrations.corpus, dpfusion_integrations.synthesis; "
            "print(sorted(m for m in ('ray', 'sklearn', 'matplotlib', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
