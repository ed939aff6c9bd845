"""Round 10 (identifiers): letter-series document numbers, keypad codes, references across a line break,
and short identifier labels written as part of the value.

Classes:

- **Series letters before number/year** ("F 1329/25", "R 12/2024", "FV 123/24", "FA 2025/0113"):
  invoices, receipts and credit notes of Southern and Central Europe and Latin America carry a series
  of one to three capitals, a space and the number over the year. Taken when the number has three or
  more digits before a two-digit year, or any number before a four-digit year (or a year before any
  number). Look-alikes: "F 1/2" (a fraction or an aperture), "size M 10/12", "A 3/4" have short
  numbers and no four-digit year and stay public; "I" and "A" alone are words and never a series.
- **Keypad codes** ("*08753*", "1310#", "#4471", "*2580#") after a code word ("gate code", "door code",
  "key safe", "PIN", "code", "código", "Türcode", "digicode", "kod", "koodi"): the stars and the hash
  are keyed too, so they belong to the value; an ID span of the digits grows over them.
- **A reference after its cue across a line break** ("the crime ref is\\n0503/23", "Case no.:\\n
  44821/2026"): the value stands at the start of the next line, so the same-line rules miss it. A
  value needs three digits and may hold capitals, "/", "-" and ".".
- **A short capital label written with its value** ("MRN PC294922", "NHS 943 476 5919", "SSN
  078-05-1120"): an ID span right after such a label and one space (no colon: "MRN: 12345" keeps the
  label as a label) grows back over it, since the label and the value are written as one identifier.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.spans import Span

__all__ = [
    "ID_LABELS",
    "KEYPAD_RULE",
    "SERIES_RULE",
    "WRAPPED_REFERENCE_RULE",
    "grow_id_labels",
    "grow_keypad_marks",
    "values_id_detector",
]

_SCORE = 0.85

_SERIES = re.compile(
    r"(?<![\w/.,-])(?P<value>(?!I[ ]|A[ ])[A-Z]{1,3}[ ](?:\d{3,7}/\d{2}|\d{1,7}/(?:19|20)\d{2}|(?:19|20)\d{2}/\d{1,7}))"
    r"(?![\w/]|[.,-]\d)"
)
SERIES_RULE = RegexRule("r10 series letters before number/year", ID, _SERIES, _SCORE)

_CODE_WORDS = (
    r"gate[ ]code|door[ ]code|entry[ ]code|access[ ]code|alarm[ ]code|key[ ]safe(?:[ ]code)?|lockbox(?:[ ]code)?"
    r"|keypad(?:[ ]code)?|pin(?:[ ]code)?|passcode|code|combination|combo|código|codigo|türcode|torcode"
    r"|digicode|code[ ]porte|code[ ]d'accès|kod|koodi|kode|kód|κωδικός|код|קוד"
)
_KEYPAD = re.compile(
    rf"(?<![\w])(?i:{_CODE_WORDS})(?:[ ](?:is|=))?[ \t]*+[:=]?[ \t]*+(?P<value>[*#]\d{{3,10}}[*#]?|\d{{3,10}}[*#])(?![\w*#])"
)
KEYPAD_RULE = RegexRule("r10 keypad code after a code word", ID, _KEYPAD, _SCORE, keep_end=True)

_REF_CUES = (
    r"ref|ref\.|reference|ref[ ]no\.?|reference[ ]number|case[ ]no\.?|case[ ]number|case|crime[ ]ref"
    r"|crime[ ]number|incident[ ]no\.?|incident[ ]number|claim[ ]no\.?|claim[ ]number|file[ ]no\.?|file[ ]number"
    r"|policy[ ]no\.?|policy[ ]number|report[ ]no\.?|report[ ]number|docket|record[ ]no\.?|invoice|receipt"
    r"|order[ ]no\.?|ticket[ ]no\.?|número|numero|nummer|aktenzeichen|az\.|sp\.[ ]zn\.|č\.[ ]j\."
)
_WRAPPED = re.compile(
    rf"(?<![\w])(?i:{_REF_CUES})(?:[ ](?:is|was|will[ ]be|=))?[ \t]*+[:#=]?[ \t]*+\n[ \t]*+"
    r"(?P<value>(?=[\w/.-]*\d[\w/.-]*\d[\w/.-]*\d)[A-Z0-9][A-Z0-9/.-]{2,24}[A-Z0-9])(?![\w/-]|\.\w)"
)
WRAPPED_REFERENCE_RULE = RegexRule("r10 reference at the start of the next line", ID, _WRAPPED, _SCORE)


def values_id_detector() -> RegexDetector:
    """Series document numbers, keypad codes and references wrapped onto the next line."""
    return RegexDetector("values-ids-r10", [SERIES_RULE, KEYPAD_RULE, WRAPPED_REFERENCE_RULE])


# --- growth steps ----------------------------------------------------------------------------------

#: Short capital labels written as part of an identifier's form.
ID_LABELS = frozenset({
    "MRN", "NHS", "CHI", "HCN", "UHID", "IHI", "PHN", "SSN", "SIN", "NIN", "NINO", "NI", "PPS", "PPSN",
    "BSN", "AHV", "TIN", "NIF", "NIE", "CPF", "CURP", "RUT", "RUN", "DNI", "NIC", "CNP", "CNIC", "OIB",
    "EGN", "JMBG", "EMŠO", "PESEL", "UPN", "EHIC", "MBI", "HIC", "EMR", "EHR", "ULN", "UCI", "NRIC",
    "FIN", "HKID", "TFN", "IRD", "PAN", "UAN", "KRA", "NUI", "NUIT", "TC", "AMKA", "AFM", "SVNR",
})
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(\[,;/]))(?P<label>[A-ZÀ-Ž]{2,5})[ ]$")


def grow_id_labels(text: str, spans: list[Span]) -> list[Span]:
    """An ID span right after a label of :data:`ID_LABELS` and one space grows back over the label."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type == ID and span.start >= 3:
            match = _LABEL_BEFORE.search(text, max(0, span.start - 7), span.start)
            if match is not None and match.group("label") in ID_LABELS:
                span = Span(match.start("label"), span.end, span.entity_type, span.score)
        out.append(span)
    return out


def grow_keypad_marks(text: str, spans: list[Span]) -> list[Span]:
    """An ID span of digits directly between "*" and "*"/"#", or before "#", grows over the marks."""
    out: list[Span] = []
    n = len(text)
    for span in spans:
        start, end = span.start, span.end
        if span.entity_type == ID and text[start:end].isdigit():
            after = text[end] if end < n else ""
            before = text[start - 1] if start > 0 else ""
            clear_after = end + 1 >= n or not (text[end + 1].isalnum() or text[end + 1] in "*#")
            clear_before = start < 2 or not text[start - 2].isalnum()
            if after in "*#" and after and clear_after:
                if before == "*" and clear_before:
                    start -= 1
                    end += 1
                elif after == "#" and before != "#":
                    end += 1
            span = Span(start, end, span.entity_type, span.score)
        out.append(span)
    return out
