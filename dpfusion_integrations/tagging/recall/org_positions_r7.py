"""Round 7 (organisations): organisations recognised by where they stand, not by a trade word.

Many small organisations are named with ordinary words around a name or place ("Helping Hands
<City>", "Hands for <City>", "Tiny Steps <City>"), or with "The" and an invented word ("The <Word>"
for a hotel); no trade word marks them, but their position does. Three growth steps on the merged
spans, each typed ORGANIZATION:

- **heading phrase** (:func:`grow_heading_phrases`): in a document's first line or a bracketed chat
  title ("[<Group> caseworkers – group chat]"), a tagged name or place preceded, from the start of its
  segment (the line's start, "[", or after " – ", " | ", ": "), by one to three title-case words (with
  "for"/"of"/"de"... between them) and ending its segment (or followed by one lower-case word that does)
  takes them: a short title made of ordinary words and a place is the organisation the document
  belongs to (a span that ends in a document word, a detector's false find, takes nothing). Courtesy titles, greetings, determiners and document words
  ("Notes", "Report", "Guide") do not count, so "Dear <Name>", "Notes for <Name>" stay as they are;
- **standalone "The"** (:func:`grow_standalone_the`): "The" and a tagged one- or two-word name forming a
  segment of their own (at a line's start, after ", ", ". ", " – " or " | ", and up to the line's end,
  a comma or " | ") is a venue's or firm's name, as in a letterhead, a signature ("<Name>, Guest
  Relations, The <Word>") or after a handover note ("Handover to <Name>. The <Word>");
- **title before a practice** (:func:`grow_practice_titles`): a courtesy title right before an
  organisation that begins with a possessive name or ends in a kind word ("Dr <Name>'s Surgery") joins
  it; a titled person's name followed by "'s" and a practice word in any case ("Dr <Name>'s surgery")
  becomes that practice.

Decisions depend on the line's position, the segment marks and the public words, never on the private
words. Over-tagging risk: a document's first line of title-case words before a tagged place ("Visiting
<City>") or "The <Name>" alone on a line is tagged as an organisation, one to three public words.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import GREETINGS, TITLES, fold
from dpfusion_integrations.tagging.recall.org_kinds_r7 import is_kind_word_r7
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["DOCUMENT_WORDS", "grow_heading_phrases", "grow_practice_titles", "grow_standalone_the"]

POSITION_SCORE = 0.85
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})

#: Words that name a document or a part of one, not an organisation ("Notes for <Name>").
DOCUMENT_WORDS = frozenset({
    "notes", "note", "report", "reports", "guide", "tips", "agenda", "minutes", "letter", "invoice", "form",
    "sheet", "log", "plan", "schedule", "checklist", "summary", "update", "updates", "reminder", "welcome",
    "information", "info", "questions", "instructions", "application", "request", "booking", "invitation",
    "message", "meeting", "call", "visit", "visiting", "trip", "travel", "flights", "hotels", "weather",
    "news", "map", "maps", "events", "jobs", "photos", "review", "feedback", "re", "fw", "fwd", "subject",
    "to", "from", "cc", "attn", "about", "contact", "moving", "living", "working", "studying", "life",
    "week", "day", "weekend", "holiday", "holidays", "birthday", "party", "dinner", "lunch", "breakfast",
    "case", "file", "record", "claim", "ticket", "order", "statement", "receipt", "payment", "transfer",
    "diary", "journal", "blog", "post", "thread", "chat", "group", "team", "notice", "memo", "brief",
    "guidelines", "guideline", "rules", "policy", "policies", "terms", "conditions", "faq", "help", "how",
    "what", "why", "where", "when", "advice", "support", "overview", "introduction", "handbook", "manual",
})  # fmt: skip
_NOT_HEADING = frozenset({
    "the", "a", "an", "our", "your", "their", "my", "his", "her", "its", "this", "that", "with", "and",
    "in", "at", "on", "by", "near", "via", "per", "re",
})  # fmt: skip
_LINKS = frozenset({"for", "of", "de", "du", "des", "del", "da", "do", "di", "pour", "für", "fur", "para", "van",
                    "voor"})  # fmt: skip
_SEGMENT_MARK = re.compile(r"\[|\(|[ ][–—-][ ]|[ ]\|[ ]|:[ ]")
_WORD = re.compile(r"[^\W\d_][\w'’-]{0,30}")
#: What may follow the span in its segment: the segment's end, or one lower-case word and then the end
#: ("[<Group> <Town> volunteers – chat]").
_HEADING_END = re.compile(r"(?:[ ][^\W\d_A-Z][\w'’-]{0,30})?(?:[ ]*(?:\n|\Z)|[ ]*[\])]|[ ][–—|-][ ]|:)")
#: The most title-case words a heading phrase takes before the span.
MAX_HEADING_WORDS = 3

_THE = re.compile(r"(?:^|(?<=\n)|(?<=[,.;][ ])|(?<=[ ][–—|][ ]))The[ ]\Z")
_SEGMENT_END = re.compile(r"[ ]*(?:\n|\Z|,|[ ][|–—][ ])")
_TITLE = re.compile(
    r"(?<![\w])(?:Dr|Dra|Drs|Dres|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Dott|Dottssa|Mme|Me|Herr|Frau)\.?[ ]\Z"
)
_TITLE_FIRST = re.compile(r"(?:Dr|Dra|Drs|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\.?[ ]")
#: "'s" and a practice word after a titled person's name ("Dr <Name>'s surgery").
_PRACTICE_AFTER = re.compile(
    r"['’]s[ ](?:[Ss]urgery|[Pp]ractice|[Cc]linic|[Oo]ffice|[Cc]hambers|[Cc]onsulting[ ][Rr]ooms|[Rr]ooms"
    r"|[Dd]ispensary|[Pp]harmacy|[Dd]ental[ ](?:[Pp]ractice|[Ss]urgery|[Cc]linic))(?![\w-])"
)
_POSSESSIVE = re.compile(r"[^\W\d_][\w-]{0,30}['’]s(?=[ ]|\Z)")


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-blank line and of each line that opens with "[" (a chat title)."""
    out: list[tuple[int, int]] = []
    pos, first = 0, True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (first or stripped.startswith("[")):
            out.append((pos, pos + len(line)))
            first = False
        pos += len(line) + 1
    return out


def _heading_word(word: str) -> bool:
    """A title-case ordinary word that may be part of an organisation's name (see module doc)."""
    lower = fold(word.lower())
    if not word[0].isupper() or word.isupper() and len(word) > 1:
        return False
    return lower not in TITLES and lower not in GREETINGS and lower not in DOCUMENT_WORDS and lower not in _NOT_HEADING


def _heading_start(text: str, line_start: int, span: Span) -> int:
    """Where ``span`` starts once grown over the heading words of its segment, or ``span.start``."""
    if _HEADING_END.match(text, span.end) is None or fold(text[span.start : span.end].split()[-1].lower()) in DOCUMENT_WORDS:
        return span.start
    segment = line_start
    for mark in _SEGMENT_MARK.finditer(text, line_start, span.start):
        segment = mark.end()
    gap = text[segment : span.start]
    if not gap.strip() or not gap.endswith(" ") or "  " in gap:
        return span.start
    words = _WORD.findall(gap)
    if " ".join(words) != gap.strip():
        return span.start
    names = [w for w in words if w not in _LINKS]
    if not names or len(names) > MAX_HEADING_WORDS or words[0] in _LINKS or not all(map(_heading_word, names)):
        return span.start
    return segment + (len(gap) - len(gap.lstrip()))


def grow_heading_phrases(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a tagged name or place in a heading grown over the title-case words before it."""
    lines = _heading_lines(text)
    if not lines:
        return spans
    out: list[Span] = []
    for span in spans:
        if span.entity_type in _NAMED:
            for start, end in lines:
                if start <= span.start and span.end <= end:
                    grown = _heading_start(text, start, span)
                    if grown < span.start:
                        span = Span(grown, span.end, ORGANIZATION, max(span.score, POSITION_SCORE))
                    break
        out.append(span)
    return merge_spans(out) if out != spans else out


def grow_standalone_the(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with "The" joined to a one- or two-word name that forms a segment with it."""
    out: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        if span.entity_type in _NAMED and 1 <= len(value.split()) <= 2 and value[:1].isupper():
            the = _THE.search(text, max(0, span.start - 6), span.start)
            if the is not None and _SEGMENT_END.match(text, span.end) is not None:
                span = Span(the.start(), span.end, ORGANIZATION, max(span.score, POSITION_SCORE))
        out.append(span)
    return merge_spans(out) if out != spans else out


def grow_practice_titles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a courtesy title joined to a practice named after a person ("Dr <Name>'s Surgery"),
    and a titled person's name grown over "'s" and a practice word in any case ("Dr <Name>'s surgery")."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type == PERSON:
            practice = _PRACTICE_AFTER.match(text, span.end)
            title = _TITLE.search(text, max(0, span.start - 11), span.start)
            titled = title is not None or _TITLE_FIRST.match(text, span.start, span.end) is not None
            if practice is not None and titled:
                start = title.start() if title is not None else span.start
                span = Span(start, practice.end(), ORGANIZATION, max(span.score, POSITION_SCORE))
        elif span.entity_type == ORGANIZATION:
            value = text[span.start : span.end]
            if _POSSESSIVE.match(value) is not None or (len(value.split()) > 1 and is_kind_word_r7(value.split()[-1])):
                title = _TITLE.search(text, max(0, span.start - 11), span.start)
                if title is not None:
                    span = Span(title.start(), span.end, ORGANIZATION, span.score)
        out.append(span)
    return merge_spans(out) if out != spans else out
