"""Round 8 (organisations): an unknown tagged head grown over the title-case words that end its segment.

Small firms are named by an invented or family word and a few title-case words of what they do
("<Brand> Debt Collection", "<Brand> Family Research", "<Brand> Lingua", "<Brand> Spaces",
"<Brand> Ancestry"), and the words of their trade are endless across languages, so a trade list
(round 6 and 7's tails) always lacks some. Their position is what they share: the name fills a
segment of its own, as a letterhead or signature line, after "Signed for", or after a comma
("Researcher: <Name>, <Brand> Family Research"). One growth step, :func:`grow_unknown_heads`:

a tagged PERSON, LOCATION or ORGANIZATION span of up to :data:`MAX_HEAD` words whose first word is
capitalised and not a public word, the plural of one or a season (an unknown head: an invented brand
or a family name), followed on the same line by one to :data:`MAX_TAIL` title-case words ("&", "of",
"de"... between them), takes them when the last of them ends the segment (the line's end, two spaces, a tab,
",", ";", ":", a full stop, " – ", " | " or a bracket) and the head starts one (the line's start after
spaces, after one of those marks, or after a joining word such as "for", "at", "with", "from", "by").
The grown span is an ORGANIZATION (a PERSON or LOCATION keeps its type when no word taken is a public
word, as in a name in three parts).

Tails of courtesy titles, roles ("Manager", "Interpreter"), months, weekdays, greetings and document
words ("Report", "Notes") are not taken, so "<Name> Account Manager" and "<Name> Report" stay as they
are. A heading without a tagged unknown head ("Debt Collection Guide", "Family Research Methods")
has nothing to grow. Decisions depend on the span's existence, the head's being unknown and the
layout, never on the private words themselves. Over-tagging risk: a title-case headline after a
tagged name ("<Name> Visits Town") is tagged, one to three public words.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.recall.base import (
    GREETINGS,
    MONTHS,
    TITLES,
    WEEKDAYS,
    fold,
)
from dpfusion_integrations.tagging.recall.name_initials_r7 import ROLE_WORDS
from dpfusion_integrations.tagging.recall.org_positions_r7 import DOCUMENT_WORDS
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["MAX_TAIL", "TAIL_ROLE_WORDS", "grow_unknown_heads"]

TAIL_SCORE = 0.86
#: The most title-case words a tail takes.
MAX_TAIL = 3
#: The most words of the tagged span (a head may have taken a trade word already: "<Brand> Tenancy").
MAX_HEAD = 3
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})

#: Words of a person's role or standing after a name ("<Name> Account Manager", "<Name> Jr"), folded:
#: round 7's role words plus titles of office, degrees, generational suffixes and roles in other languages.
TAIL_ROLE_WORDS = ROLE_WORDS | frozenset({
    "director", "president", "chairman", "chairwoman", "chairperson", "coordinator", "co-ordinator",
    "adviser", "advisor", "intern", "trainee", "founder", "owner", "ceo", "cfo", "cto", "coo", "md", "phd",
    "msc", "bsc", "ma", "ba", "mba", "esq", "jr", "sr", "junior", "senior", "ii", "iii", "iv", "rn", "gp",
    "mp", "qc", "kc", "broker", "admin", "administrator", "editor", "reporter", "researcher", "analyst",
    "specialist", "cashier", "accountant", "attorney", "barrister", "geschaftsfuhrer", "leiter", "leiterin",
    "directeur", "directrice", "directora", "gerente", "responsable", "presidente", "sekretar", "sekretarin",
    "kierownik", "prezes", "johtaja", "chef", "cheffe",
})  # fmt: skip
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_STOP = TITLES | GREETINGS | MONTHS | WEEKDAYS | TAIL_ROLE_WORDS | _SEASONS
_LINKS = frozenset({"of", "de", "du", "des", "del", "da", "do", "di", "della", "van", "von", "der", "&"})
#: Lower-case words after which a name starts a segment of its own ("Signed for <Brand> Spaces").
_JOINING = frozenset({"for", "at", "with", "from", "by", "to", "of", "via", "and", "or", "c/o", "per", "pp", "p.p."})

_WORD = re.compile(r"[ ](?P<word>&|[^\W\d_][\w'’.-]{0,30})")
_SEGMENT_END = re.compile(r"[ ]*(?:\n|\Z|[,;:]|\.(?:[ ]|\n|\Z)|[ ]{2}|\t|[ ][–—|-][ ]|[ ]?[(\[])")
_SEGMENT_MARK = re.compile(r"(?:[,;:(\[\t|–—-]|[ ]{2})[ ]*\Z")


#: How far back on its line :func:`_starts_segment` reads.
_LOOK_BACK = 80


def _lower(word: str) -> str:
    return fold(word.lower()).rstrip(".").removesuffix("'s").removesuffix("’s")


def _unknown_head(lower: str, words: WordLists) -> bool:
    """Whether a head is no public word, nor the plural of one ("Buyers"), nor a season ("Autumn")."""
    if lower in words.safe or lower in _SEASONS:
        return False
    return not (lower.endswith("s") and (lower[:-1] in words.safe or lower.endswith("es") and lower[:-2] in words.safe))


def _title_word(word: str, caps: bool) -> bool:
    """A capitalised word in the head's case: all capitals after a capitals head, else title case
    (short capitals allowed: "IT", "UK")."""
    if not word[:1].isupper():
        return False
    if caps:
        return word.isupper()
    return not word.isupper() or len(word.rstrip(".")) <= 3


def _starts_segment(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a segment (see module doc). Only :data:`_LOOK_BACK` characters
    of its line before ``start`` are read, so a long line costs linear time over all spans."""
    line_start, _ = near_line_bounds(text, start, _LOOK_BACK)
    before = text[line_start:start]
    if not before.strip():
        return True
    if _SEGMENT_MARK.search(before) is not None:
        return True
    words = before.split()
    return words[-1].lower() in _JOINING


def _tail_end(text: str, span: Span, words: WordLists) -> tuple[int, bool]:
    """End of the tail after ``span`` (``span.end`` when none) and whether every word taken is unknown."""
    head = text[span.start : span.end].split()[-1]
    caps = head.isupper() and len(head.rstrip(".")) > 1
    best, best_unknown = span.end, True
    pos, taken, unknown = span.end, 0, True
    for _ in range(MAX_TAIL + 2):
        match = _WORD.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        lower = _lower(word)
        pos = match.end()
        if word == "&" or (lower in _LINKS and word.islower()):
            continue
        if not _title_word(word, caps) or lower in _STOP:
            break
        taken += 1
        unknown = unknown and lower not in words.safe
        if taken > MAX_TAIL:
            break
        if _SEGMENT_END.match(text, pos) is not None and lower not in DOCUMENT_WORDS:
            best, best_unknown = pos, unknown
    return best, best_unknown


def grow_unknown_heads(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` with unknown heads grown over the title-case words that end their segment (see module doc)."""
    out: list[Span] = []
    changed = False
    for span in spans:
        value = text[span.start : span.end].split()
        if span.entity_type in _NAMED and value and len(value) <= MAX_HEAD:
            head = value[0]
            if head[:1].isupper() and _unknown_head(_lower(head), words) and _starts_segment(text, span.start):
                end, unknown = _tail_end(text, span, words)
                if end > span.end:
                    kind = span.entity_type if unknown and span.entity_type != ORGANIZATION else ORGANIZATION
                    span = Span(span.start, end, kind, max(span.score, TAIL_SCORE))
                    changed = True
        out.append(span)
    return merge_spans(out) if changed else spans
