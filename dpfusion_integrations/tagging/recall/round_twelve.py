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

Like the sweep, completion only adds, over untagged characters: every character ``recall-v11`` tags
stays tagged. Then each added part is joined to the value it completes, with the residual sweep's
parts next to it (:func:`join_parts`), so one value is one span and one placeholder ("[LOCATION]", not
"[LOCATION] [PERSON]"); two spans that a detector typed are never joined to each other, so the
values ``recall-v11`` kept apart stay apart, each inside one ``recall-v12`` span of its type.
Fewer spans also means fewer slots in a faithful release. ``recall-v11`` stays selectable, as measured.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.completion_labels_r13 import (
    code_prefixes,
    month_dots,
    number_signs,
    place_kinds,
    weekdays_after_dates,
)
from dpfusion_integrations.tagging.recall.completion_numbers_r12 import (
    date_parts,
    extensions,
    number_labels,
)
from dpfusion_integrations.tagging.recall.completion_punctuation_r12 import (
    bracket_parts,
    punctuation_gaps,
)
from dpfusion_integrations.tagging.recall.completion_words_r12 import (
    leading_words,
    short_parts,
    street_names,
    trailing_words,
)
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.recall.round_eleven import untagged_parts
from dpfusion_integrations.tagging.spans import Span, trim_span

__all__ = ["add_parts", "complete_values", "join_parts"]

_Step = Callable[[str, list[Span]], list[Span]]
#: The steps that add words and numbers next to a span, in order (short parts twice: a leading or
#: trailing word may bring one next to it).
_WORD_STEPS: tuple[_Step, ...] = (extensions, date_parts, street_names, short_parts, leading_words, trailing_words,
                                  short_parts)
#: ``recall-v13``'s first steps, in place of ``extensions``: wider extensions and the labels of a value.
_ROUND_THIRTEEN_STEPS: tuple[_Step, ...] = (partial(extensions, wide=True), code_prefixes, place_kinds, number_signs,
                                            month_dots, weekdays_after_dates)
#: The steps that add the punctuation between and around whole values.
_PUNCTUATION_STEPS: tuple[_Step, ...] = (punctuation_gaps, bracket_parts)


def add_parts(text: str, spans: list[Span], found: list[Span]) -> list[Span]:
    """``spans`` and the untagged parts of ``found``, whitespace-trimmed, sorted."""
    parts = (trim_span(text, s) for s in untagged_parts(found, spans, len(text)))
    return sorted([*spans, *(s for s in parts if s is not None)], key=lambda s: (s.start, s.end))


def _typeless(span: Span) -> bool:
    """Whether ``span`` was added by the residual sweep or by completion (its type is a guess)."""
    return span.score <= RESIDUAL_SCORE


def join_parts(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each run of parts of one value made one span: two spans touching or one space
    apart join when one of the two parts at the seam is typeless (added by the sweep or by completion)
    and the run's type agrees with the next part's, or either is typeless. Two typed spans never join
    directly, and a run never holds typed spans of two types. The run takes its typed parts' type and
    their best score, so "Rue" + "Sursock" is one LOCATION and "October" "," "12" one DATE: one
    placeholder per value, not one per part."""
    out: list[Span] = []
    last_typeless = False  # whether the last part of out[-1] is typeless
    for span in spans:
        if out:
            run = out[-1]
            seam = text[run.end : span.start]
            agree = run.entity_type == span.entity_type or _typeless(run) or _typeless(span)
            if seam in ("", " ") and (last_typeless or _typeless(span)) and agree:
                kind = span.entity_type if _typeless(run) and not _typeless(span) else run.entity_type
                out[-1] = Span(run.start, span.end, kind, max(run.score, span.score))
                last_typeless = _typeless(span)
                continue
        out.append(span)
        last_typeless = _typeless(span)
    return out


def complete_values(view: TextView, spans: list[Span], *, round_thirteen: bool = False) -> list[Span]:
    """``spans`` (final, sorted, non-overlapping) completed: every character they cover stays covered,
    with the type of the span that covered it unless that span was typeless; the parts each step adds
    are joined to the values they complete (:func:`join_parts`). ``round_thirteen`` (``recall-v13``) reads
    phone extensions more widely (:func:`~dpfusion_integrations.tagging.recall.completion_numbers_r12.extensions`)
    and adds the labels of :mod:`~dpfusion_integrations.tagging.recall.completion_labels_r13`."""
    text = view.text
    merged = add_parts(text, spans, number_labels(view, spans))
    steps = _WORD_STEPS if not round_thirteen else (*_ROUND_THIRTEEN_STEPS, *_WORD_STEPS[1:])
    for step in steps:
        merged = add_parts(text, merged, step(text, merged))
    merged = join_parts(text, merged)  # punctuation is read between whole values, not their parts
    for step in _PUNCTUATION_STEPS:
        merged = add_parts(text, merged, step(text, merged))
    return join_parts(text, merged)
