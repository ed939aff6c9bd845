"""Round 10: lower-case names in lists, headings and notes ("group: dwimasa, chennayya, chimri").

Notes typed fast write people in lower case in a few fixed places, none of which the earlier rounds'
lower-case cues (``lower_names_r6``, ``names_lower_cues_r9``) read:

- **an action item's owner**: "Committee follow-up: agossou to e-mail ...", "Action: mabohang will
  call", "next steps: nzuzi to book" (one word after a follow-up/action/to-do label and before "to",
  "will", "shall", "should", "must");
- **a list of people after a people label**: "group: dwimasa, chennayya, chimri (all beginners)",
  "riders: ...", "present: ...", "apologies: ..." (single lower-case words separated by commas);
- **a heading between dashes or after a date and a dash**: "patient sleep diary — akhmadia mustaeva —
  week from", "20-2-2028 — cosijoeza yatzachi (799062955), stammering" (two lower-case words);
- **a name before a kinship note in brackets**: "atsimba cuini (my daughter-in-law) says";
- **two lower-case words after a kinship noun**: "my partner hristu gica and I" (round 9 takes one);
- (growth, :func:`lower_list_neighbours`) **a lower-case item of a comma list right after a person**:
  "Players (5): Lansa, Shoraana Khovalyg, dulma khanda" (one to three name-like words).

In every place a word is taken only when it is name-like (no ordinary word, inflected word, slang
or chat spelling: :func:`~dpfusion_integrations.tagging.recall.name_lower_layouts_r7.name_like_lower`).
Public look-alikes: "group: beginners, improvers", "follow-up: someone to check", "diary — week one —",
"the usual (my favourite)" and "my partner and I" hold ordinary words only and stay public.
Decisions depend on the layout and the words only. Typed PERSON. Linear: regexes with bounded repeats.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import name_like_lower
from dpfusion_integrations.tagging.recall.names_lower_cues_r9 import kinship_noun
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["LowerNameLists", "lower_list_neighbours"]

LOWER_LIST_SCORE = 0.62

_W = r"[a-z\u00df-\u024f][a-z\u00df-\u024f'’-]{2,30}"
_ACTION = re.compile(
    rf"(?mi)(?:follow[ -]?ups?|actions?(?:[ ]items?|[ ]points?)?|to-?dos?|next[ ]steps?|tasks?|owner)"
    rf"[ \t]*:[ \t]*(?P<n>(?-i:{_W}))[ \t]+(?:to|will|shall|should|must|can|and)[ \t]")
_PEOPLE_LABEL = (r"groups?|players|riders|attendees|participants|guests|members|students|pupils|present|absent"
                 r"|apologies|team|class|kids|children|learners|trainees|swimmers|walkers|volunteers|helpers"
                 r"|invitees|attending|signed[ ]up|waitlist|waiting[ ]list|cast|crew|squad|lineup|line-up")
_LIST = re.compile(rf"(?mi)(?<![\w-])(?:{_PEOPLE_LABEL})(?:[ ]\(\d{{1,3}}\))?[ \t]*:[ \t]*"
                   rf"(?P<list>(?-i:{_W}(?:,[ ]?{_W}){{1,24}}))(?![\w'’-])")
_HEADING = re.compile(
    rf"(?m)(?:[—–]|^[ \t]*[\d./-]{{6,10}}[ \t]+-)[ \t]*(?P<n>(?-i:{_W}[ ]{_W}))[ \t]*(?=[—–(,]|[ ]-[ ])")
_KIN_NOTE = re.compile(
    rf"(?<![\w@.'’-])(?P<n>{_W}(?:[ ]{_W})?)[ ]\((?:my|our|his|her|their|the)[ ](?P<kin>[^\W\d_][\w'’-]{{1,30}})\)")
_KIN_TWO = re.compile(
    rf"(?i:\b(?:my|our|his|her|their)[ ](?P<kin>[^\W\d_][\w'’-]{{1,30}}))[ ](?P<n>(?-i:{_W}[ ]{_W}))"
    rf"(?=[ ](?:and|&|is|was|will|has|had|said|says|asked|wants|would|can)\b|[,.!?;)]|[ \t]*$)", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PAIR_END = re.compile(r"[ ]and[ ](?:i|me)\b", re.IGNORECASE)
#: Words that may follow a name before "and I" without being a surname ("my friend kamati too and I").
_NOT_SURNAME = frozenset({
    "too", "also", "today", "here", "there", "now", "then", "again", "both", "all", "yesterday", "tomorrow",
    "tonight", "soon", "later", "already", "still", "just", "only", "even", "again", "together",
})  # fmt: skip


def _word_form(word: str, words: WordLists) -> bool:
    """Whether ``word`` is an ordinary word with a plural or agent ending ("improvers", "walkers")."""
    return any(len(word) - k >= 4 and words.is_safe(word[:-k]) for k in (1, 2, 3))


def _spans_of_names(text: str, start: int, end: int, words: WordLists, all_words: bool) -> list[Span]:
    """PERSON spans over the name-like words of ``text[start:end]``; with ``all_words``, none unless
    every word is name-like (a two-word name must be one)."""
    found = [m for m in _WORD.finditer(text, start, end)]
    good = [m for m in found if name_like_lower(m.group().strip("'’-"), words)
            and not _word_form(m.group().strip("'’-"), words)]
    if not good or (all_words and len(good) != len(found)):
        return []
    if all_words:
        return [Span(found[0].start(), found[-1].end(), PERSON, LOWER_LIST_SCORE)]
    return [Span(m.start(), m.end(), PERSON, LOWER_LIST_SCORE) for m in good]


class LowerNameLists:
    """Lower-case names as action owners, in people lists, headings and kinship notes (module doc)."""

    name = "lower-name-lists-r10"

    def __repr__(self) -> str:
        return "LowerNameLists()"

    def detect(self, view: TextView) -> list[Span]:
        text, words = view.text, view.words
        out: list[Span] = []
        for match in _ACTION.finditer(text):
            out += _spans_of_names(text, *match.span("n"), words, all_words=True)
        for match in _LIST.finditer(text):
            out += _spans_of_names(text, *match.span("list"), words, all_words=False)
        for match in _HEADING.finditer(text):
            out += _spans_of_names(text, *match.span("n"), words, all_words=True)
        for match in _KIN_NOTE.finditer(text):
            if kinship_noun(match.group("kin")):
                start, end = match.span("n")
                spans = _spans_of_names(text, start, end, words, all_words=True)
                if not spans and " " in match.group("n"):
                    spans = _spans_of_names(text, text.index(" ", start, end) + 1, end, words, all_words=True)
                out += spans
        for match in _KIN_TWO.finditer(text):
            if not kinship_noun(match.group("kin")):
                continue
            start, end = match.span("n")
            spans = _spans_of_names(text, start, end, words, all_words=True)
            second = text[text.index(" ", start, end) + 1 : end]
            if (not spans and _PAIR_END.match(text, end) and second not in _NOT_SURNAME
                    and _spans_of_names(text, start, text.index(" ", start, end), words, all_words=True)):
                spans = [Span(start, end, PERSON, LOWER_LIST_SCORE)]
            out += spans
        return out


_ITEM = re.compile(rf"(?m),[ ](?P<item>{_W}(?:[ ]{_W}){{0,2}})(?=[ \t]*(?:,|$|[.;)]))")


def lower_list_neighbours(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span over a lower-case comma-list item that follows a PERSON span."""
    ends = {s.end for s in spans if s.entity_type == PERSON}
    if not ends:
        return spans
    added: list[Span] = []
    for match in _ITEM.finditer(text):
        if match.start() in ends:
            added += _spans_of_names(text, *match.span("item"), words, all_words=True)
    return [*spans, *added] if added else spans
