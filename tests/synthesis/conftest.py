"""Fixtures for the synthetic-data tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_model_dir_synth(tiny_model, tokenizer, tmp_path_factory) -> Path:
    """The tiny random Llama on disk, for the CLI (which loads a model directory)."""
    path = tmp_path_factory.mktemp("tiny-llama-synth")
    tiny_model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """Decode on one intra-op thread: on a shared CPU, OpenMP threads that busy-wait for each other make
    these tiny decodes up to 100x slower. Restored after each test."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
