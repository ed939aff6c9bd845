"""Round 7: aircraft registrations, number plates written in non-Latin scripts, and identifiers with
a one-letter lower-case prefix.

- **aircraft registrations**: a nationality prefix of the ICAO list, a hyphen and the letters (or, for
  some countries, digits) of the mark: "VH-NPC", "9V-SKA", "A6-EDA", "HB-JNA", "EI-FXA", "PH-BXA",
  "OO-SNA", "ZS-SJW", "VT-ANP", "4X-EKA", "5Y-KZA", "C-FTJQ", "D-AIBC", "G-EZTB", "F-GKXA", "I-ADJA",
  "B-1234", "B-30EB". A two-character prefix needs three or four letters after the hyphen and a
  one-letter prefix four (so "D-DAY" and "X-RAY" stay public). Marks without a hyphen (US "N512AB",
  Japan "JA731A", Korea "HL8001") and other one-letter marks only after an aircraft cue ("aircraft",
  "registration", "reg.", "tail", "a/c", "immatriculation", "matrícula", "Kennzeichen", ...);
- **plates in non-Latin scripts**: Korean ("17가 5042", "123가 4567", "서울 12가 3456"), Japanese
  ("品川 300 あ 12-34"), Chinese ("京A·12345", "粤B 3K5L8"), Thai ("1กข 1234", "กท 4567"), and Cyrillic
  plates of Russia, Ukraine and their neighbours ("А 123 ВС 77", "АА 1234 ВС");
- **identifiers with a one-letter lower-case prefix and a space** after a student, staff, record or
  member cue ("student u 1569519", "Staff no. s 1234567", "record a 123456").

Typed ID. Over-tagging risk: an upper-case abbreviation with a hyphen of the aircraft shape outside
aviation ("EC-ABC" as a product code); a Hangul or kana word followed by digits in the plate shape.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["AIRCRAFT_CUES", "REGISTRATION_RULES_R7", "registration_detector"]

#: ICAO nationality prefixes of two characters written with a hyphen (regex alternatives).
_TWO_CHAR_PREFIXES = (
    r"VH|VT|VN|VP|VQ|9V|9M|9H|9A|9G|9J|9K|9L|9N|9Q|9XR|9Y|A2|A3|A4O|A5|A6|A7|A9C|AP|C2|C3|C5|C6|C9|CC|CN|CP|CS"
    r"|CU|CX|D2|D4|D6|DQ|E3|E5|E7|EC|EI|EK|EP|ER|ES|ET|EW|EX|EY|EZ|HA|HB|HC|HH|HI|HK|HL|HP|HR|HS|HZ|JU|JY|LN|LV"
    r"|LX|LY|LZ|OB|OD|OE|OH|OK|OM|OO|OY|P4|PH|PJ|PK|PP|PR|PS|PT|PU|PZ|RA|RP|S2|S5|S7|SE|SP|ST|SU|SX|T7|T9|TC|TF"
    r"|TG|TI|TJ|TL|TN|TR|TS|TT|TU|TY|TZ|UK|UN|UR|V2|V3|V4|V5|V7|V8|XA|XB|XC|XT|XU|XY|YA|YI|YJ|YK|YL|YN|YR|YS"
    r"|YU|YV|Z3|ZA|ZK|ZP|ZS|3A|3B|3C|3D|3X|4K|4L|4O|4R|4W|4X|5A|5B|5H|5N|5R|5T|5U|5V|5W|5X|5Y|6O|6V|6Y|7O|7P|7Q"
    r"|7T|8P|8Q|8R"
)
#: One-letter prefixes (Canada, Germany, UK, France, Italy, Isle of Man) and China's "B-" with digits.
_ONE_LETTER = r"(?:C-[FGI][A-Z]{3}|D-[A-Z]{4}|G-[A-Z]{4}|F-[A-Z]{4}|I-[A-Z]{4}|M-[A-Z]{4}|B-\d[0-9A-Z]{3})"
#: Words before an aircraft's registration (regex alternatives, any case).
AIRCRAFT_CUES = (
    r"aircraft|aeroplane|airplane|plane|jet|helicopter|airframe|tail|tail[ ]number|tail[ ]no|registration|regn|reg"
    r"|a/c|ac[ ]reg|immatriculation|immat|matr[íi]cula|kennzeichen|luftfahrzeugkennzeichen|registrazione"
    r"|immatricolazione|registratie|rejestracja|tescil|機体|機體|registrierung|avion|aeronave|aereo|flugzeug"
    r"|vliegtuig|samolot"
)
_NO_WORD_AROUND = r"(?<![\w-]){0}(?![\w-]|-\w)"

_CYR = "АВЕКМНОРСТУХІ"
#: The Hangul syllables used on Korean plates (so "12월 2024", a month and a year, is not one).
_HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호육공해국합"
_PLATE_RULES = (
    RegexRule("Korean plate", ID,
              re.compile(rf"(?<![\w-])(?:[가-힣]{{2}}[ ]?)?\d{{2,3}}[ ]?[{_HANGUL_PLATE}][ ]?\d{{4}}(?![\w-])"), 0.9),
    RegexRule("Japanese plate", ID,
              re.compile(r"(?<![\w-])[\u4e00-\u9fff]{1,4}[ ]?\d{2,3}[ ]?[\u3041-\u309f][ ]?(?:\d{1,2}-\d{2}|・{1,3}\d{1,3}|\d{4})(?![\w-])"),
              0.85),
    RegexRule("Chinese plate", ID,
              re.compile(r"(?<![\w-])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台][A-Z][·• ]?[A-Z0-9]{5,6}(?![\w-])"),
              0.85, lambda m: sum(c.isdigit() for c in m.group()) >= 2),
    RegexRule("Thai plate", ID,
              re.compile(r"(?<![\w-])\d?[\u0e01-\u0e2e]{1,2}[ ]?\d{1,4}(?![\w-])"), 0.8,
              lambda m: sum(c.isdigit() for c in m.group()) >= 3),
    RegexRule("Cyrillic plate", ID,
              re.compile(rf"(?<![\w-])(?:[{_CYR}][ ]?\d{{3}}[ ]?[{_CYR}]{{2}}(?:[ ]?\d{{2,3}})?|[{_CYR}]{{2}}[ ]?\d{{4}}[ ]?[{_CYR}]{{2}})(?![\w-])"),
              0.85),
)  # fmt: skip

REGISTRATION_RULES_R7 = (
    RegexRule("aircraft registration with a two-character prefix", ID,
              re.compile(_NO_WORD_AROUND.format(rf"(?:{_TWO_CHAR_PREFIXES})-[A-Z]{{3,4}}")), 0.9),
    RegexRule("aircraft registration with a one-letter prefix", ID,
              re.compile(_NO_WORD_AROUND.format(_ONE_LETTER)), 0.9),
    RegexRule("aircraft mark after an aircraft cue", ID,
              re.compile(rf"(?<![\w])(?i:{AIRCRAFT_CUES})\.?(?:[ ](?i:no|nr|number|mark))?\.?:?[ \t]{{1,4}}"
                         r"(?P<value>N\d{1,5}[A-Z]{0,2}|JA\d{3,4}[A-Z]?|JA\d{2}[A-Z]{2}|HL\d{4}|[A-Z0-9]{1,2}-[A-Z0-9]{3,5})(?![\w-])"),
              0.9),
    *_PLATE_RULES,
    RegexRule("identifier with a one-letter lower-case prefix after a record cue", ID,
              re.compile(r"(?<![\w])(?i:student|staff|employee|record|member|candidate|matric|matriculation|learner|pupil"
                         r"|applicant|patient|client|customer|user|badge|card|library|registration|enrol?ment|personnel)"
                         r"(?:[ ](?i:no|nr|number|id|num|#)\.?)?:?[ ]{1,2}(?P<value>[a-z][ ]\d{5,10})(?![\w-])"), 0.85),
)  # fmt: skip


def registration_detector() -> RegexDetector:
    return RegexDetector("registrations-and-plates-r7", REGISTRATION_RULES_R7)
