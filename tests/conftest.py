"""Shared fixtures: network blocked, a tiny random-weight Llama, and the embedded SmolLM2 (once)."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator

# Busy-waiting OpenMP threads make torch up to 100x slower when the 2 cores are shared; set before torch loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
# A fixed thread count: seeded tests compare decodes bit for bit, and the engine's thread fitting
# (dpfusion_integrations.threading_policy) would follow the load of whatever else runs.
os.environ.setdefault("DPFUSION_THREADING", "off")
import socket

import pytest

@pytest.fixture(autouse=True, scope="session")
def _no_network(tmp_path_factory: pytest.TempPathFactory):
    """Unit tests never reach the network: any non-loopback connection raises."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
            return real_connect(self, address)
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        raise RuntimeError(f"network access attempted in tests: {host!r}")

    socket.socket.connect = guarded  # type: ignore[method-assign]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    yield
    socket.socket.connect = real_connect  # type: ignore[method-assign]


class TransformersCacheDeprecations(logging.Handler):
    """Collects transformers' log lines saying that a KV-cache name we pass or read is deprecated
    (``output.past_key_values`` is reported through the ``transformers`` logger, not as a warning)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "deprecated" in message and ("past_key_values" in message or "cache_params" in message):
            self.messages.append(message)

    @contextlib.contextmanager
    def watching(self) -> Iterator[TransformersCacheDeprecations]:
        """Attach to the ``transformers`` logger; its once-per-process messages are re-armed first,
        so that every test that triggers one sees it."""
        once = getattr(logging.Logger, "warning_once", None)
        if hasattr(once, "cache_clear"):
            once.cache_clear()
        logger = logging.getLogger("transformers")
        logger.addHandler(self)
        try:
            yield self
        finally:
            logger.removeHandler(self)


@pytest.fixture(autouse=True)
def cache_deprecation_logs() -> Iterator[TransformersCacheDeprecations]:
    """Fail a test whose code makes transformers log a KV-cache deprecation (the FutureWarnings are
    errors through ``filterwarnings`` in pyproject.toml; these log lines are not warnings). A test may
    request it to inspect ``messages`` itself."""
    with TransformersCacheDeprecations().watching() as seen:
        yield seen
    if seen.messages:
        pytest.fail(f"transformers logged a KV-cache deprecation: {seen.messages[0]}", pytrace=False)


@pytest.fixture(scope="session")
def smol():
    """(model, tokenizer) of the embedded SmolLM2-135M-Instruct, loaded once per session."""
    from dpfusion_integrations.models import load_model_and_tokenizer

    model, tokenizer, _ = load_model_and_tokenizer()
    return model, tokenizer


@pytest.fixture(scope="session")
def tokenizer(smol):
    return smol[1]


@pytest.fixture(scope="session")
def tiny_model(tokenizer):
    """A 2-layer random Llama over SmolLM2's vocabulary (``tests/tiny_llama.py``)."""
    from tiny_llama import tiny_llama

    return tiny_llama(tokenizer)


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_model, tokenizer, tmp_path_factory):
    """The tiny random Llama saved to disk, for code that loads a model directory (the CLIs,
    child processes and Ray actors)."""
    path = tmp_path_factory.mktemp("tiny-llama")
    tiny_model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture
def one_torch_thread():
    """Decode on one intra-op thread: on a shared CPU, OpenMP threads that busy-wait for each other make
    tiny decodes up to 100x slower. Restored afterwards."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def tiny_dp(tiny_model, tokenizer):
    """DPFusion over the tiny model, with a fixed unit key (cheap: the model is shared; a fresh
    engine per test keeps monkeypatches on one test's engine from leaking into the next)."""
    from dpfusion_integrations import DPFusion

    return DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, model_name="tiny-llama", temperature=1.0)


@pytest.fixture
def privatize_many_calls(tiny_dp, monkeypatch):
    """Keyword arguments of every ``privatize_many`` call on ``tiny_dp`` (the call still runs)."""
    seen: list[dict] = []
    real = tiny_dp.privatize_many

    def spy(texts, **kwargs):
        seen.append(kwargs)
        return real(texts, **kwargs)

    monkeypatch.setattr(tiny_dp, "privatize_many", spy)
    return seen


@pytest.fixture(scope="session")
def smol_dp(smol):
    from dpfusion_integrations import DPFusion

    model, tokenizer = smol
    return DPFusion(model, tokenizer, model_name="SmolLM2-135M-Instruct", unit_key=b"u" * 32)
