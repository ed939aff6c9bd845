"""Round 11 (residual sweep): the words that decide whether a number reads as public, and the sweep's score.

One place for the vocabulary shared by
:mod:`~dpfusion_integrations.tagging.recall.residual_numbers_r11` and
:mod:`~dpfusion_integrations.tagging.recall.residual_joins_r11` (lower-case, English, written for
this project). Each list widens a *public* reading, so each is kept short: a word belongs here only
if a number next to it identifies nobody in ordinary prose.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.addresses import STREET_WORDS

__all__ = [
    "COMPARISON_WORDS",
    "PLACE_LABELS",
    "RANGE_WORDS",
    "REFERENCE_NOUNS",
    "RESIDUAL_SCORE",
    "STREET_WORDS_ANY",
    "UNIT_SYMBOLS",
]

#: The score of residual spans: below every detector's, so it never decides a type where they overlap.
RESIDUAL_SCORE = 0.05

#: Unit symbols after which (with a space, or glued: "430 W", "200g") a number is a measurement. No
#: one-letter symbol that is also an English word or a flat letter ("a", "s", "in", "x", "c", "f" are
#: not here: "12F" is a flat).
UNIT_SYMBOLS = frozenset({
    "w", "kw", "mw", "v", "kv", "ma", "mah", "hz", "khz", "mhz", "ghz", "mm", "cm", "m", "km", "kg", "g",
    "mg", "µg", "mcg", "ml", "l", "°c", "°f", "°", "h", "hr", "hrs", "min", "mins", "sec", "ms",
    "gb", "mb", "kb", "tb", "db", "mph", "kph", "km/h", "psi", "lb", "lbs", "oz", "ft", "sq", "pm", "am",
    "kwh", "%", "gsm", "dpi", "fps", "rpm", "bpm",
})  # fmt: skip

#: Words before a small number that compare or bound it ("over 40", "aged 18", "up to 15").
COMPARISON_WORDS = frozenset({
    "over", "under", "above", "below", "least", "most", "about", "around", "than", "to", "from", "between",
    "up", "by", "approx", "approximately", "nearly", "almost", "only", "within", "per", "every", "each",
    "all", "first", "last", "next", "top", "aged", "age", "ages",
})  # fmt: skip

#: Words after a small number that make it one end of a range or a factor, when another number (or
#: "over"/"more") follows them: "2 to 6", "18 or over", "6 by 4", "3 of 6".
RANGE_WORDS = frozenset({"to", "or", "and", "by", "of", "x", "×"})

#: Labels of a place or a seat: a number after one is an address or a location whatever follows it
#: ("bed 12 of ward 7", "Bed 14: Mrs A", "room 12 or 14", "locker 12 in bay 3").
PLACE_LABELS = frozenset({
    "bed", "bay", "room", "rm", "ward", "flat", "apt", "apartment", "unit", "suite", "box", "lot", "plot",
    "house", "seat", "locker", "cabin", "berth", "cell", "pitch", "stand", "floor", "block",
    "building", "bldg", "door", "desk", "office", "stall", "kiosk", "shop", "villa", "cottage", "no", "nr",
    "number", "#",
})  # fmt: skip

#: Nouns that name a part of a public work or a public service, never a place or a person: a number's
#: label join leaves them out ("Page 112", "Figure 3", "Platform 3", "port 8080").
REFERENCE_NOUNS = frozenset({
    "page", "pages", "p", "pp", "figure", "fig", "table", "step", "platform", "version", "ver", "v", "port",
    "issue", "chapter", "verse", "line", "item", "question", "gen", "generation", "grade", "round", "week",
    "day", "year", "episode", "season", "track", "exercise", "lesson", "slide", "part", "stage", "phase",
    "note", "footnote", "rule", "article", "clause", "paragraph", "para", "bus", "route", "channel", "mile",
    "junction", "exit", "category", "size", "mark", "team", "group", "class", "band", "tier", "option",
    "model", "series", "release", "build", "patch", "volume", "vol", "edition", "ed", "symphony",
    "opus", "op",
})  # fmt: skip

#: Street words of :data:`~dpfusion_integrations.tagging.recall.addresses.STREET_WORDS` and their short
#: forms: a number a few words before one is a house number, never a quantity ("12 high street").
STREET_WORDS_ANY = STREET_WORDS | frozenset({
    "st", "rd", "ave", "av", "ln", "dr", "blvd", "way", "close", "court", "ct", "place", "pl", "row", "hill",
    "walk", "view", "rise", "park", "green", "wharf", "quay", "yard", "circle", "cir", "loop", "pike", "trail",
})  # fmt: skip
