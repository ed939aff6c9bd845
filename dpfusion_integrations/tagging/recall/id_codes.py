"""Round 5 identifier shapes the earlier rules cut short or missed:

- **a prefix joined by "#"**: ``CASE#08803``, ``REF#4471-B``, ``INV#2024-118`` (the digit-run rule
  took only the digits, leaving the prefix readable);
- **slashed codes** of upper-case letters and digits: ``1774/JT/2027``, ``F2021/21428``,
  ``AB/55120/C``: at least one letter and three digits, so dates (``12/05/2024``), ``24/7``,
  ``TCP/IP`` and ``HTTP/2`` stay public;
- **a code in brackets** (``(3BA 1241)``, ``(TK 4471)``): letters and three digits or more, unless it
  starts with an identifier label (``(MRN 483920)`` keeps "MRN" public; the labelled rules take the value);
- **a long number in spaced groups** (``4373 4777 7245 1562 8287 12``): four groups or more, twelve
  digits or more, one span (the card and digit rules stopped after sixteen digits);
- **an upper-case code with a digit inside** (``BHFV3TFKW``): seven to twelve characters, four
  letters or more;
- **values in spaced groups after an identifier label**: ``Tax number: 74 745 186 301``,
  ``VAT GB 666 2935 08``, ``Licence no.: R 113 CTR 3D3``, ``licence UA15 32648219741``,
  ``NIF 12 345 678 Z``: one to six groups of upper-case letters and digits, holding four digits or
  more and six characters (so a year after a label stays as it was), after a label of national, tax, licence, account or record numbers; a mixed-case or
  lower-case word ends the value ("Passport: ...").

Typed ID."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.id_shapes import PUBLIC_CODE as _PUBLIC_CODE
from dpfusion_integrations.tagging.recall.labelled_ids import LABELS

__all__ = ["ID_CODE_RULES", "ID_LABELS_R5", "id_code_detector"]

#: Identifier labels besides ``labelled_ids.LABELS`` (regex alternatives, any case): national, tax and
#: social-security numbers of many countries, licences, memberships and records.
ID_LABELS_R5 = (
    r"licen[cs]e[ ]no|driving[ ]licen[cs]e|driver'?s[ ]licen[cs]e|tax[ ]id|tax[ ]number|vat[ ]number|tax[ ]/[ ]vat"
    r"|nif|nie|nipc|cif|cpf|cnpj|rfc|curp|rut|ruc|cuit|cuil|dni|nic|cnic|pan|aadhaar|aadhar|uan|ssn|sin|bsn"
    r"|pesel|nip|regon|personnummer|henkilotunnus|cpr|abn|acn|tfn|gst|gstin|ird|ppsn|pps|steuer-?id"
    r"|steuernummer|codice[ ]fiscale|partita[ ]iva|ahv|avs|oib|jmbg|egn|emso|amka|afm|tckn|kimlik"
    r"|national[ ]id|id[ ]card|identity[ ]card|id[ ]document|document[ ]no|social[ ]security|insurance[ ]no"
    r"|nhi|medicare|health[ ]number|health[ ]card|ihi|mykad|nric|fin|hkid|emirates[ ]id|iqama|civil[ ]id"
    r"|membership[ ]no|member[ ]no|card[ ]no|account[ ]no|acct[ ]no|customer[ ]no|ref[ ]no|file[ ]no"
)
_GROUP = r"[A-Z0-9]{1,12}"
_SPACED_VALUE = rf"(?P<value>{_GROUP}(?:[ ][A-Z0-9]{{1,12}}){{0,5}})"
_DIGITS = re.compile(r"\d")


def _four_digits(match: re.Match[str]) -> bool:
    value = match.group("value")
    return len(_DIGITS.findall(value)) >= 4 and len(value.replace(" ", "")) >= 6


_LABEL_WORD = re.compile(rf"(?i:{ID_LABELS_R5}|{LABELS})")


def _bracketed(match: re.Match[str]) -> bool:
    value = match.group("value")
    if _LABEL_WORD.fullmatch(value.split(" ")[0].split("-")[0]):
        return False  # "(MRN 483920)": the label is public; the labelled-identifier rules take the value
    return len(_DIGITS.findall(value)) >= 3 and any(c.isalpha() for c in value) and _PUBLIC_CODE.match(value) is None


def _long_groups(match: re.Match[str]) -> bool:
    return len(_DIGITS.findall(match.group(0))) >= 12


def _slashed(match: re.Match[str]) -> bool:
    value = match.group(0)
    return len(_DIGITS.findall(value)) >= 3 and any(c.isalpha() for c in value)


ID_CODE_RULES = (
    RegexRule("prefix joined by #", ID,
              re.compile(r"(?<![\w#])[A-Z]{2,8}#[A-Z0-9]{0,12}\d[A-Z0-9]{0,12}(?:-[A-Z0-9]{1,12}){0,3}(?![\w#])"), 0.85),
    RegexRule("slashed code", ID,
              re.compile(r"(?<![\w/])[A-Z0-9]{1,12}(?:/[A-Z0-9]{1,12}){1,4}(?![\w/])"), 0.8, _slashed),
    RegexRule("spaced value after an identifier label", ID,
              re.compile(rf"(?<![\w])\b(?i:{ID_LABELS_R5}|{LABELS})(?![\w])\.?[ \t]*+(?:\((?i:[a-z ]{{1,20}})\)[ \t]*+)?"
                         rf"(?:(?i:no|nr|number|num|id|code)\b\.?[ \t]*+)?[:#]?[ \t]*+(?:(?i:is)[ \t]++)?{_SPACED_VALUE}"
                         r"(?![\w])"),
              0.85, _four_digits),
    RegexRule("code in brackets", ID,
              re.compile(r"(?<![\w])\((?P<value>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8}){0,3})\)"), 0.75, _bracketed),
    RegexRule("long number in groups", ID,
              re.compile(r"(?<![\d+(.-])\d{2,6}(?:[ ]\d{2,6}){3,8}(?![\d])"), 0.55, _long_groups),
    RegexRule("upper-case code with a digit inside", ID,
              re.compile(r"(?<![\w-])(?=[A-Z0-9]{7,12}(?![\w-]))(?=(?:\d*[A-Z]){4})[A-Z]{1,10}\d{1,3}[A-Z][A-Z0-9]{0,9}(?![\w-])"),
              0.7, lambda m: _PUBLIC_CODE.match(m.group(0)) is None),
)  # fmt: skip


def id_code_detector() -> RegexDetector:
    return RegexDetector("id-code", ID_CODE_RULES)
