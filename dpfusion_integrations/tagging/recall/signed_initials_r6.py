"""Round 6: two or three capitals that sign or check something, where round 5's cued initials stop.

Round 5 (:mod:`~dpfusion_integrations.tagging.recall.cued_initials`) takes capitals after a signing cue
but never a capital pair that is also a public acronym, and takes a signing dash only at a line start.
People's initials collide with acronyms all the time ("Closed by IT", "seen by MS on 2/3", "Picked up
by: PC"), and notes are signed after the last sentence ("... reminder set. – GN"). Four shapes:

- **after "by", a letter pair that is also an abbreviation** (:data:`INITIALS_TOO`: "IT", "ID", "MS",
  "PM", "PC", "PR", ...) when it stands where a signer stands: the line, the sentence or a comma
  follows, or a short word that a signer is followed by ("on", "at", "via", ...; "and" only before more initials). Acronyms that
  name a department, role, channel or body ("by HR", "by GP", "by SMS", "by QA") are not in that set, and
  a pair used as a modifier ("by IT support", "by ID card") is left alone;
- **after a lower-case noun for the person a record is about**: "notes – client MP", "patient PM" (the
  same pairs, less those that name a record's attribute: "patient ID", "client CV");
- **a signing dash after a sentence**: "... set. – GN" or "done! - AK, Front desk": a dash after
  sentence-final punctuation, then capitals that end the line or are followed by a comma;
- **after a role label and a colon**: "Screener: HK, 12/07/2022" (:data:`ROLE_LABELS`; public acronyms
  stay public here);
- **a support agent's caret signature**: "... take a look. ^FL";
- **initials in brackets right after a person's name** (a growth step on the merged spans):
  "Adaeze Nwosu (AN)".

Over-tagging risk: "Closed by IT." and "checked by ID." are tagged (a person or a department, and a
miss leaks); public acronyms outside :data:`INITIALS_TOO` stay public. The decision depends on the cue,
the capitals and the words right after them, never on the private values around them. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, run_span
from dpfusion_integrations.tagging.recall.cued_initials import (
    PERSON_NOUN_CUES,
    PUBLIC_ACRONYMS,
)
from dpfusion_integrations.tagging.recall.initials import PUBLIC_ABBREVIATIONS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["INITIALS_TOO", "ROLE_LABELS", "SignedInitials", "bracketed_initials"]

SIGNED_SCORE = 0.74

#: Letter pairs that are public abbreviations but rarely the agent after "by", so after "by" they are
#: taken as someone's initials (unlike "HR", "GP", "QA", "SMS", "CI", "DP", "DM", "OT", "RN", ...).
INITIALS_TOO = frozenset({
    "IT", "ID", "MS", "PM", "AM", "PC", "PR", "BS", "DO", "AD", "BC", "MA", "BA", "JD", "NA", "ET", "AG",
    "SA", "LA", "DC", "SF", "GB", "NZ", "CV", "PO", "AC", "OR", "EV", "BV", "NV", "NB", "PS", "RE", "FW",
    "IE", "EG", "AE",
})  # fmt: skip
#: After a noun for the person a record is about ("client MP", "patient PM"), these pairs are initials
#: too; "ID", "PC", "PO" and "CV" are not (they are the record's attributes: "patient ID", "client CV").
_AFTER_PERSON_NOUN = (INITIALS_TOO - {"ID", "PC", "PO", "CV", "AD", "RE", "FW", "PS", "NB"}) | {"MP", "DJ"}
#: Short words a signer's initials are followed by ("seen by MS on 2/3", "by IT and KL").
_AFTER_SIGNER = frozenset({
    "on", "at", "via", "who", "after", "before", "today", "yesterday", "this", "last",
    "when", "while", "then", "but", "as", "from", "in",
})  # fmt: skip
#: Role labels whose value, after a colon, is the person's initials ("Screener: HK", "Reviewer: DV").
ROLE_LABELS = frozenset({
    "screener", "reviewer", "assessor", "interviewer", "examiner", "auditor", "approver", "verifier",
    "preparer", "author", "owner", "assignee", "requester", "requestor", "reporter", "recorder", "scribe",
    "minuted", "minutes", "chair", "lead", "supervisor", "coordinator", "dispatcher", "handler", "marker",
    "moderator", "invigilator", "vetted", "vetter", "checker", "inputter", "keyed", "dispenser", "picker",
    "packer", "counter", "counted", "taker", "initials",
})  # fmt: skip
_JOINERS = frozenset({"and", "&", "/", "+"})
_SIGNER_END = frozenset({",", ".", ";", ")", "!", "?"})
_DASHES = frozenset({"-", "–", "—", "--"})
_CARET = re.compile(r"(?<![\w^])\^(?P<value>[A-Z]{2,3})(?![\w])")
_BRACKETED = re.compile(r"[ \t]?\((?P<value>[A-Z]{2,3})\)")


def _capitals(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and text.isascii()


def _public(letters: str) -> bool:
    return letters in PUBLIC_ACRONYMS or letters in PUBLIC_ABBREVIATIONS


def _line_break(view: TextView, a: int, b: int) -> bool:
    return "\n" in view.text[view.toks[a].end : view.toks[b].start]


#: What may follow a signer's initials: the end of the line or text, a field gap, or punctuation.
_END = re.compile(r"[ ]?(?:\Z|\n|\r|\t|[ ]{2}|[,.;)!?])")


def _ends_here(view: TextView, k: int) -> bool:
    """Token ``k`` ends its line, the text or a field, or a comma, sentence end or bracket follows it."""
    return _END.match(view.text, view.toks[k].end) is not None


class SignedInitials:
    """Initials after "by" that are also abbreviations, after a sentence-closing dash and after a caret."""

    name = "signed-initials-r6"

    def __repr__(self) -> str:
        return "SignedInitials()"

    def detect(self, view: TextView) -> list[Span]:
        out = [Span(*m.span("value"), PERSON, SIGNED_SCORE) for m in _CARET.finditer(view.text)]
        toks = view.toks
        for k, tok in enumerate(toks):
            if not _capitals(tok.text):
                continue
            m = k - 1 if k > 0 and toks[k - 1].text != ":" else k - 2
            if m < 0 or _line_break(view, m, k):
                continue
            if toks[m].norm == "by" and tok.text in INITIALS_TOO and self._signer_position(view, k) or toks[m].norm in PERSON_NOUN_CUES and toks[m].text.islower() and tok.text in _AFTER_PERSON_NOUN \
                    and self._signer_position(view, k) or toks[m].norm in ROLE_LABELS and toks[k - 1].text == ":" and not _public(tok.text) \
                    and _ends_here(view, k) or self._signing_dash(view, k) and (not _public(tok.text) or tok.text in INITIALS_TOO):
                out.append(run_span(view, k, k, PERSON, SIGNED_SCORE))
        return out

    @staticmethod
    def _signer_position(view: TextView, k: int) -> bool:
        toks = view.toks
        if _ends_here(view, k):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None:
            return False
        if nxt.norm in _JOINERS:  # "by PR and TW": only when more initials follow
            return k + 2 < len(toks) and _capitals(toks[k + 2].text)
        return nxt.norm in _AFTER_SIGNER and nxt.text.islower()

    @staticmethod
    def _signing_dash(view: TextView, k: int) -> bool:
        """``– GN`` after a sentence end (or at a line start), ending the line or followed by a comma."""
        toks = view.toks
        if k < 1 or toks[k - 1].text not in _DASHES or _line_break(view, k - 1, k) or not _ends_here(view, k):
            return False
        if k == 1:
            return True
        before = toks[k - 2]
        return before.text in (".", "!", "?") or before.text.isspace() or _line_break(view, k - 2, k - 1)


def bracketed_initials(text: str, spans: list[Span]) -> list[Span]:
    """Growth step: capitals in brackets right after a PERSON span ("Adaeze Nwosu (AN)") join the spans
    as PERSON, unless a public acronym ("Jane Roe (CEO)"); the bracketed capitals stay their own span."""
    out = list(spans)
    covered = [(s.start, s.end) for s in spans]
    for span in spans:
        if span.entity_type != PERSON:
            continue
        match = _BRACKETED.match(text, span.end)
        if match is None or _public(match.group("value")):
            continue
        start, end = match.span("value")
        if not any(a <= start and end <= b for a, b in covered):
            out.append(Span(start, end, PERSON, SIGNED_SCORE))
    return sorted(out, key=lambda s: (s.start, s.end))
