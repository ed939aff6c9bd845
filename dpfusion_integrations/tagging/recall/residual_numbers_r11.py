"""Round 11 (residual sweep): every number is private unless it reads as a quantity.

Rounds 3 to 10 tagged a number when its shape or its label said which identifier it was (a date, a
phone, a flat, a PIN). Documents written in conventions no rule has read ("07·12·2028", "Stand 3900",
"mənzil 6", "878 461", "Section 64") showed that this cannot be finished. The residual sweep turns the
default around, as Philter does for words: a whitespace-delimited token with a digit in it is tagged
unless it is one of the readings of a number that identify nobody:

- a **clock time** ("10:30", "7:30pm"), an amount with a **currency** sign or a **percentage**
  ("£42", "25%"), a **decimal** with one or two decimals ("7.5", "87,4"), a **signed** or **ranged**
  small number ("-40", "+85", "2-3");
- a number of up to four characters that **counts something**: followed by a unit symbol ("430 W",
  "47 °C", "30 mm") or by a lower-case noun or adjective of the parse ("48 hours", "2 tablets",
  "5 more"), except a street word ("12 high street" stays tagged);
- a number of one to three digits that **orders or bounds** something: after a comparison word
  ("over 40", "aged 18", "up to 15"), before a range word ("2 to 6", "18 or over", "6 by 4"), as an
  enumeration ("Level 5:", "2." opening a line or sentence, "1, 2 and 4"), as a whole cell of a
  pipe table, or joined by a hyphen ("1-2").

A one-to-three digit group next to another digit group ("878 461", "0 30 12") is a phone or an
identifier in parts and always stays tagged. Spans are typed DATE for date shapes and ordinals
("14·01·2026", "5/ago/2028", "15th") and ID otherwise; the score is the lowest of the profile, so any
other detector's type wins where they meet. Over-tagging costs utility, not privacy: a falsely tagged
number still reaches the output through the private contexts within the ε bound.
"""

from __future__ import annotations

import bisect
import re

from dpfusion_integrations.tagging.group_types import DATE, ID
from dpfusion_integrations.tagging.recall.base import TextView, Tok
from dpfusion_integrations.tagging.spans import Span

__all__ = ["COMPARISON_WORDS", "RANGE_WORDS", "RESIDUAL_SCORE", "UNIT_SYMBOLS", "residual_numbers"]

#: The score of residual spans: below every detector's, so it never decides a type where they overlap.
RESIDUAL_SCORE = 0.05

_TOKEN = re.compile(r"\S+")
_EDGE = ".,;:!?\"()[]{}<>«»“”‘’'`"
_CURRENCY = "£€$¥₹₩₽₺¢"
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?", re.IGNORECASE)
_PURE = re.compile(r"\d{1,3}(?:[.,]\d{3})*|\d+")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
_SIGNED_OR_RANGE = re.compile(r"[-+−]\d{1,3}|\d{1,3}[-–]\d{1,3}")
_DATE_SHAPE = re.compile(r"\d{1,4}(?P<sep>[^\w\s])(?:\d{1,2}|[^\W\d_]{3,4})(?P=sep)\d{2,4}\.?|\d{1,2}(?:st|nd|rd|th)",
                         re.IGNORECASE)
_SMALL = re.compile(r"\d{1,3}")
_DIGIT_GROUP_AFTER = re.compile(r"[ ]\d{2,4}(?!\w)")
_DIGIT_GROUP_BEFORE = re.compile(r"(?<!\w)\d{2,4}[ ]$")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]*(\S+)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][ \t]+|\n)[ \t]*$")

#: Unit symbols (lower case) after which a number is a measurement.
UNIT_SYMBOLS = frozenset({
    "w", "kw", "mw", "v", "kv", "a", "ma", "hz", "khz", "mhz", "ghz", "mm", "cm", "m", "km", "kg", "g",
    "mg", "µg", "mcg", "ml", "l", "°c", "°f", "°", "h", "hr", "hrs", "min", "mins", "s", "sec", "ms",
    "gb", "mb", "kb", "tb", "db", "mph", "kph", "km/h", "psi", "lb", "lbs", "oz", "ft", "in", "sq", "x",
    "pm", "am", "kwh", "%", "gsm", "dpi", "fps", "rpm", "bpm",
})  # fmt: skip
#: Words before a number that compare or bound it ("over 40", "aged 18", "up to 15").
COMPARISON_WORDS = frozenset({
    "over", "under", "above", "below", "least", "most", "about", "around", "than", "to", "from", "between",
    "and", "or", "up", "of", "by", "x", "×", "approx", "approximately", "nearly", "almost", "only", "within",
    "per", "every", "each", "all", "first", "last", "next", "top", "aged", "age", "ages",
})  # fmt: skip
#: Words after a number that make it one end of a range or a factor ("2 to 6", "18 or over").
RANGE_WORDS = frozenset({"to", "or", "and", "x", "×", "by", "of", "out", "in", "+"})
_STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "way", "drive", "dr", "close", "crescent",
    "court", "place", "terrace", "square", "boulevard", "blvd", "highway",
})  # fmt: skip


def _word(match: re.Match[str] | None) -> str:
    return match.group(1).lower().strip(_EDGE) if match is not None and "\n" not in match.group(0) else ""


class _Neighbours:
    """The parse token that starts at or after an offset (for the part of speech after a number)."""

    def __init__(self, view: TextView) -> None:
        self._toks = view.toks
        self._starts = [t.start for t in view.toks]

    def after(self, offset: int) -> Tok | None:
        k = bisect.bisect_left(self._starts, offset)
        while k < len(self._toks) and not self._toks[k].text.strip():
            k += 1
        return self._toks[k] if k < len(self._toks) else None


def _counts_something(text: str, end: int, core: str, parse: _Neighbours) -> bool:
    if len(core) > 4:
        return False
    after = _WORD_AFTER.match(text, end, min(len(text), end + 16))
    if _word(after) in UNIT_SYMBOLS:
        return True
    nxt = parse.after(end)
    if nxt is None or "\n" in text[end : nxt.start]:
        return False
    return nxt.text.islower() and nxt.pos in ("NOUN", "ADJ", "NUM") and nxt.text not in _STREET_WORDS


def _table_cell(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.count("|") >= 2 and text[max(0, start - 2) : start] == "| " and text[end : end + 2] == " |"


def _orders_or_bounds(text: str, start: int, end: int) -> bool:
    if _DIGIT_GROUP_AFTER.match(text, end) or _DIGIT_GROUP_BEFORE.search(text, max(0, start - 6), start):
        return False  # a phone or identifier in digit groups
    before = _word(_WORD_BEFORE.search(text, max(0, start - 30), start))
    after = _word(_WORD_AFTER.match(text, end, min(len(text), end + 16)))
    if before in COMPARISON_WORDS or after in RANGE_WORDS:
        return True
    nxt = text[end : end + 1]
    if nxt == ":" or nxt == "-" or text[start - 1 : start] == "-":
        return True
    if nxt in (".", ")") and _SENTENCE_OPEN.search(text, max(0, start - 4), start):
        return True
    if text[end : end + 3][:2] == ", " and text[end + 2 : end + 3].isdigit():
        return True
    return _table_cell(text, start, end)


def _public_reading(text: str, start: int, end: int, core: str, parse: _Neighbours) -> bool:
    if _TIME.fullmatch(core) or _SIGNED_OR_RANGE.fullmatch(core):
        return True
    if core[0] in _CURRENCY or core[-1] in _CURRENCY or core.endswith("%"):
        return True
    if _DECIMAL.fullmatch(core):
        return True
    if not _PURE.fullmatch(core):
        return False
    if _counts_something(text, end, core, parse):
        return True
    return bool(_SMALL.fullmatch(core)) and _orders_or_bounds(text, start, end)


def residual_numbers(view: TextView) -> list[Span]:
    """Every digit-bearing token of ``view`` without a public reading, as a DATE or ID span."""
    text = view.text
    parse = _Neighbours(view)
    out: list[Span] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        if not any(c.isdigit() for c in raw):
            continue
        core = raw.strip(_EDGE)
        if not core or not any(c.isdigit() for c in core):
            continue
        start = match.start() + raw.index(core)
        end = start + len(core)
        if _public_reading(text, start, end, core, parse):
            continue
        kind = DATE if _DATE_SHAPE.fullmatch(core) else ID
        out.append(Span(start, end, kind, RESIDUAL_SCORE))
    return out
