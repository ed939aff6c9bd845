"""Round 11 (residual sweep): every number is private unless it reads as a quantity.

Rounds 3 to 10 tagged a number when its shape or its label said which identifier it was (a date, a
phone, a flat, a PIN). Documents written in conventions no rule has read ("07·12·2028", "Stand 3900",
"mənzil 6", "878 461", "Section 64") showed that this cannot be finished. The residual sweep turns the
default around, as Philter does for words: a whitespace-delimited token with a digit in it is tagged
unless it has one of the readings of a number that identify nobody:

- a **clock time** ("10:30", "7:30pm"), an amount with a **currency** sign, a **percentage**, a number
  with **thousands separators** ("60,234"), a football **minute** ("67'"), a **version** ("v2.3",
  "==1.26.4", "1.14.2" when no date can be read in it);
- a **decimal** ("7.5", "87,4") unless it reads as a day and a month with two digits each ("12.05": a
  date); a **range** ("2-3", "10-15") unless it reads so ("02-06") or as the digits of one number (a
  leading zero or two three-digit parts: "413-062");
- a number that **measures or counts**: a unit symbol after it or glued to it ("430 W", "200g",
  "47 °C") or, for up to four characters, a lower-case noun or adjective of the parse after it ("48
  hours", "2 tablets": an ordinary word, so "11 janvye 2028" stays a date) — unless a street word follows
  within three words ("12 high street");
- a number of one to three digits (or signed) that **orders or bounds**: after a comparison word
  ("over 40", "aged 18", "up to 15", "out of 100"), before a range word and another number ("2 to 6", "18 or over",
  "3 of 6"), an enumeration opening a line or sentence ("2. Lift", "3)", "Level
  5:" at a line's start), or the head of a list of numbers ("1, 2 and 4").

A number after a place label ("bed 12 of ward 7", "Bed 14:", "room 12 or 14") never has the
ordering readings, and a one-to-three digit group next to another digit group ("878 461", "12 345")
is a phone or an identifier in parts. Spans are typed DATE for date shapes and ordinals ("14·01·2026",
"5/ago/2028", "15th", "12.05") and ID otherwise, with the lowest score. Over-tagging costs utility, not
privacy: a falsely tagged number still reaches the output through the private contexts within the ε bound.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from dpfusion_integrations.tagging.group_types import DATE, ID
from dpfusion_integrations.tagging.recall.base import _EDGE_PUNCT, TextView, Tok, line_bounds
from dpfusion_integrations.tagging.recall.residual_cues_r11 import (
    COMPARISON_WORDS,
    PLACE_LABELS,
    RANGE_WORDS,
    RESIDUAL_SCORE,
    STREET_WORDS_ANY,
    UNIT_SYMBOLS,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["residual_numbers"]

_TOKEN = re.compile(r"\S+")
_CURRENCY = "£€$¥₹₩₽₺¢"
_SPACES = " \t\u00a0\u2009\u202f"
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_MINUTE = re.compile(r"\d{1,3}['’]")
_VERSION = re.compile(r"(?:v|==)?\d+(?:\.\d+){1,3}", re.IGNORECASE)
_BARE_VERSION = re.compile(r"[1-9]\d?\.\d{1,3}\.\d{1,3}")
_DECIMAL = re.compile(r"(?P<a>\d+)[.,](?P<b>\d{1,2})")
_NUMBER = re.compile(r"[-+−]?\d+")
_RANGE = re.compile(r"\d{1,3}[-–]\d{1,3}")
_GLUED_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?P<unit>[^\W\d_]{1,3}|°[CF]?)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"\d{1,4}(?P<sep>[^\w\s])(?:\d{1,2}|[^\W\d_]{3,4})(?P=sep)\d{2,4}\.?|\d{1,2}(?:st|nd|rd|th)",
                         re.IGNORECASE)
_DIGIT_GROUP_AFTER = re.compile(rf"[{_SPACES}]\d{{2,4}}(?!\w)")
_DIGIT_GROUP_BEFORE = re.compile(rf"(?<!\w)\d{{2,4}}[{_SPACES}]$")
_WORD_BEFORE = re.compile(rf"(\S+)[{_SPACES}]+$")
_WORDS_AFTER = re.compile(rf"[{_SPACES}]*(\S+)(?:[{_SPACES}]+(\S+))?")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][ \t]+|\n)[ \t]*$")


def _clean(word: str) -> str:
    return word.lower().strip(_EDGE_PUNCT)


class _Parse:
    """The parse tokens after an offset (for the words that follow a number)."""

    def __init__(self, view: TextView, frequent: Callable[[str], bool] | None) -> None:
        self._toks = view.toks
        self._starts = [t.start for t in view.toks]
        self._frequent = frequent

    def ordinary(self, word: str) -> bool:
        """Whether ``word`` is an ordinary word (always, without a lexicon)."""
        return self._frequent is None or self._frequent(word)

    def after(self, offset: int, count: int) -> list[Tok]:
        k = bisect.bisect_left(self._starts, offset)
        out: list[Tok] = []
        while k < len(self._toks) and len(out) < count:
            if self._toks[k].text.strip():
                out.append(self._toks[k])
            k += 1
        return out


def _same_line(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _day_month(a: str, b: str) -> bool:
    return len(a) == 2 and len(b) == 2 and 1 <= int(a) <= 31 and 1 <= int(b) <= 12


def _day_month_pair(core: str) -> bool:
    """A decimal or a range that reads as a two-digit day and month ("12.05", "02-06")."""
    pair = _DECIMAL.fullmatch(core) or _RANGE.fullmatch(core)
    return pair is not None and _day_month(*re.split(r"[.,\-–]", core))


def _zero_led(a: str, b: str) -> bool:
    """A part written with a leading zero or two three-digit parts: digits of a number, not a range."""
    return (len(a) > 1 and a[0] == "0") or (len(b) > 1 and b[0] == "0") or len(a) + len(b) == 6


def _can_be_date(core: str) -> bool:
    parts = re.split(r"\D", core.lstrip("vV="))
    return len(parts) == 3 and all(parts) and len(parts[2]) in (2, 4) and int(parts[1]) <= 12 and int(parts[0]) <= 31


def _bare_version(core: str) -> bool:
    """"1.14.2": three dotted parts, the first of one or two digits without a leading zero, that cannot
    be a date; four parts or a leading zero ("077.36.18.60") are a phone or an address, not a version."""
    return bool(_BARE_VERSION.fullmatch(core)) and not _can_be_date(core)


def _word_before(text: str, start: int) -> str:
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return _clean(before.group(1)) if before is not None else ""


def _measures(text: str, start: int, end: int, core: str, parse: _Parse) -> bool:
    """A unit after the number, or (up to four characters, not after a place label) a lower-case
    counted noun that is an ordinary word; never with a street word within three words."""
    after = [t for t in parse.after(end, 3) if _same_line(text, end, t.start)]
    if any(_clean(t.text) in STREET_WORDS_ANY for t in after):
        return False
    words = _WORDS_AFTER.match(text, end, min(len(text), end + 24))
    if words is not None and _clean(words.group(1)) in UNIT_SYMBOLS:
        return True
    if len(core) > 4 or not after or _word_before(text, start) in PLACE_LABELS:
        return False
    nxt = after[0]
    return nxt.text.islower() and nxt.pos in ("NOUN", "ADJ", "NUM") and parse.ordinary(nxt.text)


def _orders_or_bounds(text: str, start: int, end: int, core: str) -> bool:
    """The ordering readings of a small or signed number (see the module doc)."""
    word_before = _word_before(text, start)
    if word_before in PLACE_LABELS:
        return False
    words = _WORDS_AFTER.match(text, end, min(len(text), end + 24))
    if words is not None and words.group(2):
        first, second = _clean(words.group(1)), _clean(words.group(2)).lstrip("+-−")
        if first in RANGE_WORDS and (second[:1].isdigit() or second in ("over", "more", "above", "under")):
            return True
    if word_before in COMPARISON_WORDS or text[max(0, start - 7) : start].lower() == "out of ":
        return True
    if core[0] in "-+−":
        return False  # a signed number is public only as a measure, a bound or one end of a range
    nxt = text[end : end + 1]
    if nxt == ":" and len(text[line_bounds(text, start)[0] : start].split()) <= 1:
        return True  # "5:" or "Level 5:" opening a line
    if nxt in (".", ")") and _SENTENCE_OPEN.search(text, max(0, start - 4), start):
        return True
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isdigit()


def _public_reading(text: str, start: int, end: int, core: str, parse: _Parse) -> bool:
    if _TIME.fullmatch(core) or _THOUSANDS.fullmatch(core) or _MINUTE.fullmatch(text[start : end + 1]):
        return True
    if core[0] in _CURRENCY or core[-1] in _CURRENCY or core.endswith("%"):
        return True
    if _VERSION.fullmatch(core) and (core[:1] in "vV=" or _bare_version(core)):
        return True
    decimal = _DECIMAL.fullmatch(core)
    if decimal is not None:
        return not _day_month(decimal.group("a"), decimal.group("b")) or _measures(text, start, end, core, parse)
    glued = _GLUED_UNIT.fullmatch(core)
    if glued is not None and _clean(glued.group("unit")) in UNIT_SYMBOLS:
        return True
    if _RANGE.fullmatch(core):
        a, b = re.split(r"[-–]", core)
        if (_day_month(a, b) or _zero_led(a, b)) and not _measures(text, start, end, core, parse):
            return False  # "02-06" is a date, "413-062" a phone number
        return True
    if not _NUMBER.fullmatch(core):
        return False
    if _measures(text, start, end, core, parse):
        return True
    return len(core.lstrip("-+−")) <= 3 and _orders_or_bounds(text, start, end, core)


def _digit_groups(text: str, start: int, end: int) -> bool:
    return bool(_DIGIT_GROUP_AFTER.match(text, end) or _DIGIT_GROUP_BEFORE.search(text, max(0, start - 6), start))


def residual_numbers(view: TextView, frequent: Callable[[str], bool] | None = None) -> list[Span]:
    """Every digit-bearing token of ``view`` without a public reading, as a DATE or ID span. With
    ``frequent`` (the sweep's lexicon), only an ordinary word is counted by a number before it ("11
    janvye 2028" is a date, "11 apples" a count)."""
    text = view.text
    parse = _Parse(view, frequent)
    out: list[Span] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        if not any(c.isdigit() for c in raw):
            continue
        core = raw.strip(_EDGE_PUNCT)
        if not core or not any(c.isdigit() for c in core):
            continue
        start = match.start() + raw.index(core)
        end = start + len(core)
        grouped = core.isdigit() and len(core) <= 4 and _digit_groups(text, start, end)
        if not grouped and _public_reading(text, start, end, core, parse):
            continue
        kind = DATE if _DATE_SHAPE.fullmatch(core) or _day_month_pair(core) else ID
        out.append(Span(start, end, kind, RESIDUAL_SCORE))
    return out
