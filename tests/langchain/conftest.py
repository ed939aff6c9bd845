"""Fixtures for the LangChain adapter: a chat model and a retriever over the tiny engine."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document

from lc_helpers import ListRetriever


@pytest.fixture
def notes():
    return [
        Document(page_content="Patient <private group=\"PERSON\">Ann Lee</private> (MRN <private group=\"ID\">"
                              "483920</private>) has asthma.", metadata={"patient_id": "p-1", "name": "Ann Lee",
                                                                         "source": "ward-3"}),
        Document(page_content="Patient <private group=\"PERSON\">Bo Zhu</private> takes insulin.",
                 metadata={"patient_id": "p-2", "name": "Bo Zhu", "source": "ward-5"}),
    ]


@pytest.fixture
def list_retriever(notes):
    return ListRetriever(docs=notes)
