"""Round 9 (organisations): venues and clubs named by a place or an invented word and a venue or club noun.

Sports venues, clubs and societies are named by a town or an invented word, an optional activity word
and a venue or member noun: "<Town> Climbing Wall", "<Town> Bowling Lanes", "<Word> Ice Rink", "The
<Word> Wall", "<Town> Growers", "<Town> Ramblers", "<Word> Harriers", "<Word> Allotments". Earlier
rounds took such a run only when the name word was an unknown word and a trade list knew the noun
("Gym", "Club"); a town that is also on the public word list ("Stuttgart") or a noun no list held
("Wall", "Growers") left the name readable. One detector, :class:`VenueNames`, reads each line for one
to three capitalised name words (a capitalised "The" before them joins) and a head:

- **activity head** (an activity word of :data:`ACTIVITY_WORDS` and a noun of :data:`VENUE_NOUNS`:
  "Climbing Wall", "Ice Rink", "Bowling Lanes", "Leisure Centre", "Tennis Club"): taken when a name
  word is no public word, or when the run fills a segment of its own (a line, a bracket, a heading
  before " – ", a field after a colon), which is where a venue's name stands in a channel header or
  a form's letterhead;
- **bare venue noun** ("Wall", "Rink", "Lanes", "Pool", "Gym", ...): taken when a name word is no public
  word and is not read by the parse as a place or a facility, so a landmark named after a city ("the
  Berlin Wall") stays public;
- **member noun** (:data:`MEMBER_NOUNS`: "Growers", "Ramblers", "Singers", "Players", "Harriers",
  "Rovers", "Allotments", ...): taken when a name word is no public word, or when the run fills a
  segment of its own and its name words are proper nouns of the parse.

Name words never are descriptors (:data:`DESCRIPTORS`: "Great", "Western", "New", "Indoor", "Key",
"Local", ...), activity words, months, weekdays or titles, nor possessives ("Hadrian's Wall"), so "The
Great Wall", "The Western Wall", "Key Players", "Chess Players", "Table Tennis Club", "New Climbing
Wall Opens" stay public; lower-case nouns ("the
climbing wall", "a gym", "the rovers") are never read. Typed ORGANIZATION. Decisions depend on the
layout, the noun lists and the safe-word list, never on the private words themselves. Over-tagging
risk: a public venue named by a town in a heading of its own ("Manchester Aquatics Centre") is tagged,
which is an organisation anyway.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    fold,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["ACTIVITY_WORDS", "DESCRIPTORS", "MEMBER_NOUNS", "VENUE_NOUNS", "VenueNames"]

VENUE_SCORE = 0.86
#: Nouns of a place where an activity is done (lower case).
VENUE_NOUNS = frozenset({
    "wall", "walls", "gym", "gymnasium", "lanes", "lane", "alley", "rink", "pool", "pools", "lido", "centre",
    "center", "club", "hall", "arena", "dome", "court", "courts", "pitch", "pitches", "ground", "grounds",
    "range", "course", "studio", "studios", "dojo", "den", "barn", "shed", "loft", "cave", "crag", "park",
    "baths", "house", "hub", "academy", "school", "school's", "garden", "gardens", "field", "fields",
})  # fmt: skip
#: Bare venue nouns that also name public landmarks or everyday places ("the Berlin Wall", "City
#: Hall"): without an activity word they count only after a name word that is not a public word.
_WEAK_VENUE_NOUNS = frozenset({"wall", "walls", "gym", "lanes", "rink", "pool", "lido", "dojo", "crag"})
#: Nouns of a club's members or a society's plots (lower case).
MEMBER_NOUNS = frozenset({
    "growers", "ramblers", "singers", "players", "harriers", "rovers", "wanderers", "striders", "runners",
    "joggers", "cyclists", "wheelers", "anglers", "gardeners", "allotments", "allotmenteers", "beekeepers",
    "quilters", "knitters", "stitchers", "bowlers", "walkers", "hikers", "swimmers", "rowers", "paddlers",
    "climbers", "boulderers", "skaters", "choir", "chorus", "chorale", "ringers", "bellringers",
    "dancers", "thespians", "strollers", "trampers", "mountaineers", "fellrunners",
    "orienteers", "triathletes", "sailors", "divers", "surfers", "naturalists", "birders", "plotholders",
})  # fmt: skip
#: Activity words between the name and a venue noun ("Climbing Wall", "Ice Rink").
ACTIVITY_WORDS = frozenset({
    "climbing", "bouldering", "rock", "bowling", "tenpin", "ten-pin", "ice", "skating", "swimming", "leisure",
    "sports", "sport", "tennis", "squash", "badminton", "padel", "golf", "cricket", "rugby", "football",
    "hockey", "netball", "boxing", "rowing", "sailing", "yacht", "cycling", "running", "athletic", "athletics",
    "chess", "bridge", "darts", "snooker", "dance", "dancing", "fitness", "aquatic", "aquatics", "diving",
    "surf", "surfing", "judo", "karate", "taekwondo", "martial", "archery", "fencing", "gymnastics",
    "trampoline", "skate", "curling", "lawn", "bowls", "croquet", "allotment", "allotments", "community",
    "garden", "gardening", "walking", "hiking", "choral", "drama", "dramatic", "operatic",
    "riding", "equestrian", "pony", "shooting", "angling", "fishing", "canoe", "kayak", "paddle", "ski",
    "snowboard", "softball", "baseball", "basketball", "volleyball", "handball", "lacrosse", "yoga",
    "pilates", "crossfit", "wrestling", "kickboxing", "jiu-jitsu", "parkour", "table", "pool",
})  # fmt: skip
#: Capitalised words that describe rather than name ("The Great Wall", "Key Players", "New Climbing
#: Wall Opens"): a run whose name word is one of them is not taken.
DESCRIPTORS = frozenset({
    "the", "a", "an", "our", "your", "my", "their", "his", "her", "its", "this", "that", "these", "those",
    "new", "old", "great", "grand", "big", "little", "small", "large", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central", "upper", "lower", "main", "indoor", "outdoor",
    "local", "public", "private", "national", "international", "regional", "olympic", "royal", "city",
    "town", "county", "village", "school", "university", "college", "community", "municipal", "open",
    "free", "junior", "senior", "youth", "ladies", "women's", "men's", "mixed", "kids", "adult", "adults",
    "annual", "summer", "winter", "spring", "autumn", "key", "top", "best", "first", "last", "next", "all",
    "home", "away", "star", "pro", "elite", "amateur", "veteran", "veterans", "masters", "record", "card",
    "video", "team", "global", "world", "european", "american", "british", "english", "african", "asian",
    "chinese", "wailing", "climbing", "bouldering", "sea", "fire", "stone", "brick",
    "garden", "dry", "retaining", "curtain", "party", "fourth", "wall", "street", "front", "back", "side",
    "inner", "outer", "high", "low", "red", "blue", "green", "black", "white", "golden", "silver",
    "new-look", "refurbished", "temporary", "permanent", "standard", "basic", "premium", "extra", "more",
    "most", "some", "any", "every", "each", "other", "another", "same", "such", "both", "many", "few",
    "beginner", "beginners", "advanced", "intermediate", "general", "weekly", "daily", "monthly",
})  # fmt: skip
_STOP = DESCRIPTORS | MONTHS | WEEKDAYS | TITLES
#: How many capitalised name words a run holds before its head.
MAX_NAME_WORDS = 3

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]{0,30}(?:(?:-|['’](?![sS]\Z))[^\W\d_]{1,30})?"
_NAME_WORD = re.compile(_CAP)
_WORD = re.compile(r"[^\W\d_][\w'’-]{0,30}")
#: A venue's name ends a segment: the line's end, a closing bracket, a colon, comma or semicolon, a
#: dash or bar between spaces, or two spaces.
_SEGMENT_END = re.compile(r"[ \t]*(?:\n|\Z|[)\]:,;]|[ ][–—|-][ ]|[ ]{2}|\t)")
#: ... and opens one: the line's start, an opening bracket, a colon, a dash or a bar, or two spaces.
_SEGMENT_START = re.compile(r"(?:\A|[(\[:;,|–—-]|[ ]{2}|\t)[ \t]*\Z")
_LOOK_BACK = 60
#: spaCy labels of places and facilities: a name word inside one before a bare venue noun is a landmark.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _lower(word: str) -> str:
    return fold(word.lower())


def _fills_segment(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a segment of its own (see module doc); reads a bounded window."""
    line_start, _ = near_line_bounds(text, start, _LOOK_BACK)
    if _SEGMENT_START.search(text[line_start:start]) is None and text[line_start:start].strip():
        return False
    return _SEGMENT_END.match(text, end) is not None


class VenueNames:
    """Venues and clubs named by a name word, an optional activity word and a venue or member noun."""

    name = "organization-venues-r9"

    def __repr__(self) -> str:
        return f"VenueNames(venues={len(VENUE_NOUNS)}, members={len(MEMBER_NOUNS)})"

    def detect(self, view: TextView) -> list[Span]:
        places = {tok.i for ent in view.doc.ents if ent.label_ in _PLACE_LABELS for tok in ent}
        proper = {t.start for t in view.toks if t.pos == "PROPN"}
        place_starts = {view.toks[i].start for i in places}
        return self.find(view.text, view.words, proper, place_starts)

    def find(self, text: str, words: WordLists, proper: set[int] | None = None,
             places: set[int] | None = None) -> list[Span]:
        """The venues in ``text``; ``proper`` and ``places`` hold the starts of words the parse reads as
        proper nouns and as parts of places or facilities (without a parse: all proper, none places)."""
        out: list[Span] = []
        matches = list(_WORD.finditer(text))
        for k, match in enumerate(matches):
            span = self._at(text, matches, k, words, proper, places or set())
            if span is not None:
                out.append(span)
        return out

    def _at(self, text: str, matches: list[re.Match[str]], k: int, words: WordLists,
            proper: set[int] | None, places: set[int]) -> Span | None:
        """The venue whose head noun is ``matches[k]``, or ``None``."""
        head = matches[k].group()
        lower = _lower(head)
        member = lower in MEMBER_NOUNS
        if not head[:1].isupper() or not (member or lower in VENUE_NOUNS):
            return None
        j = k - 1
        activity = False
        if not member and j >= 0 and _joined(text, matches, j) and _lower(matches[j].group()) in ACTIVITY_WORDS \
                and matches[j].group()[:1].isupper():
            activity, j = True, j - 1
        if not member and not activity and lower not in _WEAK_VENUE_NOUNS:
            return None  # "<Word> Hall", "<Word> Park": only with an activity word
        names: list[re.Match[str]] = []
        while j >= 0 and len(names) < MAX_NAME_WORDS and _joined(text, matches, j):
            word = matches[j].group()
            if _NAME_WORD.fullmatch(word) is None or _lower(word) in _STOP or _lower(word) in ACTIVITY_WORDS:
                break  # a possessive ("Hadrian's Wall"), a descriptor or a second activity word ends the name
            names.append(matches[j])
            j -= 1
        if not names:
            return None
        names.reverse()
        # an activity word names no venue ("Chess Players"), whatever the word lists say of it
        unknown = any(_lower(m.group()) not in words.safe and _lower(m.group()) not in ACTIVITY_WORDS for m in names)
        start, end = names[0].start(), matches[k].end()
        if j >= 0 and matches[j].group() == "The" and _joined(text, matches, j):
            start = matches[j].start()
        if activity:
            ok = unknown or _fills_segment(text, start, end)
        elif member:
            ok = unknown or (_fills_segment(text, start, end)
                             and all(proper is None or m.start() in proper for m in names)
                             and not any(_lower(m.group()) in ACTIVITY_WORDS for m in names))
        else:
            ok = unknown and not any(m.start() in places for m in names)
        return Span(start, end, ORGANIZATION, VENUE_SCORE) if ok else None


def _joined(text: str, matches: list[re.Match[str]], j: int) -> bool:
    """Whether ``matches[j]`` and the word after it are separated by one space only."""
    return text[matches[j].end() : matches[j + 1].start()] == " "
