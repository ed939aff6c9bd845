"""Fixtures for the corpus tests: a picklable engine factory over the tiny random Llama on disk, so
that child processes and Ray actors build the same engine."""

from __future__ import annotations

import pytest

from corpus_helpers import UNIT_KEY_HEX


@pytest.fixture(scope="session")
def tiny_factory(tiny_model_dir):
    from dpfusion_integrations.corpus import PretrainedEngineFactory

    return PretrainedEngineFactory(model=str(tiny_model_dir), temperature=1.0, unit_key_hex=UNIT_KEY_HEX)


@pytest.fixture(autouse=True)
def _one_torch_thread(one_torch_thread):
    """Every test here decodes on one intra-op thread (see the root conftest)."""
