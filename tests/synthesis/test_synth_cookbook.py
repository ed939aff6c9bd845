"""The synthetic-data cookbook runs offline end to end on the embedded model (tiny sizes here) and
prints its utility and membership-inference table."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
SCRIPT = Path(__file__).resolve().parents[2] / "cookbook" / "synthetic_data.py"


def _cookbook():
    spec = importlib.util.spec_from_file_location("cookbook_synthetic_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_when_the_cookbook_runs_then_it_prints_the_utility_and_mia_table_and_saves_the_plot(smol_dp, tmp_path,
                                                                                           capsys):
    pytest.importorskip("sklearn")
    pytest.importorskip("matplotlib")
    cookbook = _cookbook()
    rows = cookbook.run(smol_dp, train_per_class=1, test_per_class=1, epsilon=8.0, max_new_tokens=2, seed=3,
                        plot_path=tmp_path / "plot.png", out_dir=tmp_path / "out")
    out = capsys.readouterr().out
    assert "accuracy" in out and "MIA AUC" in out and "original (no DP)" in out and "whole record" in out
    assert [r[1] for r in rows][0] == float("inf") and all(0 < r[1] <= 8.0 + 1e-9 for r in rows[1:])
    assert rows[0][3] == 1.0 and rows[0][4] == 1.0  # releasing the originals: perfect attack, every id leaked
    assert (tmp_path / "plot.png").stat().st_size > 10_000
    manifest = json.loads((tmp_path / "out" / "synthetic-identifiers.jsonl.manifest.json").read_text())
    assert len(manifest["records"]) == 4 and "text" not in manifest["records"][0]


def test_when_notes_are_generated_then_spans_cover_exactly_the_identifiers():
    cookbook = _cookbook()
    notes = cookbook.make_corpus(2, seed=1)
    assert len(notes) == 8 and {n.record["label"] for n in notes} == set(cookbook.CONDITIONS)
    for note in notes:
        text = note.record["text"]
        covered = [text[s:e] for s, e, _ in note.record["spans"]]
        assert [g for _, _, g in note.record["spans"]] == ["PERSON", "ID", "DATE", "PHONE"]
        assert covered[0] == note.identifiers[0] and covered[1] == note.identifiers[1]
        assert covered[3] == note.identifiers[2]
