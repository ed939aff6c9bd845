"""Round 7: an initial and a surname as the value of a role field ("Officer: G. Tolu").

Forms, reports and case notes put the person in charge after a role label, often as one or two
initials and a surname: "Officer: G. Tolu", "Caseworker: K. Ngata", "Signed off by: M.-A. Dufresne",
"Reviewer: J. P. van Rooyen". The label is one to three words ending in a colon at a line's start or
after a wide gap (two spaces or a tab), as form fields are laid out, whose last word names a role:
a person noun of :data:`ROLE_WORDS`, "by"/"to" ("Assigned to:"), or an agent noun ending in -er, -or,
-ist, -ian, -ant, -ent or -ee that is no thing (:data:`_NOT_ROLES`: "Answer", "Number", "Sector"); the value is up to two initials
(each a capital and a dot, hyphenated ones too) and a capitalised surname (with particles), optionally
a second capitalised word.

The surname is taken even when it is an ordinary word (surnames often are: "Officer: P. Brown"), unless
it has the ending of an abstract noun or adjective ("Presenter: A. Introduction").

Over-tagging risk: a lettered option after a role-like label ("Presenter: A. Introduction"). Decisions
depend on the layout, the label and the case only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.field_starts import field_matches
from dpfusion_integrations.tagging.recall.lower_names_r6 import PERSON_NOUNS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ROLE_WORDS", "LabelledInitials"]

INITIALS_SCORE = 0.9

#: Last words of a form label naming the person in a role (besides person nouns and agent nouns).
ROLE_WORDS = PERSON_NOUNS | frozenset({
    "by", "to", "officer", "caseworker", "clinician", "physician", "surgeon", "consultant", "registrar", "clerk",
    "witness", "signatory", "claimant", "defendant", "plaintiff", "member", "holder", "contact", "referee",
    "sponsor", "guarantor", "trustee", "executor", "beneficiary", "chair", "secretary", "treasurer", "lead",
    "staff", "crew", "purser", "attendant", "steward", "rep", "representative", "volunteer", "attending",
    "person", "name", "pilot", "captain", "inspector", "head", "principal", "dean", "warden", "chaplain",
    "sergeant", "constable", "detective", "judge", "magistrate", "counsel", "advocate", "notary", "vet",
    "applicant", "candidate", "resident", "occupant", "guest", "passenger", "patient", "worker", "custodian",
})  # fmt: skip
#: Words with an agent-noun ending that name things, not people.
_NOT_ROLES = frozenset({
    "answer", "number", "letter", "order", "center", "centre", "error", "other", "paper", "chapter", "quarter",
    "matter", "header", "footer", "filter", "register", "sector", "factor", "vector", "floor", "door", "color",
    "colour", "major", "minor", "prior", "monitor", "motor", "mirror", "after", "under", "over", "cover",
    "power", "water", "winter", "summer", "layer", "folder", "tier", "server", "counter", "meter", "marker",
    "list", "content", "comment", "event", "component", "document", "payment", "statement",
    "segment", "environment", "department", "amount", "account", "variant", "constant", "element", "item",
    "status", "version", "section", "question", "option", "level", "grade", "step", "stage", "phase", "part",
})  # fmt: skip
_AGENT = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee)\Z")
#: Endings of English abstract nouns and adjectives, which surnames that are also words rarely have.
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ing|ance|ence|ogy|ics|ure|ism|ive|ous|ful|less|able|ible|ary)\Z")
_UP = "A-ZÀ-ÖØ-ÞĀČĆĐŁŚŠŽŻÓ"
_INITIAL = rf"[{_UP}](?:[a-z]{{0,2}})?\.(?:-[{_UP}]\.)?"
_SURNAME = rf"(?:(?:van|von|de|da|del|der|den|di|du|le|la|ter|ten|bin|al|el|ap|Mac|Ó|Ní)[ ]){{0,2}}[{_UP}][^\W\d_]{{1,24}}(?:['’-][^\W\d_]{{1,24}})?"
_FIELD = re.compile(
    rf"(?P<label>[{_UP}][a-z]{{1,20}}(?:[ ][a-z]{{2,20}}){{0,2}}):[ \t]{{1,4}}"
    rf"(?P<value>{_INITIAL}(?:[ ]?{_INITIAL})?[ ]?(?P<surname>{_SURNAME}))(?![\w'’])"
)


class LabelledInitials:
    """Initials and a surname after a role label in a form layout (see module doc)."""

    name = "labelled-initials-r7"

    def __repr__(self) -> str:
        return "LabelledInitials()"

    def detect(self, view: TextView) -> list[Span]:
        out = []
        for match in field_matches(_FIELD, view.text, gap_only=True):
            if not _role(match.group("label").split()[-1].lower()):
                continue
            last = match.group("surname").split()[-1].lower()
            if last in view.words.safe and _ABSTRACT.search(last) is not None:
                continue  # "Presenter: A. Introduction": an abstract noun, no surname
            out.append(Span(*match.span("value"), PERSON, INITIALS_SCORE))
        return out


def _role(word: str) -> bool:
    """Whether a label's last word names a person in a role."""
    return word in ROLE_WORDS or (_AGENT.search(word) is not None and word not in _NOT_ROLES)
