"""Round 8: a month name of many languages before a year, or before a day with a comma and a year,
or before a day that carries a dot or a case ending.

Class: the month-first orders ("kesäkuussa 2024", "listopad 2023", "Meán Fómhair 2025", "червень
2024 р.", Tagalog, Indonesian or English-style "Hunyo 6, 2024", "Mei 3, 2025", Hungarian and
Lithuanian dates without a year "június 6.", "március 15-én", "birželio 6 d."): a month name or case
form of :mod:`~dpfusion_integrations.tagging.recall.dates_month_names_r8`, then the year or day. A name
that is also a word (:data:`~dpfusion_integrations.tagging.recall.dates_month_names_r8.AMBIGUOUS`:
"Mars", "Mac", "mai") counts only with the day, comma and year.

Found from the year back rather than with one regex of several hundred names tried at every word:
the year (with its day) is matched first, and the one or two words right before it are looked up in
the table, so the cost stays linear and small. Typed DATE. Over-tagging risk: a month-named thing
before a year ("Oktober 1917" as a title, "Samhain 2025" is left out as ambiguous).
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.dates_month_names_r8 import month_names
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import DAY, SP
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import YEAR_BE as YEAR
from dpfusion_integrations.tagging.recall.dates_named_r8 import END, YEAR_DOT, YEAR_TAIL
from dpfusion_integrations.tagging.spans import Span

__all__ = ["MonthBeforeYearDetector", "month_before_year_detector"]

_AFTER_MONTH = re.compile(
    rf"(?<={SP})(?:(?:(?P<day>{DAY}),{SP}?)?{YEAR}{YEAR_TAIL}{YEAR_DOT}{END}"
    rf"|(?P<marked>{DAY}(?:\.|-(?i:j?[áé]n|j?[ae]|t[óő]l|ig)\b|{SP}d\.))(?![\w]|\.?\d|{SP}\d))"
)
#: One or two words right before the year (the two-word names: "Meán Fómhair", "mười hai").
_WORDS_BEFORE = re.compile(rf"(?<![\w'’])(?:(?P<first>[^\W\d_]{{2,24}}){SP})?(?P<last>[^\W\d_]{{2,24}}){SP}\Z")
_LOOK_BACK = 52


class MonthBeforeYearDetector:
    """Month name (any case form, many languages) then a year, a day, a comma and a year, or a day
    with a dot or a case ending."""

    def __init__(self) -> None:
        self._all = month_names(ambiguous=True)
        self._plain = month_names(ambiguous=False)

    @property
    def name(self) -> str:
        return "month-before-year-r8"

    def __repr__(self) -> str:
        return "MonthBeforeYearDetector()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The month-first dates in ``text`` (no parse needed)."""
        out: list[Span] = []
        for match in _AFTER_MONTH.finditer(text):
            names = self._all if match.group("day") is not None else self._plain
            if match.group("marked") is not None and text[max(0, match.start() - 2)].isspace():
                continue  # "word  6." with two spaces is a column, not a date
            before = _WORDS_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
            if before is None:
                continue
            start = None
            first, last = before.group("first"), before.group("last")
            if first is not None and f"{first} {last}".lower() in names:
                start = before.start("first")
            elif last.lower() in names:
                start = before.start("last")
            if start is not None:
                out.append(Span(start, match.end(), DATE, 0.85))
        return out


def month_before_year_detector() -> MonthBeforeYearDetector:
    return MonthBeforeYearDetector()
