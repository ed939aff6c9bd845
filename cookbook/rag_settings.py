"""The settings both RAG cookbooks (``langchain_rag.py``, ``llama_index_rag.py``) share: the questions
asked over the patient notes and the privacy parameters of the demo."""

from __future__ import annotations

#: Each question, the patient whose note answers it, and a public detail of that note.
QUESTIONS = (("Which patient has pneumonia, and what was started?", "p-102", "amoxicillin"),
             ("Who had chest pain on exertion, and what was started?", "p-101", "aspirin"))
ANSWER_TOKENS = 32
DELTA = 1e-5
CAP = 10.0  # ε cap of p-101: one release of its note (ε = 8) fits, a second one does not
SLOT_TOKENS = 6  # most tokens one resampled identifier may take: each one is charged that many steps
SEED = 0  # a fixed seed makes the demo (and its checks) reproducible; never seed in production
