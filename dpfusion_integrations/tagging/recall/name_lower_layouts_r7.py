"""Round 7: lower-case names in the layouts of notes and chats.

Names written in lower case are no capitalised words, so only their place tells them. Round 6 took
them after person nouns, titles and at a chat message's start before a verb; these rules take four
more places where a lower-case word that is no ordinary word is a person:

- **a list item that is a full name**: two or three such words opening a bulleted or numbered item,
  before a bracket, a colon, a comma or a dash ("- wairimu njoroge (we call her Wai): physio",
  "2) tomás ó briain – driver");
- **after an interjection opening a chat message or quote**: "lol x", "omg x", "haha x", "ugh x",
  "yo x", "oi x", "wtf x", "smh x" with their stretched forms ("lolll", "hahaha", "ughhh"), the
  name before the rest of the message ('"lol ingrid everyone saw"', "omg keola, again?");
- **before a bracketed relationship word**: "and with ximena (partner, not answering)", "ask
  jonas (my brother)", "tevita (landlord)": one or two lower-case words before "(" and an optional
  "my/his/her/our/their/the/a" and a kinship or person noun;
- **a chat speaker at a line's start**: "nalesoni: anyone around?" in a text that has a channel header
  ("#newsdesk", "Channel: #ops") or two speaker lines at least; there the speaker may also be an
  ordinary word (names often are: "rose:", "mele:"), unless it is a line label of chats and notes
  (:data:`LINE_LABELS`: "edit:", "update:", "note:") or chat slang.

Every candidate word must be lower case, letters only, and no ordinary word, inflected word, chat slang,
common chat spelling (:data:`CHAT_SPELLINGS`: "thats", "dont", "gotcha"...) or stretched word ("whyyy",
"yeahh");
a given name or surname of the name lists that is no ordinary word also counts.

Over-tagging risk: a brand or a rare word after an interjection ("lol kombucha again"), or a
lower-case item with a bracket ("- ramen noodles (2)" is left: "ramen"/"noodles" are ordinary words).
Decisions depend on the layout and the candidate word only. Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.chat_names import CHAT_SLANG
from dpfusion_integrations.tagging.recall.lower_names_r6 import (
    PERSON_NOUNS,
    unknown_lower,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["CHAT_SPELLINGS", "LINE_LABELS", "LowerNameLayouts", "name_like_lower"]

LAYOUT_SCORE = 0.7

#: Chat spellings that are no names (contractions without apostrophes, clipped and stretched words).
CHAT_SPELLINGS = frozenset({
    "thats", "dont", "cant", "wont", "im", "ive", "id", "youre", "youve", "theyre", "isnt", "didnt", "doesnt",
    "wasnt", "arent", "couldnt", "shouldnt", "wouldnt", "havent", "hasnt", "whats", "wheres", "hows", "lets",
    "ill", "shes", "hes", "ya", "ye", "yall", "cuz", "coz", "cos", "tho", "thru", "def", "prob", "probs",
    "legit", "srsly", "fr", "lmk", "wyd", "hbu", "idc", "ikr", "smh", "tbf", "afaik", "iirc", "bc", "b4",
    "gr8", "l8r", "sry", "soz", "ppl", "msg", "txt", "pic", "pics", "vid", "vids", "bday", "nite", "tonite",
    "luv", "wat", "wut", "dat", "dis", "da", "dem", "ima", "finna", "tryna", "lemme", "gimme", "dunno",
    "innit", "bruh", "bro", "sis", "fam", "dude", "mate", "haha", "hahaha", "hehe", "lmfao", "omfg", "ugh",
    "meh", "welp", "yikes", "oops", "whoa", "woah", "yay", "nooo", "sooo", "ooh", "aww", "ew", "eww",
    "gotcha", "tysm", "ty", "tyvm", "bestie", "besties", "lolz", "lols", "kinda", "sorta", "omw", "hw", "ofc",
    "congrats", "grats", "gz", "gg", "wp", "lit", "yas", "yass", "noo", "bae", "boo", "hun", "babe", "frfr",
    "istg", "ong", "deadass", "lowkey", "highkey", "sus", "nocap", "slay", "periodt", "vibes", "yeet", "oop",
    "oof", "rip", "gm", "gn", "hbd", "lil", "cus", "smol", "bby", "xoxo", "xo", "mwah", "rly",
    "obvs", "obv", "tmi", "irl", "asap", "jic", "nbd", "tbd", "wdym", "hmu", "dm", "dms", "pm", "pms",
    "mods", "admins", "staff", "support", "team", "everyone", "guys", "gals", "folks",
})  # fmt: skip
#: Lower-case words that open a line before a colon as a label, not a speaker.
LINE_LABELS = frozenset({
    "note", "notes", "nb", "re", "ps", "pps", "edit", "edited", "update", "updated", "fyi", "btw", "q", "a",
    "todo", "eta", "tldr", "tl", "summary", "action", "actions", "time", "date", "status", "subject", "to", "from",
    "cc", "bcc", "answer", "question", "reply", "source", "link", "url", "ref", "warning", "error", "info", "tip",
    "hint", "example", "eg", "ie", "also", "and", "but", "so", "then", "ok", "okay", "yes", "no", "result",
    "results", "total", "price", "cost", "location", "address", "where", "when", "who", "what", "why", "how",
    "log", "step", "context", "aside", "correction", "reason", "topic", "agenda", "decision", "decisions",
    "next", "done", "pending", "blocked", "issue", "issues", "bug", "fix", "fixed", "feature", "change",
    "changes", "questions", "answers", "pros", "cons", "plan", "goal", "goals", "owner",
    "priority", "deadline", "due", "tags", "tag", "category", "type", "name", "phone", "email", "mobile", "tel",
    "fax", "web", "site", "channel", "message", "user", "users", "bot", "system", "admin", "mod",
    "moderator", "server", "host", "guest", "anon", "anonymous", "unknown", "everyone", "all", "here", "meanwhile",
    "later", "earlier", "today", "tomorrow", "yesterday", "tonight", "morning", "evening", "afternoon", "night",
    "reminder", "alert", "important", "urgent", "psa", "announcement", "news", "breaking", "quote", "caption",
    "headline", "lede", "draft", "final", "copy", "desk", "sub", "subs", "photo", "photos", "pic", "video",
})  # fmt: skip
_PRONOUNS = r"(?:my|his|her|our|their|the|a|an|your)"
_WORD = r"[^\W\d_A-Z]{2,30}"
_LIST_ITEM = re.compile(
    rf"(?m)^[ \t]*(?:[-*•·▪‣]|\d{{1,2}}[.)])[ \t]+(?P<value>{_WORD}(?:[ ]{_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[(:,]|[–—-][ ]|$))"
)
_INTERJECTION = (
    r"(?:lo+l+|lmf?ao+|rofl|omf?g+|o+h+|a+h+|ha(?:ha){0,4}h?|he(?:he){0,4}|ugh+|argh+|oi+|o+y|yo+|ffs|wtf|smh"
    r"|hey+|heya|hiya|aw+|wow+|ooh+|oops|yikes|welp|jk|bruh|ok|okay|k)"
)
_AFTER_INTERJECTION = re.compile(
    rf"(?:^|(?<=[\n\"“'‘(\[:.!?]))[ \t]*{_INTERJECTION}[,!]?[ ](?P<value>{_WORD})(?=[ ,!?.]|$)",
    re.MULTILINE,
)
_BEFORE_RELATION = re.compile(
    rf"(?<![\w'’-])(?P<value>{_WORD}(?:[ ]{_WORD})?)[ ]\((?:{_PRONOUNS}[ ])?(?P<noun>[a-z-]{{2,20}})(?=[),; ])"
)
_SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<value>[a-z][^\W\d_]{1,30}):[ \t]")
_ANY_SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\W\d_][\w.-]{1,30}:[ \t]")
_CHANNEL = re.compile(r"(?m)(?:^[ \t]*#[^\W_][\w-]{1,40}(?:[ \t]|$)|(?i:channel):[ \t]*#)")


def name_like_lower(word: str, words: WordLists) -> bool:
    """Whether a lower-case ``word`` may be a name: no ordinary word, inflected word, slang or chat
    spelling, or a given name or surname that is no ordinary word."""
    if not word.islower() or word in CHAT_SPELLINGS or _stretched(word, words):
        return False
    if unknown_lower(word, words):
        return True
    return (word in words.first or word in words.last) and word not in words.safe


_STRETCHED_END = re.compile(r"([aeiouyhwsz])\1\Z")
_MIN_STRETCHED = 5


def _stretched(word: str, words: WordLists) -> bool:
    """Whether ``word`` is a word stretched for emphasis ("whyyy", "yeahh", "helloo"): a letter three times
    in a row, or, in a word of five letters or more, a doubled last vowel or h, y, w, s, z whose
    single form is an ordinary or slang word (names with doubled letters inside stay: "roopa")."""
    if re.search(r"([^\W\d_])\1\1", word):
        return True
    if len(word) < _MIN_STRETCHED or _STRETCHED_END.search(word) is None:
        return False
    single = word[:-1]
    return single in words.safe or single in CHAT_SLANG or single in CHAT_SPELLINGS


def _all_names(value: str, words: WordLists) -> bool:
    parts = value.split()
    return all(name_like_lower(p, words) for p in parts) and any(unknown_lower(p, words) for p in parts)


class LowerNameLayouts:
    """Lower-case names as list items, after interjections, before a bracketed relationship word and as
    chat speakers (see module doc)."""

    name = "lower-name-layouts-r7"

    def __repr__(self) -> str:
        return "LowerNameLayouts()"

    def detect(self, view: TextView) -> list[Span]:
        text, words = view.text, view.words
        out: list[Span] = []
        for match in _LIST_ITEM.finditer(text):
            if _all_names(match.group("value"), words):
                out.append(Span(*match.span("value"), PERSON, LAYOUT_SCORE))
        for match in _AFTER_INTERJECTION.finditer(text):
            if name_like_lower(match.group("value"), words):
                out.append(Span(*match.span("value"), PERSON, LAYOUT_SCORE))
        for match in _BEFORE_RELATION.finditer(text):
            if match.group("noun") in PERSON_NOUNS:
                span = _relation_name(match, words)
                if span is not None:
                    out.append(span)
        if _CHANNEL.search(text) is not None or len(_ANY_SPEAKER.findall(text)) >= 2:
            for match in _SPEAKER.finditer(text):
                word = match.group("value")
                if word not in LINE_LABELS and word not in CHAT_SLANG and word not in CHAT_SPELLINGS \
                        and not word.endswith("ing"):
                    out.append(Span(*match.span("value"), PERSON, LAYOUT_SCORE))
        return out


def _relation_name(match: re.Match[str], words: WordLists) -> Span | None:
    """The name words before the bracket: both when both are names, else the last one."""
    value = match.group("value")
    parts = value.split()
    end = match.end("value")
    if not name_like_lower(parts[-1], words):
        return None
    if len(parts) == 2 and name_like_lower(parts[0], words):
        return Span(match.start("value"), end, PERSON, LAYOUT_SCORE)
    return Span(end - len(parts[-1]), end, PERSON, LAYOUT_SCORE)
