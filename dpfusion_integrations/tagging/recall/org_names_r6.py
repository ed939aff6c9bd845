"""Round 6 (organisations): the post-union growth steps of the ``recall-v6`` set for organisations.

Held-out misses of round 5 show organisations whose distinctive word was found (a surname, a town, a
brand) while the words around it that make it a firm or body were not: trade words after it
("<Surname> Advocates", "<Town> Water"), a head before it ("Friends of <Town>", "Praxis Dr. <Name>"),
a place-type abbreviation ("TP. <City> ..."), particles inside a place-named firm, "The", a legal
form's full stop. Run on the merged spans (after the other areas' steps), in this order:

1. :func:`~dpfusion_integrations.tagging.recall.org_tails_r6.grow_tails` (trade words after a span),
   then :func:`~dpfusion_integrations.tagging.recall.org_tails_r6.grow_bare_kinds` (the name before a
   trade word found alone);
2. :func:`~dpfusion_integrations.tagging.recall.org_signatures_r6.tag_signature_firms` (the firm's line
   under a name in a signature block, or before a phone number);
3. :func:`~dpfusion_integrations.tagging.recall.org_tails_r6.grow_heads` ("Friends of", "Ministry of");
4. :func:`~dpfusion_integrations.tagging.recall.org_edges_r6.join_org_gaps` (particles between spans);
5. :func:`~dpfusion_integrations.tagging.recall.org_edges_r6.join_surname_lists` (firms of surnames);
6. :func:`~dpfusion_integrations.tagging.recall.org_edges_r6.grow_org_edges` ("The", full stops,
   place-type abbreviations, practice words);
7. :func:`~dpfusion_integrations.tagging.recall.org_acronyms_r6.tag_acronyms` (a bracketed short form
   after an organisation, and its other uses).

Each step but the signature step only grows or joins spans that a detector found, so a public heading
with trade words and no tagged name stays untagged. Three detectors find what no other detector starts on:
:class:`~dpfusion_integrations.tagging.recall.org_trade_runs_r6.TradeWordRuns` (capitalised runs ending in
a trade word that almost only names a firm: "Blue Ridge Bookkeeping"),
:class:`~dpfusion_integrations.tagging.recall.org_legal_phrases_r6.LegalPhrases` (firms marked by a legal
form written in several words: "Sp. z o.o.", "Co., Ltd.", "Công ty TNHH") and
:class:`~dpfusion_integrations.tagging.recall.org_friends_r6.FriendsOf` ("Friends of <Town>" groups,
whose place is often on the public word list).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.org_acronyms_r6 import tag_acronyms
from dpfusion_integrations.tagging.recall.org_edges_r6 import (
    grow_org_edges,
    join_org_gaps,
    join_surname_lists,
)
from dpfusion_integrations.tagging.recall.org_friends_r6 import FriendsOf
from dpfusion_integrations.tagging.recall.org_legal_phrases_r6 import LegalPhrases
from dpfusion_integrations.tagging.recall.org_signatures_r6 import tag_signature_firms
from dpfusion_integrations.tagging.recall.org_tails_r6 import (
    grow_bare_kinds,
    grow_heads,
    grow_tails,
)
from dpfusion_integrations.tagging.recall.org_trade_runs_r6 import TradeWordRuns
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (TradeWordRuns(), LegalPhrases(), FriendsOf())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping."""
    spans = grow_bare_kinds(text, grow_tails(text, merge_spans(spans)))
    spans = tag_signature_firms(text, spans)
    spans = grow_heads(text, spans, words)
    spans = join_surname_lists(text, join_org_gaps(text, spans))
    return tag_acronyms(text, grow_org_edges(text, spans))
