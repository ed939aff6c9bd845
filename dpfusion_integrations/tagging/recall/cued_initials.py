"""Round 4: undotted initials (two or three capitals) where a person signs, checks or receives:
"Checked by: TK", "Per DK the order was cancelled", "Keys handed to OD", "Agent KT closed it",
"x LN", "Booked by MK".

A run of capitals is far more often a public acronym ("approved by HR", "checked by QA"), so the
capitals are taken only after one of a few cue words (``by``, ``per``, signed, checked, approved,
agent, witness, ...; ``to`` only after a verb of handing or sending; ``x``/``xx`` only at a line
start; a second set joined to a taken one by "/", "and" or "&": "AB / CD") and never when they are a
common public acronym (:data:`PUBLIC_ACRONYMS`, with the dotted
abbreviations of ``initials.py``). The decision depends on the cue word and the capitals only.
Typed PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, run_span
from dpfusion_integrations.tagging.recall.initials import PUBLIC_ABBREVIATIONS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["INITIAL_CUES", "PERSON_NOUN_CUES", "PUBLIC_ACRONYMS", "CuedInitials"]

CUED_INITIALS_SCORE = 0.75

#: Words after which two or three capitals are someone's initials.
INITIAL_CUES = frozenset({
    "by", "per", "signed", "sign", "signature", "initials", "initialled", "initialed", "agent", "checked",
    "approved", "reviewed", "witnessed", "witness", "countersigned", "verified", "authorised", "authorized",
    "attn", "cc", "from", "tech", "technician", "engineer", "driver", "operator", "handler", "clerk", "cashier",
    "courier", "tutor", "rep", "adviser", "advisor", "caseworker", "officer", "nurse", "midwife", "analyst",
})  # fmt: skip
_HAND_VERBS = frozenset({
    "handed", "passed", "given", "gave", "sent", "delivered", "assigned", "escalated", "referred", "returned",
    "forwarded", "transferred", "reassigned", "allocated", "lent",
})  # fmt: skip
#: Acronyms that follow such cues in public text ("approved by QA", "sent to IT") besides ``initials.py``'s.
PUBLIC_ACRONYMS = frozenset({
    "QA", "UX", "UI", "PR", "AWS", "API", "SQL", "PDF", "CSV", "USB", "GPU", "CPU", "FAQ", "SLA", "KPI", "ROI",
    "CFO", "CTO", "COO", "CIO", "CMO", "VP", "SVP", "EVP", "HQ", "ICT", "NGO", "WHO", "IMF", "FBI", "CIA",
    "IRS", "DMV", "ATM", "PIN", "SMS", "GPS", "EMS", "ENT", "OT", "ED", "AE", "OB", "GYN", "MRI", "CT", "ECG",
    "EKG", "EEG", "NICU", "DNA", "RNA", "HIV", "CEO", "HR", "IT", "PM", "AM", "GP", "NHS", "ICU", "ER", "EU",
    "UK", "US", "USA", "UN", "OK", "TV", "AI", "ML", "LLM", "NLP", "RAG", "CLI", "SDK", "CI", "CD", "OS", "PC",
    "DM", "DMS", "SIM", "VAT", "TAX", "DHL", "UPS", "FEDEX", "UPU", "EMEA", "APAC", "IOS", "MAC", "RSS", "URL",
    "HTML", "CSS", "JSON", "XML", "YAML", "TLS", "SSL", "SSH", "VPN", "DNS", "LAN", "WAN", "BBC", "CNN", "AP",
    "AFP", "PTA", "PE", "RE", "FW", "FYI", "NB", "PS", "TBD", "TBC", "AOB", "ASAP", "EOD", "COB", "OOO", "WFH",
    "ID", "DOB", "SSN", "NI", "DP", "GDPR", "HIPAA", "ISO", "ANSI", "IEEE", "NASA", "FDA", "EMA", "CDC", "MHRA",
})  # fmt: skip
_LINE_CUES = frozenset({"x", "xx", "xxx", "-", "–", "—", "--"})
_LIST_JOINERS = frozenset({"/", "and", "&", "+"})


def _capitals(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and text.isascii()


#: Round 5: nouns for the person a record is about, before whose initials they stand ("client EP",
#: "patient JK", "participant MA").
PERSON_NOUN_CUES = frozenset({
    "client", "clients", "patient", "member", "pupil", "student", "resident", "participant", "subject",
    "customer", "tenant", "child", "learner", "trainee", "athlete", "player", "candidate", "applicant",
    "employee", "victim", "suspect", "caller", "complainant", "claimant", "donor", "recipient", "guest",
    "traveller", "traveler", "passenger", "user", "volunteer", "carer", "initials",
})  # fmt: skip


class CuedInitials:
    """Two or three capitals after a signing, checking or receiving cue (see module doc); round 5
    passes ``extra_cues`` (:data:`PERSON_NOUN_CUES`)."""

    name = "cued-initials"

    def __init__(self, *, extra_cues: frozenset[str] = frozenset()) -> None:
        self._cues = INITIAL_CUES | extra_cues

    def __repr__(self) -> str:
        return f"CuedInitials(cues={len(self._cues)})"

    def detect(self, view: TextView) -> list[Span]:
        toks, text = view.toks, view.text
        out: list[Span] = []
        taken = -2
        for k, tok in enumerate(toks):
            if not _capitals(tok.text) or tok.text in PUBLIC_ACRONYMS or tok.text in PUBLIC_ABBREVIATIONS:
                continue
            if k + 1 < len(toks) and (toks[k + 1].text[:1].isdigit() or (
                    not tok.space_after and toks[k + 1].text in ("-", "/", "'s", "’s"))):
                continue  # "by AB 12" is a code, "by DP-Fusion" a compound, not initials
            m = k - 1
            while m >= 0 and toks[m].text in (":", ",", "-", "–", "—") and "\n" not in text[toks[m].end : tok.start]:
                m -= 1
            if m < 0 or "\n" in text[toks[m].end : tok.start]:
                continue
            if taken >= 0 and toks[m].norm in _LIST_JOINERS and m - 1 == taken:
                out.append(run_span(view, k, k, PERSON, CUED_INITIALS_SCORE))  # "AB / CD", "AB and CD"
                taken = k
                continue
            cue = toks[m]
            line_start = m == 0 or toks[m - 1].text.isspace() or "\n" in text[toks[m - 1].end : cue.start]
            if cue.norm in self._cues or (cue.text in _LINE_CUES and line_start) or (
                    cue.norm == "to" and any(toks[j].norm in _HAND_VERBS for j in range(max(0, m - 3), m))):
                out.append(run_span(view, k, k, PERSON, CUED_INITIALS_SCORE))
                taken = k
        return out
