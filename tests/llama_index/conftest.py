"""Fixtures for the LlamaIndex adapter: offline Settings, an index over synthetic records, and
recorders on every top-level observability channel."""

from __future__ import annotations

import pytest
from llama_index.core import Settings, VectorStoreIndex
from llama_index.core.callbacks import CallbackManager
from llama_index.core.llms import MockLLM

from li_helpers import HashEmbedding, Recorders, records


def silent_manager() -> CallbackManager:
    """A callback manager with no handler (``CallbackManager([])`` would inherit the global ones)."""
    manager = CallbackManager()
    manager.set_handlers([])
    return manager


@pytest.fixture(autouse=True)
def offline_settings():
    """Nothing may fall back to OpenAI: explicit offline LLM and embedding, no global handlers."""
    Settings.callback_manager = silent_manager()
    Settings.llm = MockLLM()
    Settings.embed_model = HashEmbedding()
    yield
    Settings.callback_manager = silent_manager()


@pytest.fixture
def recorders():
    """Recorders on the root dispatcher (events and spans) and on the global callback manager, as an
    application that turns tracing on at start-up would have them."""
    rec = Recorders()
    manager = silent_manager()
    manager.set_handlers([rec.callbacks])
    Settings.callback_manager = manager
    yield rec
    rec.detach()


@pytest.fixture
def index():
    """A vector index over the records with the global callback manager (so the inner retriever and
    its embedding model carry any handler attached before; ingestion itself is not our concern)."""
    return VectorStoreIndex.from_documents(records(), embed_model=HashEmbedding())
