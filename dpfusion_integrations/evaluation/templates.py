"""Document templates of the synthetic corpus: four domains, four templates each.

A slot ``{key}`` is filled from :data:`SLOTS` (the same key in one document is the same entity,
with one ``entity_id``); ``{amount}`` is filled but stays public (money is not an identifier here).
Public facts are annotated in place as ``[[kind:text]]`` (kinds in :data:`FACT_KINDS`: drugs,
diagnoses, amounts, actions); the markers are removed when a document is generated and the fact
becomes a :class:`~dpfusion_integrations.evaluation.corpus.FactSpan`, as does every ``{amount}``. Facts
are what a release must keep for the document to stay useful (fact retention); none is private.
Every template names the data subject (``{subject}``, the attacked slot) in its first sentence, so
that a short paraphrase reaches it, and uses no gendered pronoun (a pronoun would correlate the
public text with the subject's first name and make the attack game unfair).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from dpfusion_integrations.evaluation import pools

__all__ = ["DOMAINS", "FACT_KINDS", "SLOTS", "TEMPLATES", "SlotKind"]

#: Kinds of annotated public facts.
FACT_KINDS: tuple[str, ...] = ("drug", "diagnosis", "amount", "action")


@dataclass(frozen=True)
class SlotKind:
    """How a slot is filled and labelled (``entity_type`` ``None``: public, no span; ``fact``: the
    fact kind of a public slot's value, if it is one)."""

    entity_type: str | None
    identifier_type: str
    make: Callable[[random.Random], str]
    fact: str | None = None


def _pick(values: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(values)


SLOTS: dict[str, SlotKind] = {
    "subject": SlotKind("PERSON", "DIRECT", pools.full_name),
    "doctor": SlotKind("PERSON", "DIRECT", pools.full_name),
    "agent": SlotKind("PERSON", "DIRECT", pools.full_name),
    "manager": SlotKind("PERSON", "DIRECT", pools.full_name),
    "counterparty": SlotKind("PERSON", "DIRECT", pools.full_name),
    "date": SlotKind("DATE_TIME", "QUASI", pools.date_long),
    "date2": SlotKind("DATE_TIME", "QUASI", pools.date_long),
    "dob": SlotKind("DATE_TIME", "QUASI", pools.date_numeric),
    "phone": SlotKind("PHONE_NUMBER", "DIRECT", pools.phone),
    "email": SlotKind("EMAIL_ADDRESS", "DIRECT", pools.email),
    "mrn": SlotKind("MEDICAL_RECORD_NUMBER", "DIRECT", pools.mrn),
    "account": SlotKind("ACCOUNT_ID", "DIRECT", pools.account_id),
    "ssn": SlotKind("US_SSN", "DIRECT", pools.ssn),
    "card": SlotKind("CREDIT_CARD", "DIRECT", pools.card_number),
    "city": SlotKind("LOCATION", "QUASI", _pick(pools.CITIES)),
    "address": SlotKind("LOCATION", "QUASI", pools.street_address),
    "hospital": SlotKind("ORGANIZATION", "QUASI", _pick(pools.HOSPITALS)),
    "bank": SlotKind("ORGANIZATION", "QUASI", _pick(pools.BANKS)),
    "company": SlotKind("ORGANIZATION", "QUASI", _pick(pools.COMPANIES)),
    "amount": SlotKind(None, "NO_MASK", pools.amount, fact="amount"),
}

DOMAINS: tuple[str, ...] = ("clinical", "bank", "hr", "contract")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "clinical": (
        "Patient {subject} (MRN {mrn}, DOB {dob}) was admitted to {hospital} on {date} with [[diagnosis:chest pain]] "
        "and [[diagnosis:shortness of breath]]. An [[action:ECG]] showed [[diagnosis:no acute changes]]. {subject} was "
        "started on [[drug:aspirin]] and [[action:observed overnight]]. Follow-up with Dr. {doctor} is planned for "
        "{date2}; the patient can be reached at {phone}.",
        "Discharge summary for {subject}, medical record {mrn}. The patient presented on {date} with a "
        "[[diagnosis:fractured left wrist]] after a fall in {city}. The fracture was [[action:reduced under sedation]] "
        "by Dr. {doctor}. [[action:Discharged home the same day]] with a [[action:cast]]; review in the "
        "[[action:fracture clinic]] on {date2}.",
        "Clinic note: {subject} (DOB {dob}) came in on {date} reporting two weeks of [[diagnosis:fatigue]] and "
        "[[diagnosis:weight loss]]. [[action:Blood tests were ordered]], including a [[action:full blood count]] and "
        "[[action:thyroid panel]]. Results will be sent to {email}. [[action:Referred]] to Dr. {doctor} at {hospital} "
        "for further assessment.",
        "Telephone consultation with {subject} on {date}. The patient, MRN {mrn}, lives at {address} in {city} "
        "and reported [[diagnosis:worsening asthma]] at night. The [[drug:inhaler]] [[action:dose was increased]] and "
        "a [[drug:spacer]] was prescribed. Dr. {doctor} will call back on {phone} if symptoms persist.",
    ),
    "bank": (
        "Support ticket: customer {subject} reported an [[action:unrecognized charge]] of {amount} on card {card} on "
        "{date}. The [[action:card was blocked]] and a [[action:replacement was ordered]] to {address}, {city}. "
        "{subject} asked for updates at {email}. Handled by agent {agent} of {bank}.",
        "Customer {subject} called on {date} about account {account}, which was [[action:locked]] after "
        "[[action:three failed login attempts]]. Identity was verified with the SSN {ssn} and the phone number "
        "{phone}. [[action:Access was restored]] and the [[action:password was reset]]. Agent: {agent}.",
        "Complaint from {subject}, account {account} at {bank}: a [[action:transfer]] of {amount} made on {date} has "
        "[[action:not reached the recipient]]. The [[action:payment was traced]] and will be [[action:returned within "
        "five business days]]. A [[action:confirmation was sent]] to {email} by {agent}.",
        "Loan enquiry: {subject} of {city} asked on {date} about [[action:refinancing a mortgage]] of {amount}. Account "
        "{account} is [[action:in good standing]]. {agent} [[action:scheduled a call]] for {date2} at {phone} to "
        "discuss rates.",
    ),
    "hr": (
        "Subject: Leave request. Hi {manager}, {subject} has asked for [[action:parental leave]] from {date} to "
        "{date2}. The [[action:request was approved]] by payroll. Contact details on file: {phone} and {email}. "
        "Please [[action:update the team rota]] at {company} accordingly.",
        "Dear {subject}, following the [[action:interview]] on {date}, we are pleased to [[action:offer you the "
        "position]] of [[action:data analyst]] at {company} in {city}, starting on {date2} with an "
        "[[action:annual salary]] of {amount}. Please reply to {manager} at {email} to confirm.",
        "Incident report: on {date}, {subject} (employee ID {account}) was [[diagnosis:injured]] while "
        "[[action:moving equipment]] in the {city} warehouse. [[action:First aid]] was given on site by {manager}. "
        "The case has been [[action:reported to the insurer]] and a [[action:follow-up meeting]] is set for {date2}.",
        "Performance review for {subject}, prepared by {manager} on {date}. [[action:Targets for the year were met]], "
        "including the [[action:launch of the new reporting tool]] at {company}. A [[action:salary adjustment]] to "
        "{amount} takes effect on {date2}. Questions can be sent to {email}.",
    ),
    "contract": (
        "This [[action:rental agreement]] is made on {date} between {subject} (the Tenant) and {counterparty} (the "
        "Landlord) for the property at {address}, {city}. The [[action:monthly rent]] is {amount}, due on the "
        "[[action:first day of each month]]. The Tenant can be reached at {phone}.",
        "[[action:Service contract]] between {company} and {subject}, effective {date}. The contractor will deliver "
        "[[action:monthly maintenance reports]] and invoices of {amount} to {email}. Either party may "
        "[[action:terminate with thirty days notice]]. Signed for {company} by {counterparty}.",
        "[[action:Loan agreement]] dated {date}: {counterparty} lends {subject} the sum of {amount}, to be "
        "[[action:repaid in full]] by {date2}. Payments go to account {account} at {bank}. The borrower's SSN is "
        "{ssn}.",
        "[[action:Non-disclosure agreement]] between {subject} of {city} and {company}, signed on {date}. The "
        "receiving party will keep all [[action:confidential information secret for three years]]. Notices go to "
        "{email} or by phone to {phone}; the company's contact is {counterparty}.",
    ),
}
