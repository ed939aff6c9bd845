"""Child process for the ledger's multi-process tests; imports only the ledger, so it starts fast.

``stress URL SEED OPS UNIT...``: OPS random reserve / commit / refund operations on a few of the
given units, then one JSON line with what happened (some calls are left outstanding on purpose).

``crash URL SEED``: reserve, then commit or refund, forever, printing ``<op> > <call_id>`` before
and ``<op> < <call_id>`` after each operation (flushed), until the parent SIGKILLs it. The parent
reads those lines to know which operations were interrupted.
"""

from __future__ import annotations

import json
import random
import sys
import time

from dpfusion_integrations.errors import BudgetExceededError
from dpfusion_integrations.ledger import PrivacyLedger


def _stress(url: str, seed: int, ops: int, units: list[str]) -> None:
    rng = random.Random(seed)
    counts = {"reserved": 0, "exceeded": 0, "committed": 0, "refunded": 0}
    outstanding: list[str] = []
    with PrivacyLedger.open(url) as ledger:
        for i in range(ops):
            if outstanding and rng.random() < 0.5:
                call_id = outstanding.pop(rng.randrange(len(outstanding)))
                if rng.random() < 0.3:
                    ledger.refund(call_id)
                    counts["refunded"] += 1
                else:
                    ledger.commit(call_id, None if rng.random() < 0.5 else rng.uniform(0.0, 0.05))
                    counts["committed"] += 1
                continue
            call_id = f"s{seed}-{i}"
            chosen = rng.sample(units, rng.randint(1, min(3, len(units))))
            try:
                if rng.random() < 0.5:
                    ledger.reserve(call_id, chosen, rng.uniform(0.05, 0.4), label=f"worker-{seed}")
                else:
                    ledger.reserve(call_id, {unit: rng.uniform(0.05, 0.4) for unit in chosen})
            except BudgetExceededError:
                counts["exceeded"] += 1
                continue
            counts["reserved"] += 1
            outstanding.append(call_id)
    print(json.dumps(counts), flush=True)


def _crash(url: str, seed: int) -> None:
    rng = random.Random(seed)
    out = sys.stdout
    with PrivacyLedger.open(url) as ledger:
        i = 0
        while True:
            call_id = f"k{seed}-{i}"
            i += 1
            units = rng.sample(["a", "b", "c", "d"], rng.randint(1, 3))
            out.write(f"reserve > {call_id}\n")
            out.flush()
            try:
                ledger.reserve(call_id, units, 0.001, label="crash")
            except BudgetExceededError:
                out.write(f"exceeded < {call_id}\n")
                out.flush()
                continue
            out.write(f"reserve < {call_id}\n")
            out.flush()
            time.sleep(rng.uniform(0.0, 0.004))  # "generating": a kill here leaves the call reserved
            op = "refund" if rng.random() < 0.3 else "commit"
            out.write(f"{op} > {call_id}\n")
            out.flush()
            if op == "refund":
                ledger.refund(call_id)
            else:
                ledger.commit(call_id, None if rng.random() < 0.5 else 0.0005)
            out.write(f"{op} < {call_id}\n")
            out.flush()


def main(argv: list[str]) -> int:
    mode, url, seed = argv[0], argv[1], int(argv[2])
    if mode == "stress":
        _stress(url, seed, int(argv[3]), argv[4:])
    elif mode == "crash":
        _crash(url, seed)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
