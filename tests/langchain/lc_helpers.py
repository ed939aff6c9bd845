"""Small LangChain test doubles (imported by the tests in this folder)."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever


class ListRetriever(BaseRetriever):
    """Returns fixed documents (the inner retriever in tests)."""

    docs: list[Document]

    def _get_relevant_documents(self, query, *, run_manager, **kwargs):
        k = kwargs.get("k")
        return self.docs[:k] if k else list(self.docs)
