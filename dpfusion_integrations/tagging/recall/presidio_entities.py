"""Presidio's pattern recognizers (phone numbers, cards, IBANs, national IDs, URLs, dates...), with
every entity type the analyzer supports turned on (ORGANIZATION included), mapped onto group types.

The analyzer runs on the parse the recall tagger already made (Presidio's ``nlp_artifacts``), so
spaCy runs once per text. Presidio's own NER results are left out here: the spaCy-entity detector
reads the same entities from the same parse and types them better (a first name labelled ORG), so
taking them twice would add nothing to the coverage. Detections scored below
:data:`PRESIDIO_THRESHOLD` (Presidio's weakest patterns, e.g. any 8-17 digit run as a "bank
number" at 0.05) are dropped; the digit-run and ID-shape rules cover those shapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dpfusion_integrations.tagging.group_types import group_type_of
from dpfusion_integrations.tagging.spans import Span

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

__all__ = ["PRESIDIO_THRESHOLD", "presidio_spans"]

PRESIDIO_THRESHOLD = 0.3
_NER_RECOGNIZER = "SpacyRecognizer"


def _recognizer(result: RecognizerResult) -> str:
    metadata: dict[str, Any] = result.recognition_metadata or {}
    return str(metadata.get("recognizer_name", ""))


def presidio_spans(results: list[RecognizerResult], text_length: int) -> list[Span]:
    """Presidio results (pattern recognizers only) as group-typed spans."""
    out: list[Span] = []
    for result in results:
        if _recognizer(result) == _NER_RECOGNIZER:
            continue
        if not 0 <= result.start < result.end <= text_length:
            continue
        score = min(1.0, max(0.0, float(result.score)))
        out.append(Span(result.start, result.end, group_type_of(result.entity_type), score))
    return out
