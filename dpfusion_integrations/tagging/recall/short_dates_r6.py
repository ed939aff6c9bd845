"""Round 6: short dates without a year, month-and-year dates, East Asian dates, and weekdays of many
languages before a date.

- **day and month with a slash** ("booked for 17/7", "When: 28/2", "Next review: 12/5", "Delivery
  note 28/06", "(6/12)"), either order (day/month or month/day), after a cue word of scheduling and
  record keeping ("for", "when", "booked", "review", "note", "visit", "held", "from", "to", a bracket
  ...), in a range of two ("05/04 to 28/08"), before a time ("08/07 08:40"), or on its own when written
  with two digits each and a leading zero or a day over twelve ("28/06", "07/04"). Fractions, ratios
  and ratings stay public: the parts must make a calendar date (so "50/50", "20/20", "24/7" do not), a
  unit or "of" after the value rules it out ("1/2 cup", "3/4 of the time"), and the lone two-digit
  form never takes a denominator of ten ("08/10");
- **other short forms**: day and month with a hyphen after a dated cue or a preposition that introduces
  a date in other languages ("op 3-5", "dated 14-3"; not after "on", "by" or "from", where scores and
  hours stand), two-digit day and month with a dot before a time ("12.05 o 10:00"), a day and an
  abbreviated month of other languages ("2 févr.", "25 dic."; abbreviations that are English words,
  "set", "ago", "out", only with a year);
- **month and year** ("since 04/2022", "in 07.2024", "(12.2021 – present)", "01-2023"): a two-digit
  month and a four-digit year, or a one-digit month after a cue;
- **Chinese, Japanese and Korean dates** ("2024年3月5日", "3月5日", "2024년 3월 5일");
- **a weekday before a date** (after the union, :func:`grow_weekdays`): "Sun 21/04/2019", "dimanche
  20 mai 2018", "miércoles, 29 de agosto de 2018", "Dienstag, 4. Juni": a weekday name of one of many
  languages (two-letter abbreviations left out: they are words elsewhere) right before a DATE span
  that starts with a digit joins it.

Typed DATE. Over-tagging risk: a fraction after a cue word with no unit after it ("for 3/4").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["SHORT_DATE_RULES", "WEEKDAYS_R6", "grow_weekdays", "short_date_detector"]

_CUE = (
    r"on|for|when|booked|scheduled|rescheduled|moved|postponed|held|visit|visited|review|reviewed|note|seen"
    r"|called|rang|phoned|emailed|sent|received|delivered|collected|returned|paid|signed|started|starting|ended"
    r"|ending|effective|from|to|till|til|until|by|due|since|before|after|dated|date|week[ ]of|w/c|w/e|wk|born"
    r"|admitted|discharged|follow-up|followup|reminder|expires|expiry|valid|closing|opened|closed|reported"
    r"|logged|occurred|happened|tomorrow|today|tonight|yesterday|next|last|this|appointment|appt|deadline"
    r"|arriving|arrives|leaving|leaves|departing|returning|checked|check-in|check-out|am|le|el|du|au|del|al"
    r"|vom|bis|ab|dal|il|em|op|tot|van"
)
_D = r"(?:[12]\d|3[01]|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_DM = rf"(?:{_D}/{_M}|{_M}/{_D})"
_UNIT = (
    r"[ ]?(?:%|(?i:of|cup|cups|tsp|tbsp|teaspoons?|tablespoons?|inch|inches|in|mile|miles|hours?|hrs?|mins?|minutes?"
    r"|days?|weeks?|months?|years?|pounds?|lbs?|kg|g|oz|mm|cm|m|km|ml|l|pints?|gallons?|litres?|liters?|the|a|an"
    r"|price|share|shares|stake|time|times|dose|doses|tablets?|tabs?|pills?|scale|split|ratio|odds|chance"
    r"|point|points|pt|pts|stars?|marks?|score|slice|slices|portion|portions|length|width|size|turn|turns)\b)"
)
_END = rf"(?![\w/]|[.,:]\d|{_UNIT}|[ ]?(?:to|-|–)[ ]?\d{{1,2}}/\d{{1,2}}{_UNIT})"
#: Day-month shapes that are phrases, not dates ("open 24/7", "since 9/11" names an event).
_PHRASES = frozenset({"24/7", "7/24", "9/11"})
_YEAR = r"(?:19|20)\d{2}"
#: Cues after which "3-5" is a day and month (dated words and the prepositions that introduce a date in
#: Dutch, German, French, Spanish, Italian and Portuguese); English "by", "from", "on" are left out
#: because scores and hours follow them ("won on 3-2", "from 9-5").
_HYPHEN_CUE = r"dated|due|booked[ ]for|scheduled[ ]for|until|delivery|levering|op|am|vom|le|du|el|del|il|dal|em|no|dia"
#: Abbreviated month names of other languages that are not English words (French, Spanish, Italian,
#: Portuguese, Dutch, German, Polish); the ones that are ("set", "ago", "out", "gen", "mag", "mai", "lis")
#: need a year after them.
_MONTH_ABBR = (
    r"janv|f[ée]vr|avr|juil|d[ée]c|ene|abr|dic|giu|lug|ott|fev|dez|mrt|okt|m[äa]rz|sty|lut|kwi|cze|wrz|pa[źz]|gru"
)
_AMBIGUOUS_ABBR = r"set|ago|out|gen|mag|mai|lis|sie|lip|mei|juin"


def _not_phrase(match: re.Match[str]) -> bool:
    return match.group("value") not in _PHRASES


def _two_digit_date(match: re.Match[str]) -> bool:
    first, second = match.group("value").split("/")
    return second != "10" and (first.startswith("0") or second.startswith("0") or int(first) > 12)


SHORT_DATE_RULES = (
    RegexRule("day and month after a scheduling cue", DATE,
              re.compile(rf"(?<![\w/])(?i:{_CUE})\.?:?[ \t]+(?:(?i:the)[ ]+)?(?P<value>{_DM}){_END}"), 0.8, _not_phrase),
    RegexRule("day and month with a hyphen after a dated cue", DATE,
              re.compile(rf"(?<![\w/])(?i:{_HYPHEN_CUE})\.?:?[ \t]+(?:(?i:the)[ ]+)?(?P<value>{_D}-{_M})(?![\w/-]|[.,:]\d|{_UNIT})"),
              0.75),
    RegexRule("day and month with a dot before a time", DATE,
              re.compile(r"(?<![\w/.:,-])(?P<value>(?:[0-2]\d|3[01])\.(?:0[1-9]|1[0-2]))(?=,?[ ]+(?:(?i:at|o|um|à|a[ ]las|alle|om|kl|klo|saat)\.?[ ]+)?"
                         r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d))"), 0.75),
    RegexRule("day and abbreviated month", DATE,
              re.compile(rf"(?<![\w/.-])(?P<value>{_D}\.?[ ](?:(?i:{_MONTH_ABBR})\.?|(?i:{_AMBIGUOUS_ABBR})\.?[ ](?:19|20)\d{{2}}))(?![\w])"),
              0.8, keep_end=True),
    RegexRule("day and month in brackets", DATE, re.compile(rf"\((?P<value>{_DM})\)"), 0.75, _not_phrase),
    RegexRule("range of day and month", DATE,
              re.compile(rf"(?<![\w/.:-])(?P<value>{_DM}[ ]?(?:to|till|until|-|–|—)[ ]?{_DM}){_END}"), 0.8),
    RegexRule("day and month before a time", DATE,
              re.compile(rf"(?<![\w/.:-])(?P<value>{_DM})(?=,?[ ]+(?:at[ ]+)?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d))"), 0.8),
    RegexRule("two-digit day and month", DATE,
              re.compile(rf"(?<![\w/.:,-])(?P<value>(?:[0-2]\d|3[01])/(?:[0-2]\d|3[01])){_END}"), 0.7,
              lambda m: _valid(m.group("value")) and _two_digit_date(m)),
    RegexRule("month and year", DATE,
              re.compile(rf"(?<![\w/.:,-])(?P<value>(?:0[1-9]|1[0-2])[/.-]{_YEAR})(?![\w/-]|[.,]\d)"), 0.8),
    RegexRule("one-digit month and year after a cue", DATE,
              re.compile(rf"(?<![\w/])(?i:{_CUE}|in)\.?:?[ \t]+(?P<value>[1-9]/{_YEAR})(?![\w/-]|[.,]\d)"), 0.75),
    RegexRule("East Asian date", DATE,
              re.compile(r"(?<!\d)(?:\d{4}[ ]?[年년][ ]?)?\d{1,2}[ ]?[月월][ ]?(?:\d{1,2}[ ]?[日일])?(?!\d)"), 0.85,
              lambda m: any(c in m.group(0) for c in "日일年년")),
)  # fmt: skip


def _valid(value: str) -> bool:
    first, second = (int(part) for part in value.split("/"))
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


#: Weekday names and their unambiguous short forms in English, French, Spanish, Portuguese, Italian,
#: German, Dutch, Scandinavian languages, Finnish, Polish, Czech, Romanian, Turkish and Indonesian.
WEEKDAYS_R6 = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|mi[ée]|jue|vie|s[áa]b|dom"
    r"|segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|seg|qua|qui|sex"
    r"|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|gio"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag"
    r"|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai"
    r"|poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela"
    r"|pond[ěe]l[íi]|[úu]ter[ýy]|st[řr]eda|[čc]tvrtek|p[áa]tek|ned[ěe]le"
    r"|mar[țt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]"
    r"|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu"
)
_BEFORE_DATE = re.compile(rf"(?<![\w-])(?i:{WEEKDAYS_R6})\.?,?[ ]+(?:(?i:the|le|el|den|der)[ ]+)?\Z")
_STARTS_WITH_DAY = re.compile(r"\d")


def grow_weekdays(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each DATE span that starts with a digit grown over a weekday name right before it."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type == DATE and _STARTS_WITH_DAY.match(text, span.start):
            before = _BEFORE_DATE.search(text, max(0, span.start - 24), span.start)
            if before is not None:
                out.append(Span(before.start(), span.end, span.entity_type, span.score))
                continue
        out.append(span)
    return merge_spans(out)


def short_date_detector() -> RegexDetector:
    return RegexDetector("short-date-r6", SHORT_DATE_RULES)
