"""The LlamaIndex cookbooks run offline end to end on the embedded model, in this process on the
session's engine (no second model load) and on one vector index over the notes (the embedding model
loaded once), and do what they promise: the right note reaches the answering LLM, ε per patient and
the refusal are printed, and no planted identifier gets out."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.e2e
COOKBOOK = Path(__file__).resolve().parents[2] / "cookbook"
#: Answer budget of the RAG run here (the cookbook's is 32): the checks read the answering LLM's input, the
#: events and ε, never the answer, and each token is a step of the 135M model.
ANSWER_TOKENS = 6


def _cookbook(stem: str) -> ModuleType:
    """``cookbook/<stem>.py`` imported once per session (its own imports find ``cookbook/``)."""
    name = f"cookbook_{stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, COOKBOOK / f"{stem}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def notes_index():
    """The cookbooks' vector index over the notes (``build_index``: HuggingFaceEmbedding, MiniLM, offline)."""
    return _cookbook("llama_index_rag").build_index()


def _identifiers() -> list[str]:
    return [value for note in _cookbook("llama_index_rag").NOTES for value in note.planted.values()]


def test_when_the_rag_cookbook_runs_then_the_right_notes_answer_and_eps_and_the_refusal_are_printed(
        smol_dp, notes_index, capsys, monkeypatch):
    rag = _cookbook("llama_index_rag")
    monkeypatch.setattr(rag, "ANSWER_TOKENS", ANSWER_TOKENS)
    outside = rag.run(smol_dp, notes_index)
    out = capsys.readouterr().out
    assert "Retrieval check" in out and "PII check" in out
    assert "ε per patient" in out and "p-101: ε =" in out and "refused before generation" in out
    assert outside.model_inputs and all("patient_id" not in r and "p-10" not in r for r in outside.model_inputs)
    for where in (*outside.model_inputs, *outside.trace, out):
        assert not any(value in where for value in _identifiers())


def test_when_the_agent_cookbook_runs_then_the_tool_is_called_and_the_note_stays_inside(smol_dp, notes_index,
                                                                                        capsys):
    agent = _cookbook("llama_index_agent")
    outside = asyncio.run(agent.run(smol_dp, notes_index))
    out = capsys.readouterr().out
    assert "tool find_patient_note(" in out and "{{private:p-" in out and "ε =" in out
    for where in (*outside.model_inputs, *outside.trace, out):
        assert not any(value in where for value in _identifiers())
