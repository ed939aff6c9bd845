"""Round 7 (organisations): kinds of business that round 6's trade lists lacked, in several languages.

Round 6 grew a tagged name over trade words after it ("<Surname> Advocates"); its lists had no word
for funeral businesses ("<Name> Memorials", "<City> Funeral Home", "Pompes Funèbres <Name>"),
nurseries ("<Name> Kids"), ground-handling and forwarding firms ("<City> Airport Handling") or online
communities ("the <Name> Discord"). Three rules, each typed ORGANIZATION:

- **kind tail** (growth, :func:`grow_kinds`): a tagged name, place or organisation followed on the
  same line by up to four capitalised words of which the last is a word of :data:`KIND_WORDS_R7` or
  of round 6's kind words takes them ("<tagged> Memorials", "<tagged> Airport Handling",
  "<tagged> Kids", "<tagged> Discord"); a name span of two words or more whose last word is a
  community word (:data:`COMMUNITY_WORDS`) is an organisation, and a "the" right before it joins, as a
  server or forum is named with it; "the <name>" followed by a lower-case community word ("the <Name>
  server", "the <Name> group chat") takes it and the article;
- **kind phrase** (detector :class:`KindPhrases`): one to three capitalised name words before a
  two-word phrase that almost only names a business (:data:`KIND_PHRASES`: "Funeral Home", "Funeral
  Directors", "Ground Handling", "Freight Forwarding", "Day Nursery", "Early Learning");
- **pre-posed head** (same detector): a head of :data:`KIND_HEADS` ("Pompes Funèbres", "Funeraria",
  "Bestattungen", "Uitvaartzorg", "Zakład Pogrzebowy", "Kita", "Guardería", "Przedszkole") with an
  optional particle and one to three capitalised words after it.

Lone words stay public ("Funeral home costs rose", "Kids eat free", "Join our Discord"): the
phrase rule needs a capitalised name word before the phrase, the tail rule a tagged span. Over-tagging
risk: a title-case heading "<Word> Funeral Directors" or a public place before a kind word ("Paris
Airport Handling") is tagged, a few words each.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TITLES, TextView, fold, line_ranges
from dpfusion_integrations.tagging.recall.org_media_r7 import (
    name_words_start,
    the_start,
)
from dpfusion_integrations.tagging.recall.org_tails_r6 import is_kind_word
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["COMMUNITY_WORDS", "KIND_HEADS", "KIND_PHRASES", "KIND_WORDS_R7", "KindPhrases", "grow_kinds"]

KIND_SCORE = 0.88
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})

#: Online communities and chat spaces, named with "the" ("the <Name> Discord").
COMMUNITY_WORDS = frozenset({
    "discord", "slack", "server", "servers", "forum", "forums", "subreddit", "reddit", "group", "groupchat",
    "channel", "community", "guild", "clan", "telegram", "whatsapp", "mastodon", "irc", "wiki", "listserv",
    "chatroom", "collective", "crew",
    "squad", "network", "meetup", "club",
})  # fmt: skip
#: Lower case, diacritics folded: the last word of a business named after a tagged name or place.
KIND_WORDS_R7 = COMMUNITY_WORDS | frozenset({
    # funerals and memorials
    "memorials", "memorial", "funeralcare", "crematorium", "crematory", "cremations", "mortuary", "masons",
    "stonemasons", "headstones", "monuments", "bestattungen", "bestattung", "uitvaartzorg", "uitvaart",
    "uitvaartcentrum", "begravelse", "begravelsesbyra", "begravningsbyra", "pogrzeby", "funeraria",
    "funerarias", "tanatorio", "velatorio", "home", "homes", "directors", "parlour", "parlor", "chapel",
    # childcare
    "kids", "kiddies", "kinder", "tots", "toddlers", "childcare", "daycare", "day-care", "preschool",
    "pre-school", "playgroup", "playschool", "creche", "kita", "kinderopvang", "guarderia", "przedszkole",
    "childminding", "childminders", "minis", "littles", "learning", "krippe", "kinderkrippe", "kinderhaus",
    "kinderdagverblijf", "peuterspeelzaal",
    # aviation, logistics and ground services
    "handling", "aviation", "aero", "ground", "cargo", "charter", "charters", "jets", "helicopters",
    "fuelling", "fueling", "forwarders", "stevedoring", "terminals", "terminal", "marine", "airport",
    "air", "maintenance", "towing", "recovery", "storage", "warehousing", "hauliers",
    # care and community services
    "homecare", "carers", "nursing", "care", "hospice", "pantry", "foodbank", "appeal", "aid", "outreach",
    "helpers", "volunteers",
    # other trades
    "tutors", "tutoring", "coaching", "driving", "motoring", "garages", "salvage", "scaffolding",
    "demolition", "fencing", "paving", "flooring", "tiling", "glazing", "kitchens", "bathrooms", "blinds",
    "upholstery", "alterations", "dry-cleaning", "dry-cleaners", "pest", "hygiene",
    "security", "locksmiths", "vending", "print", "signs", "couture", "optical", "hearing", "dental",
})  # fmt: skip
#: Two-word phrases that, capitalised after a name, almost only name a business (folded, lower case).
KIND_PHRASES = frozenset({
    ("funeral", "home"), ("funeral", "homes"), ("funeral", "directors"), ("funeral", "director"),
    ("funeral", "services"), ("funeral", "service"), ("funeral", "parlour"), ("funeral", "parlor"),
    ("funeral", "chapel"), ("funeral", "care"), ("monumental", "masons"), ("cremation", "services"),
    ("memorial", "chapel"), ("airport", "handling"), ("ground", "handling"), ("ground", "services"),
    ("aviation", "services"), ("cargo", "services"), ("freight", "forwarding"), ("freight", "forwarders"),
    ("freight", "services"), ("customs", "clearance"), ("day", "nursery"), ("day", "nurseries"),
    ("early", "learning"), ("early", "years"), ("child", "care"), ("childcare", "centre"),
    ("childcare", "center"), ("daycare", "centre"), ("daycare", "center"), ("home", "care"),
    ("care", "services"), ("care", "agency"), ("care", "homes"), ("nursing", "home"), ("nursing", "homes"),
    ("removal", "services"), ("moving", "services"), ("driving", "school"),
})  # fmt: skip
#: Heads before a business's name (folded, lower case, words joined by one space).
KIND_HEADS = frozenset({
    "pompes funebres", "onoranze funebri", "agencia funeraria", "funeraria", "funerarias", "bestattungen",
    "bestattungsinstitut", "bestattungshaus", "bestattung", "uitvaartzorg", "uitvaartcentrum",
    "uitvaartverzorging", "begravelsesbyra", "begravningsbyra", "zaklad pogrzebowy", "zakład pogrzebowy",
    "pohrebni sluzba",
    "tanatorio", "velatorio", "crematorio", "cenaze hizmetleri", "kita", "kindertagesstatte", "creche",
    "guarderia", "escuela infantil", "jardin infantil", "asilo nido", "scuola dell'infanzia",
    "kinderopvang", "przedszkole", "materska skola", "ecole maternelle", "jardim de infancia", "casa funeraria",
    "servicios funerarios", "agence funeraire", "funerailles", "impresa funebre", "begrafenisonderneming",
    "kinderkrippe", "krippe", "kinderhaus", "kinderdagverblijf", "peuterspeelzaal", "asilo infantil",
})  # fmt: skip
_HEAD_LEN = 2

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w)){0,30}")
_TAIL = re.compile(r"[ ](?P<word>&|[^\W\d_][\w'’-]{0,30})")
_LINK = re.compile(r"[ ](?:de|del|de[ ]la|do|da|di|du|des|della|von|van|der)(?=[ ])")
#: A lower-case community word after "the <name>" ("the <Name> server", "the <Name> group chat").
_LOWER_COMMUNITY = re.compile(
    r"[ ](?:discord|slack|server|forum|subreddit|channel|community|guild|clan|wiki|workspace|groupchat"
    r"|(?:discord|slack|telegram|whatsapp|signal|facebook)[ ](?:group|server|channel|chat)|group[ ]chat)(?![\w-])"
)
#: The most capitalised words a tail takes.
MAX_TAIL = 4


def _lower(word: str) -> str:
    return fold(word.lower()).removesuffix("'s").removesuffix("’s")


def is_kind_word_r7(word: str) -> bool:
    """Whether ``word`` names a kind of business in round 7's or round 6's lists."""
    return _lower(word) in KIND_WORDS_R7 or is_kind_word(word)


def _tail_end(text: str, end: int) -> int:
    """Where a span ending at ``end`` ends once grown over capitalised words up to a kind word."""
    best, pos = end, end
    for _ in range(MAX_TAIL):
        match = _TAIL.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        if word != "&":
            if not word[0].isupper() or word.lower().rstrip(".") in TITLES:
                break
            if is_kind_word_r7(word):
                best = match.end()
        pos = match.end()
    return best


def grow_kinds(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with names grown over kind words after them, and "the" joined to a community
    (see module doc)."""
    out: list[Span] = []
    for span in spans:
        start, end, kind = span.start, span.end, span.entity_type
        if kind in _NAMED:
            grown = _tail_end(text, end)
            if grown > end:
                end, kind = grown, ORGANIZATION
            lower = _LOWER_COMMUNITY.match(text, end)
            if lower is not None and the_start(text, start) < start:
                end, kind = lower.end(), ORGANIZATION
        value = text[start:end].split()
        if kind in _NAMED and len(value) > 1 and _lower(value[-1]) in COMMUNITY_WORDS:
            start, kind = the_start(text, start), ORGANIZATION
        if (start, end, kind) != (span.start, span.end, span.entity_type):
            span = Span(start, end, kind, max(span.score, KIND_SCORE))
        out.append(span)
    return merge_spans(out) if out != spans else out


class KindPhrases:
    """Businesses named by a name and a kind phrase, or by a pre-posed head and a name (see module doc)."""

    name = "organization-kinds-r7"

    def __repr__(self) -> str:
        return f"KindPhrases(phrases={len(KIND_PHRASES)}, heads={len(KIND_HEADS)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The businesses in ``text`` (no parse needed)."""
        out: list[Span] = []
        for start, end in line_ranges(text):
            words = list(_WORD.finditer(text, start, end))
            out.extend(self._phrases(text, words))
            out.extend(self._heads(text, words))
        return out

    def _phrases(self, text: str, words: list[re.Match[str]]) -> list[Span]:
        out: list[Span] = []
        for k in range(len(words) - 1):
            first, second = words[k].group(), words[k + 1].group()
            if not (first[0].isupper() and second[0].isupper()) or text[words[k].end() : words[k + 1].start()] != " ":
                continue
            if (_lower(first), _lower(second)) not in KIND_PHRASES:
                continue
            start = name_words_start(text, words, k)
            if start is not None:
                out.append(Span(start, words[k + 1].end(), ORGANIZATION, KIND_SCORE))
        return out

    def _heads(self, text: str, words: list[re.Match[str]]) -> list[Span]:
        out: list[Span] = []
        for k, match in enumerate(words):
            if not match.group()[0].isupper():
                continue
            for size in range(_HEAD_LEN, 0, -1):
                last = k + size - 1
                if last >= len(words) or any(text[words[j].end() : words[j + 1].start()] != " " for j in range(k, last)):
                    continue
                head = " ".join(_lower(w.group()) for w in words[k : last + 1])
                if head in KIND_HEADS:
                    end = self._name_end(text, words[last].end())
                    if end > words[last].end():
                        out.append(Span(match.start(), end, ORGANIZATION, KIND_SCORE))
                    break
        return out

    @staticmethod
    def _name_end(text: str, pos: int) -> int:
        """End of up to three capitalised words after ``pos`` (after an optional particle), or ``pos``."""
        link = _LINK.match(text, pos)
        end = start = link.end() if link is not None else pos
        for _ in range(3):
            match = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if match is None or not match.group()[0].isupper() or _lower(match.group()).rstrip(".") in TITLES:
                break
            end = match.end()
        return end if end > start else pos
