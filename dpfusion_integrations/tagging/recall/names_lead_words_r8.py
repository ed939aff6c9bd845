"""Round 8: a given name that is also an English word, right before a surname ("Men Camenisch", "Dil Bahadur").

Given names of many languages are spelt like English words (Romansh "Men", Nepali "Dil", Turkish "Can",
Yoruba "Bola", Dutch "Bart", Vietnamese "Long", Tibetan "Dawa"...). The proper-noun sweep takes the
surname that is no ordinary word but stops at the given name, which is on the safe-word list, and
half a name leaks. This rule takes a capitalised ordinary word together with the name after it when:

- the word after it is a capitalised word that is no ordinary word and, except directly after a field
  label ("Pupil: Men Camenisch"), a surname or given name of the name lists ("Camenisch", "Bahadur") or
  one that spaCy reads as a person (a title-case heading such as "Classic Pancakes" stays out);
- the capitalised word stands where capitals are not explained by a sentence start: after a lower-case
  word, a comma, a semicolon, an opening bracket or quote or a greeting or answer word on the same line
  ("; Dil Bahadur will come", "Yes Dil Bahadur, 8am"), or as the first word of a field value (after a
  ``Label:`` at a line's start: "Pupil: Men Camenisch") or of a line;
- it is no title, role, kinship, greeting, month or weekday word nor a word for a kind of place or
  organisation (:data:`NOT_GIVEN`: "Doctor", "Uncle", "Lake", "Bank", "North"), no nationality or
  date (spaCy), and spaCy does not read it as a verb, function word or number ("Ask Camenisch",
  "Contact Bahadur" at a line start stay out).

Over-tagging risk: one capitalised ordinary word before a surname ("the Swiss Camenisch" is left by
spaCy's nationality reading; "at Rust Tokio" is left because "Tokio" is on no surname list). Decisions
depend on the case, the position and list membership of the two words. Typed PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.addresses_window_r8 import near_line_bounds
from dpfusion_integrations.tagging.recall.base import (
    CONNECTORS,
    GREETINGS,
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    run_span,
)
from dpfusion_integrations.tagging.recall.chat_speakers import KINSHIP_WORDS
from dpfusion_integrations.tagging.recall.lower_names_r6 import PERSON_NOUNS
from dpfusion_integrations.tagging.recall.name_initials_r7 import ROLE_WORDS
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import HONORIFICS
from dpfusion_integrations.tagging.spans import Span

__all__ = ["NOT_GIVEN", "LeadingNameWords", "title_case"]

LEAD_SCORE = 0.66

#: Capitalised words before a name that are no part of it: ranks and offices, kinds of places and
#: organisations, directions and common title-case adjectives (lower case).
NOT_GIVEN = TITLES | HONORIFICS | PERSON_NOUNS | ROLE_WORDS | KINSHIP_WORDS | GREETINGS | MONTHS | WEEKDAYS \
    | CONNECTORS | frozenset({
        "president", "minister", "governor", "king", "queen", "prince", "princess", "pope", "saint", "st", "general",
        "admiral", "colonel", "lieutenant", "corporal", "private", "marshal", "commander", "director", "chairman",
        "chairwoman", "chairperson", "chancellor", "commissioner", "deputy", "vice", "acting", "former", "late",
        "honourable", "honorable", "justice", "sheriff", "emperor", "empress", "sultan", "emir", "tsar", "shah",
        "duke", "duchess", "earl", "baron", "baroness", "count", "countess", "prophet", "apostle", "blessed",
        "venerable", "brother", "mother", "editor", "coach", "trainer", "referee", "professor", "mr", "mrs",
        "lake", "mount", "mt", "river", "cape", "port", "fort", "bay", "san", "santa", "santo", "são", "new", "old",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "great",
        "little", "big", "central", "royal", "national", "international", "federal", "state", "city", "county",
        "district", "bank", "hotel", "hospital", "clinic", "university", "college", "school", "academy",
        "institute", "church", "mosque", "temple", "street", "road", "avenue", "park", "house", "hall", "centre",
        "center", "club", "team", "group", "fund", "foundation", "trust", "company", "museum", "library", "camp",
        "station", "airport", "market", "village", "town", "valley", "island", "islands", "beach", "hill",
        "ward", "unit", "room", "block", "court", "case", "ref", "re", "dear", "attn", "from", "to", "via", "per",
        "welcome", "congratulations", "happy", "birthday", "goodbye", "farewell", "meet", "ask", "call",
        "contact", "email", "tell", "thank", "visit", "young", "junior", "senior", "jr", "sr", "the",
        "and", "or", "with", "for", "by", "at", "on", "in", "of", "a", "an", "staff", "dept", "department",
        "name", "surname", "patient", "client", "customer", "total", "note", "notes", "yes", "no", "ok", "okay",
    })  # fmt: skip
_NOT_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "INTJ", "ADV", "SYM"})
_NOT_ENTS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Parts of speech spaCy gives given names that are also verbs or adverbs ("Can", "Will", "Long").
_NAME_POS = frozenset({"VERB", "AUX", "ADV", "INTJ"})
#: Capitalised words that open a message before the person addressed.
_ADDRESS_OPENERS = GREETINGS | frozenset({"yes", "no", "ok", "okay", "sure", "sorry", "please", "welcome", "bye"})
_BEFORE = frozenset({",", ";", "(", "[", "\"", "“", "‘", "'", "/", "&", "+"})


#: How far back (characters) the position check looks for the line's start: keeps the step linear on
#: one long line of many candidates.
_REACH = 80


def title_case(text: str) -> bool:
    """Whether ``text`` is one word of letters written with a capital and then lower case ("Men")."""
    return text[:1].isupper() and (len(text) == 1 or text[1:].islower()) and text.isalpha()


class LeadingNameWords:
    """A capitalised ordinary word that leads a surname, where its capital marks a name (see module doc)."""

    name = "lead-name-words-r8"

    def __repr__(self) -> str:
        return "LeadingNameWords()"

    def detect(self, view: TextView) -> list[Span]:
        toks, doc, text = view.toks, view.doc, view.text
        out: list[Span] = []
        for k in range(len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if not (title_case(tok.text) and len(tok.text) >= 2 and tok.safe) or tok.norm in NOT_GIVEN:
                continue
            if not title_case(nxt.text) or nxt.safe or nxt.norm in NOT_GIVEN or text[tok.end : nxt.start] != " ":
                continue
            if doc[k].ent_type_ in _NOT_ENTS:
                continue
            position = self._lead_position(view, k)
            if position in ("inside", "line") and not (nxt.name or doc[nxt.i].ent_type_ == "PERSON"):
                continue  # the surname must be listed or read as a person ("Classic Pancakes" stays out)
            if position in ("line", "label") and doc[k].pos_ in _NOT_POS:
                continue  # "Ask Camenisch", "Contact Bahadur" at a line's start
            if position == "inside" and doc[k].pos_ in _NOT_POS and not (tok.first and doc[k].pos_ in _NAME_POS):
                continue  # a given name that is also a verb or an adverb ("to Can Yılmaz", "Will Okafor")
            if position:
                out.append(run_span(view, k, k + 1, PERSON, LEAD_SCORE))
        return out

    @staticmethod
    def _lead_position(view: TextView, k: int) -> str:
        """``"label"`` (the first word of a field value after a short ``Label:`` at a line's start),
        ``"line"`` (first in a line or a bulleted item), ``"inside"`` (mid-sentence after a lower-case
        word or a joining mark) or ``""``. Looks back at most :data:`_REACH` characters."""
        toks, text = view.toks, view.text
        start = toks[k].start
        line_start, _ = near_line_bounds(text, start, _REACH)
        at_line_start = line_start == 0 or text[line_start - 1] == "\n"
        before = text[line_start:start]
        if not before.strip(" \t-–•*>"):
            return "line" if at_line_start else ""  # the first word of a line or a bulleted item
        if k == 0:
            return ""
        prev = toks[k - 1]
        if text.find("\n", prev.end, start) >= 0:
            return ""
        if prev.text == ":":
            label = text[line_start : prev.start].split()
            ok = at_line_start and 1 <= len(label) <= 3 and label[0][:1].isupper()
            return "label" if ok else ""
        if prev.norm in _ADDRESS_OPENERS and prev.cap:
            return "inside"  # "Yes Dil Bahadur, 8am", "Thanks Men Camenisch"
        return "inside" if prev.text in _BEFORE or (prev.text.isalpha() and prev.text.islower()) else ""
