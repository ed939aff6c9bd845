"""The cookbook scripts run offline, end to end, and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"


def _run(script: str) -> str:
    proc = subprocess.run([sys.executable, str(COOKBOOK / script)], capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_when_the_langchain_rag_cookbook_runs_then_budgets_are_printed_and_enforced():
    out = _run("langchain_rag.py")
    assert "ε per patient" in out and "p-101: ε =" in out
    assert "refused before generation" in out
    for canary in ("Johnathan Reyes", "738201", "617-555-0143"):
        assert canary not in out.split("What the remote model received")[1].split("ε per patient")[0]


def test_when_the_langchain_agent_cookbook_runs_then_the_tool_answer_is_private():
    out = _run("langchain_agent.py")
    assert "tool summarize_patient" in out and "ε spent by" in out
    assert "Ahmed Karimi" not in out and "410377" not in out
