"""Round 9: a person's initials alone where people sign, act for someone, or are named by role.

Initials (two or three capitals, maybe dotted: "CP", "J.D.", "SÂ") stand for a person in three places
that the earlier initials rules (``cued_initials.py``, ``signed_initials_r6.py``,
``names_role_initials_r8.py``) do not read:

- **closing a message after a sign-off word**: "thanks!! CP", "cheers, JD", "ta – MK", "Best, A.B."
  (the initials end the line; punctuation, dashes and spaces may stand between);
- **before a capacity phrase**: "KT (for the Production)", "JD on behalf of the tenant", "MK for the
  landlord", "AB p.p. the owner": someone signing for a party;
- **in brackets after a role noun, an adjective between allowed**: "the previous keeper (FK)", "tenant
  (AB)", "the new owner (RS)": nouns for a party of a record (keepers, owners, occupants, adopters...)
  besides the person nouns round 8 reads.

Public look-alikes: sign-off chatter and acronyms ("thanks!! OK", "cheers, FYI", "Thanks, HR", "(PDF)",
"(UTC)"), which :data:`SIGNOFF_PUBLIC` and round 8's hard list keep public (:func:`placed_public`: its
two-letter pairs that are common initials, "TV", "OB", are taken in these places); "(for the record)"
and other set phrases after "for the" (:data:`_NOT_PARTIES`); bracketed capitals that spell the noun
before them ("the data controller (DC)"). Decisions depend on the cue, the layout and the capitals only.
Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.names_role_initials_r8 import HARD_PUBLIC
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PARTY_NOUNS", "SIGNOFF_PUBLIC", "SignedInitials", "initials_letters", "placed_public", "public_initials"]

SIGNED_INITIALS_SCORE = 0.72

#: Capitals that close chat messages or notes without naming anyone, and common acronyms.
SIGNOFF_PUBLIC = frozenset({
    "OK", "OKAY", "XX", "XXX", "XO", "XOXO", "PS", "PPS", "NB", "FYI", "ASAP", "BTW", "TY", "THX", "TYVM", "LOL",
    "OMG", "IMO", "IMHO", "BRB", "TTYL", "RSVP", "TBC", "TBA", "TBD", "ETA", "HR", "IT", "PR", "QA", "UK",
    "EU", "US", "USA", "UN", "AM", "PM", "UTC", "GMT", "CET", "EST", "PST", "ID", "PDF", "CEO", "CFO", "COO",
    "CTO", "FAQ", "NA", "AKA", "DIY", "VIP", "ATM", "PIN", "SMS", "URL", "OOO", "EOD", "COB", "EOW", "NO",
    "YES", "ALL", "HQ", "IRL", "NSFW", "RIP",
})  # fmt: skip
#: Two-letter acronyms of round 8's hard list that stay public even where a cue says initials.
_PLACED_PAIRS = frozenset({"HR", "QA", "QC", "HQ", "EU", "UK", "UN", "US", "OK", "NY", "AI", "ER", "IT", "UI", "UX"})
#: Chat sign-offs in capitals that are public only at a message's end ("thanks all, GG", "cya, TTYL").
_CHAT_CLOSERS = frozenset({"TIA", "GL", "HF", "GG", "WP", "DM", "TTYL", "CYA", "LMK", "BRB", "XOX", "HAND", "KR"})
#: Nouns for a party of a record (besides round 8's person nouns), before bracketed initials.
PARTY_NOUNS = frozenset({
    "keeper", "keepers", "holder", "owner", "owners", "co-owner", "occupier", "occupant", "resident", "lessee",
    "lessor", "landlord", "landlady", "tenant", "tenants", "hirer", "renter", "guarantor", "adopter",
    "adopters", "fosterer", "carer", "finder", "sender", "recipient", "addressee", "payer", "payee",
    "policyholder", "insured", "beneficiary", "executor", "executrix", "trustee", "employee", "employer",
    "applicant", "claimant", "complainant", "patient", "client", "customer", "member", "guest", "visitor",
    "passenger", "rider", "driver", "pilot", "diver", "climber", "student", "pupil", "learner", "trainee",
    "apprentice", "instructor", "trainer", "coach", "teacher", "tutor", "mentor", "author", "editor",
    "photographer", "signatory", "signer", "attendee", "participant", "volunteer", "caller", "reporter",
    "informant", "neighbour", "neighbor", "vendor", "purchaser", "buyer", "seller", "consignee", "collector",
    "surrenderer", "breeder", "handler", "walker", "groomer", "sitter", "minder", "nanny", "babysitter",
    "cleaner", "contractor", "tradesperson", "engineer", "technician", "surveyor", "valuer", "assessor",
    "inspector", "supervisor", "manager", "host", "lodger", "subtenant", "licensee", "licensor", "grantor",
    "grantee", "assignor", "assignee", "mortgagor", "mortgagee", "heir", "widow", "widower", "spouse",
    "partner", "parent", "guardian", "child", "minor", "dependant", "dependent", "victim", "witness",
    "suspect", "offender", "accused", "defendant", "plaintiff", "respondent", "appellant", "person",
})  # fmt: skip
#: Words after "for the" that make a set phrase, not a party ("(for the record)", "for the time being").
_NOT_PARTIES = frozenset({
    "record", "records", "avoidance", "time", "moment", "rest", "purpose", "purposes", "sake", "benefit",
    "love", "win", "most", "first", "last", "next", "same", "whole", "day", "week", "month", "year", "night",
    "weekend", "morning", "evening", "afternoon", "attention", "information", "info", "reference",
    "file", "files", "minutes", "log", "price", "cost", "fee", "fees", "deposit", "form", "forms", "trip",
    "event", "job", "work", "use", "period", "duration", "term", "life", "lot", "best", "good", "better",
})  # fmt: skip

_UPPER = r"[^\W\d_]"
#: Two or three capitals, or dotted capitals ("J.D.", "J. D."), alone (no letter, digit or code joint).
_CAPS = rf"(?P<value>{_UPPER}{{2,3}}|{_UPPER}\.[ ]?{_UPPER}\.(?:[ ]?{_UPPER}\.)?)(?![\w@/&-])"
_SIGNOFF_WORDS = (
    r"thanks|thank[ ]you|thx|thanx|tx|ty|ta|cheers|regards|best|love|bye|br|kr|rgds|yours|sincerely|"
    r"warmly|xx|xo|talk[ ]soon|speak[ ]soon|see[ ]you|cu|ciao|merci|danke|gracias|obrigad[oa]|grazie|"
    r"saludos|gr[üu](?:ß|ss)e|gru(?:ß|ss)|mfg|mvh|hilsen|hälsningar|groet(?:en|jes)|pozdrawiam|"
    r"pozdrav(?:y|ljam)?|cordialement|bises|bisous|abrazos|besos|beijos|abraços?|cumprimentos|atentamente|"
    r"saluti|un[ ]saluto|terveisin|üdv|selamlar"
)
#: A sign-off word, some punctuation or a dash, then initials ending the line.
_SIGNOFF = re.compile(
    rf"(?im)(?<![\w-])(?:many[ ]|kind[ ]|best[ ]|warm[ ]|all[ ]the[ ])?(?:{_SIGNOFF_WORDS})(?!\w)"
    r"[ \t]{0,8}[!.,:;~–—-]{0,4}[ \t]{0,8}(?:\n[ \t>]{0,8})?"
    rf"{_CAPS}[ \t]{{0,8}}[.!]?[ \t]{{0,8}}$"
)
#: Initials, then a capacity phrase: "(for the Production)", "on behalf of", "for and on behalf of", "p.p.".
_CAPACITY = re.compile(
    rf"(?<![\w.&/-]){_CAPS}[ \t]{{0,4}}(?P<phrase>\((?:for|on[ ]behalf[ ]of|obo|o\.b\.o\.)[ ](?:the[ ])?"
    r"(?P<party>[^\W\d_][\w-]{0,30})[^()\n]{0,40}\)"
    r"|(?:for[ ]and[ ])?on[ ]behalf[ ]of[ ]|p\.?p\.?[ ]|obo[ ]|for[ ]the[ ](?P<role>[a-z][\w-]{0,30}))"
)
#: A party noun, then initials in brackets ("the previous keeper (FK)": the noun decides, not its adjectives).
_BRACKETED = re.compile(
    rf"(?<![\w-])(?P<noun>[A-Za-z][a-z-]{{1,20}})[ \t]?\({_CAPS}\)"
)
_SPELT_REACH = 60


def initials_letters(value: str) -> str:
    """The capitals of an initials string ("J. D." -> "JD")."""
    return "".join(c for c in value if c.isalpha())


def placed_public(letters: str) -> bool:
    """Whether ``letters`` stay public even where a cue says initials (a sign-off, a capacity phrase, a
    party noun before brackets, a person named with those initials): the sign-off list, acronyms of three
    letters or more of round 8's hard list and its two-letter teams, places and statuses ("HR", "UK",
    "OK"). Its other two-letter pairs ("TV", "OB", "MD") are common initials, and the place decides."""
    if not letters.isupper() or letters in SIGNOFF_PUBLIC:
        return True
    return letters in HARD_PUBLIC and (len(letters) > 2 or letters in _PLACED_PAIRS)


def public_initials(letters: str) -> bool:
    """Whether ``letters`` are no initials here: not all capitals, or a public acronym in every place
    (round 8's hard list and the sign-off list)."""
    return not letters.isupper() or letters in HARD_PUBLIC or letters in SIGNOFF_PUBLIC


def _spells(letters: str, before: str) -> bool:
    """Whether ``letters`` are the initials of the words just before them ("data controller (DC)")."""
    parts = re.findall(r"[^\W\d_]+", before)
    if len(parts) < len(letters):
        return False
    return "".join(p[0] for p in parts[-len(letters):]).lower() == letters.lower()


def _span(match: re.Match[str]) -> Span:
    start, end = match.span("value")
    value = match.group("value")
    if value.endswith(".") and value.count(".") == 1:
        end -= 1
    return Span(start, end, PERSON, SIGNED_INITIALS_SCORE)


class SignedInitials:
    """Initials after a sign-off word, before a capacity phrase, or in brackets after a party noun."""

    name = "signed-initials-r9"

    def __repr__(self) -> str:
        return "SignedInitials()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out: list[Span] = []
        for match in _SIGNOFF.finditer(text):
            letters = initials_letters(match.group("value"))
            if not placed_public(letters) and letters not in _CHAT_CLOSERS:
                out.append(_span(match))
        for match in _CAPACITY.finditer(text):
            if placed_public(initials_letters(match.group("value"))):
                continue
            party = (match.group("party") or match.group("role") or "").lower()
            if party in _NOT_PARTIES:
                continue
            if match.group("role") is not None and party not in PARTY_NOUNS:
                continue  # unbracketed "XX for the <word>" only before a party noun ("MK for the landlord")
            out.append(_span(match))
        for match in _BRACKETED.finditer(text):
            noun = match.group("noun").lower()
            letters = initials_letters(match.group("value"))
            if noun not in PARTY_NOUNS or placed_public(letters):
                continue
            if _spells(letters, text[max(0, match.start() - _SPELT_REACH) : match.start("value")]):
                continue
            out.append(_span(match))
        return out
