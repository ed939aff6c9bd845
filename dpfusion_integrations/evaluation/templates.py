"""Document templates of the synthetic corpus: four domains, four templates each.

A slot ``{key}`` is filled from :data:`SLOTS` (the same key in one document is the same entity,
with one ``entity_id``); ``{amount}`` is filled but stays public (money is not an identifier here).
Every template names the data subject (``{subject}``, the attacked slot) in its first sentence, so
that a short paraphrase reaches it, and uses no gendered pronoun (a pronoun would correlate the
public text with the subject's first name and make the attack game unfair).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from dpfusion_integrations.evaluation import pools

__all__ = ["DOMAINS", "SLOTS", "TEMPLATES", "SlotKind"]


@dataclass(frozen=True)
class SlotKind:
    """How a slot is filled and labelled (``entity_type`` ``None``: public, no span)."""

    entity_type: str | None
    identifier_type: str
    make: Callable[[random.Random], str]


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
    "amount": SlotKind(None, "NO_MASK", pools.amount),
}

DOMAINS: tuple[str, ...] = ("clinical", "bank", "hr", "contract")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "clinical": (
        "Patient {subject} (MRN {mrn}, DOB {dob}) was admitted to {hospital} on {date} with chest pain and "
        "shortness of breath. An ECG showed no acute changes. {subject} was started on aspirin and observed "
        "overnight. Follow-up with Dr. {doctor} is planned for {date2}; the patient can be reached at {phone}.",
        "Discharge summary for {subject}, medical record {mrn}. The patient presented on {date} with a fractured "
        "left wrist after a fall in {city}. The fracture was reduced under sedation by Dr. {doctor}. Discharged "
        "home the same day with a cast; review in the fracture clinic on {date2}.",
        "Clinic note: {subject} (DOB {dob}) came in on {date} reporting two weeks of fatigue and weight loss. "
        "Blood tests were ordered, including a full blood count and thyroid panel. Results will be sent to "
        "{email}. Referred to Dr. {doctor} at {hospital} for further assessment.",
        "Telephone consultation with {subject} on {date}. The patient, MRN {mrn}, lives at {address} in {city} "
        "and reported worsening asthma at night. The inhaler dose was increased and a spacer was prescribed. "
        "Dr. {doctor} will call back on {phone} if symptoms persist.",
    ),
    "bank": (
        "Support ticket: customer {subject} reported an unrecognized charge of {amount} on card {card} on {date}. "
        "The card was blocked and a replacement was ordered to {address}, {city}. {subject} asked for updates "
        "at {email}. Handled by agent {agent} of {bank}.",
        "Customer {subject} called on {date} about account {account}, which was locked after three failed "
        "login attempts. Identity was verified with the SSN {ssn} and the phone number {phone}. Access was "
        "restored and the password was reset. Agent: {agent}.",
        "Complaint from {subject}, account {account} at {bank}: a transfer of {amount} made on {date} has not "
        "reached the recipient. The payment was traced and will be returned within five business days. A "
        "confirmation was sent to {email} by {agent}.",
        "Loan enquiry: {subject} of {city} asked on {date} about refinancing a mortgage of {amount}. Account "
        "{account} is in good standing. {agent} scheduled a call for {date2} at {phone} to discuss rates.",
    ),
    "hr": (
        "Subject: Leave request. Hi {manager}, {subject} has asked for parental leave from {date} to {date2}. "
        "The request was approved by payroll. Contact details on file: {phone} and {email}. Please update the "
        "team rota at {company} accordingly.",
        "Dear {subject}, following the interview on {date}, we are pleased to offer you the position of data "
        "analyst at {company} in {city}, starting on {date2} with an annual salary of {amount}. Please reply to "
        "{manager} at {email} to confirm.",
        "Incident report: on {date}, {subject} (employee ID {account}) was injured while moving equipment in the "
        "{city} warehouse. First aid was given on site by {manager}. The case has been reported to the insurer "
        "and a follow-up meeting is set for {date2}.",
        "Performance review for {subject}, prepared by {manager} on {date}. Targets for the year were met, "
        "including the launch of the new reporting tool at {company}. A salary adjustment to {amount} takes "
        "effect on {date2}. Questions can be sent to {email}.",
    ),
    "contract": (
        "This rental agreement is made on {date} between {subject} (the Tenant) and {counterparty} (the "
        "Landlord) for the property at {address}, {city}. The monthly rent is {amount}, due on the first day of "
        "each month. The Tenant can be reached at {phone}.",
        "Service contract between {company} and {subject}, effective {date}. The contractor will deliver "
        "monthly maintenance reports and invoices of {amount} to {email}. Either party may terminate with thirty "
        "days notice. Signed for {company} by {counterparty}.",
        "Loan agreement dated {date}: {counterparty} lends {subject} the sum of {amount}, to be repaid in full by "
        "{date2}. Payments go to account {account} at {bank}. The borrower's SSN is {ssn}.",
        "Non-disclosure agreement between {subject} of {city} and {company}, signed on {date}. The receiving "
        "party will keep all confidential information secret for three years. Notices go to {email} or by phone "
        "to {phone}; the company's contact is {counterparty}.",
    ),
}
