"""Round 6: a capitalised first name right after a lower-case role word: "driver Seru will call",
"your courier Tavita is nearby", "technician Oyelaran fixed it".

The proper-noun sweep skips capitalised words on the (very large) safe list, so a given name that is
also some word stays public after a role word. In the middle of a sentence, a capitalised word right
after a lower-case role noun names that person when it is no ordinary word, a known name, or is
followed by a lower-case verb ("will", "is", "called"). Months, weekdays, titles and all-caps words
are never taken; a capitalised neighbour that is a name joins.

Over-tagging risk: a product or place after a role word ("driver Update is available" is taken). The
decision depends on the role word, the candidate's case and the word after it. Typed PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    WEEKDAYS,
    TextView,
    grow,
    name_part,
    run_span,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ROLE_WORDS", "RoleNames"]

ROLE_SCORE = 0.66

#: Lower-case nouns for someone doing a job, before whose first name they stand.
ROLE_WORDS = frozenset({
    "driver", "courier", "technician", "engineer", "tutor", "nanny", "carer", "caregiver", "cleaner",
    "plumber", "electrician", "interpreter", "translator", "guide", "chauffeur", "rider", "installer",
    "surveyor", "inspector", "assessor", "advisor", "adviser", "caseworker", "paramedic", "porter",
    "receptionist", "pharmacist", "midwife", "nurse", "therapist", "physio", "dentist", "host", "hostess",
    "steward", "stewardess", "concierge", "agent", "rep", "representative", "operator", "dispatcher",
    "handler", "volunteer", "mentor", "coach", "instructor", "teacher", "lecturer", "supervisor", "warden",
    "landlord", "landlady", "caretaker", "janitor", "builder", "contractor", "mechanic", "locksmith",
})  # fmt: skip


class RoleNames:
    """A capitalised first name after a lower-case role word (see module doc)."""

    name = "role-names-r6"

    def __repr__(self) -> str:
        return "RoleNames()"

    def detect(self, view: TextView) -> list[Span]:
        toks, text = view.toks, view.text
        out: list[Span] = []
        for k in range(1, len(toks)):
            prev, tok = toks[k - 1], toks[k]
            if prev.norm not in ROLE_WORDS or not prev.text.islower() or not prev.space_after:
                continue
            if not (tok.wordlike and tok.cap and len(tok.norm) >= 2) or tok.text.isupper() or tok.title \
                    or tok.sent_start or tok.norm in MONTHS or tok.norm in WEEKDAYS or "\n" in text[prev.end : tok.start]:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            verb_after = nxt is not None and nxt.text.islower() and nxt.pos in ("VERB", "AUX")
            if tok.name or not tok.safe or verb_after:
                _, j = grow(view, k, k, part=name_part)
                out.append(run_span(view, k, j, PERSON, ROLE_SCORE))
        return out
