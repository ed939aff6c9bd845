"""The cookbook scripts run offline, end to end, and do what they promise: the RAG and agent
cookbooks retrieve the right note with a real embedding model, and no planted identifier gets out."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.e2e
COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"
#: Answer budget of the RAG runs here (the cookbook's is 32): the checks read the answering model's input,
#: the trace and ε, never the answer, and each token is a step of the 135M model.
ANSWER_TOKENS = 6


# ---------------------------------------------------------------- RAG and agents
def _cookbook(stem: str) -> ModuleType:
    """``cookbook/<stem>.py`` as a module, imported once per session, so tests call its functions on the
    session's engine instead of loading the model and the tagger again in a child process."""
    name = f"cookbook_{stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, COOKBOOK / f"{stem}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # pydantic resolves the module's annotations here
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def langchain_store():
    """The LangChain cookbooks' vector store over the notes (MiniLM embeddings, offline)."""
    return _cookbook("langchain_rag").build_store()


@pytest.fixture(scope="module")
def llama_index_index():
    """The LlamaIndex cookbooks' vector index over the notes (HuggingFaceEmbedding, offline)."""
    return _cookbook("llama_index_rag").build_index()


def _identifiers() -> list[str]:
    return [value for note in _cookbook("langchain_rag").NOTES for value in note.planted.values()]


def test_when_identifiers_are_planted_then_each_is_in_its_note_and_the_check_names_none():
    rag = _cookbook("langchain_rag")
    assert len(rag.NOTES) >= 6 and len({n.patient_id for n in rag.NOTES}) == len(rag.NOTES)
    for note in rag.NOTES:
        assert set(note.planted) == {"name", "MRN", "phone"}
        assert all(value in note.text for value in note.planted.values())  # the check is not vacuous
        with pytest.raises(AssertionError, match=note.patient_id) as caught:
            rag.check_no_planted_pii(["released text", note.text], "the remote model's input")
        assert not any(value in str(caught.value) for value in note.planted.values())
    rag.check_no_planted_pii(["Patient [PERSON] (MRN [ID]) has pneumonia."], "the remote model's input")


def test_when_the_notes_are_tagged_then_every_planted_identifier_is_inside_a_span(smol_dp):
    for note in _cookbook("langchain_rag").NOTES:  # else a faithful release would pass it on verbatim
        spans = smol_dp.tagger.tag(note.text)
        for value in note.planted.values():
            start = note.text.index(value)
            assert any(s.start <= start and start + len(value) <= s.end for s in spans)


def test_when_the_langchain_questions_are_embedded_then_each_own_note_ranks_first(langchain_store):
    rag, agent = _cookbook("langchain_rag"), _cookbook("langchain_agent")
    for question, patient_id, evidence in rag.QUESTIONS:
        top = langchain_store.similarity_search(question, k=1)[0]
        assert top.metadata["patient_id"] == patient_id and evidence in top.page_content
    rag.check_retrieval(langchain_store)
    top = langchain_store.similarity_search(agent.DESCRIPTION, k=1)[0]  # the agent tool's search
    assert top.metadata["patient_id"] == agent.EXPECTED_PATIENT


def test_when_the_embedding_cannot_rank_then_the_cookbook_retrieval_check_fails():
    from langchain_core.embeddings import Embeddings

    class Constant(Embeddings):
        """Every text the same vector: ties, so the first note stored ranks first for any question."""

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [[1.0, 0.0] for _ in texts]

        def embed_query(self, text: str) -> list[float]:
            return [1.0, 0.0]

    rag = _cookbook("langchain_rag")
    with pytest.raises(AssertionError, match="question 1"):
        rag.check_retrieval(rag.build_store(Constant()))


def test_when_the_llama_index_questions_are_embedded_then_each_own_note_ranks_first(llama_index_index):
    rag, agent = _cookbook("llama_index_rag"), _cookbook("llama_index_agent")
    retriever = llama_index_index.as_retriever(similarity_top_k=1)
    for question, patient_id, evidence in rag.QUESTIONS:
        top = retriever.retrieve(question)[0].node
        assert top.metadata["patient_id"] == patient_id and evidence in top.get_content()
    rag.check_retrieval(llama_index_index)
    find_patient_note = agent.make_find_patient_note(llama_index_index)
    assert find_patient_note(agent.QUESTION) == "The matching note is {{private:p-103}}"


def test_when_both_frameworks_embed_a_note_then_they_get_the_same_minilm_vector():
    import numpy as np

    rag = _cookbook("langchain_rag")
    text = rag.NOTES[1].text
    langchain = np.array(rag.MiniLMEmbeddings().embed_query(text))
    llama_index = np.array(_cookbook("llama_index_rag").embedding_model().get_text_embedding(text))
    assert langchain.shape == (384,) and np.isclose(np.linalg.norm(langchain), 1.0, atol=1e-5)
    assert np.allclose(langchain, llama_index, atol=1e-5)


def test_when_the_langchain_rag_cookbook_runs_then_the_right_notes_answer_and_no_identifier_gets_out(
        smol_dp, langchain_store, capsys, monkeypatch):
    rag = _cookbook("langchain_rag")
    # The remote stand-in's answers are public decodes (ε = 0) that nothing below reads: a few tokens do.
    monkeypatch.setattr(rag, "ANSWER_TOKENS", ANSWER_TOKENS)
    outside = rag.run(smol_dp, langchain_store)  # the store its build_store() made (MiniLM loaded once)
    out = capsys.readouterr().out
    assert "Retrieval check" in out and "PII check" in out
    assert len(outside.model_inputs) == len(rag.QUESTIONS)  # the refused query never reached the remote model
    evidences = {evidence for _, _, evidence in rag.QUESTIONS}
    for received, (_, _, evidence) in zip(outside.model_inputs, rag.QUESTIONS, strict=True):
        assert evidence in received  # the right note's public text reached it, and no other question's note
        assert not any(other in received for other in evidences - {evidence})
    assert any('"run_type":"retriever"' in run and "amoxicillin" in run for run in outside.trace)  # released notes
    assert "p-101: ε =" in out and "p-102: ε =" in out and "refused before generation" in out
    for where in (*outside.model_inputs, *outside.trace, out):
        assert not any(value in where for value in _identifiers())


def test_when_the_langchain_agent_cookbook_runs_then_the_note_travels_by_reference_only(smol_dp, langchain_store,
                                                                                         capsys):
    agent = _cookbook("langchain_agent")
    outside = agent.run(smol_dp, langchain_store)  # the same notes, MiniLM embeddings
    out = capsys.readouterr().out
    assert "tool summarize_patient" in out and "ε spent by" in out
    assert any("{{private:p-103}}" in run for run in outside.trace)  # ChatDPFusion's traced input: the reference
    for where in (*outside.model_inputs, *outside.trace, out):
        assert not any(value in where for value in _identifiers())


# ---------------------------------------------------------------- synthetic data: where it writes
def _synthetic_cookbook():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cookbook_synthetic_data_paths", COOKBOOK / "synthetic_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_when_the_synthetic_data_cookbook_gets_no_out_then_it_writes_to_a_fresh_temporary_directory(monkeypatch,
                                                                                                  capsys):
    import shutil
    import tempfile

    cookbook = _synthetic_cookbook()
    calls = []
    monkeypatch.setattr(cookbook.DPFusion, "from_pretrained", classmethod(lambda cls, *a, **k: "engine"))
    monkeypatch.setattr(cookbook, "run", lambda dp, **kwargs: calls.append(kwargs))
    cookbook.main([])
    cookbook.main([])
    dirs = [c["out_dir"] for c in calls]
    try:
        assert dirs[0] != dirs[1]  # a fresh one per run
        for call, line in zip(calls, [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("output")],
                              strict=True):
            out_dir = call["out_dir"].resolve()
            assert line == f"output directory: {call['out_dir']}"  # it says where it writes
            assert Path(tempfile.gettempdir()).resolve() in out_dir.parents
            assert COOKBOOK.parent.resolve() not in out_dir.parents  # never into the checkout
            assert call["plot_path"] == call["out_dir"] / "synthetic_data.png" and not any(out_dir.iterdir())
    finally:
        for folder in dirs:
            shutil.rmtree(folder, ignore_errors=True)


def test_when_the_synthetic_data_cookbook_gets_out_then_everything_goes_there(tmp_path):
    cookbook = _synthetic_cookbook()
    for flag in ("--out", "--out-dir"):
        target = tmp_path / flag.strip("-") / "nested"
        out_dir, plot = cookbook.output_paths(cookbook.parse_args([flag, str(target)]))
        assert out_dir == target and target.is_dir() and plot == target / "synthetic_data.png"
    args = cookbook.parse_args(["--out", str(tmp_path), "--plot", str(tmp_path / "p.png")])
    assert cookbook.output_paths(args) == (tmp_path, tmp_path / "p.png")
