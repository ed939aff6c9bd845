"""Round 6: vehicle plates in more countries' layouts, and after more vehicle cues.

Without a cue, layouts that ordinary text does not produce (each mixes letter and digit groups in a
fixed order):

- letters, four or three digits, letters: ``E 2751 LCM``, ``M 7878 DWJ``, ``CB 1564-FA`` (Spain with
  and without the country band, its older provincial plates), ``ETP 4039 T`` (Malaysia), ``ABC 123 GP``
  (South Africa); the letter groups may not be upper-case function words or public prefixes ("IN 2024
  AND", "ISO 9001 EN");
- the older British suffix layout ``ABC 123D`` (the letters I, O, Q, U, Z are not used there, nor K,
  M and B, which end amounts such as "RUN 10K");
- Brazil and the Mercosur layout ``ABC1D23`` / ``ABC 1D23`` (a letter in the fifth place);
- Turkey ``34 ABC 123``, ``06 AB 1234``;
- Australia ``1AB 2CD``; Russia ``А123ВС 77`` (Cyrillic or Latin letters of the plate alphabet and a
  region); China ``京A·12345``; Japan ``品川 500 さ 12-34`` and its romanised form ``500 sa 12-34``.

After a cue ("plate", "car", "vehicle", "parking permit for", "parked", "bay 12:", "driving"...),
with up to three filler words between ("Vehicle in bay 12: ...", "permit for ..."), any run of one
to four letter/digit groups with a letter and a digit, four to ten characters ("2751 LCM",
"ABC 123"). Single-letter prefixes of a tagged plate are joined by :mod:`code_prefixes_r6`'s growth.
Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import (
    FIELD_LABELS,
    PUBLIC_PREFIXES,
    STOP_WORDS,
)

__all__ = ["MAKES", "PLATE_LAYOUT_RULES", "plate_layout_detector"]

_CUE = (
    r"plates?|registration|reg|rego|car|cars|vehicle|vehicles|van|lorry|truck|pickup|bus|coach|motorbike|motorcycle"
    r"|moped|scooter|taxi|cab|trailer|caravan|suv|permit|parking|parked|park|driving|drives|drove|driven|towed"
    r"|clamped|bay|space|spot|garage|driveway|kennzeichen|targa|matr[ií]cula|placa|patente|immatriculation"
    r"|plaque|kenteken|rekisteri|rekisterinumero|registreringsnummer|regnr|bilnummer|nummerplade|tablica"
    r"|rejestracja|rendszám|spz|anpr"
)
_FILLER = r"(?:(?i:in|for|with|at|on|is|was|no|nr|number|reg|registration|plate|bearing|a|the|of|bay|space|spot)(?![\w-])\.?|\d{1,3}(?![\w-]))"
_GROUP = r"(?:\d{1,6}|[A-Z0-9]{1,4})"
_PLATE = rf"{_GROUP}(?:[ -]{_GROUP}){{0,3}}"
#: Makes written in capitals before a model name ("BMW X5", "KIA EV6"): public after a vehicle cue.
MAKES = frozenset({"BMW", "VW", "MG", "KIA", "GMC", "BYD", "DS", "MINI", "FIAT", "SEAT", "SAAB", "JAC", "GAC", "TATA",
                    "MAN", "DAF", "AMG", "GWM", "JMC", "BAIC", "SUV", "EV"})
_PUBLIC = FIELD_LABELS | PUBLIC_PREFIXES | STOP_WORDS | MAKES


def _plate_like(match: re.Match[str]) -> bool:
    value = match.group("value")
    compact = value.replace(" ", "").replace("-", "")
    words = [w for w in re.split(r"[ -]", value) if w.isalpha() and len(w) > 1]
    return (4 <= len(compact) <= 10 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
            and not any(w in _PUBLIC for w in words))


def _letter_groups_private(match: re.Match[str]) -> bool:
    words = [w for w in re.split(r"[ -]", match.group("value")) if w.isalpha()]
    return not any(w in STOP_WORDS or (len(w) > 1 and w in (FIELD_LABELS | PUBLIC_PREFIXES)) for w in words)


PLATE_LAYOUT_RULES = (
    RegexRule("letters digits letters", ID,
              re.compile(r"(?<![\w-])(?P<value>[A-Z]{1,3}[ ]\d{3,4}[ -][A-Z]{1,3})(?![\w-])"), 0.75, _letter_groups_private),
    RegexRule("letters digits letter", ID,
              re.compile(r"(?<![\w-])(?P<value>[A-Z]{3}[ ]\d{1,3}[A-HJL-NPR-Y])(?![\w-])"), 0.7, _letter_groups_private),
    RegexRule("Mercosur plate", ID,
              re.compile(r"(?<![\w-])(?P<value>[A-Z]{3}[ -]?\d[A-Z]\d{2})(?![\w-])"), 0.75),
    RegexRule("Turkish plate", ID,
              re.compile(r"(?<![\w-])(?P<value>(?:0[1-9]|[1-7]\d|8[01])[ ][A-Z]{1,3}[ ]\d{2,4})(?![\w-])"), 0.7,
              _letter_groups_private),
    RegexRule("Australian plate", ID, re.compile(r"(?<![\w-])(?P<value>\d[A-Z]{2}[ -]?\d[A-Z]{2})(?![\w-])"), 0.7),
    RegexRule("Russian plate", ID,
              re.compile(r"(?<![\w-])(?P<value>[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}[ ]?\d{2,3})(?![\w-])"), 0.8),
    RegexRule("Chinese plate", ID,
              re.compile(r"(?P<value>[\u4e00-\u9fff][A-Z][·・ ]?[A-Z0-9]{5,6})(?![\w-])"), 0.8),
    RegexRule("Japanese plate", ID,
              re.compile(r"(?<![\w-])(?P<value>(?:[\u4e00-\u9fff]{1,4}[ ]?)?\d{2,3}[ ]?(?:[\u3040-\u309f]|[a-z]{1,2})[ ]?\d{1,2}-\d{2})(?![\w-])"),
              0.8),
    RegexRule("plate after a vehicle cue", ID,
              re.compile(rf"(?<![\w-])(?i:{_CUE})(?![\w-])(?:[ \t]++{_FILLER}){{0,3}}[ \t]*+[:#]?[ \t]*+(?P<value>{_PLATE})(?![\w-])"),
              0.8, _plate_like),
)  # fmt: skip


def plate_layout_detector() -> RegexDetector:
    return RegexDetector("plate-layout-r6", PLATE_LAYOUT_RULES)
