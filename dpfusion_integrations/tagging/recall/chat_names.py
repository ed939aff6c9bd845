"""Lower-case names in chat-like text that no gazetteer knows: a lower-case word that is not an
ordinary word (nor common chat slang) is a PERSON when a cue says so: it follows an address word
("hey traude", "thx olga", "ask telmo", "cc kalevi"), it leads a line as the speaker ("lars: ok"),
or spaCy tags it PROPN. Round 2 widens the cues: the words of a chat that come before a name
("told", "met", "with", "ok", "so", "yeah", "lol", "cousin"...), and, for a word that leads a line or
sentence, the words after a name ("dawit said he'd pay", "baraka u there?"). Round 3 adds closing
words ("sure thing olansile", "love you yfke") and the subject of a question opened by an auxiliary
("can harsaya pick up the kids?"; only when the auxiliary opens the line or sentence, so "is
privatized" in the middle of a sentence stays public). Round 4 (``extra_cues=OBJECT_CUES``) adds
verbs whose object is usually a person ("remind oyelaran", "give ilkhom a lift", "pick up
sokhna"). Only in chat-like text (see :class:`~dpfusion_integrations.tagging.recall.base.TextView`);
elsewhere lower-case words are left to the other detectors.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView, run_span
from dpfusion_integrations.tagging.spans import Span

__all__ = ["AFTER_CUES", "CHAT_CUES", "CHAT_SLANG", "OBJECT_CUES", "ChatNames", "QUESTION_AUX"]

CHAT_SCORE = 0.7

#: Words after which, in a chat, the next word is usually someone's name.
CHAT_CUES = frozenset({
    "hey", "hi", "hello", "yo", "hiya", "heya", "thx", "thanks", "ty", "tysm", "ask", "tell", "ping", "call",
    "dm", "cc", "text", "email", "message", "msg", "with", "from", "by", "bye", "love", "dear", "cheers",
    "sorry", "congrats", "welcome", "night", "morning", "and", "@",
    # round 2: words that come before a name in chats
    "told", "tells", "asked", "met", "meet", "meeting", "saw", "see", "seen", "visit", "visiting", "owe",
    "ok", "okay", "so", "yeah", "yea", "yes", "no", "lol", "omg", "haha", "btw", "ugh", "wait", "oh", "hmm",
    "cousin", "bro", "sis", "babe", "friend", "mate", "uncle", "aunt", "auntie", "boss", "hubby", "wife",
    "husband", "bf", "gf", "or", "nor", "to", "for", "about", "like", "than", "invite", "invited", "miss",
    "missed", "but", "when", "then", "coz", "cuz", "because", "if", "w", "abt", "4", "2",
    # round 3: closing words before a name ("sure thing olansile", "love you yfke")
    "where", "wheres", "where's", "hows", "how's", "thing", "you", "ya", "luv",
})  # fmt: skip
#: Round 4: verbs (and "up" of "pick up") whose object in a chat is usually a person.
OBJECT_CUES = frozenset({
    "remind", "reminded", "give", "gave", "giving", "pick", "picked", "up", "help", "helped", "helping", "bring",
    "brought", "drive", "drove", "driving", "let", "send", "sent", "pay", "paid", "paying", "hug", "show",
    "showed", "teach", "taught", "cover", "covering", "join", "joined", "follow", "warn", "warned", "thank",
    "blame", "blamed", "trust", "wish", "wished", "bug", "nudge", "ring", "rang", "phone", "phoned", "beat",
    "found", "find", "know", "knew", "hate", "annoy", "tag", "tagged", "add", "added", "include", "included",
    "vs", "via", "ft", "feat", "w/", "thanked", "called", "emailed", "texted", "invited", "messaged",
})  # fmt: skip
#: Words that, in a chat, follow a name that is the subject or one of a pair.
AFTER_CUES = frozenset({
    "said", "says", "told", "took", "is", "was", "has", "had", "will", "wants", "asked", "called", "texted",
    "sent", "posted", "and", "r", "just", "never", "keeps", "got", "went", "gave", "can", "cant", "didnt",
    "doesnt", "isnt", "wasnt", "u", "thinks", "knows", "likes", "loves", "hates", "replied", "left", "came",
    "from", "'s", "’s", "&", "did", "does", "wont", "needs", "made", "owes", "paid", "brought", "lost",
})  # fmt: skip
#: Chat words missing from the safe list that are not names.
CHAT_SLANG = frozenset({
    "u", "ur", "r", "y", "k", "kk", "ok", "okay", "okey", "lol", "lmao", "rofl", "omg", "btw", "idk", "imo",
    "imho", "tbh", "ngl", "brb", "afk", "ttyl", "tmrw", "tmr", "tomoz", "rn", "pls", "plz", "thx", "ty", "np",
    "nvm", "gonna", "wanna", "gotta", "kinda", "sorta", "yeah", "yea", "yep", "yup", "nope", "nah", "hmm",
    "hm", "mm", "ugh", "haha", "hahaha", "hehe", "xd", "xoxo", "fyi", "asap", "eta", "wfh", "ooo", "dm",
    "dms", "msg", "msgs", "pic", "pics", "vid", "ppl", "bc", "cuz", "cos", "coz", "tho", "thru", "w", "wo",
    "b4", "gr8", "l8r", "sry", "srsly", "def", "prob", "probs", "obv", "obvs", "legit", "tbf", "irl", "smh",
    "im", "ive", "id", "ill", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "thats", "whats",
    "hes", "shes", "theyre", "youre", "were", "lets", "gg", "wp", "pm", "am", "hr", "hrs", "min", "mins",
    "sec", "secs", "mo", "wk", "wks", "yr", "yrs", "hey", "hiya", "heya", "yo", "ya", "yah", "ye", "mate",
    "bro", "sis", "fam", "dude", "guys", "yall", "soz", "cya", "gn", "gm", "ily", "hbu", "wbu", "wyd", "omw",
})  # fmt: skip


def _candidate(view: TextView, k: int) -> bool:
    tok = view.toks[k]
    return (tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 2 and not tok.safe
            and tok.norm not in CHAT_SLANG)


#: Auxiliaries that open a question about someone ("can harsaya pick up the kids", "did emeka call").
QUESTION_AUX = frozenset({"can", "could", "did", "does", "will", "would", "is", "has", "should", "was"})


def _asked_about(view: TextView, k: int) -> bool:
    """Token ``k`` follows an auxiliary that opens its line or sentence and precedes a lower-case word:
    the subject of a question. Mid-sentence auxiliaries ("is privatized") do not count."""
    toks, text = view.toks, view.text
    if k < 1 or k + 1 >= len(toks) or toks[k - 1].norm not in QUESTION_AUX:
        return False
    aux, nxt = toks[k - 1], toks[k + 1]
    before = toks[k - 2] if k >= 2 else None
    opens = before is None or aux.sent_start or "\n" in text[before.end : aux.start] or before.text in (".", "?", "!")
    return opens and nxt.text.isalpha() and nxt.text.islower()


class ChatNames:
    """Lower-case unknown names in chats, found by cues (see module doc)."""

    name = "chat-names"

    def __init__(self, *, extra_cues: frozenset[str] = frozenset()) -> None:
        self._cues = CHAT_CUES | extra_cues

    def __repr__(self) -> str:
        return f"ChatNames(cues={len(self._cues)})"

    def detect(self, view: TextView) -> list[Span]:
        if not view.chat_like:
            return []
        toks, text = view.toks, view.text
        out: list[Span] = []
        for k in range(len(toks)):
            if not _candidate(view, k):
                continue
            prev = toks[k - 1] if k > 0 else None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            line_start = prev is None or prev.text.isspace() or "\n" in text[prev.end : toks[k].start]
            subject = line_start or toks[k].sent_start or (prev is not None and prev.text in (",", "and"))
            cued = (prev is not None and prev.norm in self._cues) or (
                subject and nxt is not None and (nxt.norm in AFTER_CUES or nxt.text in ("'s", "’s")))
            speaker = nxt is not None and nxt.text == ":" and line_start
            if cued or speaker or toks[k].pos == "PROPN" or _asked_about(view, k):
                out.append(run_span(view, k, k, PERSON, CHAT_SCORE))
        return out
