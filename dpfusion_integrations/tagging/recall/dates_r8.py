"""Round 8 (dates): detectors and a post-union growth step of the ``recall-v8`` set.

Round 7's date misses on held-out v7 were whole classes of date writing without a table or an order:
month names of Central and Northern European languages in their case forms, year-first dates, numeric
dates with spaces, and short dates asked about in chats. Written here for the class, across languages:

- :func:`~dpfusion_integrations.tagging.recall.dates_named_r8.named_date_detector`: month names of
  many languages (:mod:`~dpfusion_integrations.tagging.recall.dates_month_names_r8`) in day-first
  and year-first orders, dotted abbreviations, Japanese era years, Vietnamese "tháng";
- :func:`~dpfusion_integrations.tagging.recall.dates_month_year_r8.month_before_year_detector`: the
  same names before a year, before a day, a comma and a year, or before a day with a dot or case
  ending ("kesäkuussa 2024", "Hunyo 6, 2024", "június 6.", "birželio 6 d.");
- :func:`~dpfusion_integrations.tagging.recall.dates_numeric_r8.numeric_date_detector`: year-first
  dotted dates with their final dot ("2024. 06. 18."), dotted day-first dates with spaces
  ("4. 2. 2026"), dates with spaces around the separators ("2024 - 06 - 18"), Roman-numeral months
  ("4.III.2025");
- :func:`~dpfusion_integrations.tagging.recall.dates_chat_r8.chat_question_date_detector`: a day and
  month ending a question in a chat message ("as well, 9/5?").

After the union, :func:`~dpfusion_integrations.tagging.recall.dates_edges_r8.grow_date_edges` grows
DATE spans over a weekday name of the languages round 6 lacked (before or after the date) and over the
first day of a range ("12–14 June 2024"). See :mod:`~dpfusion_integrations.tagging.recall.round_eight`
for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.dates_chat_r8 import (
    chat_question_date_detector,
)
from dpfusion_integrations.tagging.recall.dates_edges_r8 import grow_date_edges
from dpfusion_integrations.tagging.recall.dates_month_year_r8 import (
    month_before_year_detector,
)
from dpfusion_integrations.tagging.recall.dates_named_r8 import named_date_detector
from dpfusion_integrations.tagging.recall.dates_numeric_r8 import numeric_date_detector
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (named_date_detector(), month_before_year_detector(), numeric_date_detector(),
            chat_question_date_detector())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged DATE spans over a weekday name and a range's first day; sorted, non-overlapping."""
    del words
    return grow_date_edges(text, spans)
