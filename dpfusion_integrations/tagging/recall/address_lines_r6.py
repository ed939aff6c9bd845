"""Round 6: an address line grown around each LOCATION span found by the union.

The detectors find the street or the town of an address, but the short pieces around it often stay
public: a house-number label ("No. 47", "House No. 216"), a street abbreviation in front ("vul. "),
a unit after a comma ("stan 12", "kv. 34", "Căn hộ 25C"), a floor before ("12F., No. 34, ..."), a
postcode after the town ("Kaohsiung City 661", "Mosta MFM 5173", "83081 Subotica"), the town line of
an address block ("05781 Subotica" below the street) or a particle inside a town's name ("Dar es
Salaam"). Addresses are written as comma-separated parts of one line or as short lines of one block,
so, after the union, from each LOCATION span (and each span opened by a street word such as "Jalan"):

- **label before**: a house-number label ("No. ", "House No. ", "Plot No. ") or a Taiwanese section,
  lane or alley label ("Sec. ", "Ln. ", "Aly. ") before a span that starts with a digit, or a lower-case street abbreviation ("vul. ", "pr. ") before one that starts
  with a capital, joins it;
- **parts before** on its line, walking back over commas (three at most): a part made only of unit,
  floor or house-number designators joins, and so does such a designator ending a longer part ("the
  flat is 12F.,");
- **a unit line above**, when the address opens its line: the last part of the line above, after a
  field label, made of unit or floor designators ("Property: 3rd floor");
- **codes glued after** a span ending in a letter: one or two upper-case or digit codes up to a comma,
  a separator or the line's end ("Kaohsiung City 661 ·", "Mosta MFM 5173");
- **parts after** on its line, walking over commas (six at most): a unit part joins; a place part
  (capitalised words, particles, codes) joins when it holds a digit ("83081 Subotica"), or, when the
  address so far holds a digit, when it is short and whole ("Banqiao Dist."); a part naming a month or
  a weekday ends the walk (a date, not an address);
- **lines after**, when the address holding a digit ends its line: up to two short lines (five words at
  most) of place and unit parts holding a digit, with no field label ("LT-31187 Vilnius");
- **particles between** a LOCATION span and the next name, organisation or place span on its line
  ("Dar es Salaam"), or between any two such spans when the particle is found in towns' names only
  ("Brandýs nad Orlicí", "Bruck an der Leitha", "Stratford upon Avon").

Over-tagging risk: a capitalised part with a number after a place ("Vienna, Version 2") is taken; dates
after a place are left alone. Decisions depend on a private value only through where its span ends,
so two addresses of one layout tag the same public words. Typed LOCATION.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.address_blocks import place_part
from dpfusion_integrations.tagging.recall.base import MONTHS, WEEKDAYS, line_bounds
from dpfusion_integrations.tagging.recall.unit_designators_r6 import (
    HOUSE_NUMBER,
    UNIT_TAIL,
    is_unit_part,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["grow_address_lines"]

LINE_SCORE = 0.88

_NUMBER_LABEL = re.compile(
    r"(?<![\w.])(?:(?:House|HOUSE|Plot|PLOT|Stand|Erf|Villa|Shop|Door|Lot|Building|Bldg\.?|Block|Unit|Flat|Apt\.?)[ ])?"
    r"(?:No|NO|Nr|nr|no|N[º°o]|Sec|Ln|Aly)\.?[ ]?\Z"
)  # fmt: skip
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w.])(?<!et[ ])(?i:vul|ul|pr|prosp|pr-t|pl|al|bul|bulv|bd|blvd|str|sh|per|nab|jl|jln|lrg|sos|cal)\.[ ]?\Z"
)
#: Spans of any type opened by a street word: their parts are grown like a LOCATION span's.
_STREET_HEAD = re.compile(r"(?:Jalan|Jln\.?|Jl\.|Lorong|Lrg\.|Soi|Thanon|Đường|Phố|Ngõ|Hẻm|Rehov|Sokak)[ ]")
_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*")
_PART_END = re.compile(r"[,;(]|[ ][·|–—][ ]")
_GLUED_CODES = re.compile(
    r"(?:[ ](?:[A-Z]{2,4}|[A-Z]{1,3}-?\d{1,6}|\d{2,6})){1,2}(?=[ \t]*(?:[,;·|–—()\n]|\.(?:\s|\Z)|\Z))"
)
_YEAR = re.compile(r"[ ](?:1[89]|20)\d\d")
#: Particles inside a town's name that also join people's names: a LOCATION span must be beside them.
_PARTICLES = re.compile(
    r"[ ](?:(?:es|de|del|della|la|le|les|al|el|der|den|di|da|do|dos|das|du)[ ]){1,2}\Z"
)
#: Particles found in towns' names only ("Ústí nad Labem", "Stratford upon Avon", "Bad Homburg vor der
#: Höhe"): any two named spans beside them are one town.
_PLACE_PARTICLES = re.compile(r"[ ](?:nad|pod|upon|am|an|sur|sous|lès|ob|bei|vor|auf|unter|im)(?:[ ](?:der|dem|den|la|le))?[ ]\Z")
_WORD = re.compile(r"[^\W\d_]+")
_NOT_PLACE = MONTHS | WEEKDAYS
_NAMED = frozenset({LOCATION, ORGANIZATION, PERSON})
_MAX_BEFORE = 3
#: How far before a span a label may start, and how far into a part a place may end (six words).
_MAX_LABEL = 24
_MAX_PLACE = 80
_MAX_AFTER = 6
_MAX_LINES = 2
_MAX_LINE_WORDS = 5
_MAX_PLAIN_WORDS = 4


def _has_digit(part: str) -> bool:
    return any(c.isdigit() for c in part)


def _dated(part: str) -> bool:
    return any(w.lower() in _NOT_PLACE for w in _WORD.findall(part))


def _label_before(text: str, line_start: int, start: int) -> int:
    """Where the span starts once a house-number label or a street abbreviation before it joins."""
    first = text[start : start + 1]
    if first.isdigit():
        pattern = _NUMBER_LABEL
    elif first.isupper():
        pattern = _ABBREVIATION_BEFORE
    else:
        return start
    match = pattern.search(text, max(line_start, start - _MAX_LABEL), start)
    return start if match is None else match.start()


def _parts_before(text: str, line_start: int, start: int) -> int:
    """Where the address starts once unit, floor and house-number parts before it join."""
    pos = start
    for _ in range(_MAX_BEFORE):
        head = text[line_start:pos].rstrip(" \t")
        if not head.endswith((",", ";")):
            break
        body = head[:-1]
        part_start = line_start + max(body.rfind(","), body.rfind(";")) + 1
        part = text[part_start : line_start + len(body)]
        stripped = part.strip(" \t")
        if not stripped:
            break
        lead = part_start + len(part) - len(part.lstrip(" \t"))
        if is_unit_part(stripped) or HOUSE_NUMBER.fullmatch(stripped):
            pos = lead
            continue
        tail = UNIT_TAIL.search(stripped)
        if tail is not None:
            pos = lead + tail.start()
        break
    return pos


def _glued_codes(text: str, end: int) -> int:
    """Where the span ends once postcodes glued after a place name join ("Mosta MFM 5173")."""
    if end == 0 or not text[end - 1].isalpha():
        return end
    match = _GLUED_CODES.match(text, end)
    if match is None or not _has_digit(match.group()) or _YEAR.fullmatch(match.group()):
        return end
    return match.end()


#: Where a place part may end inside a comma-separated part: a full stop or a colon before a space
#: ("21101 Novi Sad. Prefers e-mail.", "57993 Umeå: heard shouting").
_FULL_STOP = re.compile(r"[.:](?=[ \t])")


def _place(part: str) -> tuple[int, bool] | None:
    """The place read in ``part``: all of it, or all of it up to a full stop or a colon ("21101 Novi Sad.
    Prefers e-mail."), as (length, whether the address ended there); ``None`` when neither is a place."""
    body = part.rstrip(" \t")
    kept = place_part(body)
    if kept is not None and kept[0] and kept[0] >= len(body.rstrip(".")):
        return kept
    for stop in reversed(list(_FULL_STOP.finditer(body, 0, _MAX_PLACE))):
        head = body[: stop.start()]
        kept = place_part(head)
        if kept is not None and kept[0] and kept[0] == len(head):
            return len(head), True
    return None


def _parts_after(text: str, end: int, line_end: int, digit: bool) -> tuple[int, bool, bool]:
    """Comma-separated parts after ``end``: (where the address ends, whether a full stop ended it,
    whether it holds a digit now)."""
    pos = end
    for _ in range(_MAX_AFTER):
        sep = _SEPARATOR.match(text, pos, line_end)
        if sep is None:
            break
        part_start = sep.end()
        stop = _PART_END.search(text, part_start, line_end)
        part = text[part_start : line_end if stop is None else stop.start()].rstrip(" \t")
        if not part:
            break
        if is_unit_part(part.rstrip(".")) or HOUSE_NUMBER.fullmatch(part):
            pos, digit = part_start + len(part.rstrip(".")), True
            continue
        kept = _place(part)
        if kept is None:
            break
        length, ended = kept
        body = part[:length]
        if _dated(body):
            break  # "Vienna, 12 May": a date, not an address
        if _has_digit(body):
            pos, digit = part_start + length, True
        elif digit and len(body.split()) <= _MAX_PLAIN_WORDS:
            pos = part_start + length
        else:
            break
        if ended:
            return pos, True, digit
    return pos, False, digit


def _line_after(line: str) -> int | None:
    """The length of ``line`` kept when it is a short line of place and unit parts with a digit."""
    body = line.rstrip(" \t")
    if not body.strip() or ":" in body or "@" in body or not _has_digit(body) or _dated(body):
        return None
    if len(body.split()) > _MAX_LINE_WORDS:
        return None
    for part in body.split(","):
        stripped = part.strip(" \t").rstrip(".")
        if not stripped:
            continue
        if is_unit_part(stripped):
            continue
        kept = place_part(stripped)
        if kept is None or kept[0] != len(stripped):
            return None
    return len(body)


def _lines_after(text: str, end: int, line_end: int) -> int:
    """Where the address ends once short place lines below it join."""
    pos = end
    for _ in range(_MAX_LINES):
        if text[pos:line_end].strip(" \t.,") or line_end >= len(text):
            break
        nxt_start = line_end + 1
        _, nxt_end = line_bounds(text, nxt_start)
        line = text[nxt_start:nxt_end]
        lead = len(line) - len(line.lstrip(" \t"))
        kept = _line_after(line[lead:])
        if kept is None:
            break
        pos, line_end = nxt_start + lead + kept, nxt_end
    return pos


def _line_before(text: str, line_start: int, start: int) -> int:
    """Where the address starts once a unit line above it joins ("Property: 3rd floor" above a street
    that opens its line): the line's last comma-separated part, after any field label, must be units."""
    if line_start == 0 or text[line_start:start].strip(" \t") or text[line_start - 1] != "\n":
        return start
    prev_start, prev_end = line_bounds(text, line_start - 1)
    line = text[prev_start:prev_end].rstrip(" \t,")
    cut = max(line.rfind(","), line.rfind(":"), line.rfind(";")) + 1
    part = line[cut:].strip(" \t")
    if not part or not (is_unit_part(part.rstrip(".")) or UNIT_TAIL.fullmatch(part)):
        return start
    return prev_start + cut + len(line[cut:]) - len(line[cut:].lstrip(" \t"))


def _grow_one(text: str, span: Span) -> tuple[int, int]:
    line_start, line_end = line_bounds(text, span.start)
    start = _label_before(text, line_start, span.start)
    start = _parts_before(text, line_start, start)
    start = _line_before(text, line_start, start)
    end = _glued_codes(text, span.end)
    _, line_end = line_bounds(text, max(end - 1, start))
    end, ended, digit = _parts_after(text, end, line_end, _has_digit(text[start:end]))
    if not ended and digit:
        end = _lines_after(text, end, line_end)
    return start, end


def _particles_between(text: str, spans: list[Span]) -> list[Span]:
    """A LOCATION span over two named spans that only particles of a town's name part (see module doc)."""
    out: list[Span] = []
    for left, right in pairwise(spans):
        if not {left.entity_type, right.entity_type} <= _NAMED or not text[right.start : right.start + 1].isupper():
            continue  # "Berlin am Montag": a date is no part of a town's name
        gap = text[left.end : right.start]
        located = LOCATION in (left.entity_type, right.entity_type)
        if _PLACE_PARTICLES.fullmatch(gap) is not None or (located and _PARTICLES.fullmatch(gap) is not None):
            out.append(Span(left.start, right.end, LOCATION, LINE_SCORE))
    return out


def grow_address_lines(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) with each address line grown around its LOCATION spans (see
    module doc); sorted and non-overlapping."""
    out = list(spans)
    for span in spans:
        if span.entity_type != LOCATION and _STREET_HEAD.match(text, span.start) is None:
            continue
        start, end = _grow_one(text, span)
        if (start, end) != (span.start, span.end):
            out.append(Span(start, end, LOCATION, LINE_SCORE))
    merged = merge_spans(out)
    return merge_spans([*merged, *_particles_between(text, merged)])
