"""Crash safety of privatize-corpus: a child process running the job is SIGKILLed (mid-decode, or at
a random moment), or the driver dies between its steps, then the job is resumed. No record may be
missing or duplicated in the output, and no record may be charged twice in the ledger."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_helpers import (
    UNIT_KEY_HEX,
    assert_charged_once,
    assert_each_record_once,
    make_records,
    output_ids,
    write_jsonl,
)
from dpfusion_integrations.corpus import PrivatizeParams, privatize_corpus
from dpfusion_integrations.ledger import PrivacyLedger

WORKER = Path(__file__).with_name("corpus_worker.py")
PARAMS = {"epsilon": 4.0, "max_new_tokens": 3, "seed": 5}
IDS = [f"r{i}" for i in range(6)]


def _config(tmp_path: Path, model_dir: Path, **extra) -> dict:
    src = write_jsonl(tmp_path / "in.jsonl", make_records(len(IDS)))
    PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", create=True).close()
    return {"model": str(model_dir), "key": UNIT_KEY_HEX, "input": str(src), "output": str(tmp_path / "out.jsonl"),
            "ledger": f"sqlite:///{tmp_path / 'budget.db'}", "params": PARAMS, "batch_size": 2, **extra}


def _spawn(cfg: dict) -> subprocess.Popen[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "OMP_WAIT_POLICY": "PASSIVE"}
    return subprocess.Popen([sys.executable, str(WORKER), json.dumps(cfg)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)


def _resume(cfg: dict, dp, **kwargs):
    return privatize_corpus(cfg["input"], cfg["output"], PrivatizeParams(**cfg["params"]), dp=dp,
                            ledger=cfg["ledger"], batch_size=cfg["batch_size"], **kwargs)


class _Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


@pytest.mark.parametrize("where", ["append", "commit"])
def test_when_the_driver_dies_after_a_chunk_is_decoded_then_resume_writes_it_without_decoding_again(
        where, tmp_path, tiny_model_dir, tiny_dp, monkeypatch):
    """In process: the driver dies after storing a decoded chunk (before its output line is written)
    or after writing it (before the ledger commit). The engine is not involved, so raising here is
    what a kill would leave behind."""
    from dpfusion_integrations.corpus.job import JobDriver
    from dpfusion_integrations.corpus.output import OutputLog

    cfg = _config(tmp_path, tiny_model_dir)
    target, name = (OutputLog, "append") if where == "append" else (JobDriver, "_commit")
    real_step = getattr(target, name)
    calls = []

    def dying(self, *args):
        calls.append(1)
        if len(calls) == (2 if where == "append" else 3):  # the second chunk (r2, r3)
            raise _Crash
        return real_step(self, *args)

    monkeypatch.setattr(target, name, dying)
    with pytest.raises(_Crash):
        _resume(cfg, tiny_dp)
    monkeypatch.setattr(target, name, real_step)
    stored = {json.loads(x)["id"]: x for x in Path(cfg["output"]).read_text().splitlines()}
    decoded = []
    real = tiny_dp.privatize_many
    monkeypatch.setattr(tiny_dp, "privatize_many", lambda texts, **kw: decoded.append(len(texts)) or real(texts, **kw))
    summary = _resume(cfg, tiny_dp)
    assert summary.complete and sum(decoded) == 2  # only r4 and r5 are decoded after the crash
    lines = assert_each_record_once(Path(cfg["output"]), IDS)
    for record_id, line in stored.items():
        assert json.loads(line) == lines[record_id]
    assert_charged_once(cfg["ledger"], lines)


def test_when_killed_mid_decode_then_the_reservation_stays_and_is_reused_only_when_asked(
        tmp_path, tiny_model_dir, tiny_dp):
    cfg = _config(tmp_path, tiny_model_dir, kill_stage="reserved", kill_at=3)  # r2 reserved, r3 not yet
    child = _spawn(cfg)
    out, _ = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, out[-2000:]
    with PrivacyLedger.open(cfg["ledger"]) as ledger:
        (outstanding,) = ledger.outstanding()
        held = ledger.balance("r2").reserved_micro_nats
    first = _resume(cfg, tiny_dp)  # fail closed: r2 stays charged and is not decoded again
    assert (first.interrupted, first.records) == (1, 5) and "r2" not in output_ids(Path(cfg["output"]))
    with PrivacyLedger.open(cfg["ledger"]) as ledger:
        assert ledger.outstanding() == [outstanding] and ledger.balance("r2").reserved_micro_nats == held
    second = _resume(cfg, tiny_dp, retry_interrupted=True)  # decoded under the same reservation
    assert second.complete and second.written_this_run == 1
    lines = assert_each_record_once(Path(cfg["output"]), IDS)
    assert_charged_once(cfg["ledger"], lines)
    with PrivacyLedger.open(cfg["ledger"]) as ledger:
        ops = [e.op for e in ledger.audit(outstanding)]
        assert ops.count("reserve") == 1 and ops.count("commit") == 1  # re-reserving wrote nothing


def test_when_killed_at_a_random_moment_then_resume_completes_with_each_record_charged_once(
        tmp_path, tiny_model_dir, tiny_dp):
    cfg = _config(tmp_path, tiny_model_dir, sleep=0.15, batch_size=1)
    child = _spawn(cfg)
    assert child.stdout is not None
    seen = []
    for line in child.stdout:  # wait until the job is well under way
        seen.append(line.strip())
        if line.startswith("written r1"):
            break
    else:
        pytest.fail("the worker ended early:\n" + "\n".join(seen[-30:]))
    time.sleep(random.Random(os.getpid()).uniform(0.0, 0.4))
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    summary = _resume(cfg, tiny_dp, retry_interrupted=True)
    assert summary.complete
    assert_charged_once(cfg["ledger"], assert_each_record_once(Path(cfg["output"]), IDS))
