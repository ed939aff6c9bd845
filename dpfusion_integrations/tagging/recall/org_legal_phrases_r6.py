"""Round 6: firms marked by a legal form written in several words, which no one-word list can match.

Legal forms of many countries are phrases with spaces, lower-case parts and inner dots: Polish "Sp. z
o.o.", Czech "spol. s r.o.", Mexican "S.A. de C.V." and "S. de R.L. de C.V.", Asian "Co., Ltd.", Indian
"Pvt. Ltd.", Malaysian "Sdn. Bhd.", Turkish "Ltd. Şti.", German "GmbH & Co. KG", Vietnamese "Công ty
TNHH" (limited company) and "Công ty Cổ phần" (joint-stock company), which in Vietnamese may also lead
the name. The word-level organisation rule stops at the lower-case or dotted parts, so the firm is cut
up. This detector takes

- **one to five capitalised words, then such a form** ("Hanul Trading Co., Ltd.", "Kowalczyk Sp. z
  o.o.", "<Name> và đối tác Công ty TNHH": "and partners" in Vietnamese joins the name to the form), or
- **a Vietnamese company word, then one to five capitalised words** ("Công ty TNHH <Name>", "Tập đoàn
  <Name>" for a group, "Ngân hàng <Name>" for a bank, "Bệnh viện <Name>" for a hospital).

The decision depends on the form (public words) and on the capitalisation of the words before or after
it. Over-tagging risk: a capitalised public phrase before a legal form ("Example Co., Ltd.") is
tagged, as in any sample contract; costs utility only. Typed ORGANIZATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["LegalPhrases"]

LEGAL_PHRASE_SCORE = 0.88
#: The most capitalised words taken before or after a form.
MAX_NAME_WORDS = 5

_SUFFIX_FORMS = (
    r"Sp\.[ ]z[ ]o\.[ ]?o\.?", r"sp\.[ ]z[ ]o\.[ ]?o\.?", r"[Ss]pol\.[ ]s[ ]r\.[ ]?o\.?", r"s\.[ ]r\.[ ]o\.?",
    r"S\.[ ]?A\.[ ]de[ ]C\.[ ]?V\.?", r"S\.[ ]de[ ]R\.[ ]?L\.(?:[ ]de[ ]C\.[ ]?V\.?)?", r"S\.A\.P\.I\.[ ]de[ ]C\.V\.?",
    r"Co\.,?[ ]Ltd\.?", r"Pvt\.?[ ]Ltd\.?", r"Private[ ]Limited", r"Pty\.?[ ]Ltd\.?", r"Sdn\.?[ ]Bhd\.?",
    r"Ltd\.?[ ]Şti\.?", r"San\.[ ]ve[ ]Tic\.(?:[ ]Ltd\.[ ]Şti\.|[ ]A\.Ş\.)?", r"GmbH[ ]&[ ]Co\.?[ ]KG",
    r"e\.[ ]V\.", r"Công[ ]ty[ ](?:TNHH(?:[ ]MTV)?|Cổ[ ]phần|CP|Hợp[ ]danh)",
)  # fmt: skip
_FORM_AFTER = re.compile(
    r"(?:[ ]và[ ](?:đối[ ]tác|cộng[ ]sự|các[ ]cộng[ ]sự))?,?[ ](?:" + "|".join(_SUFFIX_FORMS) + r")(?![\w])"
)
_FORM_BEFORE = re.compile(
    r"(?<![\w])(?:Công[ ]ty(?:[ ](?:TNHH(?:[ ]MTV)?|Cổ[ ]phần|CP|Hợp[ ]danh))?|Tập[ ]đoàn|Ngân[ ]hàng|Bệnh[ ]viện)"
)
_WORD_BEFORE = re.compile(r"(?:(?<=[ ])|(?<=^))(?P<word>[^\W\d_][\w'’-]{0,30}|&)[ ]?\Z", re.MULTILINE)
#: Words that join two capitalised parts of a firm's name ("Kowalczyk i Syn", "Haas und Söhne").
_JOINERS = frozenset({"&", "and", "und", "i", "y", "e", "et", "és", "a", "og", "och", "ve", "dan", "en", "và"})
_WORD_AFTER = re.compile(r"[ ](?P<word>[^\W\d_][\w'’-]{0,30}|&)")


def _name_start(text: str, end: int) -> int:
    """Start of the capitalised words (joined by spaces or :data:`_JOINERS`) that end at ``end``, or ``end``."""
    start = pos = end
    for _ in range(MAX_NAME_WORDS + 2):
        match = _WORD_BEFORE.search(text, max(0, pos - 34), pos)
        if match is None or (pos < end and text[pos - 1 : pos] != " "):
            break
        word = match.group("word")
        if word in _JOINERS:
            pos = match.start()
            continue
        if not word[0].isupper():
            break
        start = pos = match.start()
    return start


def _name_end(text: str, start: int) -> int:
    """End of the capitalised words (joined by spaces or "&") that follow ``start``, or ``start``."""
    end = pos = start
    for _ in range(MAX_NAME_WORDS + 2):
        match = _WORD_AFTER.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        if word != "&":
            if not word[0].isupper():
                break
            end = match.end()
        pos = match.end()
    return end


class LegalPhrases:
    """Firms named before a multi-word legal form, or after a Vietnamese company word (see module doc)."""

    name = "organization-legal-phrases"

    def __repr__(self) -> str:
        return f"LegalPhrases(forms={len(_SUFFIX_FORMS)})"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The firms in ``text`` (no parse needed)."""
        out: list[Span] = []
        for match in _FORM_AFTER.finditer(text):
            start = _name_start(text, match.start())
            if start < match.start():
                out.append(Span(start, match.end(), ORGANIZATION, LEGAL_PHRASE_SCORE))
        for match in _FORM_BEFORE.finditer(text):
            end = _name_end(text, match.end())
            if end > match.end():
                out.append(Span(match.start(), end, ORGANIZATION, LEGAL_PHRASE_SCORE))
        return out
