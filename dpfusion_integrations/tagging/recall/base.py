"""What every detector of the recall profile sees, and the small pieces they share.

A :class:`TextView` is built once per text: the text, its spaCy parse, the word lists, a token table
with the facts the word-level detectors need (normalised form, capitalisation, safe-word and
gazetteer membership) and whether the text reads like a chat. A detector is any object with a
``name`` and ``detect(view) -> list[Span]`` whose spans carry a group type
(:mod:`~dpfusion_integrations.tagging.group_types`) and a score used only to choose the type when
detections overlap (coverage never depends on it). :class:`RegexDetector` runs shape rules.

Regexes here use bounded quantifiers and start only at token boundaries, so matching stays linear in
the text length. Nothing here logs or raises with text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "CONNECTORS",
    "Detector",
    "GREETINGS",
    "MONTHS",
    "RegexDetector",
    "RegexRule",
    "TITLES",
    "TextView",
    "Tok",
    "WEEKDAYS",
    "fold",
    "grow",
    "joinable",
    "line_bounds",
    "line_ranges",
    "name_part",
    "run_span",
]

#: Words before a name that are not part of it (the name after them is a name even if it is also
#: an ordinary word: "Dr. Green", "Dear Will").
TITLES = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sgt", "sergeant", "officer", "nurse",
    "dear", "judge", "capt", "captain", "rev", "reverend", "fr", "father", "sister", "hon", "sir", "dame",
    "lord", "lady", "madam", "madame", "mme", "mlle", "herr", "frau", "señor", "señora", "sr", "sra",
    "srta", "dott", "dra", "doctor", "det", "detective", "inspector", "constable", "lt", "col", "maj",
    "mayor", "senator", "uncle", "aunt", "auntie", "coach", "agent", "attn", "cc",
})  # fmt: skip

#: Words after which (and a comma or line break) a name follows: greetings and sign-offs.
GREETINGS = frozenset({
    "hi", "hello", "hey", "dear", "thanks", "thank", "regards", "cheers", "signed", "sincerely", "best",
    "love", "yours", "thx", "ta", "bye", "greetings", "morning", "afternoon", "evening",
})  # fmt: skip

#: Lower-case words that join the parts of one name or institution ("Ilse van der Berg",
#: "Ahmad bin Rashid", "University of Lagos", "Saint Bartholomew's").
CONNECTORS = frozenset({
    "'s", "’s", "of", "van", "von", "de", "der", "den", "del", "della", "delle", "dei", "di", "da", "do",
    "dos", "das", "du", "des", "la", "le", "les", "los", "las", "bin", "binti", "bint", "ibn", "ben",
    "bat", "al", "el", "ter", "ten", "y", "e", "zu", "zum", "zur", "am", "im", "op", "het", "ap", "ní",
    "nic", "mac", "mc", "ó", "ua", "&", "d'", "l'", "-", "the",
})  # fmt: skip

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
})  # fmt: skip
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})  # fmt: skip

_EDGE_PUNCT = ".,;:!?\"()[]{}<>«»“”‘’'`"


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding character ``pos`` (``end`` at its newline or the text's end)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def line_ranges(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line of ``text``, in order, empty lines included."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def fold(word: str) -> str:
    """``word`` without diacritics ("Björn" -> "Bjorn"), for gazetteer look-ups."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_wordlike(text: str) -> bool:
    """Letters with at most inner apostrophes, hyphens or dots ("O'Brien", "Jean-Luc", "St.")."""
    return any(c.isalpha() for c in text) and all(c.isalpha() or c in "'’.-" for c in text)


@dataclass(frozen=True, slots=True)
class Tok:
    """One spaCy token and the facts the word-level detectors need (no text is shown in repr)."""

    i: int
    start: int
    end: int
    text: str = field(repr=False)
    norm: str = field(repr=False)  # lower case, without edge punctuation and possessive
    pos: str
    wordlike: bool
    cap: bool  # starts with an upper-case letter
    sent_start: bool
    safe: bool  # on the public safe-word list
    first: bool  # a given name (also after folding diacritics)
    last: bool  # a surname (also after folding diacritics)
    space_after: bool
    title: bool  # "Dr", "Mrs", "Dear"...

    @property
    def name(self) -> bool:
        return self.first or self.last

    @property
    def lower(self) -> bool:
        return self.text.islower()


def _norm(text: str) -> str:
    lowered = text.lower()
    for suffix in ("'s", "’s"):
        if lowered.endswith(suffix) and len(lowered) > 2:
            lowered = lowered[: -len(suffix)]
    return lowered.strip(_EDGE_PUNCT)


_SPEAKER_LINE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[a-z][\w.-]{1,30}:[ \t]")
#: A line of a time-stamped transcript: "[19 Mar 2023, 08:09] Will: ok" (any case).
_STAMPED_LINE = re.compile(r"(?m)^[ \t]*\[[^\]\n]{1,40}\][ \t]*[^\W\d_][\w .'’-]{0,40}:[ \t]")


class TextView:
    """One text as the detectors see it (built once per ``tag`` call)."""

    def __init__(self, text: str, doc: Doc, words: WordLists) -> None:
        self.text = text
        self.doc = doc
        self.words = words
        self.toks: tuple[Tok, ...] = tuple(self._tok(t) for t in doc)
        self.chat_like = self._chat_like()
        self._transcript: bool | None = None

    def __repr__(self) -> str:
        return f"TextView(chars={len(self.text)}, tokens={len(self.toks)}, chat_like={self.chat_like})"

    def _tok(self, token: object) -> Tok:
        text = token.text  # type: ignore[attr-defined]
        norm = _norm(text)
        words = self.words
        folded = fold(norm)
        start = token.idx  # type: ignore[attr-defined]
        return Tok(
            i=token.i,  # type: ignore[attr-defined]
            start=start,
            end=start + len(text),
            text=text,
            norm=norm,
            pos=token.pos_,  # type: ignore[attr-defined]
            wordlike=_is_wordlike(text),
            cap=text[:1].isupper(),
            sent_start=bool(token.is_sent_start),  # type: ignore[attr-defined]
            safe=norm in words.safe,
            first=norm in words.first or folded in words.first,
            last=norm in words.last or folded in words.last,
            space_after=bool(token.whitespace_),  # type: ignore[attr-defined]
            title=norm in TITLES,
        )

    @property
    def transcript(self) -> bool:
        """Round 5: whether two lines or more open with a time stamp and a speaker ("[08:09] Will: ok"),
        as exported chats do whatever the case of their words (:attr:`chat_like` needs lower case)."""
        if self._transcript is None:
            self._transcript = len(_STAMPED_LINE.findall(self.text)) >= 2
        return self._transcript

    def _chat_like(self) -> bool:
        """Whether the text reads like a chat: mostly lower case, or lines led by a speaker name."""
        if len(_SPEAKER_LINE.findall(self.text)) >= 2:
            return True
        alpha = [t for t in self.toks if t.text.isalpha()]
        if len(alpha) < 3:
            return False
        if sum(t.cap for t in alpha) / len(alpha) < 0.05:
            return True
        starts = [t for t in alpha if t.sent_start]
        return len(starts) >= 2 and sum(not t.cap for t in starts) / len(starts) >= 0.5


@runtime_checkable
class Detector(Protocol):
    """Finds candidate private spans, typed by group type."""

    @property
    def name(self) -> str: ...

    def detect(self, view: TextView) -> list[Span]: ...


@dataclass(frozen=True)
class RegexRule:
    """A shape: ``pattern`` (its ``value`` group, else the whole match) is a ``group_type`` span,
    kept only if ``accept(match)`` (when given) says so. Trailing punctuation is cut off the span
    unless ``keep_end`` (a dot that belongs to the value: "14.03.")."""

    name: str
    group_type: str
    pattern: re.Pattern[str]
    score: float
    accept: Callable[[re.Match[str]], bool] | None = None
    keep_end: bool = False


class RegexDetector:
    """Runs a list of :class:`RegexRule`; a rule's match becomes one span."""

    def __init__(self, name: str, rules: Sequence[RegexRule]) -> None:
        self._name = name
        self._rules = tuple(rules)

    @property
    def name(self) -> str:
        return self._name

    @property
    def rules(self) -> tuple[RegexRule, ...]:
        return self._rules

    def __repr__(self) -> str:
        return f"RegexDetector({self._name!r}, rules={len(self._rules)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The rules' spans in ``text`` (no parse needed)."""
        out: list[Span] = []
        for rule in self._rules:
            for match in rule.pattern.finditer(text):
                if rule.accept is not None and not rule.accept(match):
                    continue
                group = "value" if "value" in rule.pattern.groupindex else 0
                start, end = match.span(group)
                while end > start and not rule.keep_end and text[end - 1] in ".,;:!?)]}'\"":
                    end -= 1
                if end > start:
                    out.append(Span(start, end, rule.group_type, rule.score))
        return out


# ---------------------------------------------------------------------------------------------
# Growing one name or institution over its neighbours, shared by the word-level detectors.

def _newline_between(view: TextView, a: Tok, b: Tok) -> bool:
    return "\n" in view.text[a.end:b.start]


def joinable(view: TextView, k: int, *, sentence_start: bool = False) -> bool:
    """Whether token ``k`` may be part of a capitalised name: a capitalised word that is not a
    title, not the pronoun "I", not an upper-case public acronym ("MRN") and, unless
    ``sentence_start``, not an ordinary word that is capitalised only because it starts a sentence
    ("Yesterday", "Patient"; institutions may start so: "General Hospital")."""
    tok = view.toks[k]
    if not (tok.wordlike and tok.cap) or tok.title or tok.norm == "i":
        return False
    if tok.sent_start and tok.safe and not (sentence_start and tok.pos == "PROPN"):
        return False
    return not (tok.safe and tok.text.isupper() and len(tok.norm) <= 4)


def connector(view: TextView, k: int) -> bool:
    """Whether token ``k`` may join two parts of one name ("van", "of", "'s", a hyphen, "&")."""
    tok = view.toks[k]
    if tok.norm == "-" or tok.text in ("-", "'s", "’s"):
        # no whitespace around a hyphen ("Okorafor-Brandt"), none before a possessive
        before = view.toks[k - 1] if k > 0 else None
        if before is None or before.space_after:
            return False
        return tok.text != "-" or not tok.space_after
    return tok.norm in CONNECTORS and (tok.text.islower() or tok.text == "&")


def _chain_ok(view: TextView, a: int, b: int) -> bool:
    """Connectors ``a..b-1`` may join: "the" only after another connector ("University of the Arts")."""
    norms = [view.toks[k].norm for k in range(a, b)]
    return "the" not in norms or norms[0] != "the"


def name_part(view: TextView, k: int) -> bool:
    """Whether token ``k`` can be part of a person's name on its own evidence: a given name or
    surname, or not an ordinary word. Capitalised ordinary words next to a name ("Account Manager",
    "Customer Service") are not, so whether they are tagged does not depend on the name beside them."""
    tok = view.toks[k]
    return tok.name or not tok.safe


def grow(view: TextView, i: int, j: int, *, max_connectors: int = 3, sentence_start: bool = False,
         part: Callable[[TextView, int], bool] | None = None) -> tuple[int, int]:
    """Extend the token run ``[i, j]`` over neighbouring joinable tokens and connectors between
    joinable tokens, never across a line break (``sentence_start`` as in :func:`joinable`). With
    ``part`` (such as :func:`name_part`) a neighbour must also satisfy it, or stand between the run
    and a token that does ("Ahmet Can Kaya": one ordinary word inside a name)."""

    def ok(k: int, step: int) -> bool:
        if not joinable(view, k, sentence_start=sentence_start):
            return False
        if part is None or part(view, k):
            return True
        far = k + step
        return 0 <= far < len(view.toks) and joinable(view, far) and part(view, far) \
            and not _newline_between(view, view.toks[min(k, far)], view.toks[max(k, far)])

    toks, n = view.toks, len(view.toks)
    while True:
        k = j + 1
        m = k
        while m < n and m - k < max_connectors and connector(view, m):
            m += 1
        if m < n and ok(m, 1) and _chain_ok(view, k, m) and not _newline_between(view, toks[j], toks[m]):
            j = m
            continue
        break
    while True:
        k = i - 1
        m = k
        while m >= 0 and k - m < max_connectors and connector(view, m):
            m -= 1
        if m >= 0 and ok(m, -1) and _chain_ok(view, m + 1, i) and not _newline_between(view, toks[m], toks[i]):
            i = m
            continue
        if m >= 1 and toks[m].title and toks[m].cap and ok(m - 1, -1) and _chain_ok(view, m + 1, i) \
                and not _newline_between(view, toks[m - 1], toks[i]):
            i = m - 1  # a title inside a name ("Our Lady of Lourdes"); one at the left edge stays out
            continue
        break
    return i, j


def run_span(view: TextView, i: int, j: int, group_type: str, score: float) -> Span:
    """The span from token ``i`` to token ``j`` (inclusive)."""
    return Span(view.toks[i].start, view.toks[j].end, group_type, score)
