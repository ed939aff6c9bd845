"""Questions, gold answers and scoring for the RAG answer-accuracy benchmark (issue 14).

A fixed downstream reader answers questions over a chunk (a document of the evaluation corpus, raw,
redacted or released by a DP-Fusion mode). The questions come from fixed public templates keyed by
what the corpus annotates, never by the text itself:

- a **fact question** per fact kind present in the document (``drug``, ``diagnosis``, ``amount``,
  ``action``); its gold answers are every annotated fact of that kind (the surface form), and an
  answer is correct when it contains one of them;
- a **private question** per direct identifier slot present in the document (the subject's name,
  phone, e-mail, record / account / card / SSN numbers, date of birth); its gold answer is the true
  value, and an answer is correct when it contains it. Over a private release a *low* rate is the
  intended outcome: it is how often the reader recovers the value.

Matching uses :func:`~dpfusion_integrations.evaluation.utility.normalise_fact` on both sides (case
folded, thousands separators dropped, punctuation as spaces) and whole words, so ``(939) 555-0129`` and
``939-555-0129`` agree but ``55`` inside ``555`` does not.

Pure and cheap (no torch): the benchmark script ``benchmarks/rag_accuracy.py`` and its tests import it.
Questions and gold answers are private when they hold a true value: never print or log them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.corpus import CorpusDocument

__all__ = ["FACT_QUESTIONS", "PRIVATE_QUESTIONS", "SUBJECT_QUESTIONS", "Question", "contains_answer",
           "document_questions", "reader_prompt", "score"]

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")

#: One fixed question per annotated fact kind (public templates).
FACT_QUESTIONS: Mapping[str, str] = MappingProxyType({
    "drug": "Which medication was started or mentioned?",
    "diagnosis": "What symptom, condition or finding is described?",
    "amount": "What amount of money is mentioned?",
    "action": "What was done, offered or requested?",
})

#: The subject's name, asked by the role the domain gives them (public templates).
SUBJECT_QUESTIONS: Mapping[str, str] = MappingProxyType({
    "clinical": "What is the patient's name?",
    "bank": "What is the customer's name?",
    "hr": "What is the employee's name?",
    "contract": "What is the name of the individual who is a party to the contract?",
})

#: One fixed question per direct-identifier slot of the corpus templates (public), besides the subject.
PRIVATE_QUESTIONS: Mapping[str, str] = MappingProxyType({
    "phone": "What is the phone number?",
    "email": "What is the email address?",
    "mrn": "What is the medical record number?",
    "account": "What is the account number?",
    "ssn": "What is the social security number?",
    "card": "What is the card number?",
    "dob": "What is the date of birth?",
})


@dataclass(frozen=True)
class Question:
    """One question over one document: ``kind`` is ``"fact"`` or ``"private"``, ``topic`` the fact
    kind or slot key (public), ``answers`` the gold answers (any one counts; private when
    ``kind == "private"``). ``repr`` hides the answers."""

    doc_id: str
    kind: Literal["fact", "private"]
    topic: str
    text: str
    answers: tuple[str, ...]

    def __repr__(self) -> str:
        return f"Question(doc_id={self.doc_id!r}, kind={self.kind!r}, topic={self.topic!r}, {len(self.answers)} answers)"


def _slot_key(doc: CorpusDocument, entity_id: str) -> str:
    """The template slot key of an entity id ``"<doc id>-<key>"`` (public structure)."""
    return entity_id[len(doc.id) + 1:] if entity_id.startswith(f"{doc.id}-") else ""


def document_questions(doc: CorpusDocument) -> list[Question]:
    """The fixed questions for ``doc``, fact questions first (in :data:`FACT_QUESTIONS` order, one per
    kind present), then private ones (the subject, then :data:`PRIVATE_QUESTIONS` order, one per slot
    present). A slot or kind without a template is skipped."""
    questions: list[Question] = []
    facts = doc.fact_texts()
    for kind, template in FACT_QUESTIONS.items():
        answers = tuple(dict.fromkeys(t for f, t in zip(doc.facts, facts) if f.kind == kind))
        if answers:
            questions.append(Question(doc.id, "fact", kind, template, answers))
    values: dict[str, str] = {}
    for span in doc.spans:
        values.setdefault(_slot_key(doc, span.entity_id), doc.text[span.start:span.end])
    if "subject" in values and doc.domain in SUBJECT_QUESTIONS:
        questions.append(Question(doc.id, "private", "subject", SUBJECT_QUESTIONS[doc.domain], (values["subject"],)))
    for key, template in PRIVATE_QUESTIONS.items():
        if key in values:
            questions.append(Question(doc.id, "private", key, template, (values[key],)))
    return questions


def _normalise(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", _THOUSANDS.sub("", text.casefold())).split())


def contains_answer(answer: str, gold: Iterable[str]) -> bool:
    """Whether ``answer`` contains one of the ``gold`` answers as whole words after normalisation
    (case folded, thousands separators dropped, punctuation as spaces). An empty gold never matches."""
    padded = f" {_normalise(answer)} "
    return any(g and f" {g} " in padded for g in (_normalise(x) for x in gold))


def reader_prompt(chunk: str, question: str) -> str:
    """The reader's user message: the chunk, then the question, asking for a short answer."""
    return (f"Read the document and answer the question with a short phrase taken from it.\n\n"
            f"Document:\n{chunk}\n\nQuestion: {question}")


def score(questions: Sequence[Question], answers: Sequence[str]) -> dict[str, tuple[int, int]]:
    """``{"fact": (correct, asked), "private": (correct, asked)}`` over paired questions and answers.
    A length mismatch is an ``InvalidParameterError`` (a dropped answer would skew the rate)."""
    if len(questions) != len(answers):
        raise InvalidParameterError("one answer per question is required")
    out = {"fact": [0, 0], "private": [0, 0]}
    for q, a in zip(questions, answers):
        out[q.kind][1] += 1
        out[q.kind][0] += int(contains_answer(a, q.answers))
    return {k: (v[0], v[1]) for k, v in out.items()}
