"""Round 10 (organisations): small businesses named by an invented word and a business noun, and brand
names in a letterhead position.

Small businesses are named by an invented or family word and what they sell or where they do it:
"<Word> Balloon Flights", "The <Word> Vault", "The <Word> Stage", "<Word> Planetarium", "<Word>
Kennels", "<Word> Roasters"; or by a catch-phrase and a place: "Paws at <Town>", "Locked in <Town>",
"Escape <Word>", "Store-it <Word>". Round 9 read venue and club nouns
(:mod:`~dpfusion_integrations.tagging.recall.places_venues_r9`); these nouns are others, and the
catch-phrase names have no noun at all. One detector, :class:`BrandNames`, two shapes:

- **business noun** (:data:`BUSINESS_NOUNS`: "Flights", "Tours", "Stage", "Vault", "Planetarium",
  "Storage", "Kennels", "Roastery", "Cellars", ...), capitalised, after one to three capitalised name
  words (a capitalised "The" before them joins), one of which is no public word: anywhere in the text.
  "The Globe Theatre", "Escape Rooms", "Balloon Flights", "The Main Stage" (public words only) stay
  public;
- **catch-phrase brand**: two to four capitalised words, optionally joined by "at", "in", "on", "by" or
  "&" ("Paws at Limu", "Locked in Tarija", "Escape Saquorli", "Store-it Mumu"), filling a letterhead
  segment: the text's first line up to a separator (" — ", " · ", " | ", two spaces, a colon), any
  line's first part before " — " or " · " ("Escape Saquorli — The Last Train"), or a bracket after a
  capitalised label ("INCIDENT NOTE (…)").
  Taken when a word is no public word, or when the first word is a brand opener of
  :data:`BRAND_OPENERS` ("Escape", "Locked", "Paws", "Store-it", ...) and a joining word follows
  ("Locked in Alajuela", whose town is on the public word list). "Lost in Translation", "The Last Train", "Welcome to Paris" (public words, no opener) stay
  public.

Name words never are descriptors, months, weekdays or titles. Typed ORGANIZATION. Over-tagging risk: a
first line of a public text with an unknown word in two to four words (a product's name) is tagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import MONTHS, TITLES, WEEKDAYS, TextView, fold
from dpfusion_integrations.tagging.recall.places_venues_r9 import DESCRIPTORS
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["BRAND_OPENERS", "BUSINESS_NOUNS", "BrandNames"]

BRAND_SCORE = 0.86
#: Nouns of what a small business sells or where it does it (lower case).
BUSINESS_NOUNS = frozenset({
    "flights", "ballooning", "balloons", "tours", "travel", "travels", "safaris", "expeditions", "adventures",
    "excursions", "charters", "cruises", "transfers", "cabs", "taxis", "coaches", "stage", "vault", "vaults",
    "planetarium", "observatory", "theatre", "theater", "playhouse", "cinema", "cinemas", "gallery",
    "storage", "lockers", "depot", "warehouse", "kennels", "kennel", "cattery", "boarding", "grooming",
    "roastery", "roasters", "brewery", "brewing", "distillery", "winery", "cellars", "vineyards", "vineyard",
    "apiary", "apiaries", "honey", "bakery", "patisserie", "creamery", "dairy", "deli", "rentals", "hire",
    "removals", "movers", "roofing", "plumbing", "glazing", "joinery", "tuning", "pianos", "cycles", "bikes",
    "escapes", "puzzles", "quests", "lodge", "lodges", "stables", "livery", "farm", "orchards", "nursery",
    "florist", "florists", "boutique", "emporium", "outfitters", "workshop", "workshops", "atelier",
})  # fmt: skip
#: Words that open a catch-phrase brand ("Paws at <Town>", "Locked in <Town>", "Escape <Word>").
BRAND_OPENERS = frozenset({
    "escape", "locked", "trapped", "puzzled", "paws", "pets", "pawsome", "store-it", "store", "stor",
    "storage", "lock-up", "lockup", "stash", "box", "space", "safe", "cosy", "happy", "tails", "whiskers",
    "wag", "woof", "home", "roam", "fly", "float", "ride", "brew", "bean", "beans", "grind", "crust",
})  # fmt: skip
_JOINS = frozenset({"at", "in", "on", "by", "&"})
#: Sales words of public headings ("Cheap Flights", "Luxury Tours"): never a name word.
_SALES = frozenset({"cheap", "budget", "discount", "luxury", "package", "group", "day", "night", "express",
                    "last-minute", "bargain", "deluxe", "vip", "guided", "self-guided"})
_STOP = (DESCRIPTORS - {"the"}) | MONTHS | WEEKDAYS | TITLES | _SALES
_WORD = re.compile(r"[^\W\d_][\w'’-]{0,30}|&")
#: A letterhead segment on the first line: up to a separator.
_SEPARATOR = re.compile(r"[ ]+[—–|·•-][ ]+|[ ]{2,}|\t|:[ ]|\(|\)|\Z")
#: A heading line's first part before a dash or a middle dot ("<Brand> — <Title>").
_HEADING = re.compile(r"(?m)^[ \t]{0,8}([^\W\d_][^\n—–·|]{2,60}?)[ ]+[—–·|][ ]+\S")
_BRACKET = re.compile(r"(?<=[A-Z][ ])\(([^()\n]{3,60})\)|(?<=[A-Z]\s)\(([^()\n]{3,60})\)")


def _lower(word: str) -> str:
    return fold(word.lower())


def _public(word: str, words: WordLists) -> bool:
    return word.lower() in words.safe or _lower(word) in words.safe


class BrandNames:
    """Businesses named by a name word and a business noun, and catch-phrase brands in a letterhead."""

    name = "organization-brands-r10"

    def __repr__(self) -> str:
        return f"BrandNames(nouns={len(BUSINESS_NOUNS)}, openers={len(BRAND_OPENERS)})"

    def detect(self, view: TextView) -> list[Span]:
        persons = [(ent.start_char, ent.end_char) for ent in view.doc.ents if ent.label_ == "PERSON"]
        return self.find(view.text, view.words, persons)

    def find(self, text: str, words: WordLists, persons: list[tuple[int, int]] | None = None) -> list[Span]:
        """The business and brand names in ``text``. A letterhead segment that holds a name the parse
        reads as a person (``persons``: character ranges) is no brand: a note that opens "Patient Ann
        Lee (…)" names a person, and an organisation span there would take the role word and the
        person's type with it."""
        out = self._noun_names(text, words)
        people = sorted(persons or ())
        starts = [a for a, _ in people]
        for start, end in self._letterhead_segments(text):
            span = self._brand(text, start, end, words)
            if span is not None and not _overlaps(people, starts, span.start, span.end):
                out.append(span)
        return out

    def _noun_names(self, text: str, words: WordLists) -> list[Span]:
        out: list[Span] = []
        matches = list(_WORD.finditer(text))
        for k, match in enumerate(matches):
            head = match.group()
            if not head[:1].isupper() or _lower(head) not in BUSINESS_NOUNS:
                continue
            j = k - 1
            names: list[re.Match[str]] = []
            while j >= 0 and len(names) < 3 and text[matches[j].end() : matches[j + 1].start()] == " ":
                word = matches[j].group()
                if not word[:1].isupper() or word == "The" or _lower(word) in _STOP or word.endswith(("'s", "’s")):
                    break
                names.append(matches[j])
                j -= 1
            if not names or not any(not _public(m.group(), words) and _lower(m.group()) not in BUSINESS_NOUNS
                                    for m in names):
                continue
            start = names[-1].start()
            if j >= 0 and matches[j].group() == "The" and text[matches[j].end() : start] == " ":
                start = matches[j].start()
            out.append(Span(start, match.end(), ORGANIZATION, BRAND_SCORE))
        return out

    def _letterhead_segments(self, text: str) -> list[tuple[int, int]]:
        """Letterhead segments: the first line's parts and brackets after a capitalised label."""
        first = len(text) - len(text.lstrip())
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        line_end = min(line_end, first + 200)
        out: list[tuple[int, int]] = []
        pos = first
        while pos < line_end:
            sep = _SEPARATOR.search(text, pos, line_end)
            end = sep.start() if sep is not None else line_end
            if end > pos:
                out.append((pos, end))
            if sep is None or sep.end() <= pos:
                break
            pos = sep.end()
        for match in _HEADING.finditer(text):
            out.append(match.span(1))
        for match in _BRACKET.finditer(text):
            group = 1 if match.group(1) is not None else 2
            out.append(match.span(group))
        return out

    def _brand(self, text: str, start: int, end: int, words: WordLists) -> Span | None:
        """The catch-phrase brand filling ``text[start:end]``, or ``None``."""
        segment = text[start:end]
        stripped = segment.strip()
        if not stripped:
            return None
        offset = start + segment.index(stripped)
        tokens = stripped.split(" ")
        if not 2 <= len(tokens) <= 4 or _WORD.fullmatch(tokens[0]) is None:
            return None
        joined = False
        for k, token in enumerate(tokens):
            if token in _JOINS and 0 < k < len(tokens) - 1:
                joined = True
                continue
            if _WORD.fullmatch(token) is None or not token[:1].isupper() or token.isupper() and len(token) > 3:
                return None
            if _lower(token) in _STOP or (k > 0 and token == "The"):
                return None
        names = [t for t in tokens if t not in _JOINS and t != "The"]
        unknown = any(not _public(t, words) for t in names)
        opener = _lower(tokens[0]) in BRAND_OPENERS and joined
        if not (unknown or opener):
            return None
        return Span(offset, offset + len(stripped), ORGANIZATION, BRAND_SCORE)


def _overlaps(ranges: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted, disjoint ``ranges`` (``starts``: their starts) overlaps ``[start, end)``."""
    k = bisect_left(starts, end)
    return k > 0 and ranges[k - 1][1] > start
