"""Fixtures of the red-team package: an engine over the tiny random Llama with a recognizable unit
key, a private home (unit key, caches), logs captured at DEBUG for every logger, and a real
SQLite ledger."""

from __future__ import annotations

import logging
import sys

import pytest

from rt_helpers import UNIT_KEY


@pytest.fixture(autouse=True)
def _one_thread(one_torch_thread):
    """Tiny decodes on one intra-op thread (the 2 shared cores; see the root conftest)."""


@pytest.fixture(autouse=True)
def _private_home(tokenizer, tmp_path, monkeypatch):
    """A fresh DPFUSION_HOME (the local unit key of anything built without one) and no tracing
    or debug switches inherited from the environment unless a test sets them. The session's
    tokenizer (the embedded model) is loaded first, from the real home's model cache."""
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path / "dpfusion-home"))
    for var in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGSMITH_TRACING_V2", "LANGCHAIN_TRACING"):
        monkeypatch.delenv(var, raising=False)
    ls_utils = sys.modules.get("langsmith.utils")  # it caches environment lookups
    if ls_utils is not None and hasattr(getattr(ls_utils, "get_env_var", None), "cache_clear"):
        ls_utils.get_env_var.cache_clear()


@pytest.fixture(autouse=True)
def debug_logs(caplog):
    """Every logger at DEBUG, captured on the root logger."""
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.fixture
def dp(tiny_model, tokenizer):
    """DPFusion over the tiny model with the red-team unit key (a fresh engine per test)."""
    from dpfusion_integrations import DPFusion

    return DPFusion(tiny_model, tokenizer, unit_key=UNIT_KEY, model_name="tiny-llama", temperature=1.0)


@pytest.fixture
def ledger_url(tmp_path):
    """A new, empty ledger (created explicitly, as `dpfusion ledger init` does)."""
    from dpfusion_integrations import PrivacyLedger

    (tmp_path / "ledger").mkdir(exist_ok=True)
    url = f"sqlite:///{tmp_path / 'ledger' / 'budget.db'}"
    PrivacyLedger.open(url, alpha=4.0, create=True).close()
    return url


@pytest.fixture
def ledger(ledger_url, tmp_path):
    from dpfusion_integrations import PrivacyLedger

    handle = PrivacyLedger.open(ledger_url, alpha=4.0)
    yield handle
    handle.close()
