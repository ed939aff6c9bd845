"""The fixed, public set of group types the recall profile reports.

Every detector of the recall profile (Presidio's recognizers, spaCy entities, the proper-noun sweep,
gazetteers, shape rules) maps what it finds onto one of six types, so that the number of privacy
groups N stays small (DP-Fusion's cost grows with N) whatever detectors are added:

============== =========================================================================
PERSON         names of people, with or without a title; unknown proper nouns
ORGANIZATION   organisations, employers, hospitals, clinics, schools, companies
LOCATION       places, street addresses, postcodes; nationalities/religious/political
               groups (spaCy NORP), which say where someone comes from
DATE           dates, weekdays, times
CONTACT        e-mail addresses, phone numbers, @handles, URLs, IP addresses
ID             every other identifier: record, account, ticket, card, IBAN, plate numbers,
               long digit runs, national ID and tax numbers
============== =========================================================================

The types are public labels (they appear in placeholders such as ``[PERSON]`` and in reports).
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["CONTACT", "DATE", "GROUP_TYPES", "ID", "LOCATION", "ORGANIZATION", "PERSON", "group_type_of"]

PERSON = "PERSON"
ORGANIZATION = "ORGANIZATION"
LOCATION = "LOCATION"
DATE = "DATE"
CONTACT = "CONTACT"
ID = "ID"

#: The six group types, in a fixed order.
GROUP_TYPES: tuple[str, ...] = (PERSON, ORGANIZATION, LOCATION, DATE, CONTACT, ID)

# Presidio entity types and spaCy labels -> group type. Anything not listed is an ID.
_MAPPING = MappingProxyType({
    # Presidio
    "PERSON": PERSON, "ORGANIZATION": ORGANIZATION, "LOCATION": LOCATION, "NRP": LOCATION,
    "DATE_TIME": DATE, "PHONE_NUMBER": CONTACT, "EMAIL_ADDRESS": CONTACT, "URL": CONTACT,
    "IP_ADDRESS": CONTACT,
    # spaCy (OntoNotes labels and the short CoNLL ones)
    "PER": PERSON, "ORG": ORGANIZATION, "GPE": LOCATION, "LOC": LOCATION, "FAC": LOCATION,
    "NORP": LOCATION, "DATE": DATE, "TIME": DATE,
    # our own
    "CONTACT": CONTACT, "ID": ID,
})  # fmt: skip


def group_type_of(label: str) -> str:
    """The group type of a Presidio entity type or spaCy label (``ID`` for any identifier type)."""
    return _MAPPING.get(label, ID)
