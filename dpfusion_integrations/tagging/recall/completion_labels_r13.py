"""Round 13 (``recall-v13``): the labels written next to a value that are part of it.

Fresh held-out sets keep writing a value as a label and its tagged part: an identifier's code prefix
("*S/N* 7628210", "*SO* 97686-V", "*ON* 963065"), a place's kind word ("*village* Kawéni", "*quartier*
Coulée", "*route du* Wharf"), the sign of an address number ("*n°* 44 avenue Amilcar Cabral", "Avenue
Kasa-Vubu *n°* 207"), the dot of an abbreviated month ("26 may*.*") and the weekday after a date ("6 March
2029*, Tuesday*"). The label alone names nothing, but left public it keeps the value's layout readable
and says what kind of value the placeholder hides. Like value completion (:mod:`~dpfusion_integrations.tagging.recall.round_twelve`), these steps
read only the characters right next to a final span, on its line, and only add spans, which
:func:`~dpfusion_integrations.tagging.recall.round_twelve.join_parts` joins to the value.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE, LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.completion_numbers_r12 import ends_with_month
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PLACE_KINDS", "code_prefixes", "month_dots", "number_signs", "place_kinds", "weekdays_after_dates"]

#: Lower-case words that name a kind of place before its name, in the languages of the address rules.
PLACE_KINDS = frozenset({
    "village", "quartier", "district", "commune", "hameau", "secteur", "zone", "ward", "barrio", "colonia",
    "kampung", "desa", "kelurahan", "kebele", "woreda", "arrondissement", "cité", "lieu-dit", "localité",
    "province", "région", "county", "parish", "canton", "bairro", "aldeia", "vila", "ortsteil", "gemeinde",
    "route", "rue", "avenue", "boulevard", "chemin", "allée", "impasse", "place", "quai", "calle", "rua",
    "travessa", "estrada", "via", "viale", "piazza", "strada", "straße", "strasse", "weg", "gasse",
})  # fmt: skip
#: A code prefix: one to four capital letters, with at most one ``/``, ``-`` or ``.`` inside or after.
_PREFIX = re.compile(r"(?<![\w/.\-])(?P<code>[A-Z]{1,4}(?:[/.\-][A-Z]{1,4})?\.?)[ \t]?$")
_KIND = re.compile(
    r"(?<![\w'’\-])(?P<kind>[^\W\d_][\w\-]{1,15})[ \t]"
    r"(?:(?:d[eu]s?|de la|de l['’]|d['’]|del|da|do|dos|das|di)[ \t]?)?$"
)
_WEEKDAY_AFTER = re.compile(
    r",[ \t]?(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\w)"
)
_SIGN_BEFORE = re.compile(r"(?<!\w)(?P<sign>[nN][°º]|[nN][oO]\.|№)[ \t]?$")


def code_prefixes(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the capital-letter code right before a number of four digits or more that no detector
    typed as a name, an organisation or a place (detectors type such numbers noisily: a vessel number may
    come typed DATE, a serial number CONTACT)."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type in (PERSON, ORGANIZATION, LOCATION) and span.score > RESIDUAL_SCORE:
            continue
        if sum(c.isdigit() for c in text[span.start : span.end]) < 4 or not text[span.start].isdigit():
            continue
        match = _PREFIX.search(text, max(0, span.start - 12), span.start)
        if match is not None:
            found.append(Span(match.start("code"), match.end("code"), span.entity_type, RESIDUAL_SCORE))
    return found


def place_kinds(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the lower-case kind word (and its particle) right before a name: the kind word says the
    name is a place's, whatever type a detector gave it ("village Kawéni" with "Kawéni" typed PERSON)."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type not in (LOCATION, PERSON, ORGANIZATION) or not text[span.start].isupper():
            continue
        match = _KIND.search(text, max(0, span.start - 30), span.start)
        if match is not None and match.group("kind") in PLACE_KINDS:
            found.append(Span(match.start("kind"), span.start, LOCATION, RESIDUAL_SCORE))
    return found


def number_signs(text: str, spans: list[Span]) -> list[Span]:
    """Spans over a number sign ("n°", "No.", "№") between a place and its number, or before an address
    number that a place's name follows."""
    found: list[Span] = []
    for k, span in enumerate(spans):
        if not text[span.start : span.start + 1].isdigit():
            continue
        match = _SIGN_BEFORE.search(text, max(0, span.start - 6), span.start)
        if match is None:
            continue
        before = spans[k - 1] if k > 0 else None
        after_place = (before is not None and before.entity_type == LOCATION
                       and not text[before.end : match.start()].strip())
        if span.entity_type == LOCATION or after_place:
            found.append(Span(match.start("sign"), match.end("sign"), LOCATION, RESIDUAL_SCORE))
    return found


def month_dots(text: str, spans: list[Span]) -> list[Span]:
    """The dot right after a DATE span that ends with a month's name or abbreviation ("26 may.", "8 nov.")."""
    return [Span(span.end, span.end + 1, DATE, RESIDUAL_SCORE) for span in spans
            if span.entity_type == DATE and text[span.end : span.end + 1] == "."
            and ends_with_month(text[span.start : span.end])]


def weekdays_after_dates(text: str, spans: list[Span]) -> list[Span]:
    """The weekday written after a comma right after a date ("6 March 2029*, Tuesday*"), a part of it as
    the bracketed weekday of round 12 is ("12 Feb (Thu)")."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type != DATE or not text[span.end - 1 : span.end].isdigit():
            continue
        match = _WEEKDAY_AFTER.match(text, span.end)
        if match is not None:
            found.append(Span(span.end, match.end("day"), DATE, RESIDUAL_SCORE))
    return found
