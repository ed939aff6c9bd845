"""Names written in lower case or as a bare initial around greetings and sign-offs, in any text
(e-mails too, not only chat-like text): "Thanks wouter, I will check", "Hello omobolanle,",
"please welcome siri flink", "Kind regards,\\njaneta", "-- tomasz", "Thanks,\\nD.", and lower-case
given names after a word that addresses someone ("forward this to marek", "copied priya").

Three rules, each deciding from the cue (public) and the candidate word itself, never from the
public words after the name:

- **greeting, then a lower-case word**: after hi, hello, hey, dear, thanks, thank you, cheers,
  welcome, morning, ..., a lower-case word that is not an ordinary word nor chat slang ("thanks
  wouter"), or a given name that is also an ordinary word ("thanks joy", "hey will") when it closes
  the clause (a comma, a full stop, a line end or "for" follows) and is not a word people put after
  a greeting ("thanks again", "cheers mate", "hi all"). A following lower-case word that is not an
  ordinary word joins it ("welcome siri flink").
- **sign-off line**: the line right after a sign-off ("Best,", "Kind regards,", "Many thanks", "--")
  or on the same line after it and a comma, when its one to three words are each a name, an initial
  or not an ordinary word ("Best,\\nThe Support Team" stays public).
- **lower-case given name after an addressing word**: a word of the given-name list that is not an
  ordinary word, after cc, copied, ask, tell, ping, met, ..., or after "to"/"with" that follows a
  verb of speaking or sending ("forward this to marek", "spoke with priya"), unless a lower-case
  noun follows ("sent it to legacy systems"); plain "to", "by" or "and" are not enough, because the
  given-name list holds words such as "alias" and "legacy".

Typed PERSON, with the chat-name score.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, Tok, run_span
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.initials import is_initial
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ADDRESS_CUES", "GREETING_CUES", "VOCATIVES", "GreetingNames"]

GREETING_SCORE = 0.7

#: Words after which the next word is the addressee's name.
GREETING_CUES = frozenset({
    "hi", "hello", "hey", "heya", "hiya", "dear", "thanks", "thank", "thx", "ty", "cheers", "welcome",
    "morning", "evening", "afternoon", "night", "congrats", "congratulations", "bye", "goodbye", "sorry",
})  # fmt: skip
#: Words that follow a greeting and are not names, though some are on the name lists ("cheers mate").
VOCATIVES = frozenset({
    "mate", "man", "love", "dear", "honey", "babe", "baby", "buddy", "boss", "bro", "sis", "guy", "guys",
    "folks", "doc", "mom", "mum", "dad", "son", "sir", "madam", "all", "everyone", "everybody", "team",
    "again", "so", "very", "much", "lot", "heaps", "tons", "you", "u", "ya", "anyway", "both", "pal",
    "champ", "chief", "king", "queen", "sweetie", "darling", "hun", "hon", "fam", "dude", "people", "there",
    "in", "for", "to", "a", "the", "and", "too", "also", "sweetheart", "friend", "friends", "kid",
    "kids", "girl", "girls", "boys", "lads", "ladies", "gents", "crew", "gang", "world", "back",
    "though", "ever", "loads", "indeed", "kindly", "alot", "anyways", "sunshine", "petal", "bud", "brother",
    "sister", "uncle", "auntie", "aunt", "grandma", "grandpa", "nan", "nana", "mister", "miss", "neighbour",
    "neighbor", "sunny", "lovely", "guv", "chap", "chaps", "fella", "fellas", "y'all", "yall",
})  # fmt: skip
#: Words after which a lower-case given name is the person addressed or spoken of.
ADDRESS_CUES = frozenset({
    "cc", "copied", "copying", "cc'd", "cc'ing", "ask", "asked", "tell", "told", "ping", "pinged", "pinging",
    "emailed", "texted", "remind", "reminded", "thank", "thanked", "meet", "met", "welcome", "introduce",
    "introducing",
})  # fmt: skip
#: Verbs after which "to"/"with" introduces a person ("forward this to marek", "spoke with priya").
_TO_VERBS = frozenset({
    "forward", "forwarded", "send", "sent", "spoke", "speak", "speaking", "talk", "talked", "talking", "reply",
    "replied", "pass", "passed", "hand", "handed", "give", "gave", "reach", "reached", "chat", "chatted",
    "explain", "explained", "mention", "mentioned", "write", "wrote", "report", "reported", "introduce",
})  # fmt: skip
_TIMES = frozenset({"today", "yesterday", "tomorrow", "tonight", "now", "later", "soon", "again", "too", "first"})
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:(?:(?:kind|best|warm|warmest|many|with|all[ ]the)[ \t]+)?"
    r"(?:regards|wishes|thanks|thank[ ]you|cheers|best|sincerely|yours(?:[ ]sincerely|[ ]faithfully|[ ]truly)?"
    r"|love|take[ ]care|bw|kr|rgds|thx|ta)[ \t]*[,!.]?[ \t]*(?:\n[ \t]*\n?|,[ \t]*)"
    r"|(?:--|—|–)[ \t]*\n?[ \t]*)"
    r"(?P<value>[^\n,]{1,40}?\.?)[ \t]*[.!]?[ \t]*$"
)
_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'’-](?=[^\W\d_]))*\.?\Z")
_CLOSERS = frozenset({",", ".", "!", "?", ";", ":", "for", ")", "-", "—", "–", "x", "xx", ":)"})


def _lower_word(tok: Tok) -> bool:
    return tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 2 and tok.norm not in CHAT_SLANG


def _unknown(tok: Tok) -> bool:
    return _lower_word(tok) and not tok.safe


class GreetingNames:
    """Lower-case names after greetings, sign-off names, lower-case given names after address words."""

    name = "greeting-names"

    def __repr__(self) -> str:
        return "GreetingNames()"

    def detect(self, view: TextView) -> list[Span]:
        return self._after_greeting(view) + self._sign_off(view) + self._after_address(view)

    def _closes(self, view: TextView, k: int) -> bool:
        """Whether the clause ends after token ``k`` (punctuation, a line end, "for" or the text's end)."""
        toks = view.toks
        if k + 1 >= len(toks):
            return True
        nxt = toks[k + 1]
        return "\n" in view.text[toks[k].end : nxt.start] or nxt.text.isspace() or nxt.text in _CLOSERS

    def _after_greeting(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(1, len(toks)):
            cue = toks[k - 1]
            if cue.norm not in GREETING_CUES and not (cue.norm == "you" and k > 1 and toks[k - 2].norm == "thank"):
                continue
            tok = toks[k]
            if not _lower_word(tok) or tok.norm in VOCATIVES or tok.norm in GREETING_CUES:
                continue
            if not (not tok.safe or (tok.first and self._closes(view, k))):
                continue
            j = k
            if k + 1 < len(toks) and _unknown(toks[k + 1]) and toks[k + 1].norm not in VOCATIVES:
                j = k + 1
            out.append(run_span(view, k, j, PERSON, GREETING_SCORE))
        return out

    def _sign_off(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        words = view.words
        for match in _SIGN_OFF.finditer(view.text):
            start = match.start("value")
            parts = list(_WORD.finditer(match.group("value")))
            if not 1 <= len(parts) <= 3:
                continue
            ok = True
            for part in parts:
                word = part.group().strip(".,;:!?'\"()")
                lower = word.lower()
                if not _NAME_WORD.match(word) or lower in VOCATIVES:
                    ok = False
                    break
                initial = len(word.replace(".", "")) == 1 and word[:1].isupper()
                if not (initial or lower not in words.safe or lower in words.first or lower in words.last):
                    ok = False
                    break
            if ok:
                first, last = parts[0], parts[-1]
                end = start + last.end()
                keep_dot = len(last.group().replace(".", "")) == 1
                while end > start + first.start() and view.text[end - 1] in ",;:!?\"'" + ("" if keep_dot else "."):
                    end -= 1
                out.append(Span(start + first.start(), end, PERSON, GREETING_SCORE))
        return out

    @staticmethod
    def _modifies_noun(view: TextView, k: int) -> bool:
        """Whether token ``k`` stands before a lower-case noun or adjective ("to legacy systems"), so it
        is a modifier, not a name (times such as "today" excepted: "sent to marek today")."""
        if k + 1 >= len(view.toks):
            return False
        nxt = view.toks[k + 1]
        return nxt.text.isalpha() and nxt.text.islower() and nxt.pos in ("NOUN", "ADJ", "PROPN") \
            and nxt.norm not in _TIMES

    def _after_address(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k in range(1, len(toks)):
            tok = toks[k]
            if not (_unknown(tok) and tok.first and not is_initial(tok)):
                continue
            cue = toks[k - 1].norm
            to_verb = cue in ("to", "with") and any(toks[m].norm in _TO_VERBS for m in range(max(0, k - 4), k - 1))
            if (cue in ADDRESS_CUES or to_verb) and not self._modifies_noun(view, k):
                out.append(run_span(view, k, k, PERSON, GREETING_SCORE))
        return out
