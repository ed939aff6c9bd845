"""Round 5: people named by their place in the text, in any text, when their name is also a word.

The proper-noun sweep skips capitalised words on the safe list, and the gazetteer takes an ambiguous
given name only when spaCy calls it a proper noun, so "Partner Major collected him", "it's Will your
midwife" and "Present: ..., Among" stayed public. Four cues:

- **a kinship word, then a capitalised word** ("Partner Major", "my sister Hope", "cousin Faith"): a
  capitalised word right after "partner", "sister", "nephew", "neighbour", ... is a name, even when it
  is also a word;
- **a given name alone in brackets** ("Neighbour at no. 4 (Faith) took it");
- **a self-introduction, then a capitalised given name** ("it's Will", "I'm Grace", "my name is Joy");
- **a list of people after a label** ("Present:", "Attendees:", "Apologies:", "Mods on duty:", ...):
  each comma-separated item's capitalised words, after a leading title, are a PERSON ("Jagavir Sharma
  (chair), W. Cifuentes, Among"), and an item that is one handle-like word (letters with digits, dots
  or underscores: "kosspa_", "wardakz6.12") is a CONTACT.

The given-name list is philter-lite's (with the project's additions). Over-tagging risk: a given name
that is also a word after a kinship word ("my brother Will" is meant; "her son Major General" is
rare) and ordinary capitalised words in such lists ("Present: All staff" takes "All"). Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT, PERSON
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    run_span,
)
from dpfusion_integrations.tagging.recall.chat_speakers import KINSHIP_WORDS
from dpfusion_integrations.tagging.recall.titled_names import EXTRA_TITLES
from dpfusion_integrations.tagging.spans import Span

__all__ = ["LIST_LABELS", "PersonCues"]

CUE_SCORE = 0.66

_INTRO = re.compile(
    r"(?i)(?<![\w'’])(?:i[’']?m|i[ ]am|my[ ]name[ ]is|name[’']s|this[ ]is|it[’']s|its|call[ ]me|i[ ]go[ ]by)"
    r"[ ]+(?P<name>[A-Z][a-z’'-]{1,30})(?![\w@])"
)
_BRACKETED = re.compile(r"(?<![\w])\((?P<name>[A-Z][a-z’'-]{1,30})\)")
#: Labels whose value is a list of people (regex alternatives, any case).
LIST_LABELS = (
    r"present|attendees|attending|attendance|apologies|absent|members|participants|guests|invitees|invited"
    r"|volunteers|players|speakers|panel|panellists|panelists|judges|witnesses|mods[ ]on[ ]duty|moderators"
    r"|mods|admins|on[ ]duty|crew|staff[ ]on[ ]duty|signatories|chair(?:ed[ ]by)?|minutes(?:[ ]by)?|host(?:s|ed[ ]by)?"
    r"|team|squad|roster|lineup|line-up|cast|organisers|organizers|contacts|recipients|tenants|occupants"
)
_LIST = re.compile(rf"(?im)^[ \t]*(?:{LIST_LABELS})[ \t]*:[ \t]*(?P<value>[^\n]{{1,400}})")
_ITEM_SPLIT = re.compile(r"[,;]|[ ](?:and|&)[ ]")
_BRACKETS = re.compile(r"\([^)\n]*\)?")
_TITLE_WORDS = TITLES | EXTRA_TITLES
#: Capitalised words after a kinship word that are not a name ("my Friend Request", "Mother's Day").
_NOT_NAMES = MONTHS | WEEKDAYS | frozenset({"i", "day", "request", "requests", "list", "of", "and", "or", "the"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_HANDLE = re.compile(r"(?=[\w.]*[\d_.])[a-z][\w.]{1,30}[\w_]|[a-z][a-z0-9]{1,30}_")


class PersonCues:
    """Given names after kinship words, in brackets, after self-introductions; names in lists."""

    name = "person-cues"

    def __repr__(self) -> str:
        return "PersonCues()"

    def detect(self, view: TextView) -> list[Span]:
        out = self._after_kinship(view)
        first = view.words.first
        for pattern in (_INTRO, _BRACKETED):
            for match in pattern.finditer(view.text):
                if match.group("name").lower() in first:
                    out.append(Span(*match.span("name"), PERSON, CUE_SCORE))
        out.extend(self._lists(view))
        return out

    @staticmethod
    def _after_kinship(view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(1, len(toks)):
            tok, prev = toks[k], toks[k - 1]
            if prev.norm in KINSHIP_WORDS and tok.cap and tok.wordlike and not tok.title and len(tok.norm) >= 2 \
                    and prev.space_after and not tok.text.isupper() and tok.norm not in _NOT_NAMES:
                out.append(run_span(view, k, k, PERSON, CUE_SCORE))
        return out

    @staticmethod
    def _lists(view: TextView) -> list[Span]:
        text = view.text
        out: list[Span] = []
        for match in _LIST.finditer(text):
            start = match.start("value")
            value = match.group("value")
            pos = 0
            for sep in [*_ITEM_SPLIT.finditer(value), None]:
                end = len(value) if sep is None else sep.start()
                out.extend(_item(value, start, pos, end))
                if sep is not None:
                    pos = sep.end()
        return out


def _item(value: str, offset: int, start: int, end: int) -> list[Span]:
    """The name (or handle) in ``value[start:end]``, one list item."""
    item = _BRACKETS.sub(lambda m: " " * len(m.group()), value[start:end])
    words = list(_NAME_WORD.finditer(item))
    stripped = item.strip().rstrip(".")
    if len(stripped.split()) == 1 and _HANDLE.fullmatch(stripped):
        lead = item.index(stripped)
        return [Span(offset + start + lead, offset + start + lead + len(stripped), CONTACT, CUE_SCORE)]
    while words and words[0].group().rstrip(".").lower() in _TITLE_WORDS:
        words.pop(0)
    if not words or len(words) > 4 or not all(w.group()[:1].isupper() for w in words):
        return []
    first, last = words[0], words[-1]
    stop = last.end()
    if item[last.start() : stop].endswith(".") and len(last.group()) > 2:
        stop -= 1  # a full stop after a name ends the list; an initial keeps its dot
    return [Span(offset + start + first.start(), offset + start + stop, PERSON, CUE_SCORE)]
