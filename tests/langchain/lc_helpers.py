"""Small LangChain test doubles (imported by the tests in this folder)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

_log = logging.getLogger("tests.langchain.inner")


class ListRetriever(BaseRetriever):
    """Returns fixed documents (the inner retriever in tests)."""

    docs: list[Document]

    def _get_relevant_documents(self, query, *, run_manager, **kwargs):
        k = kwargs.get("k")
        return self.docs[:k] if k else list(self.docs)


class MergerRetriever(BaseRetriever):
    """A composite retriever (like an ensemble / merger): invokes its children as child runs."""

    retrievers: list[BaseRetriever]

    def _get_relevant_documents(self, query, *, run_manager):
        out = []
        for i, child in enumerate(self.retrievers):
            out += child.invoke(query, config={"callbacks": run_manager.get_child(f"child_{i}")})
        return out

    async def _aget_relevant_documents(self, query, *, run_manager):
        runs = [child.ainvoke(query, config={"callbacks": run_manager.get_child()}) for child in self.retrievers]
        return [doc for docs in await asyncio.gather(*runs) for doc in docs]


class ChattyRetriever(ListRetriever):
    """Logs every raw chunk it returns, and notes whether LangSmith tracing looks enabled to it."""

    seen_tracing: list[Any] = []

    def _get_relevant_documents(self, query, *, run_manager, **kwargs):
        from langsmith.utils import tracing_is_enabled

        self.seen_tracing.append(tracing_is_enabled())
        for doc in self.docs:
            _log.warning("retrieved %s", doc.page_content, extra={"chunk": doc.page_content})
        return list(self.docs)


class FailingRetriever(BaseRetriever):
    """Fails with the raw chunk in its message (as a parser or a vector store might)."""

    text: str

    def _get_relevant_documents(self, query, *, run_manager):
        raise ValueError(f"could not parse chunk: {self.text}")

    async def _aget_relevant_documents(self, query, *, run_manager):
        raise ValueError(f"could not parse chunk: {self.text}")


class Recorder(BaseCallbackHandler):
    """Records every callback payload it is handed (as repr)."""

    def __init__(self) -> None:
        self.payloads: list[str] = []

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("on_") and name != "on_llm_new_token":
            return lambda *a, **k: object.__getattribute__(self, "payloads").append(repr((name, a, k)))
        return object.__getattribute__(self, name)


class ClassRecorder(BaseCallbackHandler):
    """Like ``Recorder``, for handlers LangChain creates itself (from the environment): every
    instance writes to the class-level ``payloads``."""

    payloads: ClassVar[list[str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("on_"):
            return lambda *a, **k: type(self).payloads.append(repr((name, a, k)))
        return object.__getattribute__(self, name)

    def copy_with_metadata_defaults(self, **_kwargs: Any) -> ClassRecorder:
        return self


class FakeLangSmithTracer(ClassRecorder):
    """Stands in for ``LangChainTracer``: created by ``CallbackManager.configure`` when tracing is
    enabled by the environment (no network)."""

    payloads: ClassVar[list[str]] = []
    order_map: ClassVar[dict] = {}
    run_map: ClassVar[dict] = {}


class EnvHookHandler(ClassRecorder):
    """A handler class registered with ``register_configure_hook(..., env_var=...)``."""

    payloads: ClassVar[list[str]] = []
