"""The recall profile's own detectors stay linear on long and adversarial inputs."""

from __future__ import annotations

import time

import pytest

ADVERSARIAL = {
    "one long word": "A" * 20_000,
    "repeated organisation word": "Hospital " * 1_500,
    "at signs": "@" * 5_000,
    "dotted chain": "x." * 8_000,
    "capitalised run": "Ann " * 3_000,
    "digits and hyphens": "12-" * 3_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_when_input_is_adversarial_then_every_own_detector_finishes_quickly(recall_tagger, make_view, name: str) -> None:
    view = make_view(ADVERSARIAL[name])
    for detector in recall_tagger._detectors:
        start = time.perf_counter()
        detector.detect(view)
        assert time.perf_counter() - start < 2.0, detector.name


def test_when_tagging_a_long_document_then_it_takes_well_under_a_second_per_thousand_words(recall_tagger) -> None:
    from recall_dev_set import DEV_SENTENCES

    text = " ".join(s.text for s in DEV_SENTENCES)
    start = time.perf_counter()
    spans = recall_tagger.tag(text)
    seconds = time.perf_counter() - start
    assert spans and seconds / (len(text.split()) / 1000) < 1.0, seconds
