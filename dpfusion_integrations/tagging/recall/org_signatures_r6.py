"""Round 6, after the union: the firm's line of a signature block.

A letter or e-mail signs off with the sender's name and, on the next line, the firm, often followed by
a phone number or e-mail address: "Anna Kim\\nBlue Harbour Water | +1 555 0100". When the firm's name
is made of ordinary words and a trade ("Blue Harbour Water", "Silver Fern Tax Services") no detector
takes it, and the trade word alone is ordinary. The block itself is the cue: a line that starts with
two to six capitalised words ending in a trade or kind-of-body word
(:func:`~dpfusion_integrations.tagging.recall.org_tails_r6.is_kind_word`), and ends there or at a
separator ("|", "·", "•", ",", a dash), is an ORGANIZATION when

- the previous non-empty line (at most two lines up) is short (six words or fewer) and holds a
  PERSON span (the sender's name, or "Name, Role"), or
- a CONTACT span (phone, e-mail, web address) follows on the same line.

At least one of the words must not be a kind word, so a heading made only of trade words ("Legal
Aid", "Tax Services") stays public. The decision depends on the spans' positions and types and on
public words, not on the private values. A line ending in a department word ("Admissions Office") is
left alone. Over-tagging risk: a service line under a name ("Customer Services | 0800 ...") is tagged;
costs utility only.
"""

from __future__ import annotations

import bisect
import re

from dpfusion_integrations.tagging.group_types import CONTACT, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.org_tails_r6 import is_kind_word
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["tag_signature_firms"]

SIGNATURE_SCORE = 0.7
_LINE = re.compile(
    r"(?m)^[ \t]*(?P<org>[^\W\d_][\w'’.-]{0,30}(?:[ ](?:&[ ])?[^\W\d_][\w'’.-]{0,30}){1,5})"
    r"(?=[ \t]*(?:$|[|·•,–—-][ \t]))"
)
_MAX_NAME_LINE_WORDS = 6


#: Kind words that, last on a line under a name, more often name a department than a firm
#: ("Admissions Office", "Customer Support").
_DEPARTMENT_WORDS = frozenset({"office", "department", "support", "board", "committee", "desk", "team", "unit"})


def _firm_words(value: str) -> bool:
    """Capitalised words ("&" between them allowed), the last a kind word (not a department word) and
    one at least not a kind word."""
    words = [w for w in value.split(" ") if w != "&"]
    return all(w[0].isupper() for w in words) and is_kind_word(words[-1]) \
        and words[-1].lower() not in _DEPARTMENT_WORDS and not all(map(is_kind_word, words))


def _previous_line(text: str, line_start: int) -> tuple[int, int] | None:
    """Bounds of the previous non-empty line, at most two lines up, or ``None``."""
    end = line_start - 1
    for _ in range(2):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _starts_within(starts: list[int], low: int, high: int) -> bool:
    """Whether a sorted list of span starts holds one in ``[low, high)`` (a binary search, so the step
    stays linear in the number of lines and spans)."""
    k = bisect.bisect_left(starts, low)
    return k < len(starts) and starts[k] < high


def tag_signature_firms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus the firm lines of signature blocks (see module doc)."""
    persons = sorted(s.start for s in spans if s.entity_type == PERSON)
    contacts = sorted(s.start for s in spans if s.entity_type == CONTACT)
    added: list[Span] = []
    for match in _LINE.finditer(text):
        if not _firm_words(match.group("org")):
            continue
        start, end = match.span("org")
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        cued = _starts_within(contacts, end, line_end)
        if not cued:
            prev = _previous_line(text, text.rfind("\n", 0, start) + 1)
            cued = prev is not None and len(text[prev[0] : prev[1]].split()) <= _MAX_NAME_LINE_WORDS \
                and _starts_within(persons, prev[0], prev[1])
        if cued:
            added.append(Span(start, end, ORGANIZATION, SIGNATURE_SCORE))
    return merge_spans([*spans, *added]) if added else spans
