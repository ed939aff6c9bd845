"""Round 8: names led by an honorific or a name prefix of many traditions, also when that word is English.

Many naming traditions open a person's name with a word that says sex, age or rank, and several of those
words are also English words, so the proper-noun sweep (which skips ordinary words) drops them or the
whole name: Karen "Saw"/"Naw", Burmese "U"/"Daw"/"Ko"/"Ma", Mon "Mi". Two tables, from general knowledge:

- :data:`NAME_PREFIXES`: words that are part of the name as it is written and filed (Burmese, Karen,
  Shan, Mon, Kachin and Chin prefixes; Balinese birth-order and sex markers "I"/"Ni" before a birth-order
  name; South Asian "Md."/"Mohd"; Filipino "Ma."). The span covers the prefix and the name after it.
- :data:`HONORIFICS`: titles of address that precede a name (South and Southeast Asian, African, Middle
  Eastern, European): "Sri", "Smt", "Thiru", "Tmt", "Khun", "Bapak", "Ibu", "Encik", "Datuk", "Hajjah",
  "Alhaji", "Mallam", "Ato", "W/ro", "Mzee", "Sayyid", "Mullah", "Pan", "Kyria", ... The title stays
  public (as ``base.TITLES`` do); the span covers the name after it.

A name after either word is one to four name words on the same line: capitalised (or all upper case
after an upper-case prefix) or, in chat-like text, lower case. The first name word must look like a name
(no ordinary word, or a given name or surname of the lists followed by such a word; after an unambiguous
title an ordinary word is taken too, as "Cllr Green" is). Lower-case names need name-like words only and,
after a prefix that is also an English or chat word ("saw", "naw"), two of them.

Over-tagging risk: an English word before an unknown capitalised word ("Saw Tokio", "Ko Samui", "Mi
Casa"); ambiguous words ("u", "ma", "mi", "bi", "pak") are never taken in lower case. Decisions depend
on the table word, the case and the shape and list membership of the words after it. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    fold,
)
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import name_like_lower
from dpfusion_integrations.tagging.recall.titled_names import EXTRA_TITLES
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["HONORIFICS", "NAME_PREFIXES", "HonorificNames", "strong_name"]

HONORIFIC_SCORE = 0.76

#: Prefixes that belong to the name as written (lower case, without a dot).
NAME_PREFIXES = frozenset({
    # Burmese, Karen, Shan, Mon, Kachin, Chin, Rakhine, Pa-O
    "saw", "naw", "daw", "u", "ko", "ma", "maung", "mg", "mahn", "mahm", "nang", "sai", "sao", "nai", "mi",
    "nan", "nant", "phado", "padoh", "thra", "tharamu", "duwa", "salai", "pu", "pi", "khaing", "sayadaw",
    # Balinese sex markers (taken before a birth-order name only, see _BIRTH_ORDER)
    "i", "ni",
    # Bengali, Malay and Indonesian abbreviations of Muhammad; Filipino and Iberian "Ma." (María)
    "md", "mohd", "muhd", "mohd.", "mst", "mosammat", "mst.", "ma.", "mª",
})  # fmt: skip
#: Titles of address before a name (lower case, without a dot), besides ``base.TITLES``.
HONORIFICS = EXTRA_TITLES | frozenset({
    # South Asia
    "shree", "shrimati", "srimati", "sushri", "kum", "km", "thiru", "thirumathi", "tmt", "selvi", "selvan",
    "pt", "ustad", "sardar", "sardarni", "sant", "swami", "acharya", "babu", "lala", "janab", "mohtarma",
    "maulvi", "maulana", "mawlana", "hazrat", "hafiz", "qari", "mian", "begum", "bibi", "shrimaan",
    # Southeast Asia
    "khun", "nangsao", "phra", "ajarn", "ajahn", "thao", "lok", "neak", "ông", "bà", "chị", "bapak", "pak",
    "ibu", "bu", "cik", "hajjah", "hjh", "hj", "datin", "tun", "tunku", "tengku", "teuku", "raden", "ustazah",
    "cikgu", "mbak", "mas", "abang", "kak", "bang", "aling", "mang", "manong", "manang", "kuya", "ate", "ka",
    # Africa
    "alhaja", "hajiya", "mallam", "malam", "weizero", "woizerit", "weizerit", "w/ro", "w/rt",
    "mzee", "bi", "bw", "mama", "baba", "nana", "opanyin", "opanin", "togbe", "chief", "oba",
    "igwe", "oloye", "iya", "gogo", "mkhulu", "nkosazana", "nkosikazi", "mnumzana", "mnumzane",
    # Middle East, Central Asia
    "sheikha", "shaikh", "sayyid", "sayyida", "sayed", "syed", "sharif", "sidi", "lalla", "mullah", "mulla",
    "agha", "aqa", "khanum", "khanom", "ostad", "hajji", "hajj", "sayın",
    # Europe
    "pan", "panna", "pani", "kyrios", "kyria", "kos", "gđa", "gđin", "gosp", "gospa", "heer", "jonkheer",
    "fru", "fröken", "hr", "don", "doña", "dona", "dom", "signorina", "sig", "sig.ra", "monsieur", "m",
    "mademoiselle", "senhor", "senhora", "sr.ª", "dna",
})  # fmt: skip
#: Table words that are also common English or chat words: never taken in lower case, and in capitals
#: only before a word that is no ordinary word.
_AMBIGUOUS = frozenset({
    "u", "ma", "mi", "bi", "ko", "bu", "pak", "mas", "ka", "ate", "mang", "baba", "mama", "nana", "chief", "pan",
    "don", "dom", "m", "hr", "i", "ni", "pi", "pu", "lok", "kak", "bang", "kos", "iya", "md", "km", "pt", "sig",
    "nan", "sant", "mian", "fru", "heer", "lala", "babu", "saw", "men", "sai", "nai", "neak", "thao", "oba",
    "sao", "dna", "gogo", "abang",
})  # fmt: skip
#: Balinese birth-order names, after which "I" and "Ni" are name prefixes ("I Wayan", "Ni Made").
_BIRTH_ORDER = frozenset({
    "wayan", "putu", "gede", "luh", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti",
})  # fmt: skip
_STOP = TITLES | MONTHS | WEEKDAYS
_WORD = r"[^\W\d_](?:[\w'’]|-(?=[^\W\d_])){0,30}"
#: A table word (and its dot or apostrophe: "Md.", "Dato'"), then, looked ahead, one to four words.
_PREFIX_RE = re.compile(
    r"(?<![\w'’/.@-])(?P<word>[Ww]/(?:ro|rt|RO|RT)|[^\W\d_]{1,12}(?:\.[a-zª]{1,2})?)(?P<dot>\.|['’])?"
    rf"(?=(?P<names>(?:[ ](?:[^\W\d_]\.(?!\w)|{_WORD})){{1,4}}))"
)
_PART_RE = re.compile(rf"[^\W\d_]\.(?!\w)|{_WORD}")
_POSSESSIVE = ("'s", "’s", "'S", "’S")


def strong_name(word: str, words: WordLists) -> bool:
    """Whether ``word`` is no ordinary word (also without diacritics): a name's strongest sign."""
    lower = word.lower()
    return lower not in words.safe and fold(lower) not in words.safe


def _listed(word: str, words: WordLists) -> bool:
    lower = word.lower()
    return lower in words.first or lower in words.last or fold(lower) in words.first or fold(lower) in words.last


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


class HonorificNames:
    """Names after a name prefix or an honorific of many traditions (see module doc)."""

    name = "honorific-names-r8"

    def __repr__(self) -> str:
        return "HonorificNames()"

    def detect(self, view: TextView) -> list[Span]:
        text, words = view.text, view.words
        out: list[Span] = []
        for match in _PREFIX_RE.finditer(text):
            word = match.group("word")
            prefix = word.lower() in NAME_PREFIXES
            if not prefix and word.lower() not in HONORIFICS:
                continue
            parts = list(_PART_RE.finditer(text, match.start("names"), match.end("names")))
            names = []
            for part in parts:
                value = part.group()
                names.append(value[:-2] if value.endswith(_POSSESSIVE) else value.rstrip("'’"))
                if names[-1] != value:
                    break  # a possessive or an apostrophe ends the name
            taken = self._names(word, names, view, words)
            if taken == 0:
                continue
            end = parts[taken - 1].start() + len(names[taken - 1])
            start = match.start("word") if prefix else parts[0].start()
            out.append(Span(start, end, PERSON, HONORIFIC_SCORE))
        return out

    @staticmethod
    def _names(word: str, names: list[str], view: TextView, words: WordLists) -> int:
        """How many of ``names`` form the name after ``word`` (0: none)."""
        lower = word.lower()
        if lower in ("i", "ni") and names[0].lower() not in _BIRTH_ORDER:
            return 0
        if word.islower():
            if lower in _AMBIGUOUS and lower != "saw" or not view.chat_like:
                return 0
            count = 0
            for part in names:
                if not part.islower() or not name_like_lower(part, words):
                    break
                count += 1
            needed = 2 if lower in words.safe or lower in CHAT_SLANG or lower in _AMBIGUOUS else 1
            return count if count >= needed else 0
        upper = word.isupper() and len(word) > 1

        def capital(part: str) -> bool:
            if upper:
                return part.isupper() and len(part) > 1
            return part[:1].isupper() and not (part.isupper() and len(part) > 1 and not _initial(part))

        first = names[0]
        if not capital(first) or first.lower().strip(".") in _STOP or first.lower() in HONORIFICS:
            return 0
        second_strong = len(names) > 1 and capital(names[1]) and strong_name(names[1], words)
        if not strong_name(first, words) and not (_listed(first, words) and second_strong):
            ambiguous = lower in _AMBIGUOUS or lower in NAME_PREFIXES or lower in words.safe
            if ambiguous or _initial(first):
                return 0
        count = 1
        for part in names[1:]:
            if _initial(part):
                count += 1
                break
            if not capital(part) or part.lower() in HONORIFICS or part.lower() in _STOP and len(part) > 3:
                break  # short month and weekday forms are name syllables too ("Htaw Mon", "Aung San")
            count += 1
        return count
