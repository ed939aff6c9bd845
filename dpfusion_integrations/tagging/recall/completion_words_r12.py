"""Round 12 (value completion): the words written next to a tagged name that belong to it.

A name, an organisation or a place is often tagged in part: the detectors find its unusual words
and leave the ordinary or very short ones around them ("Eschen Tree *Surgeons*", "*Rue* Sursock",
"*Paseo General* Escalón", "Rokhat *Sh*", "*Ai* Nyi Kyaukme *Ta*", "koumba *p* boukandou"). The
tagged part then tells the reader where the value is while its public part stays readable. Three
readings, each on the same line and with one space between the word and the span:

- **short parts**: a word of one or two letters (three between two tagged words) next to a
  PERSON, ORGANIZATION or LOCATION span, written in the same case as the span's word beside it
  ("Sh", "Ta", "mi", "p", "NSI"), unless it is an English function word ("a", "of", "me", "to")
  or a title ("Dr", "Mr").
- **leading words**: a capitalised word (not all upper case: notices and headings are written so;
  nor ending with a dot, which may end a sentence) right before such a span when it starts with a
  letter (a number's label is read by number_labels: "Seen 12 März" leads nothing), up to three in a row
  ("Paseo General"), when the word does not open a sentence (a place's may open its line: an
  address line); and a lower-case abbreviation with its dot that opens a field (after a line
  start, a comma, a colon or a bracket: "Kishinev, sect. Botanica", "point: ul. Wrzosowa"; the
  street word before a place, whatever type a detector gave the place; "after use. Savasana" is a
  sentence's end). Function
  words, greetings, months, weekdays, comparison words and reference nouns never lead ("Dear",
  "Monday", "Page"); nor does a title before a person ("Dr"), which the reader may keep.
- **trailing words**: capitalised words right after such a span, up to three ("Surgeons",
  "Portraits", "Street", "Group": a reference noun may end a name), under the same exclusions otherwise, never a field label ("Anna Smith Phone:") and
  none after a word with a dot; a street word is typed LOCATION, though joined to a typed name
  before it, the value takes that name's type.

Every word added takes the type of the span it completes (a street word: LOCATION) and the lowest
score; the spans already there never change.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.recall.base import TITLES
from dpfusion_integrations.tagging.recall.completion_cues_r12 import (
    NAME_TYPES,
    function_words,
    lead_stops,
    mark_before,
    opens_sentence,
    trail_stops,
)
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE, STREET_WORDS_ANY
from dpfusion_integrations.tagging.spans import Span

__all__ = ["leading_words", "short_parts", "street_names", "trailing_words"]

_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*['’.]?"
_BEFORE = re.compile(rf"(?<![\w'’.\-@#/])(?P<w>{_WORD}) $")
_AFTER = re.compile(rf"^ (?P<w>{_WORD})(?![\w'’@#/-])")
_MAX_RUN = 3
#: Street words that are no ordinary capitalised noun ("Court", "Park", "Square", "Way" often are).
_STREET_HEADS = "Street|Road|Lane|Avenue|Boulevard|Terrace|Crescent|Highway|Parkway|Esplanade|Strasse|Straße"
_STREET_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[^\W\d_][\w'’-]* ){{0,2}}[^\W\d_][\w'’-]*) (?:{_STREET_HEADS})(?![\w'’-])"
)
_LOOK = 40


def _core(word: str) -> str:
    return word.rstrip(".'’")


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    """The word ending one space before ``pos`` on the same line."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - _LOOK)
    return _BEFORE.search(text, start, pos)


def _word_after(text: str, pos: int) -> re.Match[str] | None:
    """The word starting one space after ``pos`` on the same line."""
    end = text.find("\n", pos)
    return _AFTER.match(text[pos : min(len(text) if end < 0 else end, pos + _LOOK)])


def _same_case(word: str, neighbour: str) -> bool:
    if not neighbour[:1].isalpha():
        return False
    if word.islower():
        return neighbour.islower()
    return word[0].isupper() and neighbour[0].isupper()


def short_parts(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the one- and two-letter words (three between two spans) beside name spans."""
    found: list[Span] = []
    starts = {s.start: s for s in spans if s.entity_type in NAME_TYPES}
    for span in spans:
        if span.entity_type not in NAME_TYPES:
            continue
        value = text[span.start : span.end]
        before = _word_before(text, span.start)
        if before is not None:
            word = before.group("w")
            if _short(word, value.split()[0], limit=2):
                found.append(Span(before.start(), before.end("w"), span.entity_type, RESIDUAL_SCORE))
        after = _word_after(text, span.end)
        if after is not None:
            word = after.group("w")
            right = starts.get(span.end + 1 + len(word) + 1)
            limit = 3 if right is not None and _same_case(word, text[right.start : right.end]) else 2
            if _short(word, value.split()[-1], limit=limit):
                start = span.end + 1
                found.append(Span(start, start + len(word), span.entity_type, RESIDUAL_SCORE))
    return found


def _short(word: str, neighbour: str, *, limit: int) -> bool:
    core = _core(word)
    return (core.isalpha() and len(core) <= limit and core.lower() not in function_words()
            and core.lower() not in TITLES and _same_case(core, neighbour))


def _titled(word: str) -> bool:
    """Capitalised and not all upper case (a heading's or a notice's words are not names)."""
    return word[:1].isupper() and not word.isupper()


def _opens_field(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the line start or a field's punctuation ("," ":" ";" "(")."""
    return mark_before(text, pos) in "\n,:;(["


def _may_lead(text: str, start: int, word: str, entity_type: str) -> bool:
    core = _core(word)
    norm = core.lower()
    if len(core) < 2 or norm in lead_stops() or (entity_type == "PERSON" and norm in TITLES):
        return False
    if word.endswith("."):  # an abbreviation opening a field, not the last word of a sentence
        return core.islower() and len(core) <= 5 and _opens_field(text, start)
    line_start, sentence_start = opens_sentence(text, start)
    if sentence_start and not (line_start and entity_type == "LOCATION"):
        return False
    return _titled(core)


def leading_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the capitalised words (and a place's dotted abbreviation) that lead name spans."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type not in NAME_TYPES:
            continue
        if not text[span.start].isalpha():
            continue  # a number's label is number_labels' to read ("Seen 12 März" leads nothing)
        pos = span.start
        for _ in range(_MAX_RUN):
            before = _word_before(text, pos)
            if before is None or not _may_lead(text, before.start(), before.group("w"), span.entity_type):
                break
            found.append(Span(before.start(), before.end("w"), span.entity_type, RESIDUAL_SCORE))
            pos = before.start()
    return found


def street_names(text: str, spans: list[Span]) -> list[Span]:
    """LOCATION spans over street names made of ordinary capitalised words ("Revolution Avenue",
    "Albert Street"): one to three capitalised words before a street word, none of them a function
    word, a greeting, a month or a weekday ("The Road", "On Avenue" are no street)."""
    found: list[Span] = []
    for match in _STREET_NAME.finditer(text):
        words = match.group("name").split(" ")
        while words and (not words[0][0].isupper() or _core(words[0]).lower() in lead_stops()):
            words = words[1:]
        if words and all(w[0].isupper() and _core(w).lower() not in lead_stops() for w in words):
            found.append(Span(match.end("name") - len(" ".join(words)), match.end(), "LOCATION", RESIDUAL_SCORE))
    return found


def trailing_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans over the capitalised words that follow name spans ("Tree Surgeons", "Street")."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type not in NAME_TYPES:
            continue
        pos = span.end
        for _ in range(_MAX_RUN):
            after = _word_after(text, pos)
            if after is None:
                break
            word = after.group("w")
            core = _core(word)
            end = pos + 1 + len(word)
            if len(core) < 2 or not _titled(core) or core.lower() in trail_stops() or text[end : end + 1] == ":":
                break
            kind = "LOCATION" if core.lower() in STREET_WORDS_ANY else span.entity_type
            found.append(Span(pos + 1, end, kind, RESIDUAL_SCORE))
            if word.endswith("."):
                break  # the word may end the sentence
            pos = end
    return found
