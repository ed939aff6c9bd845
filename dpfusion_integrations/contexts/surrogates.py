"""Surrogates: fixed, data-independent stand-ins for private spans in the faithful release.

With ``surrogates=True`` the public context shows, instead of ``[PERSON]``, a fake value of the same
kind (``Alex Morgan``), so that the ε = 0 release, which copies the public context, reads like a
document. The lists below are **public data**: they are fixed in this module, invented (names,
places and organisations not taken from any person or data set; phone numbers in the fictional
555-01xx range, e-mails at the reserved ``example.com`` domain), and the surrogate of a span is chosen
by its entity type and its ordinal among the spans of the same kind (document order) only, never by
its value or length. The public context therefore stays a function of the public structure (the
span types and their order), exactly as with placeholders, and the guarantee is unchanged
(``docs/guarantee.md``, "Faithful release").

A fake must not read as something the document itself says: with ``public_text`` (the text outside
every span, which the faithful release keeps verbatim and is public), an entry that occurs in it, or
one of whose capitalised words does (``Morgan`` in "Dr. Alex Morgan"), is skipped, so the patient of
"Dr. Alex Morgan treated [PERSON]" never becomes the doctor, nor a hidden date a date the text shows.
Skipping reads public text only, never a private value, so the choice stays public. A kind whose every
entry is skipped keeps its placeholder.

A type with no list here (``PRIVATE`` markup, ``URL``, ``NRP``...) keeps its placeholder. A kind
with more spans than list entries gives the spans past the end of its list their placeholders: a
fake used twice would assert an equality ("admitted 3 May ... discharged 3 May") the document does
not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from types import MappingProxyType

__all__ = ["SURROGATE_KIND", "SURROGATE_LISTS", "clashes_with", "surrogate_kind", "surrogates_for"]

#: Surrogate values per kind: public, fixed, and disjoint from the evaluation corpus's value pools.
SURROGATE_LISTS = MappingProxyType({
    "person": ("Alex Morgan", "Sam Taylor", "Jordan Reed", "Casey Brooks", "Robin Hayes", "Jamie Parker",
               "Morgan Ellis", "Riley Carter", "Avery Quinn", "Cameron Shaw", "Drew Bennett", "Jesse Cole"),
    "organization": ("Brookside Group", "Oakridge Partners", "Pinecrest Associates", "Fairmont Services",
                     "Elmwood Group", "Redwood Partners"),
    "location": ("Riverton", "Fairview", "Greenville", "Milford", "Ashford", "Kingsbury"),
    "date": ("3 May", "14 June", "21 July", "9 August", "17 September", "2 October"),
    "phone": ("555-0100", "555-0101", "555-0102", "555-0103", "555-0104", "555-0105"),
    "email": ("contact@example.com", "office@example.com", "info@example.com", "team@example.com"),
    "identifier": ("A-101", "A-102", "A-103", "A-104", "A-105", "A-106"),
})  # fmt: skip

#: Entity type (tagger, Presidio, spaCy or markup label) → surrogate kind. Types not listed keep
#: their placeholder. ``CONTACT`` (the recall profile's phones, e-mails, handles) reads as an e-mail.
SURROGATE_KIND = MappingProxyType({
    "PERSON": "person", "PER": "person",
    "ORGANIZATION": "organization", "ORG": "organization",
    "LOCATION": "location", "LOC": "location", "GPE": "location", "FAC": "location", "ADDRESS": "location",
    "DATE": "date", "DATE_TIME": "date",
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email", "CONTACT": "email",
    "ID": "identifier", "MEDICAL_RECORD_NUMBER": "identifier", "ACCOUNT_ID": "identifier", "US_SSN": "identifier",
    "CREDIT_CARD": "identifier", "IBAN_CODE": "identifier", "US_BANK_NUMBER": "identifier",
    "US_DRIVER_LICENSE": "identifier", "US_PASSPORT": "identifier", "MEDICAL_LICENSE": "identifier",
})  # fmt: skip


def surrogate_kind(entity_type: str) -> str | None:
    """The surrogate kind of an entity type, or None when the type keeps its placeholder."""
    return SURROGATE_KIND.get(entity_type)


_WORD = re.compile(r"\w+")


def _distinctive_words(value: str) -> list[str]:
    """The words of a surrogate a reader would take for a name: capitalised, three characters or more
    (``Alex``, ``Morgan``, ``May``; not ``3``, ``com`` or the ``A`` of ``A-101``)."""
    return [w for w in _WORD.findall(value) if len(w) >= 3 and w[0].isupper()]


def _clash_check(public_text: str) -> Callable[[str], bool]:
    """The test of :func:`clashes_with` for one public text, its words and folded form computed once."""
    folded, words = public_text.casefold(), set(_WORD.findall(public_text))
    return lambda value: bool(public_text) and (
        value.casefold() in folded or any(w in words for w in _distinctive_words(value)))


def clashes_with(value: str, public_text: str) -> bool:
    """Whether surrogate ``value`` would read as part of ``public_text``: it occurs there (case folded,
    anywhere), or one of its distinctive words occurs there as a word."""
    return _clash_check(public_text)(value)


def surrogates_for(entity_types: Sequence[str], *, public_text: str = "") -> list[str | None]:
    """The surrogate of each span, given the entity types of all spans in document order: entry ``i``
    is the ``k``-th value of its kind's list, ``k`` being how many earlier spans share that kind
    (None for a type without a list, and past the end of its kind's list). Entries that clash with ``public_text`` (the text outside every
    span; see :func:`clashes_with`) are left out of the list first, and a kind with none left gets
    None. A function of the types, their order and the public text alone."""
    clashes = _clash_check(public_text)
    seen: dict[str, int] = {}
    usable: dict[str, tuple[str, ...]] = {}
    out: list[str | None] = []
    for entity_type in entity_types:
        kind = surrogate_kind(entity_type)
        if kind is None:
            out.append(None)
            continue
        if kind not in usable:
            usable[kind] = tuple(v for v in SURROGATE_LISTS[kind] if not clashes(v))
        values = usable[kind]
        if not values:
            out.append(None)
            continue
        index = seen.get(kind, 0)
        seen[kind] = index + 1
        out.append(values[index] if index < len(values) else None)  # never one fake for two spans
    return out
