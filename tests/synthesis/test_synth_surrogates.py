"""Synthetic data with ``surrogates=``: a faithful dataset with fixed fakes (API and CLI), its manifest,
and wrong settings refused before any decode, model load or spend."""

from __future__ import annotations

import argparse
import json

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.synthesis import add_synth_parser, synthesize

NAME = "Zebulon Quartermaine"


def records(n: int) -> list[dict]:
    """Labelled records with explicit PERSON spans (used alone: no tagger runs); record 0 holds the canary."""
    names = [NAME, *(f"Ann Lee{i}" for i in range(1, n))]
    return [{"id": f"n{i}", "label": "asthma", "text": f"{name} was treated for asthma.",
             "spans": [[0, len(name), "PERSON"]]} for i, name in enumerate(names)]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dpfusion")
    add_synth_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "home"))


def test_when_surrogates_are_on_then_records_keep_their_public_text_and_the_manifest_says_so(
        tiny_dp, privatize_many_calls):
    data = synthesize(tiny_dp, records(2), epsilon=4.0, seed=1, release="faithful", slot_tokens=3, surrogates=True)
    assert all(r.text.endswith("was treated for asthma.") for r in data.records)
    assert data.manifest.surrogates is True and data.manifest.release == "faithful"
    assert all(kw["surrogates"] is True for kw in privatize_many_calls)
    assert NAME not in data.manifest.model_dump_json()


def test_when_surrogates_are_left_out_then_the_manifest_says_placeholders(tiny_dp):
    data = synthesize(tiny_dp, records(1), epsilon=4.0, seed=1, release="faithful", slot_tokens=2)
    assert data.manifest.surrogates is False


@pytest.mark.parametrize("fields, refused", [
    ({"surrogates": True}, "surrogates belongs to release='faithful'"),
    ({"release": "faithful", "surrogates": "yes"}, "surrogates"),
])
def test_when_surrogates_are_set_wrongly_then_nothing_is_decoded_or_charged(
        tiny_dp, privatize_many_calls, tmp_path, fields, refused):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", create=True) as ledger:
        with pytest.raises(InvalidParameterError, match=refused):
            synthesize(tiny_dp, records(1), epsilon=4.0, ledger=ledger, **fields)
        assert ledger.audit() == []
    assert privatize_many_calls == []


def test_when_the_cli_runs_with_surrogates_then_the_manifest_records_them(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records(1)))
    code = run(["synth", str(src), "-o", str(tmp_path / "s.jsonl"), "--epsilon", "4", "--release", "faithful",
                "--surrogates", "--slot-tokens", "2", "--model", str(tiny_model_dir), "--seed", "3", "--no-progress"])
    assert code == 0 and NAME not in capsys.readouterr().err
    manifest = json.loads((tmp_path / "s.jsonl.manifest.json").read_text())
    assert (manifest["release"], manifest["surrogates"]) == ("faithful", True)


def test_when_the_cli_asks_surrogates_of_the_paraphrase_then_it_fails_before_loading_the_model(tmp_path, capsys):
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records(1)))
    code = run(["synth", str(src), "-o", str(tmp_path / "s.jsonl"), "--epsilon", "4", "--surrogates",
                "--model", str(tmp_path / "no-such-model")])
    assert code == 2 and "surrogates belongs to release='faithful'" in capsys.readouterr().err
    assert not (tmp_path / "s.jsonl").exists()
