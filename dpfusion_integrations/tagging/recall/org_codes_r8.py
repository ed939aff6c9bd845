"""Round 8 (organisations and codes): detectors and a post-union growth step of the ``recall-v8`` set.

Round 7's organisation and identifier misses on held-out v7, written here for their classes across
countries, languages and layouts:

- :mod:`~dpfusion_integrations.tagging.recall.org_tails_r8`: an unknown tagged head grown over the
  title-case words that end its segment ("<Brand> Debt Collection" on a letterhead line);
- :mod:`~dpfusion_integrations.tagging.recall.org_cues_r8`: organisations after acting-for and
  trading-as cues ("Signed for", "on behalf of", "au nom de") and more organisation labels;
- :mod:`~dpfusion_integrations.tagging.recall.org_heads_r8`: organisations led by a kind-of-body head
  of many languages ("Casa d'Aste <Name>", "Stiftung <Name>", "Kancelaria <Name>");
- :mod:`~dpfusion_integrations.tagging.recall.codes_references_r8`: file and case references with a
  register abbreviation ("Az. 3 O 123/24", "Sp. zn. 12 C 45/2024", "Rg. 06/25"), number-sign values
  ("No. 9824-05") and bracketed number/year identifiers ("(5247/87)");
- :mod:`~dpfusion_integrations.tagging.recall.codes_hex_r8`: hexadecimal byte-pair identifiers;
- :mod:`~dpfusion_integrations.tagging.recall.codes_plates_r8`: plates joined by middle dots, plates
  alone in a table cell, and a short code right after another code in a heading;
- :mod:`~dpfusion_integrations.tagging.recall.codes_fields_r8`: the whole value of a number field, up
  to the field's end ("NI no. provided: 24973441 2 JX9").

See :mod:`~dpfusion_integrations.tagging.recall.round_eight` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.codes_fields_r8 import NumberFields
from dpfusion_integrations.tagging.recall.codes_hex_r8 import hex_id_detector
from dpfusion_integrations.tagging.recall.codes_plates_r8 import (
    grow_codes_after_codes,
    plate_shape_detector,
)
from dpfusion_integrations.tagging.recall.codes_references_r8 import reference_detector
from dpfusion_integrations.tagging.recall.org_cues_r8 import OrgActingCues
from dpfusion_integrations.tagging.recall.org_heads_r8 import ForeignOrgHeads
from dpfusion_integrations.tagging.recall.org_tails_r8 import grow_unknown_heads
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (OrgActingCues(), ForeignOrgHeads(), reference_detector(), hex_id_detector(), plate_shape_detector(),
            NumberFields())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping:
    unknown heads over their title-case tails, then codes after codes."""
    spans = grow_unknown_heads(text, merge_spans(spans), words)
    return grow_codes_after_codes(text, spans)
