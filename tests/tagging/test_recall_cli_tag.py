"""``dpfusion tag``: the public context and span types of files, without decoding or a model."""

from __future__ import annotations

import json

import pytest

from dpfusion_integrations.cli import main
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION

NOTE = "Spoke with Ottilie today. Write to ops@billing.internal or call +44 20 7946 0018 ext. 214.\n"


@pytest.fixture()
def note(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_when_tagging_a_file_then_the_public_context_and_a_summary_are_printed(note, capsys, monkeypatch) -> None:
    import dpfusion_integrations.models as models

    monkeypatch.setattr(models, "load_model_and_tokenizer", lambda *a, **k: pytest.fail("a model was loaded"))
    assert main(["tag", str(note)]) == 0
    out = capsys.readouterr().out
    assert "Spoke with [PERSON] today" in out and "[CONTACT]" in out and "protected: 3 spans" in out
    assert f"tagger={RECALL_VERSION}/" in out
    for value in ("Ottilie", "ops@billing.internal", "7946"):
        assert value not in out


def test_when_tagging_with_json_then_one_object_per_file_with_spans(note, tmp_path, capsys) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing private here at all.", encoding="utf-8")
    assert main(["tag", str(note), str(other), "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in records] == [str(note), str(other)]
    first = records[0]
    assert {s["type"] for s in first["spans"]} == {"PERSON", "CONTACT"} and first["n_groups"] == 2
    assert all(NOTE[s["start"] : s["end"]] for s in first["spans"]) and records[1]["spans"] == []


def test_when_the_precision_profile_is_chosen_then_its_misses_are_visible(note, capsys) -> None:
    assert main(["tag", str(note), "--json", "--profile", "precision"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["tagger"].startswith("presidio-")
    assert "Ottilie" in record["redacted_text"]  # a lone first name: a miss the user sees before releasing


def test_when_a_file_is_missing_then_exit_code_2(capsys) -> None:
    assert main(["tag", "/nonexistent/note.txt"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_when_privatize_help_is_shown_then_it_offers_the_tagger_profile(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["privatize", "--help"])
    assert "--tagger-profile" in capsys.readouterr().out
