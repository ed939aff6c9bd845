"""Initials and abbreviated names: "J. Okafor", "A. B. Chanda", "J.-P. Leclercq", "Okafor J.",
"Smith, J.", "A.K.", "M.J.C.", and undotted initials after an initialling cue ("initialled JDR").

spaCy often leaves the initial out of a name ("F." of "F. Myklebust"), and the proper-noun sweep
skips one-letter words, so an initial stays readable next to its tagged surname. Four shapes:

- **initials, then a surname**: one to three initial tokens ("J.", "J.-P.", "A.", "B.", or an
  undotted letter other than the pronoun-like "A" and "I"), then a capitalised word that is a
  given name or surname or not an ordinary word (a short capitalised particle such as "Ó" or "De"
  may come between: "D. Ó Tiobraide"); the surname's capitalised neighbours join as in the sweep.
- **a surname, then initials**: a capitalised word that is a name or not an ordinary word, an
  optional comma, then one to three initials ("Okafor J.", "Vuorinen A.", "Smith, J.").
- **dotted initials alone**: two to four dotted capitals ("A.K.", "M.J.C.") that are not a common
  public abbreviation ("U.S.", "P.S.", "A.M.", "N.B.", ...).
- **after an initialling cue**: two or three capitals after "initialled", "initials" or "initialed"
  ("initialled by JDR").

Ordinary headings and labels stay public: an initial after a label word ("Section A.", "Plan B",
"Vitamin D.", "Appendix B.") is never taken, nor an initial before an ordinary word that is no name
("A. Introduction", "B. Methods"). Whether a span is taken depends on the value and the label word
before it, never on the public words after it; the surname joins only neighbours that are names or
not ordinary words (as the proper-noun sweep does), so "K. Nowak Ward Round" does not take "Round".
Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import (
    TextView,
    Tok,
    grow,
    name_part,
    run_span,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PUBLIC_ABBREVIATIONS", "PUBLIC_LABEL_WORDS", "InitialsRule", "is_initial"]

INITIALS_SCORE = 0.8

#: One initial token as spaCy splits it: "J", "J.", "J.-P.", "A.K.", "M.J.C." (any script's capitals).
_INITIAL = re.compile(r"[^\W\d_](?:\.(?:-?[^\W\d_]\.){0,3})?\Z")
#: Dotted capitals that are public abbreviations, not someone's initials (dots removed, upper case).
PUBLIC_ABBREVIATIONS = frozenset({
    "US", "UK", "EU", "UN", "AM", "PM", "BC", "AD", "PS", "NB", "RIP", "QED", "IE", "EG", "DC", "LA", "NY",
    "USA", "BA", "MA", "MD", "BS", "MS", "JD", "RN", "OK", "TV", "AI", "PO", "SA", "NV", "BV", "AG", "EV",
    "UAE", "USSR", "RSVP", "BSC", "DO", "IT", "HR", "FC", "AC", "DJ", "VIP", "PA", "MP", "CEO", "GP", "ASAP",
    "ETA", "ID", "NHS", "BBC", "MBA", "PTO", "SOS", "CV", "AKA", "NA", "TBA", "TBC", "PHD", "DDS", "RSA",
    "NZ", "SF", "NYC", "GB", "ET", "OS", "CC", "BCC", "FYI", "AOB", "UFO", "ER", "ICU", "OR", "CPR",
})  # fmt: skip
#: Label words after which a capital letter is a public label ("Section A.", "Plan B", "Vitamin D").
PUBLIC_LABEL_WORDS = frozenset({
    "section", "appendix", "annex", "annexe", "plan", "vitamin", "hepatitis", "part", "type", "grade", "class",
    "figure", "fig", "table", "option", "level", "group", "block", "unit", "room", "exhibit", "schedule",
    "phase", "step", "question", "category", "zone", "row", "seat", "gate", "terminal", "platform", "chapter",
    "article", "paragraph", "clause", "item", "point", "list", "model", "series", "version", "size", "team",
    "stage", "tier", "division", "route", "line", "wing", "floor", "bay", "ward", "building", "hall", "lot",
    "track", "side", "form", "test", "note", "box", "channel", "programme", "program", "vector", "matrix",
    "case", "scenario", "sample", "site", "lane", "pool", "square", "star", "blood", "flight", "bus", "car",
})  # fmt: skip
#: Lower-case capitalised particles that may stand between an initial and a surname ("D. Ó Tiobraide").
_PARTICLES = frozenset({
    "ó", "o", "mac", "mc", "van", "von", "de", "di", "da", "du", "le", "la", "al", "el", "ben", "bin", "ní",
    "nic", "dos", "del", "della", "ter", "ten", "st",
})  # fmt: skip
_INITIALLING_CUE = re.compile(
    r"(?<![\w])(?i:initial(?:l?ed|s)?)(?:[ \t]+(?i:by))?[ \t]*:?[ \t]*(?P<value>[A-Z]{2,3})(?![\w.])"
)


def _letters(tok: Tok) -> str:
    return tok.text.replace(".", "").replace("-", "")


def is_initial(tok: Tok) -> bool:
    """Whether ``tok`` is one initial or a dotted group of initials ("J", "J.", "J.-P.", "A.K.")."""
    return _INITIAL.match(tok.text) is not None and _letters(tok).isupper()


def _after_label(view: TextView, k: int) -> bool:
    """Whether token ``k`` follows a label word ("Section", "Plan", "Vitamin"), so it is a label."""
    return k > 0 and view.toks[k - 1].norm in PUBLIC_LABEL_WORDS


def _surname_like(tok: Tok) -> bool:
    """A capitalised word that is a name or no ordinary word, and not a title."""
    return tok.wordlike and tok.cap and not tok.title and len(tok.norm) >= 2 and (tok.name or not tok.safe)


def _usable_initial(view: TextView, k: int) -> bool:
    tok = view.toks[k]
    if not is_initial(tok) or _after_label(view, k):
        return False
    return "." in tok.text or tok.text not in ("A", "I")


class InitialsRule:
    """Initials next to a surname, dotted initials alone, and initials after an initialling cue."""

    name = "initials"

    def __repr__(self) -> str:
        return "InitialsRule()"

    def detect(self, view: TextView) -> list[Span]:
        out = self._before_surname(view) + self._after_surname(view) + self._alone(view)
        for match in _INITIALLING_CUE.finditer(view.text):
            if match.group("value") not in PUBLIC_ABBREVIATIONS:
                out.append(Span(*match.span("value"), PERSON, INITIALS_SCORE))
        return out

    def _before_surname(self, view: TextView) -> list[Span]:
        toks, n = view.toks, len(view.toks)
        out: list[Span] = []
        k = 0
        while k < n:
            if not _usable_initial(view, k):
                k += 1
                continue
            m = k  # the last initial of the run
            while m + 1 < n and m - k < 2 and is_initial(toks[m + 1]) and "." in toks[m].text:
                m += 1
            s = m + 1
            if s + 1 < n and s < n and toks[s].cap and toks[s].norm in _PARTICLES:
                s += 1
            if s < n and _surname_like(toks[s]) and "\n" not in view.text[toks[k].end : toks[s].start]:
                _, j = grow(view, s, s, part=name_part)
                out.append(run_span(view, k, j, PERSON, INITIALS_SCORE))
                k = j + 1
                continue
            k = m + 1
        return out

    def _after_surname(self, view: TextView) -> list[Span]:
        toks, n = view.toks, len(view.toks)
        out: list[Span] = []
        for k in range(n - 1):
            tok = toks[k]
            if not _surname_like(tok) or (tok.sent_start and tok.safe):
                continue
            m = k + 1
            if toks[m].text == "," and m + 1 < n:
                m += 1
            if not is_initial(toks[m]) or (toks[m].text in ("A", "I")):
                continue
            last = m
            while last + 1 < n and last - m < 2 and is_initial(toks[last + 1]) and "." in toks[last].text:
                last += 1
            if "\n" in view.text[tok.end : toks[last].start]:
                continue
            i, _ = grow(view, k, k, part=name_part)
            out.append(run_span(view, i, last, PERSON, INITIALS_SCORE))
        return out

    def _alone(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        for k, tok in enumerate(view.toks):
            letters = _letters(tok)
            if (is_initial(tok) and tok.text.count(".") >= 2 and len(letters) >= 2
                    and letters not in PUBLIC_ABBREVIATIONS and not _after_label(view, k)):
                out.append(run_span(view, k, k, PERSON, INITIALS_SCORE))
        return out
