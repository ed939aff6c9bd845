"""Round 13 (release): the time expressions that name no day of a person's life.

A *calendar date* is an identifier when it belongs to a person, and so is what pins one: a weekday in
a narrative ("seen on Tuesday", "last Monday"), a time counted from an event ("in 2 weeks", "3 days
postpartum", "since 3 years"), an age ("45 years"). Earlier rounds tag all of these, and also the same
words where they describe a **schedule**, a **rule** or a **length** that holds for everyone: "every
Monday", "Mon-Fri", "19:00 to 21:30", "within 5 working days", "about 40 minutes", "twice daily".
:func:`public_time_ranges` finds only these forms:

* **recurring weekdays**: a plural ("Tuesdays"), after "every" or "each" (with the weekdays listed after
  it: "every Monday and Thursday"), a range of two weekdays ("Mon-Fri", "Monday to Friday"), before a
  plural part of the day ("Tuesday evenings"), or "the first Tuesday of each month"; a weekday on its own
  stays tagged ("on Friday", "last Monday", "(Thu)");
* **clock times**, single or in ranges, when valid ("06:00-22:00", "9am-5pm", "at 9:30"; never "12:99");
  round 13 keeps them in any document that holds a kept date, since with a date a time pins an event;
* **durations after a word that makes them a length or a period** ("every 10 years", "within 5 working
  days", "for 2 weeks", "up to 48 hours", "allow 2-3 weeks", "about 40 minutes"), unless what follows
  counts them from an event or makes them an age ("... after surgery", "... old", "... gestation":
  :func:`counted_from_event`). A duration with no such word stays tagged: "in 2 weeks", "3 days
  postpartum", "since 3 years", "Child, 18 months", "45 years" may name a day or an age;
* **recurrence words**: "daily", "weekly", "each month", "per hour", "weekends", "evenings".

:data:`CONNECTORS` are the small words that may join such forms inside one released span. Whatever the
form, a span whose clause holds a code word ("the door code is 12:34", "PIN 4:21") is never released
(:func:`names_a_secret`).
"""

from __future__ import annotations

import re

__all__ = ["CLOCK", "CONNECTORS", "counted_from_event", "names_a_secret", "public_time_ranges"]

_COUNT_WORDS = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                r"|forty|fifty|sixty|ninety|a\s+few|few|several|half\s+an?|a\s+couple\s+of)")
_NUMBER = r"\d{1,3}(?:[.,]\d+)?"
_COUNT = rf"(?:{_NUMBER}(?:\s*(?:-|–|to|or)\s*{_NUMBER})?|{_COUNT_WORDS})"
_SHORT_UNIT = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|wks?|fortnights?|months?"
               r"|mths?)")
_UNIT = rf"(?:{_SHORT_UNIT}|years?|yrs?)"
_QUALIFIER = r"(?:[\s-]+(?:working|business|calendar|full|whole|consecutive|clear|school|more|extra|further))?"
_DURATION = rf"{_COUNT}{_QUALIFIER}[\s-]+{_UNIT}(?:['’]s?)?(?!\w)"
_SHORT_DURATION = rf"{_COUNT}{_QUALIFIER}[\s-]+{_SHORT_UNIT}(?:['’]s?)?(?!\w)"
#: Words that make the duration after them a length or a period, never a point in time or an age.
_DURATION_CUE = (r"(?:every|each|per|for|within|lasting|lasts|takes|take|taking|up\s+to|minimum|maximum|min\.?"
                 r"|max\.?|allow|allowing)")
_APPROX = r"(?:(?:about|around|approx\.?|approximately|roughly|at\s+least|at\s+most|another)\s+)?"
#: Words that make a count of hours, days, weeks or months after them a length, not an age ("about 40
#: minutes", "under 2 hours"); a count of years after them may still be an age ("about 45 years").
_LENGTH_CUE = (r"(?:about|around|approx\.?|approximately|roughly|nearly|almost|under|over|less\s+than|more\s+than"
               r"|at\s+least|at\s+most)")
_HOUR_MINUTE = r"(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]|h[0-5][0-9])|24(?::00|h00)"
_MERIDIEM = r"(?:am|pm|a\.m\.|p\.m\.)"
#: A valid clock time: "19:00", "7:30 pm", "14h30", "5pm" (never "12:99", "25:10" or a date's "12.05").
CLOCK = (rf"(?<![\d:.,/])(?:(?:{_HOUR_MINUTE})(?:\s*(?:{_MERIDIEM}|h|hrs))?|(?:1[0-2]|0?[0-9])\s*{_MERIDIEM})"
         r"(?![\w:]|[.,/]\d)")
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_PARTS = r"(?:mornings|afternoons|evenings|nights|weekends|weekdays)"
_RECURRENCE = (rf"(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually|hourly|nightly|{_PARTS}"
               r"|(?:every|each|per|a)\s+(?:day|week|month|year|hour|night|morning|afternoon|evening|weekday|weekend))")
_RANGE = r"\s*(?:-|–|to|until|till|through|thru)\s*"
_PUBLIC = re.compile(
    rf"(?i)\b(?:(?P<cued>{_DURATION_CUE}\s+{_APPROX}{_DURATION}|{_LENGTH_CUE}\s+{_SHORT_DURATION})"
    rf"|(?:every|each)\s+{_WEEKDAY}(?:\s*(?:,|and|or|&)\s*{_WEEKDAY})*|{_WEEKDAYS}|{_WEEKDAY}{_RANGE}{_WEEKDAY}"
    rf"|{_WEEKDAY}\s+{_PARTS}|(?:first|second|third|fourth|last)\s+{_WEEKDAY}\s+of\s+(?:each|every|the)\s+month"
    rf"|{_RECURRENCE})(?!\w)"
    rf"|{CLOCK}"
)
_ANCHOR_AFTER = re.compile(
    r"(?i)[\s-]*(?:old|of\s+age|ago|later|earlier|previously|prior|since|before|after|post\w*|pre\w*|into"
    r"|gestation\w*|pregnan\w*|premature|preterm|of\s+life)\b"
)

#: The words and marks that may join public time forms inside one released span.
CONNECTORS = re.compile(
    r"(?i)\b(?:from|to|between|until|till|through|and|or|on|at|the|of|a|an|first|second|third|fourth|last|other"
    r"|all|only)\b"
    r"|[\s,;:()\-–—/&+.'’]"
)

#: Words that make a number in their clause a secret, a personal number or the time of a personal event,
#: whatever it looks like.
_SECRET_WORDS = re.compile(
    r"(?i)\b(?:codes?|pins?|passcodes?|passwords?|passwort|combination|combo|safe|key\s*safe|keysafe|lockbox|alarm"
    r"|lock|keypad|otp|token|código|codice|kod|kode|seat|room|bed|flat|unit|locker|cabin|berth|platz|zimmer"
    r"|habitaci[oó]n|chambre|born|birth|died|death|deceased|delivered|incident|occurred|arrested|admitted"
    r"|discharged)\b"
)
_CLAUSE_END = re.compile(r"[.!?\n]\s")


def public_time_ranges(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of ``text`` written in one of the public time forms (module doc)."""
    return [m.span() for m in _PUBLIC.finditer(text) if not (m.group("cued") and counted_from_event(text, m.end()))]


def counted_from_event(text: str, end: int) -> bool:
    """Whether the duration ending at ``end`` counts from an event or is an age, by what follows it: "for
    2 days after surgery", "up to 6 weeks old", "about 32 weeks gestation", "for 3 weeks ago"."""
    return _ANCHOR_AFTER.match(text, end) is not None


def names_a_secret(text: str, start: int) -> bool:
    """Whether the clause before ``start`` (back to its sentence's start, at most 80 characters) holds a code,
    PIN, seat or room word, or a personal event's: "the door code is 12:34", "her PIN is 4:21", "seat 14-18",
    "born at 04:17", "admitted 14:30-15:00"."""
    lo = max(0, start - 80)
    clause_start = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        clause_start = m.end()
    return _SECRET_WORDS.search(text, clause_start, start) is not None
