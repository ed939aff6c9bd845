"""Fixtures for the synthetic-data tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _one_torch_thread(one_torch_thread):
    """Every test here decodes on one intra-op thread (see the root conftest)."""
