"""Recall profile, identifier shapes: IBAN, cards, plates, upper-case codes, SSN/NINO, sort codes."""

from __future__ import annotations

import pytest
from recall_helpers import covered

from dpfusion_integrations.tagging.recall.id_shapes import id_shape_detector


@pytest.mark.parametrize("value", [
    "FR76 3000 6000 0112 3456 7890 189", "GB29 NWBK 6016 1331 9268 19", "DE44500105175407324931",
    "4539 1488 0343 6467", "3782-822463-10005", "KA-01-AB-1234", "GH-457-KL", "AB12 CDE", "SN-7Q4X-22K9-M81",
    "PLX-88310-22", "XKW482119033", "QQ 12 34 56 C", "512-48-3391", "20-00-00", "#45120", "1HGCM82633A004352",
])  # fmt: skip
def test_when_an_identifier_has_a_known_shape_then_it_is_covered_as_id(value: str) -> None:
    text = f"The number is {value} as noted."
    spans = id_shape_detector().find(text)
    assert covered(text, spans, value) and {s.entity_type for s in spans} == {"ID"}


@pytest.mark.parametrize("text", [
    "The COVID-19 test and the ICD-10 code were noted.", "Files are UTF-8 encoded with SHA-256 sums.",
    "Take it twice a day.", "See RFC-9110.",
])  # fmt: skip
def test_when_a_code_is_public_then_it_is_not_tagged(text: str) -> None:
    assert id_shape_detector().find(text) == []
