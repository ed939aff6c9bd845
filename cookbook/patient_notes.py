"""Invented patient notes for the cookbooks, and the check that none of their identifiers got out.

Every person, record number and phone number here is made up. Each note is about a different
condition and plants three identifiers (name, MRN, phone). The cookbooks send a question's notes
through DP-Fusion before anything outside the trust boundary (a remote LLM, a tracer, the
console) sees them, and then call :func:`check_no_planted_pii` on what did get out. A failed check
names the patient and the kind of identifier, never its value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class PatientNote:
    """One note: ``planted`` maps a kind of identifier ("name", "MRN", "phone") to its value in ``text``."""

    patient_id: str
    text: str
    planted: dict[str, str]


NOTES: tuple[PatientNote, ...] = (
    PatientNote("p-101", "Patient Johnathan Reyes (MRN 738201) was seen for chest pain on exertion. Resting "
                         "electrocardiogram normal; troponin negative. Started aspirin. Phone 617-555-0143.",
                {"name": "Johnathan Reyes", "MRN": "738201", "phone": "617-555-0143"}),
    PatientNote("p-102", "Patient Maria Lindqvist, MRN 992014, has had a dry cough for three weeks with fever and "
                         "crackles at the right base. Chest X-ray shows right lower lobe pneumonia; started "
                         "amoxicillin. Phone 508-555-0199.",
                {"name": "Maria Lindqvist", "MRN": "992014", "phone": "508-555-0199"}),
    PatientNote("p-103", "Follow-up for Ahmed Karimi (MRN 410377): blood pressure 150/95 despite lisinopril, so the "
                         "dose was increased. Phone 781-555-0162.",
                {"name": "Ahmed Karimi", "MRN": "410377", "phone": "781-555-0162"}),
    PatientNote("p-104", "Seen today: Chloe Dubois (MRN 665023) reports migraines with aura twice a week. Started "
                         "a triptan; headache diary advised. Phone 415-555-0178.",
                {"name": "Chloe Dubois", "MRN": "665023", "phone": "415-555-0178"}),
    PatientNote("p-105", "Admission note for Oliver Brennan (MRN 552910): type 2 diabetes out of control, HbA1c "
                         "9.8%. Metformin increased; dietitian referral. Phone 312-555-0127.",
                {"name": "Oliver Brennan", "MRN": "552910", "phone": "312-555-0127"}),
    PatientNote("p-106", "Patient Sofia Moreno, MRN 300415, fell on an outstretched hand; X-ray shows a distal radius "
                         "fracture of the left wrist, now in a cast. Phone 646-555-0134.",
                {"name": "Sofia Moreno", "MRN": "300415", "phone": "646-555-0134"}),
    PatientNote("p-107", "Clinic visit for Liam Walsh (MRN 884216): seasonal allergies with sneezing and itchy eyes; "
                         "cetirizine recommended. Phone 206-555-0188.",
                {"name": "Liam Walsh", "MRN": "884216", "phone": "206-555-0188"}),
)

#: Each note's text by patient id: the private store the agents resolve references against.
NOTE_TEXT: dict[str, str] = {note.patient_id: note.text for note in NOTES}


@dataclass(frozen=True)
class OutsideView:
    """What left the trust boundary during a cookbook run (returned so tests can look at it too)."""

    model_inputs: list[str]  # what the downstream (remote, answering or agent) model received
    trace: list[str]  # every trace run, callback or event payload, serialized as a tracer would ship it


def check_no_planted_pii(texts: Iterable[str], where: str) -> None:
    """Raise ``AssertionError`` if any planted identifier occurs in ``texts`` (what ``where`` got).

    The message names the patient and the kind of identifier only, so the failure itself leaks nothing.
    """
    seen = "\n".join(texts)
    for note in NOTES:
        for kind, value in note.planted.items():
            if value in seen:
                raise AssertionError(f"{where} holds the {kind} of patient {note.patient_id}")
