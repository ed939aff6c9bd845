"""The round-12 detector set (``recall-v12``): ``recall-v11``, then value completion.

Round 11's residual sweep tags what no lexicon knows; what a fresh set still showed after it was
mostly values tagged in part: the ordinary or very short words, the labels and the punctuation
that sit inside one value next to its tagged part ("Eschen Tree *Surgeons*", "*Rue* Sursock",
"Rokhat *Sh*", "4 362 574 *linha* 59", "October*,* 12", "Gravenstraat 85 *(perceel 8088)*"). A
part left public keeps the value's layout and sometimes a word of it readable, and a word like
"Surgeons" or "Street" is what makes the tagged part recognisable. **Value completion** reads only
the characters right next to a final span, on its line, and adds:

1. the words of a name, an organisation or a place written next to its tagged part
   (:mod:`~dpfusion_integrations.tagging.recall.completion_words_r12`);
2. a phone number's extension, a place's or an identifier's label noun, and the parts of a date
   (:mod:`~dpfusion_integrations.tagging.recall.completion_numbers_r12`);
3. the punctuation and brackets between and around the parts of one value
   (:mod:`~dpfusion_integrations.tagging.recall.completion_punctuation_r12`).

Like the sweep, completion only adds spans over untagged characters, with the lowest score: the
spans of ``recall-v11``, their types and the units they form are unchanged. ``recall-v11`` stays
selectable, as measured.
"""

from __future__ import annotations

from collections.abc import Callable

from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.completion_numbers_r12 import date_parts, extensions, number_labels
from dpfusion_integrations.tagging.recall.completion_punctuation_r12 import bracket_parts, punctuation_gaps
from dpfusion_integrations.tagging.recall.completion_words_r12 import leading_words, short_parts, street_names, trailing_words
from dpfusion_integrations.tagging.recall.round_eleven import untagged_parts
from dpfusion_integrations.tagging.spans import Span, trim_span

__all__ = ["complete_values"]

_Step = Callable[[str, list[Span]], list[Span]]


def _add(text: str, spans: list[Span], found: list[Span]) -> list[Span]:
    """``spans`` and the untagged parts of ``found``, whitespace-trimmed, sorted."""
    parts = (trim_span(text, s) for s in untagged_parts(found, spans, len(text)))
    return sorted([*spans, *(s for s in parts if s is not None)], key=lambda s: (s.start, s.end))


def complete_values(view: TextView, spans: list[Span]) -> list[Span]:
    """``spans`` (final, sorted, non-overlapping) and value completion's spans, sorted; the input
    spans are returned unchanged."""
    text = view.text
    merged = _add(text, spans, number_labels(view, spans))
    steps: tuple[_Step, ...] = (extensions, date_parts, street_names, short_parts, leading_words, trailing_words,
                                short_parts, punctuation_gaps, bracket_parts)
    for step in steps:
        merged = _add(text, merged, step(text, merged))
    return merged
