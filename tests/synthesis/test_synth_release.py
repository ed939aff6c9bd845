"""Synthetic data with ``release=``: a faithful dataset end to end (API and CLI), its manifest, and the
settings of the other mode refused before any decode, model load or spend."""

from __future__ import annotations

import argparse
import json

import pytest
from synth_helpers import CANARIES, labelled_records

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.synthesis import add_synth_parser, synthesize
from dpfusion_integrations.synthesis.synthesize import DEFAULT_RELEASE


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_synth_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))


def test_when_release_is_left_out_then_records_are_paraphrased_with_the_synthesis_budget(tiny_dp, privatize_many_calls):
    data = synthesize(tiny_dp, labelled_records(1), epsilon=4.0, seed=1)
    assert DEFAULT_RELEASE == "paraphrase" and data.manifest.release == DEFAULT_RELEASE
    assert data.manifest.max_new_tokens == 128 and data.manifest.slot_tokens is None
    assert privatize_many_calls[0]["release"] == "paraphrase" and privatize_many_calls[0]["max_new_tokens"] == 128


def test_when_release_is_faithful_then_public_text_is_kept_and_the_manifest_says_so(tiny_dp, privatize_many_calls):
    data = synthesize(tiny_dp, labelled_records(2), epsilon=4.0, seed=1, release="faithful")
    assert [r.label for r in data.records] == ["angina", "asthma"]
    assert all(r.text.endswith(f"was treated for {r.label}.") for r in data.records)
    m = data.manifest
    assert (m.release, m.max_new_tokens, m.slot_tokens) == ("faithful", None, 12)  # the core's default per span
    assert all(e.epsilon <= 4.0 + 1e-9 for e in m.records) and not any(c in m.model_dump_json() for c in CANARIES)
    assert all("max_new_tokens" not in kw and "instruction" not in kw and kw["release"] == "faithful" for kw in privatize_many_calls)


@pytest.mark.parametrize("fields, refused", [
    ({"release": "faithful", "max_new_tokens": 16}, "max_new_tokens belongs"),
    ({"release": "faithful", "instruction": "Rewrite it."}, "instruction belongs"),
    ({"slot_tokens": 3}, "slot_tokens belongs"),
])
def test_when_a_parameter_of_the_other_mode_is_given_then_nothing_is_decoded_or_charged(
        tiny_dp, privatize_many_calls, tmp_path, fields, refused):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", create=True) as ledger:
        with pytest.raises(InvalidParameterError, match=refused):
            synthesize(tiny_dp, labelled_records(1), epsilon=4.0, ledger=ledger, **fields)
        assert ledger.audit() == []
    assert privatize_many_calls == []


def test_when_the_cli_runs_faithfully_then_the_manifest_records_the_release(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in labelled_records(2)))
    out = tmp_path / "synthetic.jsonl"
    code = run(["synth", str(src), "-o", str(out), "--epsilon", "4", "--release", "faithful", "--slot-tokens", "2",
                "--model", str(tiny_model_dir), "--seed", "3", "--no-progress"])
    assert code == 0 and not any(c in capsys.readouterr().err for c in CANARIES)
    manifest = json.loads((tmp_path / "synthetic.jsonl.manifest.json").read_text())
    assert (manifest["release"], manifest["slot_tokens"], manifest["max_new_tokens"]) == ("faithful", 2, None)


def test_when_the_cli_mixes_the_modes_then_it_fails_before_loading_the_model(tmp_path, capsys):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in labelled_records(1)))
    code = run(["synth", str(src), "-o", str(tmp_path / "s.jsonl"), "--epsilon", "4", "--release", "faithful",
                "--max-new-tokens", "8", "--model", str(tmp_path / "no-such-model")])
    assert code == 2 and "max_new_tokens belongs" in capsys.readouterr().err
    assert not (tmp_path / "s.jsonl").exists()
