"""Round 8: post-office boxes and private bags of many countries.

Written from general knowledge of postal addressing: English "P.O. Box 12", "PO Box", "GPO Box",
"POB", "Private Bag X12" and "Locked Bag 5" (Southern Africa, Australia, New Zealand), "PMB 1234"
(Nigeria, the US), German "Postfach 12 34" and "Pf. 1234", Dutch "Postbus 51", Nordic "Postboks 7",
"Box 45" and "PL 12" / "Postilokero 12", French "BP 473" / "B.P. 12" / "Boîte postale 12" (France
and francophone Africa), Swiss "Case postale 12" / "CP 12", Italian "Casella postale 12" / "C.P. 12",
Spanish "Apartado 45", "Apdo. 45", "Apartado de Correos", "Casilla 331" (Chile, Bolivia, Argentina),
Portuguese "Caixa Postal 90" / "CxP 90", Polish "Skrytka pocztowa 5" / "skr. poczt. 5", Croatian and
Serbian "Poštanski pretinac 4", Turkish "Posta Kutusu 12" / "P.K. 12", Russian "а/я 12".

Spelled-out names are taken wherever a box number follows. Short codes ("BP", "CP", "Box", "PL",
"P.K.") and the bare Spanish words ("Apartado 3" is also a section of a law, "Casilla 5" a box on a
form) are ordinary words elsewhere, so they are taken only in an address layout: the box is
its line (or its line after a field label) beside a line that holds a named span, it is followed by a
place (after a comma, or a space, with or without a postcode) that is no ordinary word ("Box 4412, Sandton", not "Box 4, Shelf 2"), or a place cue ("to", "at", "address:") stands just before it.

Over-tagging risk: "Box 12" as a heading of an inventory beside a named line. Decisions depend on the
layout and the cue only. Typed LOCATION.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["BOX_CUED", "BOX_NAMED", "find_boxes"]

BOX_SCORE = 0.9

_NUMBER = r"(?:No\.?[ ]?|N[º°][ ]?|\#[ ]?)?(?:[A-Z][ ]?)?\d{1,6}(?:[ ]\d{2,4})?(?:-\d{1,5})?(?![\w])"
_NAMED = (
    r"P\.?[ ]?O\.?[ ]?Box|P\.[ ]?O\.[ ]?B\.|Post[ ]?[Oo]ffice[ ][Bb]ox|G\.?P\.?O\.?[ ]Box|POB|Post[ ]?[Bb]ox"
    r"|Private[ ]Bag|Locked[ ]Bag|PMB|P\.M\.B\.?|Postfach|Postbus|Postboks|Postbox|Postilokero|Boîte[ ]postale"
    r"|Case[ ]postale|Casella[ ]postale|Casella[ ]Postale|Apartado[ ](?:[Pp]ostal|de[ ][Cc]orreos?)|Apdo\."
    r"|Casilla[ ](?:[Pp]ostal|de[ ][Cc]orreos?)|Caixa[ ][Pp]ostal|Cx\.?[ ]?P\.?|Skrytka[ ][Pp]ocztowa"
    r"|skr\.[ ]poczt\.|Poštanski[ ](?:pretinac|fah)|Poštovní[ ]přihrádka|Posta[ ][Kk]utusu|а/я|Абонентский[ ]ящик"
    r"|Pf\."
)
_SHORT = r"BP|B\.P\.|CP|C\.P\.|Box|BOX|PL|P\.K\.|CS|Apartado|Casilla"
#: A spelled-out box name and its number (see module doc).
BOX_NAMED = re.compile(rf"(?<![\w.])(?:{_NAMED})[ ]?{_NUMBER}")
#: A short box code and its number, taken in an address layout only.
BOX_CUED = re.compile(rf"(?<![\w.])(?:{_SHORT})[ ]?{_NUMBER}")
_LABEL = re.compile(r"[^\n:]{1,30}:[ \t]*\Z")
_CUE = re.compile(
    r"(?<![\w])(?:to|at|c/o|C/O|via|(?i:address|adresse|adres|adresa|anschrift|dirección|indirizzo|endereço"
    r"|mail|post|postal|correspondence|write))[ \t]*:?[ \t]*\Z"
)
_PLACE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:[A-Z]{1,2}-)?\d{2,6}(?:[ ]\d{2,3})?[ ])?(?P<place>[A-ZÀ-ÖØ-Þ][^\W\d_]{2,})"
)
_NAMED_TYPES = frozenset({LOCATION, ORGANIZATION, PERSON})
_MAX_CUE = 40
#: How far around a box its line and the lines beside it are read.
_REACH = 80


class _NamedSpans:
    """The person, organisation and place spans, to ask in logarithmic time whether a range holds one."""

    def __init__(self, spans: list[Span]) -> None:
        named = sorted((s for s in spans if s.entity_type in _NAMED_TYPES), key=lambda s: (s.end, s.start))
        self._ends = [s.end for s in named]
        self._starts = [s.start for s in named]
        # the smallest start among the spans ending at or after each index (spans may overlap here)
        self._min_start = list(self._starts)
        for k in range(len(named) - 2, -1, -1):
            self._min_start[k] = min(self._min_start[k], self._min_start[k + 1])

    def overlap(self, start: int, end: int) -> bool:
        """Whether some span overlaps ``[start, end)``."""
        k = bisect_right(self._ends, start)
        return start < end and k < len(self._ends) and self._min_start[k] < end


def _in_layout(text: str, start: int, end: int, named: _NamedSpans, words: WordLists) -> bool:
    """Whether the short box code at ``[start, end)`` stands in an address layout (see module doc)."""
    line_start, _ = near_line_bounds(text, start, _REACH)
    _, line_end = near_line_bounds(text, end, _REACH)
    before = text[line_start:start]
    after = text[end:line_end]
    if _CUE.search(text[max(line_start, start - _MAX_CUE) : start]) is not None:
        return True
    place = _PLACE_AFTER.match(after)
    if place is not None and place.group("place").lower() not in words.safe:
        return True  # "Box 4412, Sandton"; not "Box 4, Shelf 2"
    alone = not after.strip(" \t.,") and (not before.strip(" \t") or _LABEL.search(before) is not None)
    if not alone:
        return False
    if line_start > 0 and text[line_start - 1] == "\n":
        prev_start, _ = near_line_bounds(text, line_start - 1, _REACH)
        if named.overlap(prev_start, line_start - 1):
            return True
    if line_end < len(text) and text[line_end] == "\n":
        _, next_end = near_line_bounds(text, line_end + 1, _REACH)
        if named.overlap(line_end + 1, next_end):
            return True
    return False


def find_boxes(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` with the post boxes of ``text`` added as LOCATION spans (see module doc); sorted and
    non-overlapping."""
    out = list(spans)
    out.extend(Span(*m.span(), LOCATION, BOX_SCORE) for m in BOX_NAMED.finditer(text))
    named = _NamedSpans(spans)
    for match in BOX_CUED.finditer(text):
        if _in_layout(text, match.start(), match.end(), named, words):
            out.append(Span(*match.span(), LOCATION, BOX_SCORE))
    return merge_spans(out)
