"""Round 14 (``recall-v14``): a name in quotes after "called", "known as", "nicknamed" or "goes by".

Statements and case notes give the name a person is called by in quotes: 'a friend she called "Pik"',
'the man known as "Stitch"', 'nicknamed ‘Bubbles’', 'her brother, who goes by "Teo"'. The quoted word is
often no dictionary name, and nothing else in the sentence marks it. It is taken when it is one or two
capitalised words in straight or curly quotes, right after (an object pronoun may stand between:
'nicknamed him "Ace"')

- "nicknamed", "a.k.a.", "aka", "Nickname:" or "Alias:" (a name follows them in any text), or
- "called", "known as", "knew as", "goes by", "went by" or "calls herself/himself/themselves" with a pronoun or a
  word for a person at most two words before ("she called", "a friend he called", "a man known as"):
  'a file called "Report"' and 'a process known as "Triage"' stay public.

Typed PERSON.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.lower_names_r6 import PERSON_NOUNS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["quoted_nicknames"]

NICKNAME_SCORE = 0.7
_WHO = PERSON_NOUNS | frozenset({
    "she", "he", "they", "i", "we", "you", "him", "her", "them", "someone", "somebody", "man", "woman", "men",
    "women", "boy", "girl", "guy", "lad", "lass", "person", "people", "friend", "friends", "male", "female",
    "suspect", "victim", "witness", "youth", "child", "kid", "baby", "who", "everyone", "everybody",
})  # fmt: skip
_QUOTED = r"(?:(?i:him|her|them|me|us)[ \t]+)?[\"“'‘](?P<value>[A-Z][\w'’-]{1,20}(?:[ ][A-Z][\w'’-]{1,20})?)[\"”'’]"
_ALWAYS = re.compile(rf"(?<![\w.])(?i:nicknamed|a\.k\.a\.|aka|nickname[ \t]*:|alias[ \t]*:)[ \t]*+{_QUOTED}")
_AFTER_WHO = re.compile(
    rf"(?<![\w-])(?i:called|known[ ]as|knew[ ]as|goes[ ]by|went[ ]by|calls[ ](?:herself|himself|themselves))[ \t]+{_QUOTED}"
)
#: How far before the cue the two words that say who are read (characters).
_WHO_REACH = 40


def quoted_nicknames(text: str) -> list[Span]:
    """Spans over a quoted name after a nickname cue (see module doc)."""
    found = [Span(*m.span("value"), PERSON, NICKNAME_SCORE) for m in _ALWAYS.finditer(text)]
    for match in _AFTER_WHO.finditer(text):
        before = re.findall(r"[\w'’-]+", text[max(0, match.start() - _WHO_REACH) : match.start()])
        if {w.lower() for w in before[-2:]} & _WHO:
            found.append(Span(*match.span("value"), PERSON, NICKNAME_SCORE))
    return found
