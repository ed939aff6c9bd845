"""Round 5: firms named after their partners, which no organisation word marks.

- **a name, "and" (or "&", "és", "und", "et", "y", "e", "i", "en", "og"), a partner word**:
  "Kemboi and Sons", "Vass és társa Bt.", "Bryant & Daughters", "Haas und Söhne" (after "and" or
  "&" the partner word must be capitalised: "Fathers and partners" is prose);
- **three or more one-word names in a list closed by "and"**: "Jones, Peterson and Ching" (a law or
  accounting firm; a plain list of three people is tagged as one span too, which hides how many
  they are);
- **a name, a dash, a legal form**: "Peixoto - ME", "Cirino Moraes – EIRELI".

A legal form right after the match joins it, with its full stop ("Vass és társa Bt."). Each decision
depends on the name's own words and the joining words. Typed ORGANIZATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.org_words_r5 import (
    LEGAL_FORMS_R5,
    PARTNER_WORDS_R5,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["firm_names"]

FIRM_SCORE = 0.88

_CAP = r"[A-ZÀ-ÖØ-ÝŁŚŻŹĆŃİŞÇĞÜÖČŠŽĐ][\w'’-]{1,30}"
_AND = r"(?:and|&|és|und|et|y|e|i|en|og|och|ja)"
_LEGAL = r"(?:[ ,]+[A-Za-zÀ-ÿ][\w./]{0,8}){0,2}"
_PARTNERS = re.compile(rf"(?<![\w])(?P<firm>{_CAP}(?:[ ]+{_CAP}){{0,2}}(?:,[ ]+{_CAP})?[ ]+{_AND}[ ]+(?P<partner>[\w]+))")
_LIST = re.compile(rf"(?<!,[ ])(?<![\w])(?P<firm>{_CAP}(?:,[ ]+{_CAP}){{1,3}},?[ ]+{_AND}[ ]+{_CAP})(?![\w'’-])")
_DASH = re.compile(rf"(?<![\w])(?P<firm>{_CAP}(?:[ ]+{_CAP}){{0,2}}[ ]+[-–][ ]+(?P<form>[A-Z][A-Za-z/]{{1,7}}))(?![\w])")
_NEXT_FORM = re.compile(r"[ ,]+(?P<form>[A-Za-zÀ-ÿ][\w./]{0,8}?)(?P<dot>\.?)(?![\w])")


def _extend_legal(text: str, end: int) -> int:
    """``end`` moved over up to two legal forms after it, full stop included ("Bt.", "Ltd", "s.c.")."""
    for _ in range(2):
        match = _NEXT_FORM.match(text, end)
        if match is None or match.group("form").lower().rstrip(".") not in LEGAL_FORMS_R5:
            break
        end = match.end()
    return end


def firm_names(view: TextView) -> list[Span]:
    """The firms named after partners in ``view`` (see module doc)."""
    text = view.text
    safe = view.words.safe
    out: list[Span] = []
    for match in _PARTNERS.finditer(text):
        partner = match.group("partner")
        english = match.group("firm").split()[-2] in ("and", "&")
        if partner.lower() in PARTNER_WORDS_R5 and (partner[:1].isupper() or not english):  # not "Fathers and partners"
            out.append(Span(match.start("firm"), _extend_legal(text, match.end("firm")), ORGANIZATION, FIRM_SCORE))
    for match in _LIST.finditer(text):
        names = re.findall(_CAP, match.group("firm"))
        if all(name.lower() not in safe or view.words.is_name(name.lower()) for name in names):
            out.append(Span(match.start("firm"), _extend_legal(text, match.end("firm")), ORGANIZATION, FIRM_SCORE))
    for match in _DASH.finditer(text):
        if match.group("form").lower() in LEGAL_FORMS_R5 and match.group("form").isupper():
            out.append(Span(match.start("firm"), match.end("firm"), ORGANIZATION, FIRM_SCORE))
    return out
