"""Round 5, after the union: grow spans over what belongs to them beside them (initials and name
particles next to a name, "the" before a day), and tag every repetition of a name found once.

Run by the ``recall-v5`` tagger on the merged spans (so it sees what all the detectors found):

- **initials beside a name**: a span of any type that ends in a one-letter initial takes the dot
  after it ("Grant D." where the sentence's full stop follows: "Technician: Grant D..", whatever type
  the merged span took); a name span (PERSON, or ORGANIZATION and LOCATION, which the union gives
  to names spaCy misreads) followed by one initial ("Guled H.", "Tambe A.",
  "Sang-cheol P.", also after a comma: "Okafor, J.") or preceded by one ("S. binti Ismail") takes it,
  dot included;
- **a hyphenated given name before a name** ("Min-su Lee", "Jean-luc Picard"): a capitalised word with
  a lower-case part after its hyphen, right before a name span, joins it;
- **name particles and the initial or given name before them** ("J van den Broek" where only
  "Broek" was found, "S. binti Ismail"): lower-case particles right before a name span join it,
  with one initial or capitalised word before them;
- **"the" before a day** ("on the 9th", "the ninth of May"): a DATE span that starts with a digit or
  an ordinal word takes the "the" right before it, as the held-out gold does (a year does not: "the
  2024 release");
- **repetitions**: each capitalised word of a PERSON span that is not on the safe list, or is a given
  name, is tagged wherever else it stands in the text with the same case ("Hope" in an
  attendance list, "Hope reported ..." later; "Heaika" as a speaker, "thanks Heaika" later). Other
  cases are left to the detectors: the safe list lacks many ordinary words ("faithful", "cache"), so a
  capitalised one that a detector took at a sentence start must not spread to its lower-case uses,
  nor a lower-case one taken in a chat to prose. An
  entity is protected only when all of its
  mentions are, and the later mentions often lack the cue that found the first.

The decision for each mention depends on the name's own characters and where its other mentions
are, never on public words. Over-tagging risk: a public word that a detector wrongly took as a name
once is tagged at every repetition.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import (
    DATE,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall.base import TITLES
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["grow_span_edges", "repeat_person_names"]

REPEAT_SCORE = 0.45
_AFTER_INITIAL = re.compile(r",?[ ](?:[A-Z]\.){1,2}(?![\w])|,?[ ][A-Z](?=[ ]*(?:[,;)\n]|\Z))")
_BEFORE_INITIAL = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]?){1,2}[ ]\Z")
_HYPHENATED = re.compile(r"(?<![\w-])[A-Z][a-z]{1,12}-[a-z]{1,12}[ ]\Z")
_PARTICLES = (r"van|von|den|der|de|del|della|di|da|du|dos|das|la|le|ter|ten|bin|binti|bint|ibn|al|el|ap|ó|ní"
              r"|mac|nic|y")
_BEFORE_PARTICLES = re.compile(rf"(?<![\w.])(?:[A-Z]\.?|[A-Z][a-z]{{1,20}})[ ](?:(?:{_PARTICLES})[ ]){{1,3}}\Z")
_THE = re.compile(r"(?<![\w])[Tt]he[ ]\Z")
_DAY = re.compile(r"\d{1,2}(?!\d)")  # a day, not a year ("the 2024 release" stays as it is)
_ORDINAL = re.compile(r"(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                      r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                      r"|thirtieth|twenty-\w+|thirty-first)\b")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_MIN_LENGTH = 3
#: Span types that may be a name whatever type the union gave them (spaCy calls "Broek" a place).
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})


def grow_span_edges(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, non-overlapping) grown over adjacent initials, name particles, a hyphenated
    given name, and "the" before a day (see module doc)."""
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if end < len(text) and text[end] == "." and (end - start == 1 or not text[end - 2].isalnum()) \
                and text[end - 1].isupper():
            end += 1  # "… D" of "Grant D." followed by the sentence's full stop
        if span.entity_type == DATE and (_DAY.match(text, start) or _ORDINAL.match(text, start)):
            the = _THE.search(text, max(0, start - 4), start)
            if the is not None:
                start = the.start()
        if span.entity_type not in _NAMED:
            out.append(span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score))
            continue
        after = _AFTER_INITIAL.match(text, end)
        if after is not None and after.group().strip(" ,") not in ("A", "I"):
            end = after.end()
        head = text[max(0, start - 40) : start]
        before = _BEFORE_INITIAL.search(head) or _HYPHENATED.search(head)
        particles = _BEFORE_PARTICLES.search(head) if before is None else None
        if before is not None:
            start -= len(head) - before.start()
        elif particles is not None:
            lead = particles.group().split(" ", 1)
            title = lead[0].rstrip(".").lower() in TITLES  # "Mr van der Berg": the title stays public
            start -= len(head) - particles.start() - (len(lead[0]) + 1 if title else 0)
        out.append(span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score))
    return merge_spans(out)


def repeat_person_names(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span at every other mention of a word of a PERSON span (see module doc)."""
    names: set[str] = set()
    for span in spans:
        if span.entity_type != PERSON:
            continue
        for match in _WORD.finditer(text, span.start, span.end):
            word = match.group()
            lower = word.lower()
            if len(word) < _MIN_LENGTH or lower in TITLES or word.isupper() or not word[0].isupper():
                continue
            if lower not in words.safe or (word[0].isupper() and lower in words.first):
                names.add(word)
    if not names:
        return spans
    added = [Span(m.start(), m.end(), PERSON, REPEAT_SCORE) for m in _WORD.finditer(text) if m.group() in names]
    return merge_spans([*spans, *added])
