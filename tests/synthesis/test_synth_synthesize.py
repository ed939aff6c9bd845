"""``synthesize``: one DP rewrite per record under its own units, labels kept, and a manifest with ε
per record and per unit (composed at the RDP level) that holds no text."""

from __future__ import annotations

import json
import logging

import pytest

from synth_helpers import CANARIES, labelled_records
from dpfusion_integrations import BudgetExceededError, PrivacyLedger
from dpfusion_integrations.accounting.events import composed_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.errors import NoPrivateSpansError
from dpfusion_integrations.synthesis import SynthesisManifest, synthesize

KW = {"epsilon": 4.0, "max_new_tokens": 2, "seed": 7}


def test_when_synthesizing_then_each_record_keeps_its_id_and_label_and_is_rewritten(tiny_dp):
    records = labelled_records(3)
    data = synthesize(tiny_dp, records, **KW)
    assert [(r.id, r.label, r.units) for r in data.records] == [(r["id"], r["label"], [r["id"]]) for r in records]
    assert all(CANARIES[0] not in r.text for r in data.records)
    m = data.manifest
    assert [e.id for e in m.records] == ["n0", "n1", "n2"]
    entry = m.records[1]
    assert (entry.label, entry.units, entry.delta, entry.max_new_tokens) == ("asthma", ["n1"], 1e-5, 2)
    assert 0 < entry.epsilon <= 4.0 and 0 <= entry.tokens_emitted <= 2 and entry.n_groups == 1  # one PRIVATE group
    assert [u.unit for u in m.units] == ["n0", "n1", "n2"] and all(u.records == 1 for u in m.units)
    assert m.max_unit_epsilon <= 4.0 + 1e-9 and m.taggers == [f"{tiny_dp.tagger.name}+inline-markup"] and m.model_name == "tiny-llama"


def test_when_records_are_batched_then_one_privatize_many_call_decodes_each_chunk(tiny_dp, monkeypatch):
    calls = []
    real = tiny_dp.privatize_many

    def spy(texts, **kwargs):
        calls.append((len(texts), kwargs["units"]))
        return real(texts, **kwargs)

    monkeypatch.setattr(tiny_dp, "privatize_many", spy)
    synthesize(tiny_dp, labelled_records(3), batch_size=2, **KW)
    assert [n for n, _ in calls] == [2, 1]
    assert calls[0][1] == [["n0"], ["n1"]]


def test_when_records_share_a_unit_then_its_epsilon_composes_at_the_rdp_level(tiny_dp):
    records = labelled_records(2)
    for r in records:
        r["unit"] = "patient-9"
    data = synthesize(tiny_dp, records, **KW)
    (unit,) = data.manifest.units
    events = [events_from_report(e.model_dump() | {"relation": "redaction", "units": ["patient-9"],
                                                   "units_groups": {"patient-9": e.n_groups}},
                                 refund_unused=False)["patient-9"] for e in data.manifest.records]
    assert unit.records == 2 and unit.epsilon == pytest.approx(composed_epsilon(events, delta=1e-5))
    assert max(e.epsilon for e in data.manifest.records) < unit.epsilon < sum(e.epsilon for e in data.manifest.records)


def test_when_a_ledger_is_given_then_each_record_charges_its_unit_once(tiny_dp, tmp_path):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", alpha=4.0, create=True) as ledger:
        synthesize(tiny_dp, labelled_records(3), ledger=ledger, **KW)
        assert ledger.units() == ["n0", "n1", "n2"] and ledger.outstanding() == []
        assert all([e.op for e in ledger.audit()].count(op) == 3 for op in ("reserve", "commit"))


def test_when_a_record_fails_then_skip_lists_it_and_raise_stops(tiny_dp, tmp_path):
    records = labelled_records(3)
    records[1]["text"] = "Nothing private here."
    with pytest.raises(NoPrivateSpansError):
        synthesize(tiny_dp, records, **KW)
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", alpha=4.0, create=True) as ledger:
        ledger.set_cap("n2", 3.5, 1e-5)
        data = synthesize(tiny_dp, records, ledger=ledger, on_error="skip", **KW)
        assert ledger.spent_rdp("n2") == 0
    assert [r.id for r in data.records] == ["n0"]
    skipped = {s.id: s.error for s in data.manifest.skipped}
    assert skipped["n1"].startswith("NoPrivateSpansError")
    assert skipped["n2"].startswith(BudgetExceededError.__name__)


def test_when_written_then_the_manifest_and_records_hold_no_raw_private_text(tiny_dp, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    data = synthesize(tiny_dp, labelled_records(2), **KW)
    manifest_path = data.write(tmp_path / "synthetic.jsonl")
    manifest_text = manifest_path.read_text()
    SynthesisManifest.model_validate_json(manifest_text)
    for canary in CANARIES:
        assert canary not in manifest_text and canary not in (tmp_path / "synthetic.jsonl").read_text()
        assert canary not in caplog.text
    assert "text" not in json.loads(manifest_text)["records"][0]
    lines = [json.loads(x) for x in (tmp_path / "synthetic.jsonl").read_text().splitlines()]
    assert set(lines[0]) == {"id", "text", "label"}  # units stay in the manifest (an operator file)


def test_when_epsilon_is_zero_then_records_cost_nothing(tiny_dp):
    data = synthesize(tiny_dp, labelled_records(2), epsilon=0.0, max_new_tokens=2, seed=1)
    assert data.manifest.max_unit_epsilon == 0.0 and all(e.epsilon == 0.0 for e in data.manifest.records)
