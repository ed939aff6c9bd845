"""Round 7 (organisations): detectors and a post-union growth step of the ``recall-v7`` set.

Round 6's misses on held-out v6 were organisations that no trade word of round 6 marked, written for
their classes rather than their shapes:

- news media named by a place and a media word, with their article ("the <City> Courier", "<City>
  Evening Post", "Diario de <City>", "Radio <Town>"):
  :mod:`~dpfusion_integrations.tagging.recall.org_media_r7`;
- businesses whose kind round 6 did not know (funerals and memorials, nurseries, ground handling and
  forwarding, online communities: "<Name> Memorials", "<City> Funeral Home", "Pompes Funèbres <Name>",
  "<Name> Kids", "<City> Airport Handling", "the <Name> Discord"):
  :mod:`~dpfusion_integrations.tagging.recall.org_kinds_r7`;
- organisations after a cue (an organisation's form label, "Operator:", "Supplier:"; a press cue,
  "article in", "writes for"): :mod:`~dpfusion_integrations.tagging.recall.org_cues_r7`;
- organisations marked by their position (ordinary title-case words around a place heading a document
  or a chat, "The <Word>" standing alone in a letterhead or signature, "Dr <Name>'s Surgery"):
  :mod:`~dpfusion_integrations.tagging.recall.org_positions_r7`.

The detectors need no parse; the growth steps run on the merged spans after round 6's, in this order:
kind tails, media tails and articles, heading phrases, standalone "The", titles before a practice.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.org_cues_r7 import OrgFieldLabels, PressCues
from dpfusion_integrations.tagging.recall.org_kinds_r7 import KindPhrases, grow_kinds
from dpfusion_integrations.tagging.recall.org_media_r7 import MediaNames, grow_media
from dpfusion_integrations.tagging.recall.org_positions_r7 import (
    grow_heading_phrases,
    grow_practice_titles,
    grow_standalone_the,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (MediaNames(), KindPhrases(), OrgFieldLabels(), PressCues())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    spans = grow_media(text, grow_kinds(text, merge_spans(spans)))
    spans = grow_heading_phrases(text, spans)
    spans = grow_standalone_the(text, spans)
    return grow_practice_titles(text, spans)
