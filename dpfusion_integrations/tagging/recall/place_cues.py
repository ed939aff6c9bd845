"""Round 5: a capitalised name after a place preposition ("posted to Brno", "flew from Lisbon to
Accra", "lives in Recife", "near Kilimani"), even when it is on the safe-word list.

philter-lite's safe-word list holds many place names (it lists words that are not *person* names),
so the proper-noun sweep skips them, and the small spaCy model misses many towns. After "to",
"from", "in", "near", "via", "at", "outside", "around" (in lower case, mid-sentence), a capitalised word
that is not a title, a weekday, a month, a language or one of a few words capitalised in headings
("to Expect", "at Home"), on a line that is no title-case heading, is taken, grown over the capitalised words after it ("to Cape Town", "from Ho Chi Minh City").
Typed LOCATION with a low score, so an organisation or name detector that overlaps decides the type.

Over-tagging risk: a capitalised product or public name after such a preposition is tagged ("written
in Python", "deployed to Kubernetes"); words in upper case ("to JSON") are left alone.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    WEEKDAYS,
    TextView,
    grow,
    line_bounds,
    run_span,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["PLACE_PREPOSITIONS", "PlaceCues"]

PLACE_SCORE = 0.55

#: Lower-case words after which a capitalised word is usually a place (or an organisation).
PLACE_PREPOSITIONS = frozenset({"to", "from", "in", "near", "via", "at", "outside", "around", "towards", "toward"})
#: Capitalised words after those prepositions that name no place.
_NOT_PLACES = MONTHS | WEEKDAYS | frozenset({
    "english", "french", "spanish", "german", "italian", "portuguese", "dutch", "polish", "russian", "arabic",
    "chinese", "japanese", "korean", "hindi", "turkish", "greek", "swedish", "norwegian", "danish", "finnish",
    "general", "addition", "particular", "total", "order", "short", "brief", "summary", "practice", "theory",
    "future", "advance", "person", "time", "case", "fact", "part", "full", "progress", "writing", "stock",
    "january", "today", "tomorrow", "yesterday", "christmas", "easter", "spring", "summer", "autumn", "winter",
    "i", "a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its",
    "all", "any", "each", "every", "some", "no", "one", "two", "first", "second", "next", "last", "other",
    "expect", "home", "work", "school", "bed", "church", "hospital", "town", "sea", "court", "prison", "college",
})  # fmt: skip


def _title_line(view: TextView, k: int) -> bool:
    """Whether token ``k`` stands on a line whose words are mostly capitalised (a heading)."""
    text = view.text
    start, end = line_bounds(text, view.toks[k].start)
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


class PlaceCues:
    """A capitalised name after a place preposition (see module doc)."""

    name = "place-cues"

    def __repr__(self) -> str:
        return f"PlaceCues(prepositions={len(PLACE_PREPOSITIONS)})"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(1, len(toks)):
            tok, prev = toks[k], toks[k - 1]
            if prev.norm not in PLACE_PREPOSITIONS or not prev.text.islower() or not prev.space_after:
                continue
            if not (tok.cap and tok.wordlike and len(tok.norm) >= 2) or tok.title or tok.text.isupper() \
                    or tok.norm in _NOT_PLACES:
                continue
            if _title_line(view, k):
                continue  # "What to Expect", "Welcome to Kirby Hall": a heading, not a sentence
            _, j = grow(view, k, k)
            out.append(run_span(view, k, max(j, k), LOCATION, PLACE_SCORE))
        return out
