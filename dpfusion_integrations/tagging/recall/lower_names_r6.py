"""Round 6: lower-case names that round 5 left public, in any text (not only chat-like text).

A candidate is a lower-case word of letters that is no ordinary word (nor its form without accents,
nor an inflected form of one: "composes"), nor chat slang: "keza", "bounmy", "síofra". Round 5 took such words in chat-like text after chat cues;
these rules take them where a cue names a person whatever the rest of the text looks like:

- **after a person noun**: "my flatmate keza", "our neighbour bounmy", "the driver tomasi";
- **after a title**: "Mr petek", "dr qənizadə", "dr de jesús" (one lower-case particle may come between);
- **after "by" that follows a verb of signing or receiving**: "Signed by mustapha", "collected by iolo";
- **after a chat hand-over word**: "try marja instead", "page vilho";
- **greeting, then "its"/"im"**: "hey its aneurin";
- **opening a chat message, before a verb or a few words that follow a name** ("the", "pls", "can"):
  "@ana.k: síofra unlocked it", "rhys: vepkhvia the designer ..." (a given name that is also a word
  counts too when spaCy does not read it as a function word: "@x: sri unlocked."); in a chat or a
  time-stamped transcript also opening a sentence before "pls", "can", ...: "on my way. heaika pls open the gate";
- **a lower-case word with letters English does not use, in English text**: "also bjørk from finance",
  "ülle (online only)". English loanwords keep their accents (café, naïve, résumé, crème brûlée): their
  unaccented form is an ordinary word, or they are in :data:`LOANWORDS`. Text that is not English
  (not twice as many English function words as function words of other languages) is left alone, and
  so are words next to another such word (a phrase in another language: "Bùi và đối tác") and letters
  of other scripts (left to the foreign-script detector);

- **a quoted lower-case word before a bracketed phone number**: '"adil" (+31 6 ...)', a saved contact;

Growth steps on the merged spans: a lower-case PERSON span takes the unknown lower-case words right
after and before it ("nermina delić", "cristobal de marín"), and an unknown lower-case word that ends a
list item right after a PERSON span and a comma is a PERSON ("Oscar Brandt, riley (online only)").

Over-tagging risk: an unknown lower-case word after these cues that is no name (a brand or a typo:
"my flatmate sez"). The decision depends on the cue and the candidate word only. Typed PERSON.
"""

from __future__ import annotations

import re
import unicodedata

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, fold, run_span
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.chat_speakers import KINSHIP_WORDS
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = [
    "LOANWORDS", "PERSON_NOUNS", "LowerCaseNames", "join_lower_surnames", "list_lower_names", "unknown_lower",
]

LOWER_SCORE = 0.68

#: Nouns for a person after which a lower-case unknown word is their name (besides kinship words).
PERSON_NOUNS = KINSHIP_WORDS | frozenset({
    "driver", "courier", "tutor", "nanny", "carer", "caregiver", "cleaner", "landlord", "landlady", "boss",
    "manager", "coach", "teacher", "doctor", "nurse", "dentist", "therapist", "lawyer", "solicitor", "agent",
    "plumber", "electrician", "babysitter", "childminder", "housekeeper", "supervisor", "mentor", "pharmacist",
    "midwife", "caseworker", "technician", "engineer", "contractor", "builder", "lodger", "tenant", "flatmates",
    "roomie", "mate", "pal", "buddy", "client", "patient", "colleagues", "coworker", "co-worker", "assistant",
    "receptionist", "interpreter", "translator", "guide", "host", "neighbours", "neighbors", "godmother",
    "godfather", "stepbrother", "stepsister", "spouse", "ex", "fiancee", "classmates", "student", "pupil",
})  # fmt: skip
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sra", "srta", "miss", "mme", "herr", "frau"})
_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "del", "van", "von", "le", "la", "al", "el", "ben", "bin"})
_SIGNING_VERBS = frozenset({
    "signed", "countersigned", "collected", "received", "accepted", "witnessed", "seen", "picked", "delivered",
    "checked", "approved", "verified", "dispensed", "handed", "taken", "booked", "reported", "recorded",
    "closed", "opened", "raised", "logged", "prepared", "returned", "sent", "submitted", "authorised",
    "authorized", "cleared", "processed", "packed", "issued",
})  # fmt: skip
#: Greetings before a chat self-introduction without an apostrophe ("hey its aneurin").
_GREETINGS = frozenset({"hey", "hi", "hello", "hiya", "heya", "yo", "morning", "evening"})
#: Words after a name that opens a chat message or sentence ("vepkhvia the designer", "heaika pls open").
_AFTER_OPENING = frozenset({"the", "pls", "plz", "please", "can", "could", "will", "is", "was", "has", "and"})
_HANDOVER = frozenset({"try", "page", "paging", "paged", "contact", "cc'd", "ccd", "loop", "escalate"})
#: Accented words English borrowed that keep their marks (their plain form is often an ordinary word).
LOANWORDS = frozenset({
    "señor", "señora", "señorita", "mañana", "piñata", "jalapeño", "façade", "crème", "brûlée", "déjà",
    "élite", "doppelgänger", "über", "naïve", "naïveté", "café", "résumé", "fiancé", "fiancée", "protégé",
    "rosé", "cliché", "soirée", "entrée", "décor", "début", "attaché", "communiqué", "exposé", "passé",
    "sauté", "purée", "touché", "blasé", "voilà", "garçon", "tête", "fête", "crêpe", "pâté", "château",
    "maître", "naïf", "smörgåsbord", "año", "niño", "piña", "à", "vis-à-vis", "coöperate", "reële", "öre",
    "øre", "façades", "cafés", "résumés", "clichés", "crêpes", "entrées", "señores", "jalapeños", "flambé",
    "consommé", "habitué", "lamé", "mêlée", "née", "outré", "papier-mâché", "précis", "risqué", "glacé",
})  # fmt: skip
#: English function words: their share tells English text from text in another language.
_ENGLISH = frozenset({
    "the", "and", "is", "are", "was", "were", "to", "of", "you", "your", "my", "it", "this", "that", "with",
    "for", "have", "has", "will", "can", "please", "from", "at", "on", "not", "be", "been", "we", "they", "he",
    "she", "his", "her", "our", "their", "what", "which", "would", "could", "should", "just", "also", "about",
    "there", "here", "if", "or", "but", "an", "in", "i", "me", "it's", "i'm", "any", "some", "all", "up",
})  # fmt: skip
#: Function words of other languages written in Latin letters, which English text rarely holds.
_FOREIGN = frozenset({
    "el", "la", "los", "las", "que", "con", "por", "para", "una", "del", "y", "le", "les", "et", "est", "une",
    "des", "du", "dans", "pour", "avec", "und", "der", "die", "das", "ist", "nicht", "mit", "ein", "eine",
    "och", "att", "är", "og", "er", "ikke", "het", "een", "niet", "il", "che", "non", "um", "uma", "não",
    "em", "ja", "ei", "ne", "je", "się", "że", "ve", "bir", "bu", "és", "az", "egy", "ir", "yra", "ar",
    "ka", "un", "ta", "ng", "sa", "ang", "dan", "yang", "ini", "itu", "na", "ya", "kwa", "ni",
})  # fmt: skip
_MIN_FUNCTION_WORDS = 3
_SHORT_TEXT = 12
#: A quoted lower-case word before a bracketed phone number: a contact's saved name ('"adil" (+31 6...)').
_QUOTED_CONTACT = re.compile(r"[\"“](?P<value>[^\W\d_]{2,30})[\"”][ ]\((?=[+\d])")
_LETTERS = re.compile(r"[^\W\d_]{2,40}\Z")


_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("es", "e"), ("s", ""), ("ly", ""),
             ("ers", ""), ("er", ""))
_MIN_STEM = 4


def _inflected(word: str, safe: frozenset[str]) -> bool:
    """Whether ``word`` is an inflected form of an ordinary word the safe list lacks ("composes")."""
    for suffix, restore in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _MIN_STEM and stem + restore in safe:
            return True
    return False


def unknown_lower(word: str, words: WordLists) -> bool:
    """Whether ``word`` is a lower-case word of letters that is no ordinary word (accents or not) nor an
    inflected form of one."""
    if not (word.islower() and _LETTERS.match(fold(word))) or word in CHAT_SLANG or word in LOANWORDS:
        return False
    plain = fold(word)
    return word not in words.safe and plain not in words.safe and not _inflected(plain, words.safe)


def _english(view: TextView) -> bool:
    """Whether the text reads as English: at least twice as many English function words as function
    words of other languages, and three of them at least unless the text is short (a line or two)."""
    alpha = [t for t in view.toks if t.text.isalpha()]
    hits = sum(t.norm in _ENGLISH for t in alpha)
    foreign = sum(t.norm in _FOREIGN for t in alpha)
    if hits < 2 * foreign:
        return False
    return hits >= _MIN_FUNCTION_WORDS or len(alpha) <= _SHORT_TEXT


def _foreign_letters(word: str) -> bool:
    """Latin letters English does not use ("ø", "ð", "ć", "ī"); other scripts are left to the foreign-script
    detector."""
    return not word.isascii() and all(
        c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in word)


def _in_foreign_phrase(view: TextView, k: int) -> bool:
    """Whether a neighbour of token ``k`` is also a word with such letters: a phrase in another language
    quoted in English text ("Bùi và đối tác", "Cổ phần"), not a name."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(view.toks):
            text = view.toks[j].text
            if text.isalpha() and _foreign_letters(text) and text.lower() not in LOANWORDS:
                return True
    return False


class LowerCaseNames:
    """Lower-case names after person nouns, titles, signing "by", hand-over words, at a chat message's
    start, and lower-case words with non-English letters in English text (see module doc)."""

    name = "lower-case-names-r6"

    def __repr__(self) -> str:
        return "LowerCaseNames()"

    def detect(self, view: TextView) -> list[Span]:
        toks, words = view.toks, view.words
        english: bool | None = None
        out: list[Span] = []
        for k, tok in enumerate(toks):
            if not unknown_lower(tok.text, words):
                if self._message_start(view, k) and tok.first and tok.pos in ("PROPN", "NOUN", "ADJ", "X", "INTJ"):
                    out.append(run_span(view, k, k, PERSON, LOWER_SCORE))
                continue
            if self._cued(view, k) or self._message_start(view, k) or self._sentence_opening(view, k):
                titled_particle = k >= 2 and toks[k - 1].norm in _PARTICLES and toks[k - 2].norm in _TITLES
                out.append(run_span(view, k - 1 if titled_particle else k, k, PERSON, LOWER_SCORE))
            elif _foreign_letters(tok.text) and not _in_foreign_phrase(view, k):
                if english is None:
                    english = _english(view)
                if english:
                    out.append(run_span(view, k, k, PERSON, LOWER_SCORE))
        for match in _QUOTED_CONTACT.finditer(view.text):
            if unknown_lower(match.group("value"), words):
                out.append(Span(*match.span("value"), PERSON, LOWER_SCORE))
        return out

    @staticmethod
    def _cued(view: TextView, k: int) -> bool:
        toks = view.toks
        if k < 1 or "\n" in view.text[toks[k - 1].end : toks[k].start]:
            return False
        prev = toks[k - 1]
        if prev.norm in PERSON_NOUNS or prev.norm in _HANDOVER or prev.norm in _TITLES:
            return True
        if prev.norm in _PARTICLES and k >= 2 and toks[k - 2].norm in _TITLES:
            return True
        if prev.norm in ("its", "im") and k >= 2 and toks[k - 2].norm in _GREETINGS:
            return True
        return prev.norm == "by" and any(toks[j].norm in _SIGNING_VERBS for j in range(max(0, k - 4), k - 1))

    @staticmethod
    def _message_start(view: TextView, k: int) -> bool:
        """Token ``k`` opens a chat message ("@ana.k: síofra unlocked") and a verb follows it."""
        toks, text = view.toks, view.text
        if k < 2 or k + 1 >= len(toks) or toks[k - 1].text != ":" or not toks[k].text.islower():
            return False
        speaker = toks[k - 2]
        line_start = text.rfind("\n", 0, speaker.start) + 1
        opener = text[line_start : speaker.end].strip()
        if not opener or " " in opener.lstrip("@") or not (opener.startswith("@") or opener[:1].isalpha()):
            return False
        nxt = toks[k + 1]
        return nxt.text.islower() and (nxt.pos in ("VERB", "AUX") or nxt.text.endswith("ed") or nxt.norm in _AFTER_OPENING)

    @staticmethod
    def _sentence_opening(view: TextView, k: int) -> bool:
        """Token ``k`` opens a sentence in a chat or a time-stamped transcript ("on my way. heaika pls open
        the gate")."""
        toks = view.toks
        return (view.chat_like or view.transcript) and 1 <= k < len(toks) - 1 and toks[k - 1].text in (".", "!", "?") \
            and toks[k + 1].norm in _AFTER_OPENING


_LIST_ITEM = re.compile(r",[ ](?P<word>[^\W\d_]{2,40})(?=[ ]?[(,;.]|[ ]*\n|[ ]*\Z)")
_PREVIOUS_WORDS = re.compile(
    r"(?:^|(?<=[\s:;,(\"]))(?P<value>(?:[^\W\d_]{2,40}[ ](?:(?:de|da|di|do|dos|del|van|von|le|la|al|el|bin)[ ]){0,2}){1,2})\Z"
)
_NEXT_WORD = re.compile(r"[ ](?P<word>[^\W\d_]{2,40})(?![\w@])")


def _grow_back(text: str, span: Span, words: WordLists) -> Span:
    """Up to two unknown lower-case words (and particles) right before a lower-case PERSON span."""
    match = _PREVIOUS_WORDS.search(text, max(0, span.start - 90), span.start)
    if match is None:
        return span
    start = match.start("value")
    for word in match.group("value").split():
        if unknown_lower(word, words):
            break
        start += len(word) + 1  # drop leading words that are no names ("told cristobal de marín")
    while text[start : span.start].split()[:1] and text[start : span.start].split()[0] in _PARTICLES:
        start += len(text[start : span.start].split()[0]) + 1
    return Span(start, span.end, span.entity_type, span.score) if start < span.start else span


def list_lower_names(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Growth step: in a list, an unknown lower-case word right after a PERSON span and a comma, ending
    the item, is a PERSON too ("Known associates: Oscar Brandt, riley (online only)")."""
    out = list(spans)
    for span in spans:
        if span.entity_type != PERSON:
            continue
        match = _LIST_ITEM.match(text, span.end)
        if match is not None and unknown_lower(match.group("word"), words):
            out.append(Span(*match.span("word"), PERSON, LOWER_SCORE))
    return sorted(out, key=lambda s: (s.start, s.end))


def join_lower_surnames(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Growth step: a lower-case PERSON span takes the unknown lower-case words right after it on its
    line ("nermina delić", "roland nagy"; at most two) and those right before it with particles between
    ("cristobal de marín")."""
    out: list[Span] = []
    for span in spans:
        value = text[span.start : span.end]
        if span.entity_type == PERSON and value.islower():
            span = _grow_back(text, span, words)
            end = span.end
            for _ in range(2):
                match = _NEXT_WORD.match(text, end)
                if match is None or not unknown_lower(match.group("word"), words):
                    break
                end = match.end("word")
            span = Span(span.start, end, span.entity_type, span.score)
        out.append(span)
    return out
