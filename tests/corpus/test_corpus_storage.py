"""The output log and the job state on their own: partial lines, duplicates, identity, locking."""

from __future__ import annotations

import json

import pytest

from dpfusion_integrations.corpus import CorpusStateError, JobLockedError, PrivatizeParams
from dpfusion_integrations.corpus.output import OutputLog
from dpfusion_integrations.corpus.state import JobState, Stage


def test_when_the_last_line_is_partial_then_recover_cuts_it_and_returns_complete_ids(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"id": "a"}) + "\n" + '{"id": "b", "te')
    with OutputLog(path) as out:
        assert out.recover() == {"a"}
        out.append([{"id": "c"}])
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "c"]


def test_when_an_id_is_in_the_output_twice_then_recover_refuses(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"id": "a"}) + "\n" + json.dumps({"id": "a"}) + "\n")
    with OutputLog(path) as out, pytest.raises(CorpusStateError, match="twice"):
        out.recover()


def test_when_resuming_with_other_settings_then_the_state_refuses_and_names_them(tmp_path):
    path = tmp_path / "s.sqlite"
    with JobState(path, fingerprint=PrivatizeParams(epsilon=4).fingerprint(), ledger_url=None) as state:
        job_id = state.job_id
        state.dispatch([("a", 0, 0)])
    with pytest.raises(CorpusStateError, match="epsilon"):
        JobState(path, fingerprint=PrivatizeParams(epsilon=8).fingerprint(), ledger_url=None)
    with pytest.raises(CorpusStateError, match="ledger"):
        JobState(path, fingerprint=PrivatizeParams(epsilon=4).fingerprint(), ledger_url="sqlite:///x.db")
    with JobState(path, fingerprint=PrivatizeParams(epsilon=4, include_redacted=True).fingerprint(),
                  ledger_url=None) as state:
        assert state.job_id == job_id and state.get("a").stage is Stage.DISPATCHED


def test_when_a_job_is_running_then_a_second_run_is_refused(tmp_path):
    fingerprint = PrivatizeParams(epsilon=4).fingerprint()
    with JobState(tmp_path / "s.sqlite", fingerprint=fingerprint, ledger_url=None):
        with pytest.raises(JobLockedError):
            JobState(tmp_path / "s.sqlite", fingerprint=fingerprint, ledger_url=None)
    JobState(tmp_path / "s.sqlite", fingerprint=fingerprint, ledger_url=None).close()


def test_when_decoded_then_the_line_and_the_pending_commit_are_stored_together(tmp_path):
    with JobState(tmp_path / "s.sqlite", fingerprint=PrivatizeParams(epsilon=4).fingerprint(),
                  ledger_url=None) as state:
        state.dispatch([("a", 0, 0), ("b", 1, 0)])
        state.decoded([("a", 1, '{"id": "a"}', {"a": 0.25})])
        row = state.get("a")
        assert (row.stage, row.attempt, row.line, row.commit_rdp) == (Stage.DECODED, 1, '{"id": "a"}', {"a": 0.25})
        assert [r.id for r in state.unfinished()] == ["a", "b"]
