"""Round 8: a person's initials alone (two or three capitals) where a record names who acted.

Logs, forms and transcripts name the staff member who acted by initials only, in places the earlier
cued-initials rules (``cued_initials.py``, ``signed_initials_r6.py``) do not look at or where the
initials collide with an abbreviation they keep public:

- **after an action or role word**, the initials ending the clause (end of line or sentence, a comma,
  a field gap, or "on"/"at"/"via", a date or a time next): "Call handler CC.", "second check HD.",
  "Triaged MN at 10:40", "Interpreter KO, sworn", "Packed: RL"; also after a colon that closes a label
  holding such a word: "Received by PV: TG on 6/30/24", "Checked (2nd) by: AB";
- **in brackets right after a person or role noun**, any case: "INTERPRETER (MY):", "The donor (TS) has
  been withdrawn", "caller (JP) rang back";
- **in brackets at the end of a logged action**: a line that opens with a date, a time, a bracketed
  stamp or a bullet and ends in "(XX)": "09:20 E-mail sent to the debtor (TA)", "- voicemail left (SK)".

Acronyms stay public when they are :data:`HARD_PUBLIC` (departments, bodies, devices, tests, codes:
"by HR", "second check QA", "entered PIN", "sent SMS") or, in brackets, when the capitals spell the
words before them ("Data Protection Officer (DPO)", "the patient (PT)"). Abbreviations that are also
common initials ("CC", "MY", "PV", "MS", "IT") are taken in these places: the place decides.

Over-tagging risk: an unlisted abbreviation in one of these places ("second check HD" for high
definition, "Physio (OT)"). Decisions depend on the cue, the layout and the capitals only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.cued_initials import (
    PERSON_NOUN_CUES,
    PUBLIC_ACRONYMS,
)
from dpfusion_integrations.tagging.recall.field_starts import opens_field_after_gap
from dpfusion_integrations.tagging.recall.initials import PUBLIC_ABBREVIATIONS
from dpfusion_integrations.tagging.recall.lower_names_r6 import PERSON_NOUNS
from dpfusion_integrations.tagging.recall.name_initials_r7 import ROLE_WORDS
from dpfusion_integrations.tagging.recall.signed_initials_r6 import (
    INITIALS_TOO,
    ROLE_LABELS,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ACTION_CUES", "HARD_PUBLIC", "RoleInitials"]

ROLE_INITIALS_SCORE = 0.73
#: How far before bracketed initials the words they might spell are read (characters).
_SPELT_REACH = 80

#: Words after which a record's initials name who acted: actions (past or noun form) and staff roles.
ACTION_CUES = frozenset({
    "by", "per", "handler", "handled", "check", "checks", "checked", "checker", "second", "received",
    "receiver", "signed", "sign", "signature", "initialled", "initialed", "initials", "witnessed", "witness",
    "agent", "officer", "operator", "dispatcher", "taker", "clerk", "nurse", "medic", "paramedic", "crew",
    "interpreter", "translator", "reviewer", "reviewed", "approved", "approver", "verified", "verifier",
    "audited", "auditor", "counted", "logged", "entered", "keyed", "scanned", "packed", "packer", "picked",
    "picker", "dispatched", "delivered", "collected", "issued", "prepared", "completed", "seen", "triaged",
    "assessed", "assessor", "interviewed", "interviewer", "recorded", "recorder", "noted", "countersigned",
    "cosigned", "authorised", "authorized", "attended", "tech", "technician", "pharmacist", "dispensed",
    "dispenser", "administered", "supervisor", "adviser", "advisor", "caseworker", "volunteer", "steward",
    "invigilator", "examiner", "scribe", "minuted", "chair", "assignee", "inspected", "inspector", "tested",
    "tester", "measured", "weighed", "labelled", "labeled", "sealed", "swabbed", "vaccinated", "bled",
    "phlebotomist", "screened", "screener", "booked", "registered", "registrar", "cashier", "teller",
    "courier", "driver", "porter", "usher", "marshal", "sworn", "translated", "interpreted",
    "transcribed", "typed", "drafted", "updated", "amended", "closed", "opened", "escalated", "actioned",
})  # fmt: skip
#: Capitals that are public abbreviations even in those places (departments, bodies, devices, tests,
#: codes and units), from ``cued_initials`` and ``initials`` less the pairs that are common initials.
HARD_PUBLIC = (PUBLIC_ACRONYMS | PUBLIC_ABBREVIATIONS | frozenset({
    "QC", "OTP", "MFA", "TFA", "PDF", "SMS", "MMS", "PIN", "IVR", "CRM", "ERP", "SOP", "KYC", "AML", "DOA",
    "ICT", "IRB", "REC", "DSL", "ADSL", "UHD", "LED", "LCD", "RAM", "ROM", "SSD", "HDD", "NFC",
    "RFID", "QR", "POS", "EFT", "ACH", "BACS", "IBAN", "BIC", "SWIFT", "ABN", "EIN", "TIN", "VIN", "MOT",
    "DVLA", "DMV", "PCR", "FBC", "CBC", "HR", "ALS", "BLS", "AED", "EMT", "CPR", "RRV", "DCA", "HEMS",
    "GCS", "SATS", "NEWS", "FIO", "API", "SQL", "LGBT", "PTSD", "ADHD", "OCD", "COPD", "IV", "PO", "PRN",
})) - (INITIALS_TOO | frozenset({"CC", "BCC", "MY", "PV", "DM", "PA", "MP", "DJ", "AP", "ED", "CD", "PE", "AE",
                                 "SD", "HD", "TA", "AT", "SK", "OD", "DS", "PN", "CT", "OT", "BP", "IM"}))
#: Nouns for a person a record is about or a role, before bracketed initials ("donor (TS)").
_BRACKET_NOUNS = PERSON_NOUNS | ROLE_WORDS | PERSON_NOUN_CUES | ROLE_LABELS | frozenset({
    "interpreter", "translator", "donor", "witness", "counsel", "judge", "clerk", "usher", "caller", "handler",
    "agent", "operator", "officer", "nurse", "medic", "paramedic", "dispatcher", "advisor", "adviser",
    "reporter", "complainant", "respondent", "appellant", "defendant", "accused", "victim", "informant",
    "interviewee", "subject", "deceased", "child", "infant", "mother", "father", "parent", "guardian",
    "signatory", "debtor", "creditor", "borrower", "lender", "buyer", "seller", "vendor", "consignor", "bidder",
    "staff", "teller", "cashier", "tech", "technician", "volunteer", "steward", "pharmacist", "vet",
})  # fmt: skip

_CAPS = r"(?P<value>[A-Z]{2,3}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)"
_END = r"(?=[ \t]*(?:$|[,;)!?]|\.(?:\s|$)|\t|[ ]{2}|[ ](?:on|at|via|and|&|/|\+|\d)\b|[ ]\d))"
_AFTER_CUE = re.compile(
    r"(?m)(?<![\w-])(?P<cue>[A-Za-z]{2,16})(?:[ \t]*\([^()\n]{1,10}\))?[ \t]*:?[ \t]{1,4}"
    rf"{_CAPS}(?![\w-]){_END}"
)
#: A field label ending in a colon and the initials after it. The match starts at the label's first
#: letter; whether that letter starts a field (a line start or a gap of two spaces or a tab before it) is
#: checked by :func:`~dpfusion_integrations.tagging.recall.field_starts.opens_field_after_gap`, which keeps
#: the pass linear on long blank runs.
_LABEL = re.compile(
    r"(?<![A-Za-z])(?P<label>[A-Za-z][A-Za-z ()/-]{1,40}?)[ \t]{0,8}:[ \t]{1,4}"
    rf"{_CAPS}(?![\w-]){_END}"
)
_BRACKETED = re.compile(r"(?<![\w-])(?P<noun>[A-Za-z]{2,20})[ \t]?\((?P<value>[A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)\)")
_LOG_END = re.compile(
    r"(?m)^[ \t]*(?:\d|\[|[-*•–][ \t])[^\n]{0,300}?[ \t.,:;]"
    r"\((?P<value>[A-Z]{2,3})\)[ \t]*\.?[ \t]*$"
)


def _letters(value: str) -> str:
    return "".join(c for c in value if c.isalpha())


def _spelt_by(letters: str, before: str) -> bool:
    """Whether ``letters`` spell the words in ``before``: their initials ("Data Protection Officer (DPO)") or,
    for one word, an in-order abbreviation of it starting with its first letter ("patient (PT)")."""
    parts = re.findall(r"[^\W\d_]+", before)
    if not parts:
        return False
    lower = letters.lower()
    initials = "".join(p[0] for p in parts[-len(letters) :]).lower()
    if initials == lower:
        return True
    word = parts[-1].lower()
    if word[:1] != lower[:1]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in lower[1:])


class RoleInitials:
    """Initials after an action or role word, in brackets after a person noun, or closing a log line."""

    name = "role-initials-r8"

    def __repr__(self) -> str:
        return "RoleInitials()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out: list[Span] = []
        for match in _AFTER_CUE.finditer(text):
            if match.group("cue").lower() in ACTION_CUES and self._initials(match):
                out.append(self._span(match))
        pos = 0
        while (match := _LABEL.search(text, pos)) is not None:
            if not opens_field_after_gap(text, match.start()):
                pos = match.start() + 1  # a later word of the same line may open the field
                continue
            pos = match.end()
            label = match.group("label").lower().replace("(", " ").replace(")", " ").replace("/", " ").split()
            if any(word in ACTION_CUES for word in label) and self._initials(match):
                out.append(self._span(match))
        for match in _BRACKETED.finditer(text):
            letters = _letters(match.group("value"))
            if match.group("noun").lower() in _BRACKET_NOUNS and letters not in HARD_PUBLIC \
                    and not _spelt_by(letters, text[max(0, match.start() - 80) : match.start("value")]):
                out.append(Span(*match.span("value"), PERSON, ROLE_INITIALS_SCORE))
        for match in _LOG_END.finditer(text):
            letters = match.group("value")
            line_start, _ = near_line_bounds(text, match.start("value"), _SPELT_REACH)
            if letters not in HARD_PUBLIC and not _spelt_by(letters, text[line_start : match.start("value")]):
                out.append(Span(*match.span("value"), PERSON, ROLE_INITIALS_SCORE))
        return out

    @staticmethod
    def _initials(match: re.Match[str]) -> bool:
        letters = _letters(match.group("value"))
        return 2 <= len(letters) <= 3 and letters not in HARD_PUBLIC

    @staticmethod
    def _span(match: re.Match[str]) -> Span:
        start, end = match.span("value")
        value = match.group("value")
        if value.endswith(".") and value.count(".") == 1:
            end -= 1
        return Span(start, end, PERSON, ROLE_INITIALS_SCORE)
