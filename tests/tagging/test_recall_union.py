"""Falsification: the recall profile's output never covers less than any single detector.

For every text of the development set, public prose and random mixtures of identifier-like pieces,
each character that any detector (Presidio or one of ours) covers must be covered by ``tag``.
The checker itself is shown to catch a union that drops the loser of an overlap (the precision
profile's ``resolve_overlaps`` rule), so a pass is not vacuous.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from recall_dev_set import DEV_SENTENCES, PUBLIC_SENTENCES

from dpfusion_integrations.tagging import RecallTagger, Span, resolve_overlaps

_PIECES = [
    "Ottilie", "Okorafor-Brandt", "Saint Bartholomew's Infirmary", "Hauptstraße 12", "10115 Berlin", "ops@billing.internal",
    "+44 20 7946 0018 ext. 214", "Ticket 88214421", "KA-01-AB-1234", "@jdoe_92", "3 May 2023", "Dr.", "the", "and",
    "12", "of", "Grace", "called", "at", ",", ".", "\n", "MRN", "#4821", "hey", "priya", "GmbH", "Lane", "Flat 2",
]  # fmt: skip


def _missed(tagger: RecallTagger, text: str) -> list[tuple[str, int]]:
    """(detector, offset) of every character a detector covers that the tagger's output does not."""
    union = {i for s in tagger.tag(text) for i in range(s.start, s.end)}
    return [(name, i) for name, spans in tagger.detect_all(text).items() for s in spans
            for i in range(s.start, s.end) if i not in union]


def test_when_tagging_the_dev_set_and_public_prose_then_no_detector_covers_more(recall_tagger) -> None:
    texts = [s.text for s in DEV_SENTENCES] + list(PUBLIC_SENTENCES)
    assert [(t, m) for t in texts for m in _missed(recall_tagger, t)][:1] == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_when_identifier_pieces_are_mixed_at_random_then_no_detector_covers_more(recall_tagger, pieces) -> None:
    assert _missed(recall_tagger, " ".join(pieces)) == []


def test_when_a_union_drops_overlap_losers_then_the_check_catches_it(recall_tagger, monkeypatch) -> None:
    import dpfusion_integrations.tagging.recall.tagger as module

    monkeypatch.setattr(module, "merge_spans", lambda spans: resolve_overlaps(list(spans)))
    assert any(_missed(recall_tagger, s.text) for s in DEV_SENTENCES)


def test_when_each_detector_runs_then_every_span_is_typed_by_a_group_type(recall_tagger) -> None:
    from dpfusion_integrations.tagging import GROUP_TYPES

    for sentence in DEV_SENTENCES[:40]:
        for spans in recall_tagger.detect_all(sentence.text).values():
            assert all(isinstance(s, Span) and s.entity_type in GROUP_TYPES for s in spans)
