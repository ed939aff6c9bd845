"""The LlamaIndex cookbook scripts run offline end to end on the embedded model and print what they
promise; the answering LLM's input holds no identifier of the retrieved notes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NAMES = ("Johnathan Reyes", "Maria Lindqvist", "Ahmed Karimi", "Chloe Dubois", "Oliver Brennan", "Sofia Moreno")
pytestmark = pytest.mark.e2e
COOKBOOK = Path(__file__).resolve().parents[2] / "cookbook"


def run(script: str) -> str:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, str(COOKBOOK / script)], capture_output=True, text=True, timeout=900,
                          env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_when_the_rag_cookbook_runs_then_eps_per_record_and_the_refusal_are_printed():
    out = run("llama_index_rag.py")
    assert "ε per patient" in out and "p-101: ε =" in out and "refused before generation" in out
    received = out.split("What the answering LLM received")[1].split("ε per patient")[0]
    assert received.strip() and "patient_id" not in received and "p-10" not in received
    for canary in ("Johnathan Reyes", "738201", "617-555-0143"):
        assert canary not in received


def test_when_the_agent_cookbook_runs_then_the_tool_is_called_and_the_note_stays_inside():
    out = run("llama_index_agent.py")
    assert "tool find_patient_note(" in out and "{{private:p-" in out and "ε =" in out
    for canary in (*NAMES, "738201", "992014", "410377", "552910", "300415"):
        assert canary not in out
