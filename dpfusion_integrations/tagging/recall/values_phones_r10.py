"""Round 10 (phones): extension words of more languages, and numbers with a slash after the area code.

Classes:

- **Extension words** that round 7's list (:mod:`~dpfusion_integrations.tagging.recall.
  contact_extensions_r7`) lacks: Estonian "lisa" (lisanumber), Mongolian "дотор"/"дотоод", Finnish
  "alanumero"/"sis.", Latvian "iekš."/"papildnumurs", Lithuanian "vid."/"vidinis"/"papild.", Romanian
  "interior", Uzbek "ichki", Azerbaijani "daxili", Kazakh "ішкі", Kyrgyz "ички", Turkmen "içki",
  Georgian "შიდა", Armenian "ներքին", Persian "داخلی", Arabic "داخلي", Serbian Cyrillic "локал",
  Slovene "interna", Croatian "kućni", Albanian "brend.", Icelandic "innanhúss", Swahili "kiendelezi",
  Hindi "एक्सटेंशन", Bengali "এক্সটেনশন", Tamil "நீட்டிப்பு", Khmer "បន្ត", Lao "ຕໍ່", Burmese "လိုင်း". The phone's span grows over "<word> 28"
  written after it on the same line, and the result is CONTACT. "lisa" is also a given name: only
  the lower-case word counts ("… 5123 Lisa 28" stays as it was), and a word on the next line never
  joins (the phone must end the span and the word follow after at most a comma or a space).
- **Slash after the area code** ("078/979-622", "01/234 56 78", "089/1234-567"): Balkan, Austrian,
  German and Swiss writers set the trunk-prefixed area code off with a slash. Taken when the part
  before the slash starts with 0 and has 2 to 5 digits and the rest has 5 to 9 digits in groups, so
  dates ("12/05/2027", "1/2"), fractions and scores (which never start with 0 and a second digit)
  stay public.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.spans import Span

__all__ = ["EXTENSION_WORDS_R10", "SLASH_PHONE_RULE", "grow_phone_extensions_r10", "slash_phone_detector"]

#: Extension words round 7 lacks (regex alternatives, matched in any case except "lisa").
EXTENSION_WORDS_R10 = (
    r"lisa|lisanumber|дотор|дотоод|alanumero|sis|sisäinen|iekš|iekšējais|papildnumurs|vid|vidinis|papild"
    r"|interior|ichki|daxili|ішкі|ички|içki|შიდა|ներքին|داخلی|داخلي|локал|локални|interna|kućni|brend"
    r"|innanhúss|kiendelezi|एक्सटेंशन|এক্সটেনশন|நீட்டிப்பு|បន្ត|ຕໍ່|လိုင်း"
)
_PHONE_END = re.compile(r"[\d)]$")
_EXTENSION_AFTER = re.compile(
    rf"(?P<sep>[ ]?[,;]?[ ]?[(\[]?)(?P<word>(?i:{EXTENSION_WORDS_R10}))\.?[ ]?(?:no\.?[ ]?|nr\.?[ ]?)?[:#-]?[ ]?"
    r"(?P<digits>\d{1,6})[)\]]?(?![\w./-]\d|\w)"  # a comma may end a CSV cell
)
_GROWN_SCORE = 0.93


def _phone_digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def grow_phone_extensions_r10(text: str, spans: list[Span]) -> list[Span]:
    """A span ending in a phone (7 to 15 digits) grows over an extension of :data:`EXTENSION_WORDS_R10`
    written after it on the same line; spans inside the grown extension are dropped."""
    out: list[Span] = []
    grown: list[tuple[int, int]] = []
    for span in spans:
        chunk = text[span.start : span.end]
        if _PHONE_END.search(chunk) and 7 <= _phone_digits(chunk) <= 15 and not any(c.isalpha() for c in chunk[-6:]):
            match = _EXTENSION_AFTER.match(text, span.end)
            if match is not None and (match.group("word") != "Lisa" and match.group("word") != "LISA"):
                end = match.end()
                if text[end - 1] in ")]" and not any(c in match.group("sep") for c in "(["):
                    end -= 1
                grown.append((span.end, end))
                span = Span(span.start, end, CONTACT, max(span.score, _GROWN_SCORE))
        out.append(span)
    if not grown:
        return out
    grown.sort()
    starts = [start for start, _ in grown]

    def inside(pos: int) -> bool:  # binary search: linear-logarithmic, not spans x extensions
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < grown[k][1]

    return [s for s in out if not inside(s.start)]


_SLASH_PHONE = re.compile(
    r"(?<![\w/.,+-])(?P<value>\(?0\d{1,4}\)?[ ]?/[ ]?\d{2,4}(?:[ .-]?\d{2,4}){1,3})(?![\w/]|[.,-]\d)"
)


def _slash_phone(match: re.Match[str]) -> bool:
    value = match.group("value")
    head, _, rest = value.partition("/")
    return 5 <= _phone_digits(rest) <= 9 and 8 <= _phone_digits(value) <= 13 and _phone_digits(head) >= 2


SLASH_PHONE_RULE = RegexRule("r10 phone with a slash after the area code", CONTACT, _SLASH_PHONE, 0.85, _slash_phone)


def slash_phone_detector() -> RegexDetector:
    """Phones written "078/979-622": a 0-led area code, a slash and the number in groups."""
    return RegexDetector("slash-phones-r10", [SLASH_PHONE_RULE])
