"""Fixtures for the corpus tests: the tiny random Llama saved to disk, so that child processes and
Ray actors can build the same engine from a picklable factory."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_helpers import UNIT_KEY_HEX


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_model, tokenizer, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tiny-llama")
    tiny_model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_factory(tiny_model_dir):
    from dpfusion_integrations.corpus import PretrainedEngineFactory

    return PretrainedEngineFactory(model=str(tiny_model_dir), temperature=1.0, unit_key_hex=UNIT_KEY_HEX)


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """Decode on one intra-op thread: on a shared CPU, OpenMP threads that busy-wait for each other make
    these tiny decodes up to 100x slower. Restored after each test."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
