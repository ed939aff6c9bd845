"""Round 4: a span that covers part of a token is grown to the whole token.

Detectors work on spaCy tokens or on shapes, and some stop inside what a reader sees as one word:
the sweep takes "Seo" of "Seo-hyeon" (the lower-case part after the hyphen is not capitalised), a
domain rule takes "saltwater.ki" of the handle "saltwater.kid". The uncovered rest stays readable in
the public context, so the merged spans are extended over the rest of the token: word characters,
and ``.``, ``-``, ``_``, ``@`` or ``+`` between two word characters. Whitespace, apostrophes, slashes
and a sentence's final punctuation end a token, so "Smith." and "Ana's" are not grown (round 5 joins
over "#" and "/" too, :data:`JOINERS_R5`). The decision depends on the characters of the token only.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["JOINERS_R5", "complete_tokens"]

_JOINERS = frozenset(".-_@+")
#: Round 5 (``recall-v5``) also joins over "#" and "/" between two word characters: the prefix of
#: "CASE#08803" and the letters of "1774/JT/2027" belong to the identifier a digit rule found.
JOINERS_R5 = frozenset(".-_@+#/")


def _inner(text: str, i: int, joiners: frozenset[str] = _JOINERS) -> bool:
    """Whether ``text[i]`` belongs to the token around it (a word character, or a joiner between two)."""
    ch = text[i]
    if ch.isalnum() or ch == "_":
        return True
    return ch in joiners and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def complete_tokens(text: str, spans: list[Span], *, joiners: frozenset[str] = _JOINERS) -> list[Span]:
    """``spans`` (sorted, non-overlapping) grown to whole tokens, merged again where they now overlap.

    Linear in the text: a span grows backwards only as far as the previous grown span, and spans the
    grown one reaches are merged into it without being grown again."""
    out: list[Span] = []
    k, n = 0, len(spans)
    while k < n:
        span = spans[k]
        start, end = span.start, span.end
        floor = out[-1].end if out else 0
        if _inner(text, start, joiners):
            while start > floor and _inner(text, start - 1, joiners):
                start -= 1
        best = span
        while True:
            if _inner(text, end - 1, joiners):
                while end < len(text) and _inner(text, end, joiners):
                    end += 1
            if k + 1 < n and spans[k + 1].start < end:
                k += 1
                nxt = spans[k]
                end = max(end, nxt.end)
                if (nxt.score, nxt.end - nxt.start) > (best.score, best.end - best.start):
                    best = nxt
                continue
            break
        if (start, end) == (span.start, span.end) and best is span:
            out.append(span)
        else:
            out.append(Span(start, end, best.entity_type, best.score))
        k += 1
    return merge_spans(out)
