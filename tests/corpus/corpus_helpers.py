"""Data and checks shared by the corpus tests: small marked-up corpora; every record exactly once in
the output, and charged exactly once in the ledger."""

from __future__ import annotations

import json
import math
from pathlib import Path

from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.report import PrivacyReport

UNIT_KEY_HEX = "6b" * 32
CANARY = "Zebulon Quartermaine"


def make_records(n: int, *, prefix: str = "r") -> list[dict]:
    """``n`` records with inline-marked private spans (no tagger needed); record 0 holds the canary."""
    out = []
    for i in range(n):
        name = CANARY if i == 0 else f"Ann Lee{i}"
        out.append({"id": f"{prefix}{i}", "label": "cardio" if i % 2 else "resp",
                    "text": f"Patient <private>{name}</private> was seen in <private>Oslo</private> for a cough."})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def output_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_each_record_once(output: Path, ids: list[str]) -> dict[str, dict]:
    got = output_ids(output)
    assert sorted(got) == sorted(ids), "records missing from or duplicated in the output"
    return {json.loads(line)["id"]: json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()}


def assert_charged_once(ledger_url: str, lines: dict[str, dict]) -> None:
    """Each record's unit holds exactly one committed call whose amount is that record's charge, and
    no reservation is left outstanding."""
    with PrivacyLedger.open(ledger_url) as ledger:
        assert ledger.outstanding() == [] and ledger.verify() == []
        audit = ledger.audit()
        for record_id, line in lines.items():
            report = PrivacyReport.model_validate(line["report"])
            assert "units" not in line  # released lines never carry caller units (they link records)
            unit = record_id  # these tests' records are charged to their own ids
            commits = [e for e in audit if e.unit == unit and e.op == "commit"]
            assert len(commits) == 1, f"{record_id}: {len(commits)} commits"
            expected = report.spend_event(refund_unused=True, groups_changed=report.n_groups).rdp
            balance = ledger.balance(unit)
            assert balance.reserved_micro_nats == 0
            assert abs(balance.committed_micro_nats - math.ceil(expected * 1e6)) <= 1
