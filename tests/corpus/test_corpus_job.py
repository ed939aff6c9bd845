"""The corpus job in one process: batching, per-record charges, resume, failures and the manifest."""

from __future__ import annotations

import json
import logging

import pytest

from corpus_helpers import CANARY, assert_charged_once, assert_each_record_once, make_records, output_ids, write_jsonl
from dpfusion_integrations.accounting.events import composed_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.corpus import PrivatizeParams, privatize_corpus
from dpfusion_integrations.corpus.state import JobState, Stage
from dpfusion_integrations.ledger import PrivacyLedger

PARAMS = PrivatizeParams(epsilon=4.0, max_new_tokens=3, seed=3)


@pytest.fixture
def ledger_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'budget.db'}"
    PrivacyLedger.open(url, alpha=4.0, create=True).close()
    return url


def test_when_a_corpus_runs_then_every_record_is_written_and_charged_once(tiny_dp, tmp_path, ledger_url):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(5))
    summary = privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url, batch_size=2)
    assert (summary.records, summary.written_this_run, summary.failed, summary.complete) == (5, 5, 0, True)
    lines = assert_each_record_once(tmp_path / "out.jsonl", [f"r{i}" for i in range(5)])
    assert lines["r1"]["label"] == "cardio" and "units" not in lines["r1"]
    assert "redacted_text" not in lines["r1"]
    assert_charged_once(ledger_url, lines)


def test_when_records_are_batched_then_each_chunk_is_one_privatize_many_call(tiny_dp, tmp_path, monkeypatch):
    calls = []
    real = tiny_dp.privatize_many

    def spy(texts, **kwargs):
        calls.append(len(texts))
        return real(texts, **kwargs)

    monkeypatch.setattr(tiny_dp, "privatize_many", spy)
    records = make_records(5)
    records[3]["unit"] = "r2"  # shares a unit with r2: never in the same decode chunk
    privatize_corpus(write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl", PARAMS, dp=tiny_dp,
                     batch_size=4)
    assert calls == [3, 1, 1]


def test_when_the_job_is_run_again_then_nothing_is_decoded_or_charged_again(tiny_dp, tmp_path, ledger_url):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(3))
    privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    with PrivacyLedger.open(ledger_url) as ledger:
        before = len(ledger.audit())
    built = []
    again = privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, engine_factory=lambda: built.append(1),
                             ledger=ledger_url)
    assert again.written_this_run == 0 and again.records == 3 and built == []
    with PrivacyLedger.open(ledger_url) as ledger:
        assert len(ledger.audit()) == before


def test_when_new_records_are_appended_then_only_they_are_processed(tiny_dp, tmp_path, ledger_url):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(2))
    privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    write_jsonl(src, make_records(4))
    summary = privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    assert summary.written_this_run == 2
    assert_charged_once(ledger_url, assert_each_record_once(tmp_path / "out.jsonl", [f"r{i}" for i in range(4)]))


def test_when_one_record_fails_then_the_others_of_its_chunk_succeed_and_it_costs_nothing(tiny_dp, tmp_path,
                                                                                        ledger_url):
    records = make_records(4)
    records[1]["text"] = "No private span at all here."
    with PrivacyLedger.open(ledger_url) as ledger:
        ledger.set_cap("r2", 3.5, 1e-5)  # below the 4.0 this job needs per record
    src = write_jsonl(tmp_path / "in.jsonl", records)
    summary = privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url, batch_size=4)
    assert (summary.records, summary.failed, summary.complete) == (2, 2, False)
    assert sorted(output_ids(tmp_path / "out.jsonl")) == ["r0", "r3"]
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    errors = {f["id"]: f["error"] for f in manifest["failed"]}
    assert errors["r1"].startswith("NoPrivateSpansError") and errors["r2"].startswith("BudgetExceededError")
    with PrivacyLedger.open(ledger_url) as ledger:
        assert ledger.spent_rdp("r1") == 0 and ledger.spent_rdp("r2") == 0 and ledger.outstanding() == []
        assert ledger.verify() == []


def test_when_a_commit_was_made_but_not_recorded_then_resume_does_not_charge_again(tiny_dp, tmp_path, ledger_url):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(2))
    privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    fingerprint = PARAMS.fingerprint()
    with PrivacyLedger.open(ledger_url) as ledger, JobState(tmp_path / "out.jsonl.state.sqlite",
                                                            fingerprint=fingerprint, ledger_url=ledger.url) as state:
        state.set_stage(["r0"], Stage.WRITTEN)  # as if the process died between the ledger commit and the state
    privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    assert_charged_once(ledger_url, assert_each_record_once(tmp_path / "out.jsonl", ["r0", "r1"]))


def test_when_records_share_a_unit_then_the_manifest_composes_them_at_the_rdp_level(tiny_dp, tmp_path):
    records = make_records(3)
    for r in records:
        r["unit"] = "patient-1"
    summary = privatize_corpus(write_jsonl(tmp_path / "in.jsonl", records), tmp_path / "out.jsonl", PARAMS,
                               dp=tiny_dp)
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    (unit,) = manifest["units"]
    reports = [json.loads(line)["report"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    # Reports name the unit by a per-call alias; each record's report charges its one (caller) unit.
    events = [next(iter(events_from_report(r, refund_unused=False).values())) for r in reports]
    assert all("patient-1" not in json.dumps(r) for r in reports)
    assert unit["records"] == 3 and unit["epsilon"] == pytest.approx(composed_epsilon(events, delta=1e-5))
    assert 4.0 < unit["epsilon"] < 3 * 4.0 and summary.max_unit_epsilon == unit["epsilon"]


def test_when_a_seed_is_given_then_a_record_decodes_the_same_whatever_its_chunk(tiny_dp, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", make_records(4))
    privatize_corpus(src, tmp_path / "a.jsonl", PARAMS, dp=tiny_dp, batch_size=4)
    privatize_corpus(src, tmp_path / "b.jsonl", PARAMS, dp=tiny_dp, batch_size=1)
    text = {p: {json.loads(x)["id"]: json.loads(x)["text"] for x in (tmp_path / p).read_text().splitlines()}
            for p in ("a.jsonl", "b.jsonl")}
    assert text["a.jsonl"] == text["b.jsonl"]


def test_when_a_job_runs_then_no_raw_private_text_leaves_in_outputs_state_manifest_or_logs(tiny_dp, tmp_path,
                                                                                           ledger_url, caplog):
    caplog.set_level(logging.DEBUG)
    src = write_jsonl(tmp_path / "in.jsonl", make_records(3))
    privatize_corpus(src, tmp_path / "out.jsonl", PARAMS, dp=tiny_dp, ledger=ledger_url)
    for path in (tmp_path / "out.jsonl", tmp_path / "out.jsonl.manifest.json", tmp_path / "out.jsonl.state.sqlite",
                 tmp_path / "budget.db"):
        assert CANARY.encode() not in path.read_bytes(), path.name
    assert CANARY not in caplog.text


def test_when_redacted_text_is_asked_for_then_it_is_written(tiny_dp, tmp_path):
    params = PARAMS.model_copy(update={"include_redacted": True})
    privatize_corpus(write_jsonl(tmp_path / "in.jsonl", make_records(1)), tmp_path / "out.jsonl", params, dp=tiny_dp)
    line = json.loads((tmp_path / "out.jsonl").read_text())
    assert "[PRIVATE]" in line["redacted_text"] and CANARY not in line["redacted_text"]
