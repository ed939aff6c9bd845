"""Labelled sensitive records with marked private spans, for the synthetic-data tests."""

from __future__ import annotations

CANARIES = ("Zebulon Quartermaine", "MRN-884213")


def labelled_records(n: int = 4) -> list[dict]:
    """Sensitive records: name and MRN marked private; record 0 holds the canaries."""
    out = []
    for i in range(n):
        name, mrn = CANARIES if i == 0 else (f"Ann Lee{i}", f"MRN-{100000 + i}")
        condition = "asthma" if i % 2 else "angina"
        out.append({"id": f"n{i}", "label": condition,
                    "text": f"<private>{name}</private> ({mrn and f'<private>{mrn}</private>'}) was treated for "
                            f"{condition}."})
    return out
