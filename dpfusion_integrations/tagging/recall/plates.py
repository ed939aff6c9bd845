"""Vehicle licence plates of many countries: after a plate word ("plate", "registration", "reg.
no.", "Kennzeichen", "targa", "matrícula", "immatriculation", "car", "vehicle", "van"...), any run
of one to four upper-case letter/digit groups joined by spaces or hyphens that holds a letter and a
digit ("B-MK 4721", "WPR 4K21", "LR 8842 EE", "KBZ 472H"); and, without a cue, layouts that
ordinary text does not produce: Italian ``AB 123 CD``, German ``HH-XY 88``, Indian ``DL 3C AB 1234``,
Kenyan ``KBZ 472H``, US ``7ABC123``. Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["PLATE_RULES", "plate_detector"]

_CUE = (
    r"(?:licen[cs]e[ ]|number[ ]|registration[ ])?plates?|registration|registered|reg\.?|rego|vrm|vrn"
    r"|kennzeichen|nummernschild|targa|matr[ií]cula|immatriculation|plaque|tablica|rejestracja|spz"
    r"|kenteken|car|vehicle|van|lorry|truck|bus|motorbike|motorcycle|taxi|cab|trailer|suv"
)
_GROUP = r"(?:\d{1,6}|[A-ZÄÖÜ0-9]{1,4})"
_PLATE = rf"{_GROUP}(?:[ -]{_GROUP}){{0,3}}"


def _letters_and_digits(match: re.Match[str]) -> bool:
    value = match.group("value")
    compact = value.replace(" ", "").replace("-", "")
    return 4 <= len(compact) <= 10 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


PLATE_RULES = (
    RegexRule("plate after a plate word", ID,
              re.compile(rf"(?<![\w-])(?i:{_CUE})\b\.?[ \t]*+(?:\((?=[A-Z0-9]))?(?:(?i:no|nr|number|num|is|was|bearing"
                         rf"|plate|registered)\b\.?[ \t]*+){{0,2}}[:#]?[ \t]*+(?P<value>{_PLATE})(?![\w-])"),
              0.8, _letters_and_digits),
    RegexRule("plate layout", ID,
              re.compile(r"(?<![\w-])(?P<value>[A-Z]{2}[ ]\d{3}[ ][A-Z]{2}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?"
                         r"|[A-Z]{2}[ -]?\d{1,2}[A-Z]{0,2}[ -][A-Z]{1,3}[ -]\d{3,4}|K[A-Z]{2}[ ]\d{3}[A-Z]"
                         r"|\d[A-Z]{3}\d{3})(?![\w-])"),
              0.75),
)  # fmt: skip


def plate_detector() -> RegexDetector:
    return RegexDetector("plate", PLATE_RULES)
