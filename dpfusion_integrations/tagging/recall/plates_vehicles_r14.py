"""Round 14 (``recall-v14``): plates after any vehicle's name, across a line break, and a second plate.

Police, insurance and fleet records name the vehicle and then its plate: "the tanker EG 648-56", "ute
FN 218-79", "Snowmobile T 743 XL 246", "and the plate⏎DR 532-91", "(truck RT 578, 0787 CN)". The earlier
plate rules (``plates.py``, ``plate_layouts_r6.py``) read a plate after a short list of vehicle words on
the same line, and without a cue only in a few countries' layouts. This step reads:

- **a plate after a vehicle noun** of a wider list (:data:`VEHICLE_NOUNS`: work vehicles, farm and
  snow vehicles, two- and three-wheelers, body styles) or after a plate word ("the tuk-tuk's plate AB
  5521 K"), on the same line, or after a plate word closing a line with the plate opening the next;
- **a second plate** after a comma or "and" right after one, inside the same bracket or sentence ("truck RT
  578, 0787 CN"): a record that names a vehicle by fleet number and plate.

A plate is one to four groups of capitals and digits joined by a space or a hyphen, four to ten
characters without them, holding a letter and a digit. No letter group of two or more may be a field
label, a public prefix or a maker written in capitals ("ISO 9001", "EUR 2500", "BMW X5" stay public), nor
a function word unless it follows three digits or more ("8867 ME"; "the bus AT 10 AM" stays public), and
no group may be a number with its unit ("4 WD", "12V"). Typed ID.

Over-tagging risk: a model code after a vehicle noun ("tractor MF 35", "bus A380") is tagged; in a
record about one vehicle, its model narrows it down as a plate does.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.plate_layouts_r6 import MAKES
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import (
    FIELD_LABELS,
    PUBLIC_PREFIXES,
    STOP_WORDS,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["VEHICLE_NOUNS", "vehicle_plates"]

PLATE_SCORE_R14 = 0.78

#: Nouns for a vehicle, besides the earlier rules' cue words, lower case (matched in any case).
VEHICLE_NOUNS = frozenset({
    "tanker", "ute", "jeep", "minibus", "minivan", "microbus", "matatu", "tractor", "snowmobile", "skidoo",
    "quad", "atv", "buggy", "pickup", "pick-up", "bakkie", "sedan", "saloon", "hatchback", "coupe", "wagon",
    "convertible", "limousine", "limo", "hearse", "ambulance", "forklift", "digger", "excavator", "bulldozer",
    "grader", "loader", "dumper", "tipper", "mixer", "crane", "flatbed", "hgv", "lgv", "campervan", "camper",
    "motorhome", "caravan", "trailer", "horsebox", "moped", "scooter", "motorbike", "motorcycle", "bike",
    "tuk-tuk", "tuktuk", "rickshaw", "auto-rickshaw", "tricycle", "trike", "lorry", "truck", "van", "bus",
    "coach", "car", "taxi", "cab", "suv", "4x4", "vehicle", "automobile",
})  # fmt: skip
#: Words for the plate itself, after which (or after a vehicle noun) a plate is read.
_PLATE_WORDS = frozenset({"plate", "plates", "numberplate", "reg", "registration", "rego"})
#: Makes written in capitals before a model ("BMW X5"): round 6's, and two of machinery ("JCB", "CAT").
_MAKES = MAKES | {"JCB", "CAT"}
_REFUSED = FIELD_LABELS | PUBLIC_PREFIXES | _MAKES
_GROUP = r"(?:\d{1,6}|[A-Z0-9]{1,4})"
_PLATE = rf"{_GROUP}(?:[ -]{_GROUP}){{0,3}}"
_NOUN = r"[A-Za-z0-9][A-Za-z0-9'’-]{1,15}"
_AFTER_NOUN = re.compile(rf"(?<![\w-])(?P<noun>{_NOUN})[ \t]++(?:(?i:no|nr|reg)\.?[ \t]*+)?[:#]?[ \t]*+"
                         rf"(?P<value>{_PLATE})(?![\w-])")
#: A plate word closing a line, the plate opening the next ("... and the plate⏎DR 532-91").
_ACROSS_LINE = re.compile(rf"(?i:plate|plates|registration|reg\.?|rego|number[ ]plate)[ \t]*+:?[ \t]*+\n[ \t]*+"
                          rf"(?P<value>{_PLATE})(?![\w-])")
_SECOND = re.compile(rf"(?:,[ \t]*+|[ \t]++(?:and|&)[ \t]++)(?P<value>{_PLATE})(?![\w-])")
_POSSESSIVE = re.compile(r"['’]s$")
_UNIT_GROUP = re.compile(r"\d+(?:WD|KG|KM|T|L|V|HP|CC|KW)$")


def _plate_like(value: str) -> bool:
    """Whether ``value`` reads as one plate: four to ten characters, a letter and a digit, no refused
    letter group, no number-and-unit group."""
    compact = value.replace(" ", "").replace("-", "")
    if not 4 <= len(compact) <= 10 or not any(c.isdigit() for c in compact) or not any(c.isalpha() for c in compact):
        return False
    groups = re.split(r"[ -]", value)
    if any(g.isalpha() and len(g) > 1 and g in _REFUSED for g in groups):
        return False
    # A function word is a plate's letters only after a group of three digits or more ("8867 ME").
    if any(g in STOP_WORDS and not (k and groups[k - 1].isdigit() and len(groups[k - 1]) >= 3)
           for k, g in enumerate(groups)):
        return False
    return not any(_UNIT_GROUP.fullmatch(g) for g in groups) and not (
        len(groups) == 2 and groups[0].isdigit() and groups[1] in {"WD", "X", "KG", "KM", "T", "L", "V", "HP", "CC"})


def vehicle_plates(text: str) -> list[Span]:
    """Spans over plates after a vehicle noun or across a line after a plate word, and over a second plate
    right after one."""
    found: list[Span] = []
    for match in _AFTER_NOUN.finditer(text):
        noun = _POSSESSIVE.sub("", match.group("noun").lower())
        if (noun in VEHICLE_NOUNS or noun in _PLATE_WORDS) and _plate_like(match.group("value")):
            found.append(Span(*match.span("value"), ID, PLATE_SCORE_R14))
    found += [Span(*m.span("value"), ID, PLATE_SCORE_R14) for m in _ACROSS_LINE.finditer(text)
              if _plate_like(m.group("value"))]
    seconds: list[Span] = []
    for span in found:
        second = _SECOND.match(text, span.end)
        if second is not None and _plate_like(second.group("value")):
            seconds.append(Span(*second.span("value"), ID, PLATE_SCORE_R14))
    return sorted([*found, *seconds], key=lambda s: (s.start, s.end))
