"""Round 10 (dates): Mongolian and Turkic dates, ordinals alone in a date position, a date's own full stop.

Classes (each written for the convention, wider than the misses that showed it):

- **Mongolian** dates are written year first with the case words "оны" (of the year) and "сарын" (of
  the month): "2025 оны 10 сарын 1", "2025 оны 10-р сарын 1-нд", "2025 он 10 сар 1", with a case
  suffix on the day ("-нд", "-ний", "-ны", "-ээс", ...) and an optional "өдөр" (day). The month may be
  an ordinal ("10 дугаар сарын", "3-р сар"). Month and year alone ("2025 оны 10 сар") count too.
- **Turkic month names** in Latin and Cyrillic script (Uzbek, Azerbaijani, Turkmen, Kazakh, Kyrgyz,
  Tatar): a day joined to the month by a dash ("29-aprel", "2-iyun 2027", "7-fevral"), by a space with
  a year ("29 aprel 2027"), with the locative and ablative suffixes ("aprelda", "apreldan", "сәуірде"),
  and year first with a year word ("2027-yil 29-aprel", "2027 жылғы 29 сәуір", "2027-ci il 3 may").
  "mart" and "may" are words of other languages: they count only with a dash or a year.
- **Ordinals alone as a date** ("5th", "21st") where only a date can stand: a chat line's timestamp
  ("5th 09:12  codjo: ..."), before a time ("29th at 10?", "12th 14:30"), before a part of the day
  ("21st (morning)"), as the value of a date-like form label ("In: 4th", "Promised: 18th", "Due: 3rd",
  "Collected: 9th"), after a scheduling phrase ("booked for 21st", "until the 3rd."), and ending the
  heading of a day sheet ("lesson board 6th", "rota 14th"). Public look-alikes are ordinals before a
  noun ("5th edition", "the 3rd floor", "21st century"), rankings ("came 3rd", "Place: 2nd", "Floor:
  3rd" have no date label) and anniversaries; none of them is followed by a time or stands after a
  date label, and a noun after the ordinal always keeps it public.
- **A date's own full stop**: Serbian, Croatian, Hungarian, Slovene and Czech write a dot after the
  year of a numeric date ("12.5.2027.", "2024. 06. 18."); a DATE span ending in such a date grows over
  the dot that follows it (the dot is part of the written date; a sentence's own dot is then covered
  too, which tags no word).
- A bare day/month after a passive verb of scheduling ("to be erected 16/10.", "will be fitted 3/4
  ...") reuses round 9's check of calendar pairs, fractions and ratios.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.recall.places_dates_r9 import PUBLIC_PAIRS
from dpfusion_integrations.tagging.spans import Span

__all__ = [
    "MONGOLIAN_DATE_RULE",
    "ORDINAL_DATE_RULES",
    "TURKIC_DATE_RULE",
    "TURKIC_MONTHS",
    "grow_date_dots",
    "values_date_detector",
]

_SCORE = 0.85
_ORDINAL_SCORE = 0.8

# --- Mongolian ---------------------------------------------------------------------------------

_MN_DAY_SUFFIX = r"(?:[-‑]?(?:нд|ний|ны|нээс|наас|ноос|ээс|аас|оос|өөс|нөөс|ээр|аар|хүртэл))?(?:[ ]өдөр\w*)?"
_MONGOLIAN = re.compile(
    r"(?<![\w.])(?:19|20)\d{2}[ ]?(?:оны|он)[ ](?:0?[1-9]|1[0-2])(?:[-‑]?(?:р|дугаар|дүгээр))?[ ]"
    rf"(?:(?:сарын|сар)[ ](?:0?[1-9]|[12]\d|3[01])(?!\d){_MN_DAY_SUFFIX}|сар(?:ын|д|аас)?)(?![\w])"
)
MONGOLIAN_DATE_RULE = RegexRule("r10 Mongolian year-month-day", DATE, _MONGOLIAN, _SCORE)

# --- Turkic month names --------------------------------------------------------------------------

#: Month names of Turkic languages (Uzbek, Azerbaijani, Turkmen, Kazakh, Kyrgyz, Tatar), Latin and Cyrillic.
TURKIC_MONTHS: tuple[str, ...] = (
    # Uzbek and Azerbaijani Latin
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "avqust", "sentyabr",
    "sentabr", "oktyabr", "oktabr", "noyabr", "dekabr",
    # Turkmen
    "ýanwar", "fewral", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr", "noýabr",
    # Kazakh Latin (2021 and 2018 alphabets)
    "qańtar", "qantar", "aqpan", "naýryz", "nauryz", "sáýir", "sauir", "mamyr", "maýsym", "mausym",
    "shilde", "tamyz", "qyrkúıek", "qyrkuiek", "qazan", "qarasha", "jeltoqsan",
    # Kazakh Cyrillic
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
    "қараша", "желтоқсан",
    # Uzbek, Kyrgyz and Tatar Cyrillic (Russian-derived, without the soft sign)
    "январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр", "гыйнвар",
    "февраль", "гыйнварь", "үчтүн", "бирдин", "жалган",
)
#: Month names that are words of other languages: only with a dash before or a year after.
_AMBIGUOUS = frozenset({"mart", "may", "qazan", "қазан", "mamyr", "tamyz"})
_SUFFIX = r"(?:da|dan|gacha|ning|ta|tan|ga|de|den|dä|dan|ыда|да|де|та|те|дан|ден|нан|нен|ға|ге|ня|ь)?"
_YEAR_WORD = r"(?:[-‑ ]?(?:yil|yili|yilda|yilning|yıl|yılı|il|ildə|-ci[ ]il|-cü[ ]il|-cı[ ]il|-cu[ ]il|йил|жыл|жылы|жылғы|ж\.|ýyl|ýylyň))"
_TURKIC = re.compile(
    rf"(?<![\w.:/-])(?:(?P<ylead>(?:19|20)\d{{2}}{_YEAR_WORD}),?[ ])?"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[-‑][ ]?|[ ])"
    rf"(?P<month>(?i:{'|'.join(sorted(set(TURKIC_MONTHS), key=len, reverse=True))})){_SUFFIX}"
    rf"(?![\w])(?P<year>,?[ ](?:19|20)\d{{2}}(?!\d)(?:{_YEAR_WORD}|[-‑]?(?:da|də|yilda|жылы))?)?(?![\w])"
)


def _turkic_date(match: re.Match[str]) -> bool:
    """A month word that is also a word counts only with a dash before it or a year next to it."""
    if match.group("month").lower() not in _AMBIGUOUS:
        return True
    return "-" in match.group("sep") or "‑" in match.group("sep") or bool(match.group("year") or match.group("ylead"))


TURKIC_DATE_RULE = RegexRule("r10 Turkic day-month(-year)", DATE, _TURKIC, _SCORE, _turkic_date)

# --- ordinals alone as a date ----------------------------------------------------------------------

_ORD = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)"
_TIME = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?(?:[ ]?(?:am|pm|a\.m\.|p\.m\.|h|hrs))?"
#: A timestamp after the ordinal at a line's start (a chat export): a clock time.
_CHAT_STAMP = re.compile(rf"(?m)^[ \t]*\[?(?P<value>{_ORD})[ ,]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")
#: The ordinal before a time ("29th at 10?", "12th 14:30", "3rd @ 9am"), or a part of the day.
_BEFORE_TIME = re.compile(
    rf"(?<![\w.,/-])(?P<value>{_ORD})(?:[ ](?:at|@|from|by)[ ]{_TIME}(?![\w.:]\d|[ ]?(?:km|mi|m|min|mins|minutes|sec|%|points?|pts)\b|\w)"
    r"|[ ]\d{1,2}:[0-5]\d(?!\d)"
    r"|[ ]\(?(?:morning|afternoon|evening|night|noon|midday|am|pm|a\.m\.|p\.m\.|lunchtime|eod|first[ ]thing)\)?(?![\w]))"
)
#: Form labels after which an ordinal is a day of the month.
_DATE_LABELS = (
    r"in|out|promised|due|date|day|when|on|from|to|until|till|since|start|starts|started|end|ends|ended"
    r"|received|booked|booking|arrived|arrival|arrive|departure|depart|departed|delivered|delivery|collected"
    r"|collection|pickup|pick-up|picked[ ]up|dropped[ ]off|drop-off|return|returned|returns|ready|opened"
    r"|closed|issued|paid|signed|visit|next[ ]visit|last[ ]visit|appointment|appt|deadline|expiry|expires"
    r"|valid[ ]until|follow-up|followup|review|reviewed|checked|check-in|check-out|checkin|checkout|seen"
    r"|last[ ]seen|service|next[ ]service|last[ ]service|fitted|installed|completed|done|sent|posted"
    r"|dispatched|shipped|ordered|requested|reported|logged|filed|viewing|moving|move[ ]in|move[ ]out"
    r"|eta|etd|scheduled|planned|expected|lesson|class|session|trial|hearing|court|exam|test|repair|repaired"
)
_LABELLED = re.compile(
    rf"(?<![\w])(?i:{_DATE_LABELS})[ \t]*:[ \t]*(?P<value>{_ORD})(?=[ \t]*$|[ \t]{{2,}}|[ \t]*[|;,]|\.(?:[ \t]|$))",
    re.MULTILINE,
)
#: Scheduling phrases after which an ordinal is a date ("booked for 21st", "until the 3rd.").
_SCHEDULING = (
    r"booked[ ]for|booked[ ]in[ ]for|scheduled[ ]for|planned[ ]for|set[ ]for|moved[ ]to|postponed[ ]to"
    r"|rescheduled[ ]to|rescheduled[ ]for|pushed[ ]to|brought[ ]forward[ ]to|due[ ]on|due[ ]by|due|until"
    r"|till|untill|no[ ]later[ ]than|see[ ]you[ ]on|see[ ]you|arriving|arriving[ ]on|leaving[ ]on|back[ ]on"
    r"|starting|starting[ ]on|from|since|on|by|before|after|expected[ ]on|ready[ ]on|ready[ ]by|delivery[ ]on"
)
_AFTER_SCHEDULING = re.compile(
    rf"(?<![\w])(?i:{_SCHEDULING})[ ](?:the[ ])?(?P<value>{_ORD})"
    r"(?=[ \t]*$|[.!?;](?:[ \t]|$)|[ ]?[(]|,[ ](?!\d)|[ ](?:or|and|-|–|to)[ ](?:the[ ])?\d{1,2}(?:st|nd|rd|th)\b|[ ]?[-–][ ]?\d{1,2}(?:st|nd|rd|th)\b|[ ]please\b|[ ]if\b|[ ]then\b|[ ]instead\b)",
    re.MULTILINE,
)
#: Nouns that head a day's sheet or list ("lesson board 6th", "rota 14th"): the ordinal ends the line.
_SHEET_NOUNS = (
    r"board|schedule|rota|roster|timetable|programme|program|plan|agenda|bookings|slots|lessons|shifts?"
    r"|sheet|log|diary|list|runs?|deliveries|collections|appointments|clinic|surgery|list|menu|orders"
)
_SHEET_HEADING = re.compile(
    rf"(?<![\w])(?i:{_SHEET_NOUNS})[ ](?:for[ ])?(?:the[ ])?(?P<value>{_ORD})[ \t]*:?[ \t]*$", re.MULTILINE
)

ORDINAL_DATE_RULES: tuple[RegexRule, ...] = (
    RegexRule("r10 ordinal as a chat timestamp", DATE, _CHAT_STAMP, _ORDINAL_SCORE),
    RegexRule("r10 ordinal before a time", DATE, _BEFORE_TIME, _ORDINAL_SCORE),
    RegexRule("r10 ordinal after a date label", DATE, _LABELLED, _ORDINAL_SCORE),
    RegexRule("r10 ordinal after a scheduling phrase", DATE, _AFTER_SCHEDULING, _ORDINAL_SCORE),
    RegexRule("r10 ordinal ending a day-sheet heading", DATE, _SHEET_HEADING, _ORDINAL_SCORE),
)

# --- day/month after a passive verb of scheduling -------------------------------------------------

_PASSIVE_PAIR = re.compile(
    r"(?<![\w])(?i:to[ ]be|will[ ]be|is[ ]being|are[ ]being|should[ ]be|must[ ]be|can[ ]be|gets?|be)[ ]"
    r"(?:[a-z]+[ ])?[a-z]{3,}ed[ ](?:on[ ])?(?P<value>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\d/]|[.,:-]\d|%|[^\W\d_]|[ ](?i:of)\b)"
)


def _calendar_pair(match: re.Match[str]) -> bool:
    """A calendar date either way round, no phrase or ratio, no mark out of 5 or 10, no simple fraction."""
    first, second = int(match.group("a")), int(match.group("b"))
    if not ((1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)):
        return False
    if match.group("value") in PUBLIC_PAIRS or (second in (5, 10) and first <= second):
        return False
    return not (second <= 4 and first < second)


PASSIVE_PAIR_RULE = RegexRule("r10 day and month after a passive verb", DATE, _PASSIVE_PAIR, _ORDINAL_SCORE, _calendar_pair)


def values_date_detector() -> RegexDetector:
    """Mongolian and Turkic dates, ordinals in a date position, day/month after a passive verb."""
    return RegexDetector(
        "values-dates-r10",
        [MONGOLIAN_DATE_RULE, TURKIC_DATE_RULE, *ORDINAL_DATE_RULES, PASSIVE_PAIR_RULE],
    )


# --- a numeric date's own dot ----------------------------------------------------------------------

_DOTTED_END = re.compile(r"(?:\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:19|20)\d{2}|(?:19|20)\d{2}\.[ ]?\d{1,2}\.[ ]?\d{1,2})$")


def grow_date_dots(text: str, spans: list[Span]) -> list[Span]:
    """A DATE span ending in a dotted numeric date ("12.5.2027") grows over the dot written after it."""
    out: list[Span] = []
    for span in spans:
        end = span.end
        if (span.entity_type == DATE and end < len(text) and text[end] == "."
                and not (end + 1 < len(text) and text[end + 1].isdigit())
                and _DOTTED_END.search(text, max(span.start, end - 12), end) is not None):
            span = Span(span.start, end + 1, span.entity_type, span.score)
        out.append(span)
    return out
