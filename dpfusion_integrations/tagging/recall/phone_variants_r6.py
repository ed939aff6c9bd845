"""Round 6: phone numbers in shapes the digit-group rules of ``phones.py`` and ``phone_extensions.py``
do not read, written from how people of many countries type numbers, not from any one data set.

- **other spaces and dashes** ("07700\u202f900\u202f486", "030–2758–4410", full-width "０３－５４１２"):
  the text is read through a same-length translation that turns Unicode spaces into a space,
  Unicode dashes into a hyphen and full-width digits and signs into ASCII, and the round-4 phone
  rules run on it (offsets are kept, so the spans fit the original text);
- **vanity numbers** ("1-800-FLOWERS", "0800 PIZZA 24", "1300 MY BANK"): a toll-free or shared-cost
  prefix (North American 8xx/900, European 0800/0808/0500/0900, Australian 1300/1800) followed by
  groups of capital letters and digits. Without such a prefix, capital words after a number are a
  heading ("2024 ANNUAL REPORT") and stay public;
- **a phone broken over two lines** of a signature ("Tel. +43 1 532⏎44 18"), after a phone label or
  with a country prefix, the second line holding nothing but digit groups;
- **short numbers after a phone label** ("Tel. 41 27 78", "Fax: 4418", "Internal line: 4417"): three
  to six digits (in groups of two or three) right after a telephone word of one of many languages;
  a bare "phone 3" or a time ("Tel: 09:30") is not taken; after a verb of calling ("call 41 27 78",
  "ring me on 412778", "my number is 41 27 78") five or six digits, not followed by a unit ("call
  12 500 km"), so emergency numbers ("call 112") and round amounts ("call 10 000 people") stay public.

:func:`grow_extensions` runs after the union: an extension written after a phone with a comma, a
semicolon or a bracket ("(01) 412-7781, anexo 2210", "… wew. 31", "… доб. 214", "…;ext=55") joins
the phone's span, in the extension words of many languages.

Typed CONTACT. Regexes are bounded and start at token edges; nothing here logs or raises with text.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule, TextView
from dpfusion_integrations.tagging.recall.phone_extensions import PHONE_EXTENSION_RULES
from dpfusion_integrations.tagging.recall.phones import PHONE_RULE
from dpfusion_integrations.tagging.spans import Span

__all__ = ["EXTENSION_WORDS_R6", "PHONE_LABELS", "PhoneVariants", "grow_extensions", "same_length_ascii"]

PHONE_VARIANT_SCORE = 0.7

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u30fc"
_FULLWIDTH = {chr(0xFF10 + d): str(d) for d in range(10)} | {"\uff0b": "+", "\uff08": "(", "\uff09": ")",
                                                              "\uff0e": ".", "\uff0f": "/"}
_TRANSLATION = str.maketrans({**{c: " " for c in _SPACES}, **{c: "-" for c in _DASHES}, **_FULLWIDTH})
_NEEDS_TRANSLATION = re.compile(f"[{_SPACES}{_DASHES}{''.join(_FULLWIDTH)}]")


def same_length_ascii(text: str) -> str:
    """``text`` with Unicode spaces, dashes and full-width digits and signs replaced one for one by
    their ASCII forms (the result has the same length, so offsets carry over)."""
    return text.translate(_TRANSLATION)


#: Telephone words of many languages (regex alternatives, any case); a number after one is a phone.
#: Short words that also name other things before a number ("HP 250", "GSM 900", "TF 300") are left out.
PHONE_LABELS = (
    r"tel|tél|tlf|tfn|ph|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|telefoni|telefonas"
    r"|puh|puhelin|mob|mobile|mobil|móvil|movil|cell|cel|celular|handy|natel|fax|telefax|hotline"
    r"|internal[ ]line|direct[ ]line|dial|durchwahl|nebenstelle|тел|телефон|моб|факс|τηλ|τηλέφωνο"
    r"|☎|📞|📱"
)
_SHORT = re.compile(
    rf"(?i)(?<![\w])(?:{PHONE_LABELS})\.?[ ]?(?:\(?(?:no|nr|n°|nº|#)\.?\)?[ ]?)?[:：]?[ \t]?"
    r"(?P<value>\d{3,6}|\d{2,3}(?:[ .-]\d{2,3}){1,2})(?![\w:/%]|[.,]\d|[ ]%)"
)

_CALL_VERBS = (
    r"call|ring|dial|phone|text|sms|whatsapp|reach[ ](?:me|us|him|her|them)[ ](?:on|at)|my[ ]number[ ]is"
    r"|(?:phone|mobile|cell)[ ]number(?:[ ]is)?|llam[ae]|appelle[rz]?|anrufen[ ]unter|chiama|ligue|liga"
)
_CALL_SHORT = re.compile(
    rf"(?i)(?<![\w])(?:{_CALL_VERBS})[ ]?(?:me|us|him|her|them)?[ ]?(?:on|at|al|au|unter|allo|para|no)?[ ]?:?[ ]?"
    r"(?P<value>\d{5,6}|\d{2,3}(?:[ .-]\d{2,3}){1,2})(?![\w:/%]|[.,]\d|[ ](?:\d|%|(?:km|kg|g|m|cm|mm|ml|l|t|mi|lb|lbs|ft|h|min|s|ha)\b))"
)


def _call_short_ok(match: re.Match[str]) -> bool:
    """Five or six digits that do not end in "00" (a round amount: "call 10 000 people")."""
    value = match.group("value")
    return 5 <= sum(c.isdigit() for c in value) <= 6 and not value.endswith("00")


_VANITY_PREFIX = r"(?:\+?1[ .-]?)?\(?(?:8(?:00|33|44|55|66|77|88)|900)\)?|0(?:800|808|500|900)|1[38]00"
_VANITY = re.compile(
    rf"(?<![\w+.-])(?P<value>(?:{_VANITY_PREFIX})(?:[ .-](?:[A-Z]{{2,10}}|\d{{1,4}})){{1,4}})(?![\w.-]\w)"
)


def _vanity_ok(match: re.Match[str]) -> bool:
    value = match.group("value")
    letters = sum(c.isalpha() for c in value)
    return letters >= 3 and 7 <= sum(c.isalnum() for c in value) <= 16


_SPLIT = re.compile(
    rf"(?im)(?:(?P<label>(?<![\w])(?:{PHONE_LABELS})\.?[ ]?:?[ \t]*)|(?<![\w+.-]))"
    r"(?P<head>(?:\+|00)?\(?\d[\d ()./-]{0,20}\d)[ \t]*\n[ \t]*(?P<tail>\d[\d .-]{0,14}\d)[ \t]*$"
)


def _split_phones(text: str) -> list[Span]:
    """A phone broken over two lines of a signature ("Tel. +43 1 532⏎44 18"): a head after a phone
    label or with a ``+``/``00`` country prefix, and a next line made only of digit groups."""
    out: list[Span] = []
    for match in _SPLIT.finditer(text):
        head = match.group("head")
        digits = sum(c.isdigit() for c in head + match.group("tail"))
        if (match.group("label") or head.startswith(("+", "00"))) and 7 <= digits <= 15:
            out.append(Span(match.start("head"), match.end("tail"), CONTACT, PHONE_VARIANT_SCORE))
    return out


_VANITY_RULE = RegexRule("vanity phone number", CONTACT, _VANITY, PHONE_VARIANT_SCORE, _vanity_ok)
_SHORT_RULE = RegexRule("short number after a phone label", CONTACT, _SHORT, 0.6)
_CALL_SHORT_RULE = RegexRule("five- or six-digit number after a call verb", CONTACT, _CALL_SHORT, 0.6, _call_short_ok)

#: Rules run on the text as written, and on its same-length ASCII copy (the round-4 phone rules).
_AS_WRITTEN = RegexDetector("phone-variants-r6", (_VANITY_RULE, _SHORT_RULE, _CALL_SHORT_RULE))
_ON_ASCII_COPY = RegexDetector("phone-variants-r6", (PHONE_RULE, *PHONE_EXTENSION_RULES, _SHORT_RULE))


class PhoneVariants:
    """Phones with other separators, vanity numbers and short labelled numbers (see module doc)."""

    name = "phone-variants-r6"

    def __repr__(self) -> str:
        return "PhoneVariants()"

    def detect(self, view: TextView) -> list[Span]:
        text = view.text
        out = [*_AS_WRITTEN.find(text), *_split_phones(text)]
        if _NEEDS_TRANSLATION.search(text):
            out.extend(_ON_ASCII_COPY.find(same_length_ascii(text)))
        return out


#: Words that introduce an extension after a phone, in many languages (regex alternatives, any case).
EXTENSION_WORDS_R6 = (
    r"ext|extn|extension|extensión|extensão|x|\#|poste|p|ramal|r|int|interno|interne|anexo|durchwahl|dw"
    r"|nebenstelle|toestel|tst|doorkies|wew|wewn|lok|lokal|linka|kl|klapka|ankn|anknytning|mellék|mell|dahili"
    r"|доб|добавочный|вн|внутр|дод|εσωτ|内線|分机|转|apparat"
)
_EXTENSION_AFTER = re.compile(
    rf"(?i)[ ]?(?:[,;][ ]?|[–—-][ ]?|\(|/[ ]?)?(?:{EXTENSION_WORDS_R6})\.?[ ]?(?:=|:|-)?[ ]?\d{{1,6}}\)?"
    r"(?![\w.,/-]\d|\w)"
)
_SHORT_WORDS = frozenset({"x", "p", "r", "#"})


def grow_extensions(text: str, spans: list[Span]) -> list[Span]:
    """Spans that read as a whole phone number (whatever type the union gave them), grown over an
    extension written after them and typed CONTACT, since the extension shows they are a phone."""
    out: list[Span] = []
    for span in spans:
        if _PHONE_LIKE.fullmatch(text, span.start, span.end) and 7 <= _digits(text, span) <= 15:
            match = _EXTENSION_AFTER.match(text, span.end)
            if match is not None and _extension_ok(match.group()):
                end = match.end()
                if text[end - 1] == ")" and "(" not in match.group():
                    end -= 1
                span = Span(span.start, end, CONTACT, max(span.score, PHONE_VARIANT_SCORE))
        out.append(span)
    return out


_PHONE_LIKE = re.compile(r"\(?(?:\+|00)?[\d() ./-]{6,40}\d")


def _digits(text: str, span: Span) -> int:
    return sum(c.isdigit() for c in text[span.start : span.end])


def _extension_ok(found: str) -> bool:
    """One-letter extension words ("x", "p", "r") only when they touch the digits or a dot follows
    them, so a letter after the phone is not taken as one ("…, p 12" stays out, "…, p. 12" joins)."""
    word = re.search(r"[^\W\d_]+|\#", found)
    if word is None:
        return False
    if word.group().lower() not in _SHORT_WORDS or word.group() == "#":
        return True
    rest = found[word.end():]
    return rest[:1].isdigit() or rest[:1] == "."
