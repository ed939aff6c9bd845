"""Round 9 (codes): a document's number after "<document word> no." in lower case or "number", no colon.

Agreements, contracts, policies, permits and orders print their number in running text or alone on a
closing line: "Agreement no. 1873-52", "contract no 44-1209", "Policy number 88123-A", "licence nr.
2024/331", "Permit # 5512-B". Round 8 took a value after a capitalised number sign ("No. 9824-05")
or after a label with a colon ("Member no.: ..."); a lower-case "no."/"nr." or the word "number" with
no colon was no cue, and the digit-run rules leave a value shaped like a year and two digits that
make no date nor a span of years ("1873-52"), so it stayed readable.

One rule (:data:`DOCUMENT_NUMBER_RULE`): a word (letters, any case) followed by a number sign ("no.",
"no", "nr.", "nr", "num.", "nº", "n°", "#") or "number", an optional colon, and a value of letters and
digits with inner "-", "/" or "." groups, holding three digits or more, or two digits and a group
separator. Without a dot after "no" the value needs a group separator ("had no 1000 people" stays
public). The word before the sign must not name a part of a text, a place in a sequence or a
quantity (:data:`PUBLIC_NUMBER_WORDS`: "page", "chapter", "issue", "track", "episode", "size", "row",
"step", "version", "model", ...), so citations and catalogue numbers stay public. Typed ID. Over-tagging
risk: a product or stock number after an unlisted word ("stock no. 1140-22"), a word.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["DOCUMENT_NUMBER_RULE", "PUBLIC_NUMBER_WORDS", "document_number_detector"]

DOCUMENT_SCORE = 0.86
#: Words before a number sign that name a part of a text, a place in a sequence or a quantity.
PUBLIC_NUMBER_WORDS = frozenset({
    "page", "pages", "chapter", "section", "part", "volume", "vol", "issue", "edition", "track", "episode",
    "season", "figure", "fig", "table", "item", "step", "question", "exercise", "lesson", "unit", "rule",
    "article", "paragraph", "clause", "line", "verse", "opus", "symphony", "size", "row", "column", "seat",
    "version", "model", "type", "level", "grade", "gate", "platform", "route", "bus", "tram", "lane",
    "exit", "junction", "hole", "round", "game", "match", "week", "day", "year", "number", "the", "a", "in",
    "of", "to", "and", "or", "with", "by", "at", "for", "from", "is", "was", "are", "were", "be", "say",
    "said", "no", "yes", "not", "pin", "digit", "digits", "count", "total", "sum", "amount", "quantity",
    "serial", "catalogue", "catalog", "cat", "isbn", "issn", "doi", "standard", "iso", "en", "din",
    "regulation", "directive", "resolution", "law", "act", "decree", "bill", "amendment", "phone",
    "telephone", "tel", "fax", "mobile", "cell", "contact",
})  # fmt: skip
_VALUE = r"[A-Za-z0-9]{1,12}(?:[-/.][A-Za-z0-9]{1,12}){0,3}"
_DOCUMENT_NUMBER = re.compile(
    r"(?<![\w.'’-])(?P<word>[^\W\d_]{2,24})[ ]"
    r"(?P<sign>(?i:no\.|nr\.|num\.|n[º°]\.?|no|nr|number|#))[ ]?:?[ ]?"
    rf"(?P<value>{_VALUE})(?![\w/-]|\.\w)"
)


def _document_number(match: re.Match[str]) -> bool:
    """A value with three digits (or two and a group) after a word that names no part, place or quantity."""
    if match.group("word").lower() in PUBLIC_NUMBER_WORDS:
        return False
    value = match.group("value")
    digits = sum(c.isdigit() for c in value)
    grouped = any(c in "-/." for c in value)
    if match.group("sign").lower() in ("no", "nr") and not grouped:
        return False
    return digits >= 3 or (digits >= 2 and grouped)


DOCUMENT_NUMBER_RULE = RegexRule("r9 document number after a lower-case sign", ID, _DOCUMENT_NUMBER, DOCUMENT_SCORE,
                                 _document_number)


def document_number_detector() -> RegexDetector:
    """A document's number after a word and a lower-case number sign or "number"."""
    return RegexDetector("document-numbers-r9", [DOCUMENT_NUMBER_RULE])
