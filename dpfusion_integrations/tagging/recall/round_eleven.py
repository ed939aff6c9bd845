"""The round-11 detector set (``recall-v11``): round 10's detectors, then the residual sweep.

Rounds 3 to 10 recognised identifiers by their shapes and contexts; each round fitted the conventions
of the documents read so far and reached about 0.95 strict recall on a fresh set written in others
(other countries' addresses, date styles, chat layouts). Round 11 changes the default instead of
adding conventions, the way Philter redacts every word it does not know to be safe: after round 10's
spans are final, the **residual sweep** tags what is still untagged and not known to be public,

1. every number that does not read as a quantity
   (:mod:`~dpfusion_integrations.tagging.recall.residual_numbers_r11`);
2. every word that a frequency lexicon does not know as ordinary
   (:mod:`~dpfusion_integrations.tagging.recall.residual_words_r11`, over
   :mod:`~dpfusion_integrations.tagging.recall.residual_lexicon_r11`);
3. the joining words inside a value and the label word of a number
   (:mod:`~dpfusion_integrations.tagging.recall.residual_joins_r11`).

Each step adds spans over untagged characters only, with the lowest score: the spans of rounds 3 to
10, their types and the units they form are exactly those of ``recall-v10``; the sweep only adds.
``recall-v10`` stays selectable, as measured.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector, TextView
from dpfusion_integrations.tagging.recall.residual_joins_r11 import join_gaps, join_number_labels
from dpfusion_integrations.tagging.recall.residual_lexicon_r11 import FrequentWords
from dpfusion_integrations.tagging.recall.residual_numbers_r11 import residual_numbers
from dpfusion_integrations.tagging.recall.residual_words_r11 import residual_words
from dpfusion_integrations.tagging.recall.round_ten import round_ten_detectors, round_ten_edges
from dpfusion_integrations.tagging.spans import Span, coverage_mask
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["residual_sweep", "round_eleven_detectors", "round_eleven_edges", "untagged_parts"]


def round_eleven_detectors() -> tuple[Detector, ...]:
    """The ``recall-v11`` detectors besides Presidio (round 10's; the sweep runs after the union)."""
    return round_ten_detectors()


def round_eleven_edges(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Round 10's growth steps (the residual sweep runs later, on the final spans)."""
    return round_ten_edges(text, spans, words)


def untagged_parts(candidates: list[Span], spans: list[Span], length: int) -> list[Span]:
    """The parts of ``candidates`` over characters no span of ``spans`` (nor an earlier candidate) covers."""
    covered = coverage_mask(spans, length)
    out: list[Span] = []
    for cand in sorted(candidates, key=lambda s: (s.start, s.end)):
        k = cand.start
        while k < cand.end:
            while k < cand.end and covered[k]:
                k += 1
            start = k
            while k < cand.end and not covered[k]:
                k += 1
            if start < k:
                out.append(Span(start, k, cand.entity_type, cand.score))
                covered[start:k] = b"\x01" * (k - start)
    return out


def residual_sweep(view: TextView, spans: list[Span], frequent: FrequentWords) -> list[Span]:
    """``spans`` (final, sorted, non-overlapping) and the residual sweep's spans, sorted; the input spans
    are returned unchanged."""
    text = view.text
    found = untagged_parts([*residual_numbers(view, frequent), *residual_words(view, frequent)], spans, len(text))
    merged = sorted([*spans, *found], key=lambda s: (s.start, s.end))
    merged = join_gaps(text, merged)
    return join_number_labels(view, merged)
