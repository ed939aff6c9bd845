"""Round 6, after the union: grow a tagged name or place over the words that make it an organisation.

Another detector often finds only the distinctive first word of a firm (a surname, a town, an invented
brand) and leaves the words that say what kind of body it is ("<Surname> Advocates", "<Town>
Bookkeeping", "<Name> Customs Brokers", "<Town> Water", "Friends of <Town>"). Those words are public
alone but, next to the name, are part of the organisation's mention: a reader who sees "[PERSON]
Customs Brokers" learns the firm's trade and that it is named after a person. Two growths, each
typing the grown span ORGANIZATION:

- **tail**: a PERSON, LOCATION or ORGANIZATION span followed on the same line, after single spaces, by
  up to :data:`MAX_TAIL` capitalised words (or "&") of which the last is a trade or kind-of-body word
  (:data:`~dpfusion_integrations.tagging.recall.org_trades_r6.TRADE_WORDS` or the earlier rounds'
  organisation words) takes them all ("Omov" + "Property Management", "Lê" + "Family Doctors",
  "Naledi" + "Running Collective"); a legal form after them, in any case, joins too ("Foods plc");
  a lower-case span on a line without capitals (a name in a chat message) takes lower-case
  organisation words only ("tuilagi customs brokers", not "maria water");
- **bare kind**: a name, place or organisation span made only of kind words ("Grammar", "Customs
  Brokers": a detector took the trade for a name but missed the name, as at a document's start, where
  a capital says nothing) takes up to two capitalised words right before it on the same line;
- **head**: a capitalised kind-of-body word (:data:`~dpfusion_integrations.tagging.recall.org_trades_r6.HEAD_WORDS`)
  with "of"/"for"/"de"/... (and an optional article) right before such a span joins it ("Friends of",
  "Ministry of the", "Banco de"), with capitalised modifiers before it ("National Bank of", "The
  Friends of").

Decisions depend on the public words beside the span and on the span's existence, never on the
span's own characters, so two documents that differ only in the private value get the same public
context. A title-case heading without a tagged name ("Tax Services Overview", "Customs Brokers
Association guidance") is not touched, since nothing in it is tagged.

Over-tagging risk: a public name or place that another detector tagged grows over a trade word after it
("Kenya Airways", "Paris Legal Aid", "Bank of England"): one to three more words of public text.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TITLES, fold, line_bounds
from dpfusion_integrations.tagging.recall.org_suffix import (
    ORGANIZATION_WORDS,
    SUFFIX_ONLY_WORDS,
)
from dpfusion_integrations.tagging.recall.org_trade_runs_r6 import STRONG_TRADE_WORDS
from dpfusion_integrations.tagging.recall.org_trades_r6 import HEAD_WORDS, TRADE_WORDS
from dpfusion_integrations.tagging.recall.org_words_r5 import (
    ORGANIZATION_WORDS_R5,
    SUFFIX_ONLY_WORDS_R5,
)
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["LOWER_LEGAL_FORMS", "MAX_TAIL", "grow_bare_kinds", "grow_heads", "grow_tails", "is_kind_word"]

TAIL_SCORE = 0.9
#: The most capitalised words a tail may take after the span.
MAX_TAIL = 5
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})
_KIND_WORDS = TRADE_WORDS | ORGANIZATION_WORDS | ORGANIZATION_WORDS_R5 | SUFFIX_ONLY_WORDS | SUFFIX_ONLY_WORDS_R5
#: Organisation words that join a lower-case name in a chat ("tuilagi customs brokers"): the earlier
#: rounds' organisation words and the strong trades, not the ordinary words that are trades only
#: after a capitalised name ("water", "power", "travel").
_LOWER_KIND_WORDS = ORGANIZATION_WORDS | ORGANIZATION_WORDS_R5 | STRONG_TRADE_WORDS | frozenset({
    "brokers", "customs", "advocates", "bookkeeping", "services", "management", "doctors", "apothecary",
})  # fmt: skip
#: Legal forms that join a grown firm in lower case too ("Foods plc", "Traders ltd."); ordinary words
#: that are also legal forms elsewhere ("as", "me", "se", "spa") are left out.
LOWER_LEGAL_FORMS = frozenset({
    "plc", "ltd", "llc", "llp", "inc", "gmbh", "sarl", "sàrl", "srl", "bv", "nv", "pty", "bhd", "tbk", "kft",
    "zrt", "nyrt", "kkt", "bt", "s.r.o", "d.o.o", "s.a", "s.l", "ltda", "eireli", "ooo", "tnhh", "jsc", "pjsc",
    "aps", "a/s", "oü", "uab", "sp.k", "sp.j", "s.p.a", "s.r.l", "b.v", "n.v", "corp", "co",
})  # fmt: skip

# One word after the span: a capitalised word (inner hyphens, apostrophes and dots: "Walk-in", "Women's",
# "S.A"), or "&"; a full stop at its end is not part of it.
_TAIL_WORD = re.compile(r"[ ]{1,2}(?P<word>&|[^\W\d_](?:[\w'’-]|\.(?=\w)){0,30})")
_LEGAL_AFTER = re.compile(r",?[ ]{1,2}(?P<form>[A-Za-zà-ü][\w./]{0,7}?)(?P<dot>\.?)(?![\w/])")
_HEAD = re.compile(
    r"(?<![\w'’-])(?P<head>(?:[^\W\d_][\w'’-]{0,30}[ ]){0,3}[^\W\d_][\w'’-]{0,30})[ ]"
    r"(?P<link>of|for|de|del|da|do|di|du|des|della|dos|das|für|fur|pour|para|per|van|von|voor)"
    r"(?:[ ](?:the|la|le|el|los|las|les|der|die|den|l'|l’))?[ ]?\Z"
)
#: Capitalised words that may stand before a head word and belong to the body ("National Bank of").
_HEAD_MODIFIERS = frozenset({
    "the", "national", "royal", "state", "central", "federal", "general", "international", "regional",
    "municipal", "public", "supreme", "high", "higher", "catholic", "anglican", "islamic", "methodist",
    "baptist", "lutheran", "orthodox", "presbyterian", "united", "first", "new", "old", "saint", "st", "city",
    "county", "community", "cooperative", "commercial", "development", "agricultural", "provincial",
    "district", "metropolitan", "people's", "peoples", "popular", "citizens", "local",
})  # fmt: skip


def is_kind_word(word: str) -> bool:
    """Whether ``word`` (any case, possessive allowed) names a kind of organisation (see module doc)."""
    lower = fold(word.lower())
    for suffix in ("'s", "’s"):
        lower = lower.removesuffix(suffix)
    return lower in _KIND_WORDS


def _tail_end(text: str, end: int, *, lower: bool = False) -> int:
    """Where the span ending at ``end`` ends once grown over its tail (``end`` when it has none); with
    ``lower`` (a lower-case span, as in chats) over lower-case organisation words only."""
    best = end
    pos = end
    for _ in range(MAX_TAIL):
        match = _TAIL_WORD.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        if lower:
            if not (word.islower() and fold(word) in _LOWER_KIND_WORDS):
                break
            best = match.end()
        elif word != "&":
            if not word[0].isupper() or word.rstrip(".").lower() in TITLES:
                break
            if is_kind_word(word):
                best = match.end()
        pos = match.end()
    if best > end:
        best = _legal_end(text, best)
    return best


def _legal_end(text: str, end: int) -> int:
    """``end`` moved over a legal form (any case) and its full stop right after a firm ("Foods plc")."""
    match = _LEGAL_AFTER.match(text, end)
    if match is None:
        return end
    if fold(match.group("form").lower()) not in LOWER_LEGAL_FORMS:
        return end
    return match.end()


def _lower_case_line(text: str, span: Span) -> bool:
    """Whether the span is a lower-case word on a line without capitals (a chat message)."""
    value = text[span.start : span.end]
    if not (value.isalpha() and value.islower()):
        return False
    line_start, line_end = line_bounds(text, span.start)  # the value has no line break (isalpha)
    line = text[line_start:line_end]
    return not any(c.isupper() for c in line)


def grow_tails(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each name, place or organisation grown over its trade words (see module doc)."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type in _NAMED:
            end = _tail_end(text, span.end, lower=_lower_case_line(text, span))
            if span.entity_type == ORGANIZATION and end == span.end:
                end = _legal_end(text, end)
            if end > span.end:
                span = Span(span.start, end, ORGANIZATION, max(span.score, TAIL_SCORE))
        out.append(span)
    return merge_spans(out) if out != spans else out


def _head_start(text: str, start: int, words: WordLists) -> int:
    """Where the span starting at ``start`` starts once grown over a head ("Friends of"), or ``start``."""
    window = text[max(0, start - 90) : start]
    match = _HEAD.search(window)
    if match is None:
        return start
    head = match.group("head").split(" ")
    last = head[-1]
    if not last[:1].isupper() or fold(last.lower()) not in HEAD_WORDS:
        return start
    taken = 1
    for word in reversed(head[:-1]):  # capitalised modifiers: "National Bank of", "The Friends of"
        lower = fold(word.lower())
        if not word[:1].isupper() or lower in TITLES:
            break
        if not (lower in _HEAD_MODIFIERS or lower in HEAD_WORDS or not words.is_safe(lower)):
            break
        taken += 1
    skipped = sum(len(w) + 1 for w in head[: len(head) - taken])
    return start - len(window) + match.start() + skipped


def grow_heads(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` with each name, place or organisation grown over a kind-of-body head before it."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type in _NAMED:
            start = _head_start(text, span.start, words)
            if start < span.start:
                span = Span(start, span.end, ORGANIZATION, max(span.score, TAIL_SCORE))
        out.append(span)
    return merge_spans(out) if out != spans else out


_LEAD_WORD = re.compile(r"(?:(?<=[ ])|(?<=^))(?P<word>[^\W\d_][\w'’.-]{0,30})[ ]\Z", re.MULTILINE)
#: The most capitalised words a bare kind word takes before it.
MAX_LEAD = 2


def _lead_start(text: str, span: Span) -> int:
    """Where a name, place or organisation span of kind words only starts once grown over the name before it."""
    value = text[span.start : span.end].split()
    if span.entity_type not in _NAMED or not value or len(value) > 3 or not all(map(is_kind_word, value)):
        return span.start
    start = span.start
    for _ in range(MAX_LEAD):
        match = _LEAD_WORD.search(text, max(0, start - 33), start)
        if match is None:
            break
        word = match.group("word")
        if not word[0].isupper() or word.rstrip(".").lower() in TITLES or word.endswith("."):
            break
        start = match.start()
    return start


def grow_bare_kinds(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each name, place or organisation span of kind words only grown over the name before it."""
    out: list[Span] = []
    for span in spans:
        start = _lead_start(text, span)
        out.append(span if start == span.start else Span(start, span.end, ORGANIZATION, max(span.score, TAIL_SCORE)))
    return merge_spans(out) if out != spans else out
