"""Round 7: an extension written after a phone joins the phone's span, with the extension words of
many more languages and layouts than round 6 knew.

Class: a phone number followed by an internal line, written with a word or abbreviation of the
writer's language ("loc. 328" in the Philippines and Latin America, "local 12", "anexo", "ramal",
"interno", "int.", "poste", "p.", "Durchwahl", "DW", "App.", "Nst.", "toestel", "tst.", "lokal",
"wew.", "linka", "kl.", "ankn.", "mellék", "dahili", "доб.", "вн.", "вътр.", "дод.", "лок.", "εσωτ.",
"內線"/"内線", "分机", "转", "내선", "ต่อ", "psw.", "samb.", "máy lẻ", "שלוחה", "تحويلة"), or with "#",
"x" or "ext" glued to the digits ("#580", "x412"), after a space, a comma, a dash, a slash or in
brackets. The grown span is typed CONTACT, since the extension shows the number is a phone (so is a
span the union already made of a phone and its extension but typed otherwise), and a span that the
union had started on the extension's digits ("44 today" read as a date) is dropped.

Only spans that hold a whole phone (7 to 15 digits of a phone's characters) up to its last digit
grow, so a year or an amount before "loc." or "p. 12" does not. Over-tagging risk: a page reference right after a phone
("… 020 7946 0000, p. 12"), which is rare and stays within the contact line.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["EXTENSION_WORDS_R7", "grow_phone_extensions"]

#: Words and abbreviations that introduce an extension (regex alternatives, matched in any case).
EXTENSION_WORDS_R7 = (
    r"ext|extn|extension|extensi[óo]n|extens[ãa]o|ex|x|loc|local|lok|lokal|lokaal|anexo|ramal|interno|interne"
    r"|int|intern|poste|p|durchwahl|dw|app|apparat|nst|nebenstelle|toestel|tst|doorkies|wew|wewn|linka|kl"
    r"|klapka|ankn|anknytning|mell[ée]k|mell|dahili|dah|psw|pesawat|samb|sambungan|m[áa]y[ ]l[ẻe]|sa"
    r"|доб|добавочный|вн|внутр|вътр|дод|лок|εσωτ|内線|內線|分机|分機|转|轉|내선|ต่อ|שלוחה|تحويلة"
)
_PHONE_LIKE = re.compile(r"(?=[(+\d])\(?(?:\+|00)?[\d() ./\u2010-\u2014-]{6,40}\d")
#: An extension after a phone: a separator, an extension word (or "#") and its digits, maybe bracketed.
_EXTENSION = (
    rf"(?:[ ]?(?:[,;][ ]?|[–—-][ ]?|/[ ]?)?(?:\(|\[)?(?:{EXTENSION_WORDS_R7})\.?[ ]?(?:no\.?[ ]?|nr\.?[ ]?)?"
    r"(?:=|:|-|\#)?[ ]?|[ ]?\#[ ]?)\d{1,6}[)\]]?(?![\w.,/-]\d|\w)"
)
_PHONE_THEN_EXTENSION = re.compile(rf"{_PHONE_LIKE.pattern}(?P<ext>{_EXTENSION})", re.IGNORECASE)
#: One- and two-letter words that are also ordinary letters or words: only with a dot after them or
#: glued to the digits ("p. 12", "x412"), so "…, p 12" or "… sa 3" stay out.
_SHORT_WORDS = frozenset({"x", "p", "ex", "sa", "int", "app", "kl", "dw"})
_WORD = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+)?")
_GROWN_SCORE = 0.93
#: How far past a span its extension may reach (separator, word and digits).
_REACH = 48


def _digits(text: str, start: int, end: int) -> int:
    return sum(c.isdigit() for c in text[start:end])


def _extension_ok(found: str) -> bool:
    word = _WORD.search(found)
    if word is None:
        return "#" in found
    if word.group().lower() not in _SHORT_WORDS:
        return True
    rest = found[word.end():]
    return rest[:1].isdigit() or rest[:1] == "."


def _extension_end(text: str, span: Span) -> int | None:
    """Where the extension after the phone in ``span`` ends, or ``None`` when none follows.

    The phone may stand anywhere in ``span`` (the union may have joined a word before it: "Bize 0212
    455 18 30") but must end in it; ``span`` may already hold part of the extension (a detector that
    stopped at "loc" of "loc. 742")."""
    for match in _PHONE_THEN_EXTENSION.finditer(text, span.start, min(len(text), span.end + _REACH)):
        if match.start() >= span.end:
            break
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        if not match.start("ext") <= span.end < match.end():
            continue
        if not _extension_ok(match.group("ext")) or not 7 <= _digits(text, match.start(), match.start("ext")) <= 15:
            continue
        end = match.end()
        opened = "(" in match.group("ext") or "[" in match.group("ext")
        if text[end - 1] in ")]" and not opened:
            end -= 1
        return end if end > span.end else None
    return None


def _phone_with_extension(text: str, span: Span) -> bool:
    """Whether ``span`` already holds a whole phone and its extension ("020 7946 0000 #580")."""
    match = _PHONE_THEN_EXTENSION.fullmatch(text, span.start, span.end)
    return (match is not None and _extension_ok(match.group("ext"))
            and 7 <= _digits(text, span.start, match.start("ext")) <= 15)


def grow_phone_extensions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each phone grown over the extension written after it (typed CONTACT); a span
    that starts inside a grown extension was made of its digits ("44 today" read as a date) and is
    dropped."""
    grown: list[tuple[int, int]] = []
    out: list[Span] = []
    for span in spans:
        end = _extension_end(text, span)
        if end is not None:
            grown.append((span.end, end))
            span = Span(span.start, end, CONTACT, max(span.score, _GROWN_SCORE))
        elif span.entity_type != CONTACT and _phone_with_extension(text, span):
            span = Span(span.start, span.end, CONTACT, max(span.score, _GROWN_SCORE))
        out.append(span)
    if not grown:
        return merge_spans(out)
    kept = [s for s in out if not any(start <= s.start < end for start, end in grown)]
    return merge_spans(kept)
