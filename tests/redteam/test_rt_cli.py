"""Red team, the ``dpfusion`` command: ``privatize`` (text and ``--json``, with a ledger and caller
units) and ``privatize-corpus``. Its stdout, error lines, progress bars, logs and every file it
writes are checked for the canaries; the raw text may be kept only where the design allows
(nowhere: the output, manifest, state file and ledger hold ids, counts, ε's and privatized text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpfusion_integrations.cli import main
from rt_helpers import CANARIES, STABLE_UNIT, STABLE_UNIT_2, assert_clean, log_text, marked, note


def files_under(*roots: Path) -> dict[str, bytes]:
    out = {}
    for root in roots:
        if root.is_file():
            out[str(root)] = root.read_bytes()
        elif root.is_dir():
            out.update({str(p): p.read_bytes() for p in root.rglob("*") if p.is_file()})
    return out


def raw_in_files(files: dict[str, bytes]) -> dict[str, list[str]]:
    """Canaries (raw values) found in the bytes of each file."""
    found = {}
    for name, blob in files.items():
        hits = [c for c in CANARIES if c.encode() in blob]
        if hits:
            found[name] = hits
    return found


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note-a.txt").write_text(note(), encoding="utf-8")
    (folder / "note-b.txt").write_text(f"{marked(CANARIES[0])} phoned again about the results.", encoding="utf-8")
    return folder


def test_privatize_json_with_ledger_and_unit_leaks_nothing(tiny_model_dir, inputs, tmp_path, ledger_url, capsys,
                                                          debug_logs):
    argv = ["privatize", str(inputs / "note-a.txt"), str(inputs / "note-b.txt"), "--epsilon", "4", "--json",
            "--model", str(tiny_model_dir), "--max-new-tokens", "4", "--seed", "1", "--ledger", ledger_url,
            "--unit", STABLE_UNIT]
    assert main(argv) == 0
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines() if line.strip()]
    assert len(lines) == 2 and all(line["report"]["units"] for line in lines)
    for line in lines:
        line.pop("text")  # released text: the mechanism's output
    assert_clean("privatize --json stdout", lines)
    assert_clean("privatize stderr (progress bars)", out.err)
    assert_clean("privatize logs", log_text(debug_logs.records))
    written = files_under(tmp_path / "ledger", tmp_path / "dpfusion-home")
    assert written and raw_in_files(written) == {}


def test_privatize_text_mode_and_its_progress_bar_leak_nothing(tiny_model_dir, inputs, capsys, debug_logs):
    assert main(["privatize", str(inputs / "note-a.txt"), "--epsilon", "0", "--model", str(tiny_model_dir),
                 "--max-new-tokens", "6", "--seed", "2"]) == 0
    out = capsys.readouterr()
    assert "privacy: epsilon=0" in out.out
    assert_clean("privatize text stdout (eps=0, text included)", out.out)
    assert_clean("privatize stderr", out.err)


def test_privatize_error_lines_quote_no_text_and_no_stable_unit(tiny_model_dir, inputs, tmp_path, ledger_url,
                                                                capsys, debug_logs):
    long_file = tmp_path / "long.txt"
    long_file.write_text("The ward was quiet. " * 120 + note(), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing private here at all.", encoding="utf-8")
    base = ["--epsilon", "4", "--model", str(tiny_model_dir), "--seed", "1", "--ledger", ledger_url,
            "--unit", STABLE_UNIT_2]
    assert main(["privatize", str(long_file), "--max-new-tokens", "200", *base]) == 1
    assert main(["privatize", str(inputs / "note-a.txt"), "--max-new-tokens", "4", *base]) == 0
    from dpfusion_integrations import PrivacyLedger

    with PrivacyLedger.open(ledger_url) as handle:
        handle.set_cap(STABLE_UNIT_2, handle.spent(STABLE_UNIT_2, 1e-5) + 0.05, 1e-5)  # the next call exceeds
    assert main(["privatize", str(inputs / "note-a.txt"), "--max-new-tokens", "4", *base]) == 1
    assert main(["privatize", str(inputs / "note-b.txt"), "--epsilon", "1e-9", "--model", str(tiny_model_dir),
                 "--max-new-tokens", "4"]) == 1
    out = capsys.readouterr()
    assert out.err.count("dpfusion: error:") == 3
    assert_clean("privatize error lines", out.err)
    assert_clean("privatize logs", log_text(debug_logs.records))


def _records() -> list[dict]:
    return [
        {"id": "r0", "text": note(), "unit": STABLE_UNIT, "label": "cardio"},
        {"id": "r1", "text": f"Follow-up: {marked(CANARIES[0])} is better.", "unit": STABLE_UNIT, "label": "cardio"},
        {"id": "r2", "text": "Nothing private here.", "label": "none"},
        {"id": "r3", "text": "The ward was quiet. " * 120 + note(), "label": "long"},
    ]


@pytest.fixture
def corpus_run(tiny_model_dir, tmp_path, ledger_url, capsys, debug_logs):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    out = tmp_path / "out" / "private.jsonl"
    out.parent.mkdir()
    code = main(["privatize-corpus", str(src), "--output", str(out), "--epsilon", "4", "--max-new-tokens", "4",
                 "--model", str(tiny_model_dir), "--seed", "1", "--ledger", ledger_url, "--batch-size", "4",
                 "--include-redacted"])
    captured = capsys.readouterr()
    return code, out, captured, debug_logs


def test_privatize_corpus_files_logs_and_progress_hold_no_raw_text(corpus_run, tmp_path):
    code, out, captured, logs = corpus_run
    assert code == 1  # r2 (no spans) and r3 (too long) failed; they are listed in the manifest
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["id"] for line in lines) == ["r0", "r1"]
    manifest = json.loads(Path(f"{out}.manifest.json").read_text(encoding="utf-8"))
    assert len(manifest.get("failed", [])) == 2 or "r2" in json.dumps(manifest)
    written = files_under(out.parent, tmp_path / "ledger", tmp_path / "dpfusion-home")
    assert any(name.endswith(".state.sqlite") for name in written)
    assert raw_in_files(written) == {}
    for line in lines:
        line.pop("text")
    assert_clean("corpus output (released text excluded)", lines, allow_stable=[STABLE_UNIT])
    assert_clean("corpus manifest", manifest, allow_stable=[STABLE_UNIT])
    assert_clean("corpus stderr/progress", captured.out, captured.err)
    assert_clean("corpus logs", log_text(logs.records))


def test_privatize_corpus_output_does_not_link_records_by_a_stable_unit(corpus_run):
    """The released corpus must not carry the caller's data-subject id: two records of one patient
    would be linkable by anyone who receives the output (DESIGN 4: stable ids stay in the ledger;
    the operator's manifest may keep them)."""
    _code, out, _captured, _logs = corpus_run
    released = out.read_text(encoding="utf-8")
    assert STABLE_UNIT not in released, [line for line in released.splitlines() if STABLE_UNIT in line][:1]


def _synth_records() -> list[dict]:
    return [{"id": "s0", "text": note(), "unit": STABLE_UNIT, "label": "cardio"},
            {"id": "s1", "text": f"{marked(CANARIES[0])} is better.", "unit": STABLE_UNIT, "label": "cardio"},
            {"id": "s2", "text": "Nothing private here.", "label": "none"}]


def test_synthesized_dataset_files_and_reprs_hold_no_raw_text(dp, tmp_path, capsys, debug_logs):
    data = dp.synthesize(_synth_records(), epsilon=4.0, max_new_tokens=3, seed=1, on_error="skip")
    manifest = data.write(tmp_path / "synth" / "records.jsonl")
    assert len(data.records) == 2 and manifest.is_file()
    assert raw_in_files(files_under(tmp_path / "synth")) == {}
    assert_clean("synthesis manifest", data.manifest, allow_stable=[STABLE_UNIT])
    assert_clean("synthetic records (released text excluded)",
                 [r.model_dump(exclude={"text"}) for r in data.records], allow_stable=[STABLE_UNIT])
    out = capsys.readouterr()
    assert_clean("synthesis stdout/stderr", out.out, out.err)
    assert_clean("synthesis logs", log_text(debug_logs.records))


def test_synthesized_records_do_not_link_records_by_a_stable_unit(dp, tmp_path):
    """The released synthetic records must not carry the caller's shared data-subject id (see the
    corpus twin of this test); the operator's manifest may keep it."""
    data = dp.synthesize(_synth_records()[:2], epsilon=4.0, max_new_tokens=3, seed=1)
    data.write(tmp_path / "released.jsonl")
    released = (tmp_path / "released.jsonl").read_text(encoding="utf-8")
    assert STABLE_UNIT not in released, released.splitlines()[:1]
