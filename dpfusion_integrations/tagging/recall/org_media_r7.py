"""Round 7 (organisations): news media named by a place or name and a media word.

Newspapers, radio and television stations are named the same way in most countries: a place or a
name, then a word that says "this is a newspaper" ("the <City> Courier", "<City> Evening Post",
"<Town> FM"), or such a word first ("Diario de <City>", "Gazzetta di <Town>", "Radio <Town>",
"Kurier <Region>"); in English the article belongs to the title ("the <City> Courier"). Round 6's
lists knew no media words, so only the place was found (and "the" never). Three rules, each typed
ORGANIZATION:

- **title run** (detector :class:`MediaNames`): one to four capitalised words (inner particles
  allowed: "Ciudad de México") before a word of :data:`STRONG_MEDIA_WORDS` (titles that, capitalised,
  almost only name a paper: "Courier", "Herald", "Gazette", "Tribune", "Zeitung", "Dagblad"), or
  before a modifier and a word of :data:`WEAK_MEDIA_WORDS` ("Evening Post", "Sunday Times"); a
  "the"/"The" right before joins;
- **head run** (same detector): a pre-posed media head of :data:`MEDIA_HEADS` ("Diario", "Radio",
  "Kurier", "Jornal") with an optional linking particle and one to three capitalised words;
- **media tail** (growth, :func:`grow_media`): a tagged name, place or organisation followed by media
  words of either list ("<tagged place> Times", "<tagged place> FM") takes them; a name span of two
  words or more ending in a strong media word is an organisation; and a lower-case or capitalised
  "the" right before an organisation whose last word is a media word joins it.

Weak words ("Times", "Post", "News", "Review", "Star") are ordinary capitalised in headings ("Annual
Review", "Post Office"), so they count only after a modifier or a tagged name. The decision depends on
the public words around the name, never on the name's own characters. Over-tagging risk: a public
paper ("the Daily Mail", "the New York Times") is tagged, which is an organisation anyway; a title-case
heading with a strong media word after a capitalised word ("Choose Herald ...") costs a few words.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TITLES, TextView, fold, line_ranges
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = [
    "MEDIA_HEADS",
    "MEDIA_MODIFIERS",
    "STRONG_MEDIA_WORDS",
    "WEAK_MEDIA_WORDS",
    "MediaNames",
    "grow_media",
    "is_media_word",
    "name_words_start",
    "the_start",
]

MEDIA_SCORE = 0.88
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})

#: Lower case, diacritics folded: newspaper titles that, capitalised after a name, almost only name a paper.
STRONG_MEDIA_WORDS = frozenset({
    # English
    "courier", "herald", "gazette", "tribune", "chronicle", "observer", "telegraph", "dispatch", "despatch",
    "sentinel", "examiner", "inquirer", "enquirer", "argus", "mercury", "advertiser", "courant", "clarion",
    "gleaner", "intelligencer", "pioneer", "statesman", "spectator", "newsletter", "broadcasting", "bugle",
    "crier", "ledger", "informer", "recorder", "courier-journal", "post-courier", "times-herald",
    "news-journal", "newsday", "gazette-times",
    # German, Dutch, Nordic
    "zeitung", "tageblatt", "tagblatt", "anzeiger", "rundschau", "nachrichten", "kurier", "allgemeine",
    "morgenpost", "abendblatt", "abendzeitung", "dagblad", "krant", "tidning", "tidningen",
    "tidende", "posten", "avisen", "bladet", "aftonbladet", "dagbladet",
    # Romance
    "gazzetta", "corriere", "giornale", "gazeta", "diario", "periodico", "jornal", "noticias", "noticiero",
    "heraldo", "correo", "correio", "folha", "informador", "republicain", "depeche", "quotidien", "courrier",
    "nouvelliste", "tribuna", "cronica", "imparcial", "mensajero",
    # Slavic, Turkish, others
    "dziennik", "kurjer", "wiadomosci", "novosti", "vesti", "vedomosti", "gazetesi", "haberleri",
})  # fmt: skip
#: Media words that are ordinary words capitalised in headings too: a paper only after a modifier or a
#: tagged name ("Evening Post", "<tagged place> Times").
WEAK_MEDIA_WORDS = frozenset({
    "times", "post", "news", "press", "review", "standard", "star", "sun", "echo", "record", "leader",
    "monitor", "mirror", "express", "journal", "bulletin", "today", "globe", "voice", "guardian",
    "independent", "register", "reporter", "daily", "weekly", "radio", "tv", "fm", "online", "magazine",
    "digest", "times-union", "post-gazette", "mail", "eagle", "beacon", "messenger", "tidings", "herald-sun",
    "presse", "post-dispatch", "television", "broadcaster", "newswire", "nieuws",
})  # fmt: skip
#: Words between a name and a media word that belong to the title ("Evening Post", "Sunday Star").
MEDIA_MODIFIERS = frozenset({
    "evening", "morning", "daily", "weekly", "sunday", "saturday", "weekend", "nightly", "free",
    "community", "county", "city", "regional", "local", "news", "metro", "business", "sports",
})  # fmt: skip
#: Pre-posed media heads: "Diario de <City>", "Radio <Town>", "Kurier <Region>" (folded, lower case).
MEDIA_HEADS = frozenset({
    "diario", "jornal", "gazzetta", "gazeta", "gazette", "corriere", "courrier", "giornale", "periodico",
    "heraldo", "correo", "correio", "folha", "kurier", "kurjer", "dziennik", "tribuna", "radio", "radyo",
    "tele", "journal", "echo", "eco", "voz", "voix", "stimme", "notizie", "noticias", "cronica", "nouvelles",
    "novosti", "vesti", "telediario",
})  # fmt: skip
#: Heads that take a name directly after them only through a linking particle ("Journal de Montréal",
#: not "Journal Entry"); the others may also take capitalised words directly ("Radio <Town>").
_LINKED_ONLY_HEADS = frozenset({"journal", "gazette", "echo", "eco", "voz", "voix", "tele", "stimme"})

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w)){0,30}")
_PARTICLES = frozenset({
    "de", "del", "do", "da", "di", "du", "des", "della", "dos", "das", "la", "le", "el", "of", "upon", "on",
    "am", "an", "der", "im", "sur", "en", "y", "&", "and",
})  # fmt: skip
_HEAD_LINKS = re.compile(
    r"[ ](?:de|del|de[ ]la|do|da|di|du|des|della|dos|das|von|der|des|van|het|per|pour|para)(?:[ ](?:la|el|los|las|l'|l’))?"
)
#: Capitalised words that do not start a paper's name: determiners, pronouns and heading verbs.
_NOT_NAME = frozenset({
    "the", "a", "an", "our", "your", "their", "my", "his", "her", "its", "this", "that", "these", "those", "any",
    "every", "each", "no", "read", "subscribe", "call", "contact", "visit", "find", "about", "choose", "choosing",
    "see", "write", "dear", "hi", "hello", "in", "at", "on", "for", "from", "to", "by", "with", "and", "or", "but",
    "if", "when", "whether", "all", "some", "local", "national", "international", "other", "which", "latest",
    "breaking", "top", "more", "world",
})  # fmt: skip
_THE_BEFORE = re.compile(r"(?:(?<=[^\w])|^)(?P<the>[Tt]he)[ ]\Z")
#: The most name words before a media word.
MAX_NAME_WORDS = 4


def is_media_word(word: str) -> bool:
    """Whether ``word`` (any case, a possessive allowed) is a media word of either list."""
    lower = fold(word.lower()).removesuffix("'s").removesuffix("’s")
    return lower in STRONG_MEDIA_WORDS or lower in WEAK_MEDIA_WORDS


def _lower(word: str) -> str:
    return fold(word.lower())


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _words_on_line(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def name_words_start(text: str, words: list[re.Match[str]], k: int) -> int | None:
    """Start of the name words before ``words[k]`` (single spaces, capitalised, particles inside), or None
    when ``words[k]`` has none; ``words`` are the word matches of one line."""
    first: int | None = None
    taken = 0
    j = k - 1
    pending_particles = 0
    while j >= 0 and taken < MAX_NAME_WORDS:
        word = words[j].group()
        if text[words[j].end() : words[j + 1].start()] != " ":
            break
        lower = _lower(word)
        if not _is_cap(word):
            if lower in _PARTICLES and pending_particles < 2 and first is not None:
                pending_particles += 1
                j -= 1
                continue
            break
        if lower in _NOT_NAME or lower.rstrip(".") in TITLES:
            break
        first, taken, pending_particles = words[j].start(), taken + 1, 0
        j -= 1
    return first


def the_start(text: str, start: int) -> int:
    """``start`` moved back over a "the"/"The" right before it (a title's article)."""
    match = _THE_BEFORE.search(text, max(0, start - 4), start)
    return match.start("the") if match is not None else start


class MediaNames:
    """Newspapers and stations named by a title run or a pre-posed head (see module doc)."""

    name = "organization-media-r7"

    def __repr__(self) -> str:
        return f"MediaNames(words={len(STRONG_MEDIA_WORDS) + len(WEAK_MEDIA_WORDS)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The media names in ``text`` (no parse needed)."""
        return [span for start, end in line_ranges(text) for span in self._find_line(text, start, end)]

    def _find_line(self, text: str, start: int, end: int) -> list[Span]:
        words = _words_on_line(text, start, end)
        out: list[Span] = []
        k = 0
        while k < len(words):
            word = words[k].group()
            lower = _lower(word)
            span: Span | None = None
            if _is_cap(word) and lower in STRONG_MEDIA_WORDS:
                span = self._title_run(text, words, k, k)
            elif _is_cap(word) and lower in WEAK_MEDIA_WORDS and k > 0 and _is_cap(words[k - 1].group()) \
                    and _lower(words[k - 1].group()) in MEDIA_MODIFIERS \
                    and text[words[k - 1].end() : words[k].start()] == " ":
                span = self._title_run(text, words, k - 1, k)
            if span is None and _is_cap(word) and lower in MEDIA_HEADS:
                span = self._head_run(text, words, k)
            if span is not None:
                out.append(span)
                while k < len(words) and words[k].start() < span.end:
                    k += 1
                continue
            k += 1
        return out

    def _title_run(self, text: str, words: list[re.Match[str]], first: int, last: int) -> Span | None:
        """The title ending at ``words[last]`` whose media part starts at ``words[first]``, or None."""
        while first > 0 and _lower(words[first - 1].group()) in MEDIA_MODIFIERS \
                and _is_cap(words[first - 1].group()) and text[words[first - 1].end() : words[first].start()] == " ":
            first -= 1
        start = name_words_start(text, words, first)
        if start is None:
            return None
        end = words[last].end()
        while last + 1 < len(words) and text[end : words[last + 1].start()] in (" ", "-") \
                and _is_cap(words[last + 1].group()) and is_media_word(words[last + 1].group()):
            last += 1
            end = words[last].end()
        return Span(the_start(text, start), end, ORGANIZATION, MEDIA_SCORE)

    def _head_run(self, text: str, words: list[re.Match[str]], k: int) -> Span | None:
        """``words[k]`` (a media head) with its link and up to three capitalised words, or None."""
        head = words[k]
        pos = head.end()
        link = _HEAD_LINKS.match(text, pos)
        if link is not None:
            pos = link.end()
        elif _lower(head.group()) in _LINKED_ONLY_HEADS:
            return None
        end = pos
        for _ in range(3):
            match = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if match is None or not _is_cap(match.group()) or _lower(match.group()).rstrip(".") in TITLES:
                break
            end = match.end()
        if end == pos:
            return None
        return Span(the_start(text, head.start()), end, ORGANIZATION, MEDIA_SCORE)


_TAIL = re.compile(r"[ ](?P<word>[^\W\d_][\w'’-]{0,30})")


def _media_tail_end(text: str, end: int) -> int:
    """Where a span ending at ``end`` ends once grown over capitalised media words (and modifiers)."""
    best, pos = end, end
    for _ in range(3):
        match = _TAIL.match(text, pos)
        if match is None or not _is_cap(match.group("word")):
            break
        word = match.group("word")
        if is_media_word(word):
            best = match.end()
        elif _lower(word) not in MEDIA_MODIFIERS:
            break
        pos = match.end()
    return best


def grow_media(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with names followed by media words grown over them, and "the" joined to a media
    organisation (see module doc)."""
    out: list[Span] = []
    for span in spans:
        start, end, kind = span.start, span.end, span.entity_type
        if kind in _NAMED:
            grown = _media_tail_end(text, end)
            if grown > end:
                end, kind = grown, ORGANIZATION
        value = text[start:end].split()
        if not value:
            out.append(span)
            continue
        if kind == ORGANIZATION and is_media_word(value[-1]) or \
                kind in _NAMED and len(value) > 1 and _lower(value[-1]) in STRONG_MEDIA_WORDS:
            start, kind = the_start(text, start), ORGANIZATION
        if (start, end, kind) != (span.start, span.end, span.entity_type):
            span = Span(start, end, kind, max(span.score, MEDIA_SCORE))
        out.append(span)
    return merge_spans(out) if out != spans else out
