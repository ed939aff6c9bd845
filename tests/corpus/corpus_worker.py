"""Child process of the crash tests: runs a corpus job on the tiny model and prints every event
(``<stage> <record id>``). With ``kill_stage``/``kill_at`` it SIGKILLs itself at that event; with
``sleep`` it pauses after each ``reserved`` event so that a parent can kill it mid-run."""

from __future__ import annotations

import json
import os
import signal
import sys
import time


def main() -> None:
    cfg = json.loads(sys.argv[1])
    from dpfusion_integrations.corpus import PretrainedEngineFactory, PrivatizeParams, privatize_corpus

    factory = PretrainedEngineFactory(model=cfg["model"], temperature=1.0, unit_key_hex=cfg["key"])
    counts: dict[str, int] = {}

    def on_event(event) -> None:
        print(f"{event.stage} {event.record_id}", flush=True)
        counts[event.stage] = counts.get(event.stage, 0) + 1
        if event.stage == cfg.get("kill_stage") and counts[event.stage] == cfg.get("kill_at"):
            os.kill(os.getpid(), signal.SIGKILL)
        if event.stage == "reserved" and cfg.get("sleep"):
            time.sleep(cfg["sleep"])

    privatize_corpus(cfg["input"], cfg["output"], PrivatizeParams(**cfg["params"]), engine_factory=factory,
                     ledger=cfg["ledger"], batch_size=cfg["batch_size"], on_event=on_event)
    print("done", flush=True)


if __name__ == "__main__":
    main()
