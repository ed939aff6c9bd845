"""A label followed by a long run of blanks (padded forms, fixed-width exports) must not make any regex rule of
the recall profile quadratic: six label rules once took 8-13 s on "plate" or "Ref" and 16,000 tabs."""

from __future__ import annotations

import pytest
from recall_helpers import best_seconds

from dpfusion_integrations.tagging.recall.base import RegexDetector
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION, default_detectors

_RULES = [rule for detector in default_detectors(RECALL_VERSION) if isinstance(detector, RegexDetector)
          for rule in detector.rules]


def _run_all(text: str) -> None:
    for rule in _RULES:
        for _ in rule.pattern.finditer(text):
            pass


@pytest.mark.parametrize("head", ["plate", "Ref", "booking ref", "door code", "Suspect vehicle: van", "ID no."])
@pytest.mark.parametrize("blank", [" ", "\t"])
def test_when_a_label_is_followed_by_a_long_blank_run_then_every_regex_rule_stays_linear(head, blank) -> None:
    times = [best_seconds(lambda n=n: _run_all(head + blank * n + "x")) for n in (4_000, 16_000)]
    assert times[1] < 8 * times[0], times
