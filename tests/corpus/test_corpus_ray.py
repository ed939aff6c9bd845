"""The corpus job on Ray Data, on a local Ray instance: one actor builds the engine from a picklable
factory, the driver writes and commits, and a rerun charges nothing again."""

from __future__ import annotations

import pytest

from corpus_helpers import assert_charged_once, assert_each_record_once, make_records, write_jsonl
from dpfusion_integrations.corpus import PrivatizeParams, privatize_corpus_ray
from dpfusion_integrations.ledger import PrivacyLedger

ray = pytest.importorskip("ray", reason="Ray is an optional dependency (the 'ray' extra)")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             runtime_env={"env_vars": {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
                                       "OMP_WAIT_POLICY": "PASSIVE"}})
    yield
    ray.shutdown()


def test_when_the_job_runs_on_ray_then_records_are_written_and_charged_once(local_ray, tiny_factory, tmp_path):
    ids = [f"r{i}" for i in range(4)]
    src = write_jsonl(tmp_path / "in.jsonl", make_records(len(ids)))
    url = f"sqlite:///{tmp_path / 'budget.db'}"
    PrivacyLedger.open(url, create=True).close()
    params = PrivatizeParams(epsilon=4.0, max_new_tokens=4, seed=2)
    events = []
    summary = privatize_corpus_ray(src, tmp_path / "out.jsonl", params, engine_factory=tiny_factory, ledger_url=url,
                                   batch_size=2, num_actors=1, on_event=lambda e: events.append(e.stage))
    assert (summary.records, summary.failed, summary.complete) == (4, 0, True)
    assert events.count("committed") == 4
    lines = assert_each_record_once(tmp_path / "out.jsonl", ids)
    assert_charged_once(url, lines)
    with PrivacyLedger.open(url) as ledger:
        before = len(ledger.audit())
    again = privatize_corpus_ray(src, tmp_path / "out.jsonl", params, engine_factory=tiny_factory, ledger_url=url,
                                 batch_size=2, num_actors=1)
    assert again.written_this_run == 0 and again.records == 4
    with PrivacyLedger.open(url) as ledger:
        assert len(ledger.audit()) == before and ledger.outstanding() == []


def test_when_the_engine_factory_is_pickled_then_it_round_trips(tiny_factory):
    import pickle

    assert pickle.loads(pickle.dumps(tiny_factory)) == tiny_factory
    assert "6b6b" not in repr(tiny_factory)
