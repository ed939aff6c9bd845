"""Recall profile, Presidio detector: every entity type on, pattern recognizers only, mapped to group types."""

from __future__ import annotations

from recall_helpers import covered

from dpfusion_integrations.tagging import GROUP_TYPES


def test_when_presidio_runs_in_the_recall_profile_then_all_supported_types_are_asked_for(recall_tagger) -> None:
    assert "ORGANIZATION" in recall_tagger._entities and "CREDIT_CARD" in recall_tagger._entities


def test_when_presidio_finds_pattern_identifiers_then_they_are_group_typed(recall_tagger) -> None:
    text = "Card 4111 1111 1111 1111, IBAN DE89370400440532013000, call 415-555-0198."
    spans = recall_tagger.detect_all(text)["presidio"]
    assert covered(text, spans, "4111 1111 1111 1111") and covered(text, spans, "DE89370400440532013000")
    assert {s.entity_type for s in spans} <= set(GROUP_TYPES)


def test_when_presidio_would_report_ner_entities_then_they_come_from_the_spacy_detector_instead(recall_tagger) -> None:
    text = "Anneliese Okorafor-Brandt visited Trondheim."
    found = recall_tagger.detect_all(text)
    assert not covered(text, found["presidio"], "Trondheim") and covered(text, found["spacy-entities"], "Trondheim")
