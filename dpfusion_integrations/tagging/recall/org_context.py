"""Organisations named by their context: the name after a phrase that says "this is an employer,
school, bank, shop, charity or hotel", whatever words the name is made of ("works at Zentrix",
"employed by Kallisto", "a developer at Quorvix", "her employer, Nordlys", "attends Maplewood",
"banks with Nordea", "volunteers with Hope for Harare", "staying at the Miramar", "CEO of Ardent").

After the cue (and an optional lower-case "the"), the organisation is either

- a **capitalised run**, grown over capitalised neighbours and connectors as the proper-noun sweep
  grows names, plus "for" between capitalised words ("Women for Water Kenya") and a number after
  "nr"/"no." ("Gimnazjum nr 3"); this takes one-word brand names even when they are ordinary words
  ("works for Atlas", "employed by Summit"), which no other detector can see; or
- in lower case, **one or two words that are not ordinary words** nor chat slang ("works at
  fernwood", "quit vantix"), so "works at home", "staying at the hospital" and "joined the team"
  stay public.

The decision depends only on the cue (public words) and the name's own words. In title-case
headings ("How It Works At Scale") the cue's last word is capitalised and the rule does not fire.
The score is below the organisation-word and name detectors', so those decide the type where they
overlap; alone the span is an ORGANIZATION.

Over-tagging risk: a public institution or product after a cue is tagged ("works at Google",
"member of Parliament", "referred to Cardiology"); that costs utility, never privacy. "works with"
is not a cue ("works with Python 3.12" is common in technical prose).
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    WEEKDAYS,
    TextView,
    Tok,
    grow,
    joinable,
    run_span,
)
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ORG_CUES", "OrganizationContextRule"]

CONTEXT_SCORE = 0.6

_JOBS = (
    r"nurse|doctor|engineer|developer|programmer|manager|director|analyst|cashier|chef|cook|driver|receptionist"
    r"|teacher|lecturer|professor|accountant|clerk|porter|cleaner|housekeeper|waiter|waitress|barista|bartender"
    r"|technician|mechanic|electrician|plumber|welder|carpenter|designer|consultant|contractor|intern|trainee"
    r"|apprentice|associate|solicitor|lawyer|attorney|paralegal|pharmacist|dentist|therapist|carer|caregiver"
    r"|assistant|secretary|administrator|officer|supervisor|worker|employee|volunteer|researcher|scientist"
    r"|guard|operator|agent|representative|rep|salesperson|buyer|planner|coordinator|tester|writer|editor"
    r"|journalist|reporter|photographer|architect|surveyor|nanny|tutor|coach|instructor|trainer|paramedic"
    r"|midwife|physiotherapist|surgeon|registrar|locum|labourer|laborer|packer|picker|storeman|courier"
    r"|specialist|advisor|adviser|executive|partner|staff|member|shop[ ]assistant|support[ ]worker"
    r"|care[ ]worker|social[ ]worker|night[ ]manager|head[ ]chef|student|pupil"
)
#: Phrases (regex, matched case-insensitively) after which an organisation's name follows.
ORG_CUES: tuple[str, ...] = (
    # employment
    r"(?:works?|worked|working)(?:[ ]+(?:part[ -]time|full[ -]time|nights|shifts|weekends))?[ ]+(?:at|for)",
    r"employed(?:[ ]+(?:as[ ]+(?:an?[ ]+)?\w+))?[ ]+(?:by|at|with)", r"employee[ ]+(?:of|at)",
    r"(?:job|jobs|position|role|post|career|internship|placement|apprenticeship|contract|shift|shifts)[ ]+(?:at|with)",
    r"interned[ ]+(?:at|with)", r"consults[ ]+for", r"freelances?[ ]+for", r"joined", r"quit", r"resigned[ ]+from",
    r"(?:offer|offers|salary|payslip|payslips|reference)[ ]+from",
    r"(?:laid[ ]off|fired|dismissed|sacked|hired|recruited|poached|headhunted)[ ]+(?:by|from)",
    r"(?:formerly|previously|currently)[ ]+(?:with|at)", r"(?:started|starts|starting|began)[ ]+(?:work[ ]+)?(?:at|with)",
    r"on[ ]+the[ ]+payroll[ ]+of", r"salary[ ]+is[ ]+paid[ ]+by",
    rf"(?:{_JOBS})[ ]+(?:at|for|with)",
    (r"(?:ceo|cto|cfo|coo|founder|co-founder|director|owner|president|chairman|chairwoman|chairperson"
     r"|principal|head[ ]?teacher|head[ ]?master|headmistress|members?|pupils?|students?|guests?|employees?)[ ]+of"),
    r"(?:my|his|her|their|our|your)[ ]+(?:employer|company|firm|workplace|school|college|bank|hotel|charity)",
    r"(?:employer|company|firm|workplace|school|college|university|bank|hotel|charity|nursery)[ ]*[,:]",
    # schools
    (r"(?:attends|attended|attending|enrolled[ ]+(?:at|in)|studies[ ]+at|studied[ ]+at|studying[ ]+at"
     r"|graduated[ ]+from|graduate[ ]+of|alumn(?:us|a|i)[ ]+of|(?:year|grade|class)[ ]+\d{1,2}[ ]+at)"),
    r"(?:teach(?:es|ing)?|taught)(?:[ ]+\w+){0,2}[ ]+at",
    r"(?:phd|doctorate|degree|masters|master's|bachelor's|diploma|mba|msc|bsc)[ ]+(?:at|from)",
    # banks
    r"(?:banks|banked|banking)[ ]+with",
    r"(?:account|accounts|mortgage|loan|loans|savings|overdraft|isa|deposit)(?:[ ]+(?:is|was|are|held))?[ ]+(?:at|with)",
    r"(?:mortgage|loan|statement|transfer)[ ]+from", r"(?:card|loan|mortgage)[ ]+issued[ ]+by", r"issued[ ]+by",
    # shops
    r"(?:bought|purchased|ordered|shopped|shopping)(?:[ ]+\w+){0,3}[ ]+(?:at|from)",
    r"(?:receipt|order|invoice|refund)[ ]+from", r"(?:sold|sells)(?:[ ]+\w+)?[ ]+to",
    r"owns", r"owner[ ]+of", r"founded", r"co-founded",
    # charities and NGOs
    r"volunteer(?:s|ed|ing)?[ ]+(?:with|at|for)", r"(?:donation|donations|donated|donates)[ ]+to",
    r"(?:grant|grants|funding|bursary|scholarship)[ ]+from", r"referred[ ]+(?:by|to)", r"run[ ]+by",
    r"coordinates",
    # hotels and lodging
    r"(?:stay|stays|stayed|staying|stopping|lodging|lodged|holidaying|holidayed|honeymooned|honeymooning)[ ]+(?:at|in|with)",
    r"(?:checked[ ]+(?:in(?:to)?(?:[ ]+at)?|out[ ]+of)|check-in[ ]+at|check[ ]+in[ ]+at)",
    r"booked(?:[ ]+\w+){0,3}[ ]+at",
    r"(?:room|rooms|suite|night|nights|breakfast|dinner|reservation|reception|accommodation)[ ]+at",
    r"(?:lobby|reception|porter|concierge|manager|owners?|bar|restaurant)[ ]+of",
)  # fmt: skip
_CUE = re.compile(
    r"(?<![\w'’-])(?P<cue>(?i:" + "|".join(ORG_CUES) + r"))(?:[ \t]+(?P<the>the))?[ \t]+(?=\S)"
)
_NUMBER_WORDS = frozenset({"nr", "no", "no.", "nº", "n°", "number"})


def _title_case_cue(cue: str) -> bool:
    """Whether the cue looks like part of a title-case heading ("Works At"): its last word is capitalised."""
    words = cue.split()
    return len(words) > 1 and words[-1][:1].isupper()


class OrganizationContextRule:
    """The organisation named after an employer, school, bank, shop, charity or hotel cue (see module doc)."""

    name = "organization-context"

    def __repr__(self) -> str:
        return f"OrganizationContextRule(cues={len(ORG_CUES)})"

    def detect(self, view: TextView) -> list[Span]:
        index = {t.start: t.i for t in view.toks}
        out: list[Span] = []
        for match in _CUE.finditer(view.text):
            if _title_case_cue(match.group("cue")):
                continue
            k = index.get(match.end())
            if k is None:
                continue
            span = self._name_at(view, k)
            if span is not None:
                out.append(span)
        return out

    def _name_at(self, view: TextView, k: int) -> Span | None:
        toks, n = view.toks, len(view.toks)
        tok = toks[k]
        if tok.cap and tok.wordlike and not tok.title and tok.norm != "i" and tok.norm not in WEEKDAYS \
                and tok.norm not in MONTHS and (joinable(view, k, sentence_start=True) or tok.text == "The"):
            i, j = grow(view, k, k, sentence_start=True)
            i = max(i, k)
            while True:  # "Hope for Harare", "Gimnazjum nr 3"
                if j + 2 < n and toks[j + 1].norm == "for" and toks[j + 1].text.islower() \
                        and joinable(view, j + 2):
                    _, j = grow(view, j + 2, j + 2)
                    continue
                if j + 2 < n and toks[j + 1].norm in _NUMBER_WORDS and toks[j + 2].text.isdigit():
                    j += 2
                    continue
                break
            return run_span(view, i, j, ORGANIZATION, CONTEXT_SCORE)
        after_article = k > 0 and toks[k - 1].norm == "the"
        if self._unknown_lower(tok) and (view.chat_like or not after_article):
            j = k
            if k + 1 < n and self._unknown_lower(toks[k + 1]):
                j = k + 1
            return run_span(view, k, j, ORGANIZATION, CONTEXT_SCORE)
        return None

    @staticmethod
    def _unknown_lower(tok: Tok) -> bool:
        return (tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 3 and not tok.safe
                and tok.norm not in CHAT_SLANG)
