"""Round 14 (``recall-v14``): the legal form written after a firm's name ("Wynity *plc*", "Halsidex *AS*").

A firm's name that no organisation word marks is often tagged as a name or a place on its own, and the
legal form after it stays public: "Payroll Officer, Rosil *plc*", "Torym *s.r.o.*", "Ulhalren *AS*". The
form is part of the name's value: it says the name is a firm's and, in a small country, narrows it down.
This step adds a legal form of round 5's list (:data:`~dpfusion_integrations.tagging.recall.org_words_r5.LEGAL_FORMS_R5`)
written right after a span that starts with a capital letter (one space or tab between, its full stop
with it). A form written in lower case counts only when it cannot be an ordinary word (:data:`LOWER_CASE_FORMS`:
"plc", "ltd", "gmbh", "s.r.o."), so "Anna *as* well" and "Kim *co*-wrote" stay public. Like value completion,
it reads only the characters right after a final span and only adds.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import fold
from dpfusion_integrations.tagging.recall.org_words_r5 import LEGAL_FORMS_R5
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["LOWER_CASE_FORMS", "legal_forms_after_names"]

#: Legal forms that are no English word, so count when written in lower case too.
LOWER_CASE_FORMS = frozenset({
    "plc", "ltd", "llc", "inc", "gmbh", "pty", "bhd", "sdn", "tbk", "pte", "kft", "zrt", "ltda", "sarl", "sàrl",
    "srl", "spa", "bvba", "asbl", "sprl", "eurl", "oao", "ooo", "zao", "pao", "jsc", "s.r.o", "s.r.l", "s.p.a",
    "d.o.o", "s.a.s", "s.a", "b.v", "n.v", "a/s", "kgaa", "tnhh", "uab", "aps", "oü",
})  # fmt: skip
_FORM = re.compile(r"[ \t](?P<form>[^\W\d_][\w./]{0,7})(?![\w/])")


def legal_forms_after_names(text: str, spans: list[Span]) -> list[Span]:
    """Spans over a legal form (and its full stop) right after a span that starts with a capital letter."""
    found: list[Span] = []
    for span in spans:
        if not text[span.start : span.start + 1].isupper():
            continue
        match = _FORM.match(text, span.end)
        if match is None:
            continue
        written = match.group("form").rstrip(".")
        form = fold(written).lower()
        if form not in LEGAL_FORMS_R5:
            continue
        if written.islower() and form not in LOWER_CASE_FORMS:
            continue
        found.append(Span(span.end + 1, match.end(), ORGANIZATION, RESIDUAL_SCORE))
    return found
