"""Round 6, after the union: an organisation's short form given in brackets after its name, and every
later use of it.

Documents introduce a firm once and then use its initials: "Kobuleti Power Company (KPC) ... KPC says
the meter ...". The short form is made from the private name, so it tells as much as the name's
initials, and its later uses carry none of the cues that found the name. The rule: an ORGANIZATION span
followed by a space (optional) and a bracketed short form of two to eight capitals, digits or "&"
(an optional lower-case letter inside: "KfW") takes the brackets, and every other whole-word use of the
same short form in the text, with the same case, becomes an ORGANIZATION span.

The decision depends only on the bracket after an organisation span (a shape), not on the letters.
Over-tagging risk: a public organisation introduced with its acronym ("World Health Organization (WHO)")
has every use of "WHO" tagged; costs utility only.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["tag_acronyms"]

ACRONYM_SCORE = 0.6
_BRACKETED = re.compile(r"[ ]?\((?P<short>[A-Z][A-Za-z0-9&]{1,7})\)")
#: How many different short forms one text may introduce before the rule stops looking (bounds the work).
MAX_FORMS = 20


def _short_form(value: str) -> bool:
    """Capitals, digits or "&" with at most one lower-case letter ("KPC", "KfW", "B&Q")."""
    return sum(c.islower() for c in value) <= 1 and sum(c.isupper() for c in value) >= 2


def tag_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with bracketed short forms after organisations, and their other uses, tagged (see module doc)."""
    out: list[Span] = []
    forms: set[str] = set()
    for span in spans:
        if span.entity_type == ORGANIZATION:
            match = _BRACKETED.match(text, span.end)
            if match is not None and _short_form(match.group("short")):
                span = Span(span.start, match.end(), ORGANIZATION, span.score)
                if len(forms) < MAX_FORMS:
                    forms.add(match.group("short"))
        out.append(span)
    if not forms:
        return spans
    for form in sorted(forms):
        for match in re.finditer(rf"(?<![\w&]){re.escape(form)}(?![\w&])", text):
            out.append(Span(match.start(), match.end(), ORGANIZATION, ACRONYM_SCORE))
    return merge_spans(out)
