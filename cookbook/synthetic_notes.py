"""Synthetic patient notes (invented people, numbers and addresses) shared by the cookbook scripts."""

from __future__ import annotations

NOTES = [
    {"patient_id": "p-101", "text": "Patient Johnathan Reyes (MRN 738201), 54, seen on 03/02/2026 for chest pain on "
                                    "exertion. ECG normal. Started aspirin. Phone 617-555-0143."},
    {"patient_id": "p-102", "text": "Maria Lindqvist, MRN 992014, presented with a persistent dry cough for three "
                                    "weeks. Chest X-ray clear. Prescribed an inhaler. Email maria.l@example.org."},
    {"patient_id": "p-103", "text": "Follow-up for Ahmed Karimi (MRN 410377): blood pressure 150/95 despite "
                                    "lisinopril. Dose increased. Lives at 12 Elm Street, Springfield."},
    {"patient_id": "p-104", "text": "Chloe Dubois, born 07/19/1988, reports migraines twice a week. Started "
                                    "sumatriptan. Contact 415-555-0178."},
    {"patient_id": "p-105", "text": "Oliver Brennan (MRN 552910) admitted with type 2 diabetes out of control, HbA1c "
                                    "9.8%. Metformin increased; dietitian referral."},
    {"patient_id": "p-106", "text": "Sofia Moreno, MRN 300415, has seasonal allergies; cetirizine recommended. "
                                    "Next visit 04/11/2026."},
]
