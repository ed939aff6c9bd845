"""The RAG benchmark's fixed questions, gold answers and answer scoring (no model): questions come from
the corpus annotations only, gold answers are the annotated facts and the true private values, and an
answer is correct exactly when it contains a gold answer as whole words after normalisation."""

from __future__ import annotations

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.corpus import generate_corpus
from dpfusion_integrations.evaluation.rag_accuracy import (
    FACT_QUESTIONS,
    PRIVATE_QUESTIONS,
    SUBJECT_QUESTIONS,
    Question,
    contains_answer,
    document_questions,
    reader_prompt,
    score,
)


def test_when_questions_are_built_then_gold_answers_are_the_annotations_and_templates_are_fixed():
    for doc in generate_corpus(8, seed=1):
        questions = document_questions(doc)
        facts = [q for q in questions if q.kind == "fact"]
        private = [q for q in questions if q.kind == "private"]
        assert {q.topic for q in facts} == {f.kind for f in doc.facts}
        for q in facts:
            assert q.text == FACT_QUESTIONS[q.topic]
            assert set(q.answers) == {doc.text[f.start:f.end] for f in doc.facts if f.kind == q.topic}
        assert private[0].topic == "subject" and private[0].text == SUBJECT_QUESTIONS[doc.domain]
        assert private[0].answers == (doc.true_value,)
        for q in private[1:]:
            assert q.text == PRIVATE_QUESTIONS[q.topic]
            (span,) = {s for s in doc.spans if s.entity_id == f"{doc.id}-{q.topic}"} or {None}
            assert span is not None and q.answers == (doc.text[span.start:span.end],)
        for q in questions:  # the question text never carries a value of the document
            assert not any(doc.text[s.start:s.end] in q.text for s in doc.spans)
            assert not any(a in repr(q) for a in q.answers)


def test_when_the_chunk_is_the_original_then_every_gold_answer_is_found_in_it_and_not_in_the_redaction():
    for doc in generate_corpus(4, seed=3):
        redacted = doc.render(None)
        for q in document_questions(doc):
            assert contains_answer(doc.text, q.answers)
            assert contains_answer(redacted, q.answers) is (q.kind == "fact")  # facts are public


@pytest.mark.parametrize("answer, gold, correct", [
    ("The phone number is 939-555-0129.", "(939) 555-0129", True),
    ("The phone number is 939-555-012", "(939) 555-0129", False),  # truncated: not the value
    ("It was $4250.00 in total", "$4,250.00", True),
    ("The patient's name is [PERSON].", "Florian Zamora", False),
    ("FLORIAN ZAMORA was admitted", "Florian Zamora", True),
    ("a dose of 555 mg", "55", False),  # whole words only
    ("anything", "", False),
])
def test_when_an_answer_is_scored_then_it_is_correct_only_if_it_contains_a_gold_answer(answer, gold, correct):
    assert contains_answer(answer, [gold]) is correct


def test_when_answers_are_scored_then_counts_are_pooled_by_kind_and_a_missing_answer_is_an_error():
    questions = [Question("d", "fact", "drug", "q1", ("aspirin",)),
                 Question("d", "fact", "amount", "q2", ("$5.00",)),
                 Question("d", "private", "subject", "q3", ("Ann Lee",))]
    assert score(questions, ["aspirin daily", "ten dollars", "ann lee"]) == {"fact": (1, 2), "private": (1, 1)}
    assert score([], []) == {"fact": (0, 0), "private": (0, 0)}
    with pytest.raises(InvalidParameterError):
        score(questions, ["aspirin", "5.00"])
    prompt = reader_prompt("CHUNK-TEXT", "QUESTION-TEXT")
    assert prompt.index("CHUNK-TEXT") < prompt.index("QUESTION-TEXT")
