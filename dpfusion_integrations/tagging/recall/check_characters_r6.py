"""Round 6, after the union: a check character in brackets right after an identifier joins it.

Several national numbers print their check digit or letter in brackets, touching the number: Hong
Kong identity cards ("A123456(7)"), some tax and company numbers ("12345678(A)"). The detectors take
the number and stop at the bracket, or inside it, leaving the check character readable. A span that
holds a digit and is followed at once (no space) by one digit or upper-case letter in round brackets
takes the brackets, whatever type the union gave it; one that ends inside them takes the closing one. Over-tagging risk:
none beyond the bracket itself; a footnote mark after a code ("X123(a)") is lower case and stays out.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["grow_check_characters"]

_CHECK = re.compile(r"\([0-9A-Z]\)(?![\w])")
_OPEN_CHECK = re.compile(r"\([0-9A-Z]\Z")
_DIGIT = re.compile(r"\d")


def _check_end(text: str, span: Span) -> int:
    value = text[span.start:span.end]
    if _DIGIT.search(value) is None:
        return span.end
    after = _CHECK.match(text, span.end)
    if after is not None and span.end - span.start >= 2:
        return after.end()
    if _OPEN_CHECK.search(value) and text[span.end:span.end + 1] == ")" and _DIGIT.search(value[:-2]):
        return span.end + 1
    return span.end


def grow_check_characters(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each span that holds a digit grown over a bracketed check character right after it."""
    out: list[Span] = []
    for span in spans:
        end = _check_end(text, span)
        out.append(span if end == span.end else Span(span.start, end, span.entity_type, span.score))
    return merge_spans(out)
