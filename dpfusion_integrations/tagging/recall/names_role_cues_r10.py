"""Round 10: initials and a lone given name after a role label ("Staff: AH", "Game master tonight: Tenga").

Forms, receipts and notices name who acted or who runs something by a role label and a colon, then
the person's initials or one given name, with nothing else on the line or a dash after it:

- **initials after a role label or a "by"**: "Staff: AH", "therapist: AN", "Clinician - KO", "Packed by
  OS", "scanned by BM" (two or three capitals ending the line or followed by a separator). Round 8's
  role initials (``names_role_initials_r8``) read action words only and keep its hard public acronyms
  ("OS", "IT") everywhere; here the label names a person, so only department and system acronyms
  that a desk or a process may sign for stay public ("by HR", "Staff: QA", "approved by IT");
- **a single capitalised name after a role label**: "Game master tonight: Tenga — questions to ...",
  "Host: Salampi", "Your guide today: Nkanza." The word must be no ordinary word, the label's last word
  (before an optional "tonight"/"today"/"on duty") a role or person noun, and the name end the line
  or be followed by a dash, a comma, a full stop or a bracket.

Public look-alikes: "Staff: All", "Host: TBC", "Guide: Beginners" (ordinary words), "Printed by HP",
"scanned by OCR" (public acronyms). Decisions depend on the label and the words only. Typed PERSON.
Linear: anchored regexes with bounded repeats, one pass each.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.lower_names_r6 import PERSON_NOUNS
from dpfusion_integrations.tagging.recall.name_initials_r7 import ROLE_WORDS
from dpfusion_integrations.tagging.recall.names_chat_labels_r8 import ROLE_LABEL_WORDS
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import strong_name
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ROLE_CUE_WORDS", "RoleCues"]

ROLE_CUE_SCORE = 0.7

#: Nouns of people who act, serve or run something (on top of the earlier rounds' role lists).
ROLE_CUE_WORDS = ROLE_WORDS | PERSON_NOUNS | (ROLE_LABEL_WORDS & frozenset({
    "staff", "instructor", "host", "agent", "tutor", "trainer", "coach", "teacher", "nurse", "doctor",
})) | frozenset({
    "master", "gamemaster", "therapist", "clinician", "physio", "physiotherapist", "practitioner",
    "counsellor", "counselor", "caseworker", "keeper", "handler", "groomer", "walker", "sitter",
    "technician", "tech", "tuner", "engineer", "installer", "fitter", "courier", "driver", "porter",
    "steward", "stewardess", "usher", "marshal", "referee", "umpire", "arbiter", "judge", "examiner",
    "invigilator", "proctor", "chaperone", "leader", "lead", "facilitator", "moderator", "presenter",
    "dj", "bartender", "barista", "chef", "cook", "waiter", "server", "receptionist", "cashier", "teller",
    "clerk", "officer", "inspector", "surveyor", "assessor", "valuer", "adjuster", "caretaker",
    "janitor", "concierge", "warden", "supervisor", "manager", "foreman", "captain", "skipper", "pilot",
    "midwife", "dentist", "hygienist", "optician", "pharmacist", "vet", "veterinarian", "farrier",
    "beekeeper", "tutor", "mentor", "guide", "storyteller", "narrator", "caller", "scorer", "timekeeper",
})  # fmt: skip
#: Acronyms a desk, a process or a machine signs for ("approved by HR", "printed by HP").
DESK_ACRONYMS = frozenset({
    "HR", "IT", "QA", "QC", "PR", "HQ", "OPS", "OCR", "HP", "AI", "TBC", "TBA", "TBD", "NA", "ALL", "ANY",
    "DHL", "UPS", "USPS", "EMS", "FAO", "NHS", "IRS", "UN", "EU", "US", "UK", "CEO", "CFO", "CTO", "COO",
    "PM", "AM", "OK", "NO", "YES", "N/A", "SYS", "BOT", "API", "ERP", "CRM", "POS", "ATM", "GP",
})  # fmt: skip
#: Verbs of a person's act before "by" ("Packed by OS", "scanned by BM").
BY_VERBS = frozenset({
    "packed", "scanned", "checked", "signed", "approved", "received", "collected", "delivered", "prepared",
    "verified", "witnessed", "counted", "initialled", "initialed", "entered", "logged", "issued", "taken",
    "handled", "processed", "reviewed", "inspected", "picked", "sealed", "weighed", "labelled", "labeled",
    "filled", "served", "seen", "treated", "examined", "tested", "measured", "fitted", "cleaned", "groomed",
    "walked", "fed", "booked", "confirmed", "authorised", "authorized", "recorded", "noted", "written",
})  # fmt: skip

_LABEL = r"(?P<label>[^\W\d_][^\W\d_-]{1,24}(?:[ -][^\W\d_][^\W\d_-]{1,24}){0,2})"
_WHEN = r"(?:[ ](?:tonight|today|this[ ]week|on[ ]duty|in[ ]charge|of[ ]the[ ]day))?"
_WHEN_WORDS = frozenset({"tonight", "today", "now", "this", "week", "on", "duty", "in", "charge", "of", "the", "day"})
_END = r"(?=[ \t]*(?:$|[—–]|[ ]-[ ]|[,;.)(|/]))"
_ROLE_INITIALS = re.compile(
    rf"(?mi)(?<![\w@])(?:{_LABEL}{_WHEN}[ \t]*(?::|[ ][—–-])|(?P<verb>[^\W\d_]{{2,15}})[ ]by:?)[ \t]*"
    rf"(?P<initials>(?-i:[A-Z]{{2,3}}))(?![\w@&])(?!\.\w){_END}")
_ROLE_NAME = re.compile(
    rf"(?mi)(?<![\w@]){_LABEL}{_WHEN}:[ \t]*(?P<name>(?-i:[A-Z][a-z\u00df-\u024f'’]{{2,30}}))(?![\w@'’-]){_END}")


def _role_label(label: str) -> bool:
    parts = re.split(r"[ -]", label.lower())
    while len(parts) > 1 and parts[-1] in _WHEN_WORDS:
        parts.pop()
    return parts[-1] in ROLE_CUE_WORDS


class RoleCues:
    """Initials or one given name after a role label, initials after "<verb> by" (see module doc)."""

    name = "role-cues-r10"

    def __repr__(self) -> str:
        return "RoleCues()"

    def detect(self, view: TextView) -> list[Span]:
        text, words = view.text, view.words
        out: list[Span] = []
        for match in _ROLE_INITIALS.finditer(text):
            initials = match.group("initials")
            if initials in DESK_ACRONYMS:
                continue
            label, verb = match.group("label"), match.group("verb")
            if (label is not None and _role_label(label)) or (verb is not None and verb.lower() in BY_VERBS):
                out.append(Span(*match.span("initials"), PERSON, ROLE_CUE_SCORE))
        for match in _ROLE_NAME.finditer(text):
            name = match.group("name")
            if _role_label(match.group("label")) and strong_name(name, words) and name.upper() not in DESK_ACRONYMS:
                out.append(Span(*match.span("name"), PERSON, ROLE_CUE_SCORE))
        return out
