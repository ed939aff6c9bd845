"""Round 9 (growth): a person's name grown over a lower-case particle inside it or an ALL-CAPS surname.

Two shapes of names leave a part outside the PERSON span:

- **a particle between two capitalised name words**: Tuareg and Saharan "walet"/"welet" (daughter of),
  "ag"/"ult"/"ould" (son/daughter of), Arabic "bin"/"binti"/"ibn", Somali and Swahili "wa", Hebrew
  "ben"/"bat", Welsh "ap"/"ferch", and the Dutch, German and Portuguese particles: "Takamat walet
  Amastan" where only the capitalised words were found (typed person, place or firm). A named span
  that ends right before " particle Capitalised" grows over both, as a PERSON, when the capitalised
  word is no ordinary word or is a listed name; a named span that starts right after "Capitalised
  particle " grows back the same way;
- **an ALL-CAPS surname before a given name in a form field**: "INJURED PERSON: SHAMBA Adgura", where the
  given name was found: a PERSON span of one or two title-case words grows back over one ALL-CAPS word
  right before it that opens the field value (after the label's colon, a gap or a line start) and is no
  title, role, label word or public acronym.

Public look-alikes: "Recycling bin Monday" (no PERSON span beside the particle), "STATUS: OPEN Monday"
(no PERSON span after the capitals), "ATTN: DR Adgura" (a title: left). Decisions depend on the spans,
the particle and the words only. Typed PERSON. Linear: each span looks at a bounded window.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TITLES
from dpfusion_integrations.tagging.recall.name_particles_r7 import NAME_ONLY_PARTICLES
from dpfusion_integrations.tagging.recall.names_chat_labels_r8 import ROLE_LABEL_WORDS
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import strong_name
from dpfusion_integrations.tagging.recall.names_initials_cues_r9 import public_initials
from dpfusion_integrations.tagging.recall.names_lead_particles_r8 import LEADING_PARTICLES
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["INNER_PARTICLES", "caps_surnames", "inner_particles"]

STRUCTURE_SCORE = 0.74

#: Lower-case particles that join a given name to a parent's or family name.
INNER_PARTICLES = frozenset(p for p in NAME_ONLY_PARTICLES | LEADING_PARTICLES if p.islower()) | frozenset({
    "walet", "welet", "oult", "ult", "ould", "ag", "wad", "wuld", "walad", "bnt", "ibnat", "wa", "ka", "mint",
    "ben", "bat", "bin", "binti", "bint", "ibn", "ap", "ab", "ferch", "verch", "nic", "mac", "ni", "uí",
})  # fmt: skip
#: ALL-CAPS words that open a field value without being a surname.
_NOT_SURNAMES = ROLE_LABEL_WORDS | TITLES | frozenset({
    "name", "names", "surname", "given", "first", "last", "full", "person", "injured", "patient", "client",
    "attn", "re", "fw", "fwd", "to", "from", "cc", "bcc", "subject", "urgent", "note", "notes", "please",
    "contact", "new", "old", "same", "self", "none", "unknown", "yes", "no", "n/a", "na", "male", "female",
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "the", "and", "or", "of", "for", "by", "with",
    "status", "open", "closed", "done", "pending", "paid", "due", "ok", "okay", "dear", "hi", "hello",
})  # fmt: skip
_AFTER = re.compile(r"[ ](?P<particle>[a-zà-ÿ]{2,6})[ ](?P<word>[^\W\d_][^\W\d_'’-]{1,30})(?![\w'’-])")
_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][^\W\d_'’-]{1,30})[ ](?P<particle>[a-zà-ÿ]{2,6})[ ]\Z")
_CAPS_BEFORE = re.compile(r"(?:^|\n|:[ \t]{1,8}|[ ]{2}|\t)(?P<caps>[A-Z][A-Z'’-]{1,30})[ ]\Z")
_TITLE_WORDS = re.compile(r"[A-Z][a-z\u00df-\u024f'’-]+(?:[ ][A-Z][a-z\u00df-\u024f'’-]+)?")
_LOOK = 48
#: Types a capitalised name word may have been given by the detectors (the parse often calls a name a
#: place or a firm): the particle decides that the whole is a person.
_NAMED = frozenset({PERSON, LOCATION, ORGANIZATION})


def _name_word(word: str, words: WordLists) -> bool:
    lower = word.lower()
    return word[:1].isupper() and not word.isupper() and (
        strong_name(word, words) or lower in words.first or lower in words.last)


def inner_particles(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """PERSON spans grown over "particle Capitalised" after them or "Capitalised particle" before them."""
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.entity_type in _NAMED:
            after = _AFTER.match(text, end, min(len(text), end + _LOOK))
            if after and after.group("particle") in INNER_PARTICLES and _name_word(after.group("word"), words):
                end = after.end()
            before = _BEFORE.search(text, max(0, start - _LOOK), start)
            if before and before.group("particle") in INNER_PARTICLES and _name_word(before.group("word"), words):
                start = before.start()
        out.append(span if (start, end) == (span.start, span.end) else Span(start, end, PERSON, STRUCTURE_SCORE))
    return merge_spans(out)


def caps_surnames(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """PERSON spans of a title-case given name grown back over an ALL-CAPS surname opening the field."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        if span.entity_type == PERSON and _TITLE_WORDS.fullmatch(text, span.start, span.end):
            match = _CAPS_BEFORE.search(text, max(0, start - _LOOK), start)
            if match is not None:
                caps = match.group("caps")
                if caps.lower() not in _NOT_SURNAMES and not public_initials(caps) and len(caps) >= 2:
                    start = match.start("caps")
        out.append(span if start == span.start else Span(start, span.end, PERSON, span.score))
    return merge_spans(out)
