"""Round 14 (``recall-v14``): the other end of a route written with an arrow ("Brest -> *Tamale*").

Itineraries, tickets and travel claims write a journey as two places joined by an arrow ("Brest ->
Tamale", "Accra → Grenoble", "Boise ID => Augsburg"). A detector that knows one end often misses the
other, a place name that is also an ordinary word or a dish. When one end is a span a detector typed
as a place or a name (place names are often typed PERSON), the one to four capitalised words at the
other end (on the same line) are taken as a place. Two untagged ends stay public, and so does an end
next to an organisation or product ("Settings -> Google Account -> Privacy"), so interface paths and
process steps ("Draft → Review") are left alone. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, PERSON
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["route_ends"]

ROUTE_SCORE = 0.7
_NAMED = frozenset({PERSON, LOCATION})
_ARROW = r"(?:->|-->|—>|–>|=>|⇒|→|⟶|➔|➝|➞|>>)"
_PLACE = r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,3}"
_AFTER = re.compile(rf"[ \t]*{_ARROW}[ \t]*(?P<place>{_PLACE})")
_BEFORE = re.compile(rf"(?P<place>{_PLACE})[ \t]*{_ARROW}[ \t]*$")


def _capitalised(place: str) -> str:
    """The leading run of capitalised words of ``place`` ("Tamale" of "Tamale on"), or ""."""
    words = []
    for word in place.split(" "):
        if not word[:1].isupper():
            break
        words.append(word)
    return " ".join(words)


def route_ends(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the untagged end of an arrow whose other end is a named span."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type not in _NAMED or span.score <= RESIDUAL_SCORE:
            continue
        after = _AFTER.match(text, span.end)
        if after is not None and (place := _capitalised(after.group("place"))):
            found.append(Span(after.start("place"), after.start("place") + len(place), LOCATION, ROUTE_SCORE))
        line_start = text.rfind("\n", 0, span.start) + 1
        before = _BEFORE.search(text, max(line_start, span.start - 80), span.start)
        if before is not None:
            words = before.group("place").split(" ")
            while words and not words[0][:1].isupper():
                words.pop(0)
            if words and all(w[:1].isupper() for w in words):
                start = before.end("place") - len(" ".join(words))
                found.append(Span(start, before.end("place"), LOCATION, ROUTE_SCORE))
    return found
