"""Round 11 (residual sweep): the small words inside a value and the label before a number.

Two steps on the final spans, each adding new spans over untagged characters only (the spans already
there, and so the units they make, never change):

- **gaps**: two spans on one line separated by nothing but short joining words of names, addresses
  and dates ("de", "del", "l'", "cel", "van", "bin", "of", "br.", "c.") are one value written in
  parts ("27 de l'agost del 2026", "Ștefan cel Mare", "Kralja Petra I br. 3"); the gap is tagged with
  the type of the span before it. A gap with a comma, a colon, a dash between spaces, a slash or any
  other word ("and", "at", "by") separates two values and stays public.
- **labels**: a tagged number right after the one word that names it ("Section 64", "Stand 3900",
  "PIN 804012", "mkr. 5", "#74") takes the word with it, as the value is written. The word must be a
  capitalised or upper-case noun, an abbreviation with its dot, or a "#"; for a run of four digits
  or more, any noun. Function words, comparison words ("over 40"), words the parse reads
  as verbs, and nouns that name a part of a public work or service ("Page 112", "Figure 3", "Platform
  3", "port 8080") never join, nor does any word to a time or a decimal ("departs 06:15").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.recall.base import CONNECTORS, TextView
from dpfusion_integrations.tagging.recall.residual_cues_r11 import COMPARISON_WORDS, REFERENCE_NOUNS, RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span, coverage_mask

__all__ = ["GAP_WORDS", "join_gaps", "join_number_labels"]

#: Words that may stand between two parts of one value (lower case, apostrophe and dot stripped).
GAP_WORDS = frozenset((CONNECTORS - {"&", "-", "'s", "’s"}) | {
    "cel", "no", "nr", "br", "c", "s", "n", "st", "sv", "i", "l", "d",
})  # fmt: skip
_GAP_WORD = re.compile(r"[^\W\d_]+['’.]?")
_GAP_BREAKS = re.compile(r"[,;:!?()|·–—/\[\]{}\"“”]|\s-\s")
_MAX_GAP = 9
_TIME_OR_DECIMAL = re.compile(r"\d{1,2}:\d{2}|\d+[.,]\d+(?![.,]?\d)")
_LABEL = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[]))(?:(?P<word>[^\W\d_]{1,10}\.?)[ ]|(?P<hash>#))$")


def join_gaps(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) and a span over each joining gap between two of them."""
    out = list(spans)
    for left, right in zip(spans, spans[1:]):
        gap = text[left.end : right.start]
        if not gap.strip() or len(gap) > _MAX_GAP or "\n" in gap or _GAP_BREAKS.search(gap):
            continue
        words = _GAP_WORD.findall(gap)
        rest = _GAP_WORD.sub("", gap)
        if not words or rest.strip(" \t") or not all(w.lower().rstrip("'’.") in GAP_WORDS for w in words):
            continue
        start = left.end + len(gap) - len(gap.lstrip())
        end = right.start - (len(gap) - len(gap.rstrip()))
        if start < end:
            out.append(Span(start, end, left.entity_type, RESIDUAL_SCORE))
    return sorted(out, key=lambda s: (s.start, s.end))


def _label_word(view: TextView, k: int | None, word: str, number: str) -> bool:
    if k is None:
        return False
    tok = view.toks[k]
    if tok.norm in COMPARISON_WORDS or tok.norm in REFERENCE_NOUNS or view.doc[k].is_stop:
        return False
    if word.endswith("."):
        return len(word) <= 5
    if tok.pos not in ("NOUN", "PROPN", "X"):
        return False
    return word[0].isupper() or (len(number) >= 4 and number.isdigit())


def join_number_labels(view: TextView, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) and a span over the label word of each tagged number."""
    text = view.text
    out = list(spans)
    ends = {s.end for s in spans}
    covered = coverage_mask(spans, len(text))
    token_at = {t.start: t.i for t in view.toks}
    for span in spans:
        value = text[span.start : span.end]
        if not value[:1].isdigit() or _TIME_OR_DECIMAL.match(value):
            continue
        if span.start in ends:
            continue  # the number continues a span: nothing to name
        match = _LABEL.search(text, max(0, span.start - 12), span.start)
        if match is None:
            continue
        group = "hash" if match.group("hash") else "word"
        start, end = match.span(group)
        if group == "word" and covered[start] and not covered[end - 1] and text[end - 1] == "." and end - 1 in ends:
            out.append(Span(end - 1, end, span.entity_type, RESIDUAL_SCORE))  # "mkr. 5": the swept word's dot
            continue
        if start in ends or covered[start]:
            continue
        number = value.split()[0]
        if group == "hash" or _label_word(view, token_at.get(start), match.group("word"), number):
            out.append(Span(start, end, span.entity_type, RESIDUAL_SCORE))
    return sorted(out, key=lambda s: (s.start, s.end))
