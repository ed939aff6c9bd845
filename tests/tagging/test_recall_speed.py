"""The recall profile's own detectors finish on adversarial inputs (a guard against catastrophic regex
backtracking, which takes minutes to hours: the bound is generous, so a busy machine cannot fail it).
Tagging speed itself is a benchmark figure (benchmarks/), never a unit-test assertion."""

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
    # a field label after a long run of blanks: a pattern that tries a label at every blank is quadratic
    "wide spaces before a label": " " * 20_000 + "Employer: Acme Ltd  Ref no.: 12 AB",
    "tabs before a label": "\t" * 20_000 + "Checked by: AB",
    "fixed-width report": ("Name" + " " * 300 + "Employer: Acme  Ref no.: 12\n") * 60,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_when_input_is_adversarial_then_every_own_detector_finishes_quickly(recall_tagger, make_view, name: str) -> None:
    view = make_view(ADVERSARIAL[name])
    for detector in recall_tagger._detectors:
        start = time.perf_counter()
        detector.detect(view)
        assert time.perf_counter() - start < 20.0, detector.name
