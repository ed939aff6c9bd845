"""Round 14 (``recall-v14``): the mask written before the visible digits of a card or account number.

Statements, receipts and complaints show a card or an account as a mask and its last digits ("card
ending **** **** **** 5786", "acct XXXX-XXXX-4821", "•••• 0456"). The detectors tag the digits; the mask
tells nothing, but left public it shows where a card number was and how it was written, and splits one
value into a public and a private part. This step joins the mask to the digits: groups of two or more
``*``, ``∗``, ``x``/``X`` or ``•`` (a space or a hyphen between groups), or three dots written against the
digits ("ending ...5786"), right before a span that starts with a digit and is no name, organisation
or place (detectors type four last digits noisily: "4417" may come typed DATE). A Markdown heading's
"###" is no mask. Like value completion, it reads only the characters right before a final span, on its
line, and only adds.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["masked_digits"]

_NAMED = frozenset({PERSON, ORGANIZATION, LOCATION})
_MASK = re.compile(r"(?<![\w*•∗])(?P<mask>(?:(?:\*{2,}|∗{2,}|[xX]{2,}|•{2,})[ \-]?){1,4}|(?<![.\w])(?:\.{3,}|…))$")


def masked_digits(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the mask groups right before a number span that is no name, organisation or place."""
    found: list[Span] = []
    for span in spans:
        if not text[span.start : span.start + 1].isdigit():
            continue
        if span.entity_type in _NAMED and span.score > RESIDUAL_SCORE:
            continue
        match = _MASK.search(text, max(0, span.start - 24), span.start)
        if match is not None:
            found.append(Span(match.start("mask"), span.start, span.entity_type, RESIDUAL_SCORE))
    return found
