"""Round 5: names in chat-like text that the round-2 to round-4 chat cues left public.

Only in chats: time-stamped transcripts, text with two lines led by a lower-case speaker, and text
almost all in lower case with several short lines or texting words (stricter than :attr:`~dpfusion_integrations.tagging.recall.base.TextView.chat_like`):

- **speakers**: the name before a line's colon, after an optional ``[time stamp]``, bullet or kinship
  word ("[19 Mar, 08:09] Will: ok", "mark: cant", "nephew seonghyeon: rocky??"), when it is a given
  name (even one that is also an ordinary word) or no ordinary word;
- **unknown lower-case words**: any lower-case word of three letters or more that is neither on the
  safe-word list (nor an inflected form of a word on it: "keys", "booked") nor chat slang, that spaCy
  does not read as a verb, adverb or function word, and that
  touches no code mark (a backtick, an underscore, "=", a bracket...): "yo are u edurne from", "sumaq
  does I think", "vepkhvia the designer". In chats such words are mostly names, handles and
  nicknames, and the earlier cue lists kept missing new positions;
- **given names that are ordinary words** ("will", "mark", "patience", "hope"), lower case or
  capitalised, where the position says "person": the first word of a message or sentence before
  "pls", "does", "is", ... ("yep, on my way. will pls open the gate"), after a kinship word or an addressing verb ("picking up
  patience", "tell mark", "sister hope"), or before a possessive ("ram's address").

Over-tagging risk: typos and rare slang in chats are tagged; a given name that is also an ordinary
word is tagged in those positions ("will pls" is a name, "tell grace" too). Each decision depends on
the word itself and the cue words around it. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, Tok, run_span
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.spans import Span

__all__ = ["KINSHIP_WORDS", "ChatSpeakers"]

SPEAKER_SCORE = 0.68

#: Words for a relative or companion, before whom's name they stand ("sister hope", "Partner Major").
KINSHIP_WORDS = frozenset({
    "partner", "husband", "wife", "son", "daughter", "mother", "father", "mum", "mom", "mam", "dad", "brother",
    "sister", "nephew", "niece", "cousin", "aunt", "auntie", "aunty", "uncle", "grandma", "gran", "granny",
    "grandmother", "grandpa", "grandad", "granddad", "grandfather", "granddaughter", "grandson", "friend",
    "neighbour", "neighbor", "colleague", "boyfriend", "girlfriend", "fiancé", "fiance", "fiancée", "fiancee",
    "stepson", "stepdaughter", "stepmum", "stepmom", "stepdad", "flatmate", "roommate", "housemate",
    "classmate", "teammate", "bestie", "bff", "hubby", "missus", "baby", "kid", "kiddo", "bro", "sis",
})  # fmt: skip
#: Verbs after which a given name that is also a word is the person spoken to or of ("tell mark").
_ADDRESSING = frozenset({
    "ask", "asked", "tell", "told", "ping", "pinged", "text", "texted", "call", "called", "remind", "reminded",
    "dm", "msg", "message", "cc", "thank", "thanks", "thx", "hug", "hi", "hey", "hello", "bye", "love",
})  # fmt: skip
_PICK = frozenset({"pick", "picking", "picked", "fetch", "fetching", "collect", "collecting", "drop", "dropping"})
#: Words after a message's first word that make that word the addressee or the subject.
_AFTER_NAME = frozenset({
    "pls", "plz", "please", "does", "did", "do", "can", "could", "u", "you", "is", "was", "has", "had", "said",
    "says", "will", "would", "should", "and", "&", "told", "knows", "thinks", "wants", "needs",
})  # fmt: skip
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:[-–•*>][ \t]*)?"
    r"(?P<speaker>[^\W\d_][\w.'’-]{0,30}(?:[ ][^\W\d_][\w.'’-]{0,30}){0,2})[ \t]*:(?=[ \t])"
)


#: Characters next to a word (with no space between) that make it code or a path, not a name.
_CODE_MARKS = frozenset("`_=/\\<>{}[]()|#$%*+~^")
#: Parts of speech a name does not take.
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART", "NUM", "SYM"})


_LOWER_SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?[a-z][\w.-]{1,30}:[ \t]")
_MOSTLY_LOWER = 0.05
#: Lower-case prose (technical text full of code words, one lower-case sentence) is no chat: a chat has
#: several short lines, or holds texting words.
_CHAT_LINE_WORDS = 20
_TEXTING = frozenset({
    "u", "ur", "pls", "plz", "lol", "omg", "thx", "ty", "tmrw", "idk", "btw", "haha", "hehe", "ya", "yep", "yup",
    "nope", "nah", "gonna", "wanna", "cant", "dont", "im", "kk", "brb", "rn", "tbh", "ngl", "hey", "yo", "ok",
})  # fmt: skip


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""),
            ("ers", ""), ("ly", ""), ("'s", ""))


def _inflected_safe(view: TextView, tok: Tok) -> bool:
    """Whether the word is an inflected form of a safe word ("keys", "booked", "charging"): the safe
    list holds base forms mostly. spaCy's lemma is tried first, then common English endings."""
    safe = view.words.safe
    if view.doc[tok.i].lemma_.lower() in safe:
        return True
    word = tok.norm
    return any(word.endswith(end) and len(word) - len(end) >= 3 and word[: len(word) - len(end)] + add in safe
               for end, add in _ENDINGS)


def _unknown_lower(view: TextView, tok: Tok) -> bool:
    """A lower-case word that is not on the safe list nor slang, is not tagged as a verb, adverb,
    function word..., and touches no code mark ("`dpfusion`", "max_tokens=8")."""
    if not (tok.text.isalpha() and tok.text.islower() and 3 <= len(tok.text) <= 20) or tok.safe:
        return False
    if tok.norm in CHAT_SLANG or tok.pos in _NOT_NAME_POS or _inflected_safe(view, tok):
        return False
    text = view.text
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return before not in _CODE_MARKS and after not in _CODE_MARKS


def _given(tok: Tok) -> bool:
    return tok.text.isalpha() and tok.first and len(tok.text) >= 2 and tok.norm not in CHAT_SLANG


def _chat(view: TextView) -> bool:
    """A time-stamped transcript, two lines led by a lower-case speaker, or text almost all in lower
    case with several short lines or texting words: stricter than :attr:`TextView.chat_like`, which also fits
    lower-case prose full of code words ("`dpfusion tag` prints ...")."""
    if view.transcript or len(_LOWER_SPEAKER.findall(view.text)) >= 2:
        return True
    alpha = [t for t in view.toks if t.text.isalpha()]
    if len(alpha) < 3 or sum(t.cap for t in alpha) / len(alpha) >= _MOSTLY_LOWER:
        return False
    lines = [line for line in view.text.splitlines() if line.strip()]
    short = len(lines) >= 2 and len(alpha) / len(lines) <= _CHAT_LINE_WORDS
    return short or any(t.norm in _TEXTING for t in alpha)


class ChatSpeakers:
    """Speakers, unknown lower-case words and word-like given names in chats (see module doc)."""

    name = "chat-speakers"

    def __repr__(self) -> str:
        return "ChatSpeakers()"

    def detect(self, view: TextView) -> list[Span]:
        if not _chat(view):
            return []
        toks = view.toks
        index = {t.start: t.i for t in toks}
        out: list[Span] = []
        message_starts: set[int] = set()
        for match in _SPEAKER_LINE.finditer(view.text):
            first = index.get(match.start("speaker"))
            if first is None:
                continue
            k = first
            while k < len(toks) and toks[k].start < match.end("speaker"):
                tok = toks[k]
                if tok.norm not in KINSHIP_WORDS and tok.wordlike and (_given(tok) or not tok.safe):
                    out.append(run_span(view, k, k, PERSON, SPEAKER_SCORE))
                k += 1
            while k < len(toks) and toks[k].text != ":":
                k += 1
            if k + 1 < len(toks):
                message_starts.add(k + 1)
        message_starts.update(k + 1 for k, t in enumerate(toks[:-1]) if t.text in (".", "!", "?", "…"))
        for k, tok in enumerate(toks):
            if _unknown_lower(view, tok) or (_given(tok) and self._person_position(view, k, message_starts)):
                out.append(run_span(view, k, k, PERSON, SPEAKER_SCORE))
        return out

    @staticmethod
    def _person_position(view: TextView, k: int, message_starts: set[int]) -> bool:
        toks = view.toks
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.text in ("'s", "’s"):
            return True
        if k in message_starts and nxt is not None and nxt.norm in _AFTER_NAME:
            return True
        if prev is None:
            return False
        if prev.norm in KINSHIP_WORDS or prev.norm in _ADDRESSING:
            return True
        return prev.norm == "up" and k >= 2 and toks[k - 2].norm in _PICK
