"""Round 10 (growth): a capitalised name word at its lower-case mentions in the same text.

Chats and exports write a person once with capitals ("[sms thread with Codjo Hounkpatin]",
"Hi Codjo!") and elsewhere in lower case, as chat speakers ("5th 09:12  codjo:", "Wed 28 Oct 09:44
vezemba:"), as exporters ("exported ... by tenga") or in a list. The round-5 repetition step repeats
capitalised words only and round 9's lower-case repeats (``names_lower_repeats_r9``) start from
lower-case spans only. This step takes every capitalised word of a PERSON span that is a name (no
ordinary word, as :func:`~dpfusion_integrations.tagging.recall.name_lower_layouts_r7.name_like_lower`
reads it, three letters at least) and tags its whole-word mentions written in lower case.

Public look-alikes: a name that is also a word ("Rose", "Bill", "Long") is never repeated, so "rose
early" and "the bill is due" stay public (words the safe list lacks are in :data:`WORD_NAMES`);
mentions inside e-mail addresses, handles and web addresses are left to their own detectors.
Decisions depend on the spans and the words only. Typed PERSON. The search is round 9's
(:func:`~dpfusion_integrations.tagging.recall.names_lower_repeats_r9.repeat_person_words`): linear, the
alternation capped.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.name_lower_layouts_r7 import name_like_lower
from dpfusion_integrations.tagging.recall.names_lower_repeats_r9 import repeat_person_words
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["WORD_NAMES", "repeat_names_any_case"]

CASE_REPEAT_SCORE = 0.5
_MIN_LENGTH = 3
#: English words that are also given names or surnames but are missing from the safe-word list
#: ("the bill is due", "with grace", "a daisy"): never repeated in lower case.
WORD_NAMES = frozenset({
    "bill", "grace", "joy", "dawn", "amber", "ruby", "jean", "sue", "bob", "jack", "victor", "baker", "smith",
    "hunter", "king", "bishop", "chase", "grant", "holly", "ivy", "lily", "daisy", "heather", "autumn", "april",
    "penny", "carol", "guy", "gene", "lance", "pierce", "wade", "rocky", "brook", "cliff", "dale", "glen",
    "lane", "marsh", "reed", "ford", "bell", "hall", "sherry", "brandy", "pearl", "jade", "violet", "olive",
    "hazel", "rusty", "colt", "wolf", "price", "bush", "basil", "rosemary", "destiny", "harmony", "prudence",
    "honor", "misty", "stormy", "sunny", "sky", "forest", "noble", "sterling", "angel", "kitty", "dolly",
    "bunny", "hope", "faith", "mercy", "charity", "bliss", "crystal", "ginger", "summer", "winter", "robin",
    "wren", "finch", "drake", "fisher", "archer", "mason", "cooper", "carter", "porter", "butler", "page",
})  # fmt: skip


def repeat_names_any_case(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """``spans`` plus a PERSON span at every lower-case whole-word mention of a capitalised name word."""

    def pick(word: str) -> str | None:
        lower = word.lower()
        if (len(word) >= _MIN_LENGTH and word[0].isupper() and lower not in WORD_NAMES
                and name_like_lower(lower, words)):
            return lower
        return None

    return repeat_person_words(text, spans, pick, CASE_REPEAT_SCORE)
