"""Value pools and generators for the synthetic PII corpus (all invented; phone numbers use the
fictional 555-01xx range, e-mails the reserved ``example.*`` domains, card numbers are Luhn-valid
test-style numbers). Values of the attacked entity (the data subject's name) never derive other
values: e-mail handles are random, so no other privacy group carries the subject's name.
"""

from __future__ import annotations

import random

__all__ = [
    "FIRST_NAMES", "LAST_NAMES", "CITIES", "STREETS", "HOSPITALS", "BANKS", "COMPANIES", "MONTHS",
    "full_name", "date_long", "date_numeric", "phone", "email", "mrn", "account_id", "ssn", "card_number",
    "street_address", "amount",
]  # fmt: skip

FIRST_NAMES: tuple[str, ...] = (
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Gustavo", "Hana", "Ivan", "Jolene", "Kwame", "Leila",
    "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sanjay", "Tamsin", "Umar", "Vera", "Wendell", "Ximena",
    "Yusuf", "Zofia", "Aleksander", "Beatriz", "Callum", "Dmitri", "Elif", "Florian", "Greta", "Hiroshi", "Ingrid",
    "Jasper", "Keiko", "Lorenzo", "Maren", "Nikhil", "Odette", "Pavel", "Rania", "Stellan", "Thandiwe", "Ulrike",
    "Viktor", "Wanjiru", "Yara", "Zainab",
)  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Abernathy", "Balogun", "Castellano", "Dimitrov", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Iwasaki",
    "Jankowski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Petrovic", "Quiroga", "Rasmussen",
    "Szymanski", "Takahashi", "Ulloa", "Vasquez", "Whitfield", "Xu", "Yilmaz", "Zielinski", "Achterberg", "Bianchi",
    "Chaudhry", "Delacroix", "Esposito", "Fitzgerald", "Gonzaga", "Holloway", "Ibarra", "Jovanovic", "Kariuki",
    "Laurent", "Moreau", "Novak", "Oyelaran", "Pemberton", "Renner", "Salgado", "Thornbury", "Varga", "Wojcik",
    "Yamamoto", "Zamora", "Lindgren",
)  # fmt: skip
CITIES: tuple[str, ...] = (
    "Springfield, Illinois", "Tacoma, Washington", "Dayton, Ohio", "Boise, Idaho", "Savannah, Georgia",
    "Eugene, Oregon", "Lansing, Michigan", "Tulsa, Oklahoma", "Reno, Nevada", "Albany, New York",
    "Fresno, California", "Madison, Wisconsin", "Mobile, Alabama", "Provo, Utah", "Durham, North Carolina",
)  # fmt: skip
STREETS: tuple[str, ...] = (
    "Maple Street", "Cedar Avenue", "Harbor Road", "Willow Lane", "Summit Drive", "Orchard Court", "Lakeview Boulevard",
    "Granite Way", "Birch Place", "Meadow Terrace",
)  # fmt: skip
HOSPITALS: tuple[str, ...] = (
    "Riverside General Hospital", "St. Brendan Medical Center", "Northgate Community Clinic", "Lakeshore Health",
    "Mercy Valley Hospital",
)  # fmt: skip
BANKS: tuple[str, ...] = ("Harborline Bank", "First Prairie Credit Union", "Summit Trust", "Keystone Savings")
COMPANIES: tuple[str, ...] = (
    "Bluefin Logistics", "Arcadia Software", "Copperleaf Foods", "Northwind Analytics", "Solace Robotics",
    "Tidewater Energy",
)  # fmt: skip
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip


def full_name(rng: random.Random) -> str:
    """``First Last`` from the pools."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def date_long(rng: random.Random) -> str:
    """``March 14, 2023``."""
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"


def date_numeric(rng: random.Random) -> str:
    """``03/14/2023``."""
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2019, 2025)}"


def phone(rng: random.Random) -> str:
    """A fictional US number, ``(617) 555-0142``."""
    return f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"


def email(rng: random.Random) -> str:
    """A random handle at a reserved domain (never derived from a name)."""
    handle = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 7)))
    return f"{handle}{rng.randint(10, 99)}@example.{rng.choice(['org', 'com', 'net'])}"


def mrn(rng: random.Random) -> str:
    """A seven-digit medical record number."""
    return f"{rng.randint(1_000_000, 9_999_999)}"


def account_id(rng: random.Random) -> str:
    """An eight- to ten-digit account number."""
    return f"{rng.randint(10_000_000, 9_999_999_999)}"


def ssn(rng: random.Random) -> str:
    """A US-SSN-shaped number (area 100-665, never 000/666/9xx)."""
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def card_number(rng: random.Random) -> str:
    """A Luhn-valid 16-digit number starting with 4, grouped by four."""
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit will sit to the right
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def street_address(rng: random.Random) -> str:
    """``1423 Cedar Avenue``."""
    return f"{rng.randint(10, 9899)} {rng.choice(STREETS)}"


def amount(rng: random.Random) -> str:
    """A money amount (not PII; left public)."""
    return f"${rng.randint(40, 9800):,}.{rng.randint(0, 99):02d}"
