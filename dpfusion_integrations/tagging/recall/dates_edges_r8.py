"""Round 8: what belongs to a date span at its edges: a weekday name of many languages, and the first
day of a range of days.

- **weekday names** of the languages round 6's list (:data:`~dpfusion_integrations.tagging.recall.
  short_dates_r6.WEEKDAYS_R6`) lacks (none of its names is repeated here): Hungarian, Greek, Russian, Ukrainian, Bulgarian, Serbian,
  Croatian, Bosnian, Slovene, Slovak, Lithuanian, Latvian, Estonian, Icelandic, Irish, Welsh, Basque,
  Catalan, Galician, Albanian, Malay, Tagalog, Swahili, Afrikaans, Vietnamese and Maltese; right before
  a DATE span that starts with a digit ("csütörtök 2024. 06. 06.", "Jumatatu, 3 Machi 2025", "Thứ
  Hai, ngày 9 tháng 6") or right after a DATE span with a comma or in brackets, the Hungarian and
  Baltic order ("2024. június 6., csütörtök", "6. 6. 2024 (ketvirtadienis)"). Only full names: the
  short forms are words elsewhere; the full names are not, so any DATE span may take one. Short forms
  join only where they cannot be words: round 6's in brackets after a date ("18/06/2024 (Tue)"), the
  two-letter ones capitalised with a dot or comma before one ("Di., 18.06.2024", "Čt, 4. 2."; those that
  are also English words, "So", "To", "Do", "On", "Ma", "Su", only with the dot), and
  Chinese, Japanese and Korean weekdays in brackets ("2024/6/18(火)", "6월 18일(화)");
- **the first day of a range** before a DATE span that starts with a day of one or two digits
  ("12–14 June 2024", "4.–6.
  června 2026", "3 al 5 de junio", "10 to 12 March"): a day number and a dash or a range word.

Over-tagging risk: a number and a dash before a date that is not its first day ("rooms 3- 14 May").
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import DATE
from dpfusion_integrations.tagging.recall.dates_atoms_r8 import DAY, START
from dpfusion_integrations.tagging.recall.short_dates_r6 import WEEKDAYS_R6
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["WEEKDAYS_R8", "grow_date_edges"]

#: Full weekday names (regex alternatives, any case) of the languages round 6's list lacks.
WEEKDAYS_R8 = (
    r"hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap"
    r"|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|deftera|triti|tetarti|pempti|paraskevi"
    r"|savvato|kyriaki"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер"
    r"|п['ʼ’]ятниця|субота|неділя|понеделник|сряда|четвъртък|петък|събота|неделя|понедељак|уторак"
    r"|четвртак|петак|недеља"
    r"|ponedjeljak|ponedeljak|ponedeljek|utorak|torek|srijeda|sreda|četvrtak|četrtek|petak|petek|subota"
    r"|nedjelja|nedelja|pondelok|utorok|štvrtok|piatok|nedeľa"
    r"|pirmadienis|antradienis|trečiadienis|ketvirtadienis|penktadienis|šeštadienis|sekmadienis"
    r"|pirmdiena|otrdiena|trešdiena|ceturtdiena|piektdiena|sestdiena|svētdiena"
    r"|esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev"
    r"|mánudagur|þriðjudagur|miðvikudagur|fimmtudagur|föstudagur|laugardagur|sunnudagur"
    r"|dé[ ]luain|dé[ ]máirt|dé[ ]céadaoin|déardaoin|dé[ ]haoine|dé[ ]sathairn|dé[ ]domhnaigh"
    r"|dydd[ ](?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)"
    r"|astelehena|asteartea|asteazkena|osteguna|ostirala|larunbata|igandea"
    r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|luns|mércores|xoves|venres"
    r"|e[ ](?:hënë|martë|mërkurë|enjte|premte|shtunë|diel)"
    r"|isnin|khamis|jumaat|ahad|miyerkules|huwebes|biyernes|linggo"
    r"|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili"
    r"|vrydag|saterdag|sondag"
    r"|thứ[ ](?:hai|ba|tư|năm|sáu|bảy)|chủ[ ]nhật"
    r"|it-tnejn|it-tlieta|l-erbgħa|il-ħamis|il-ġimgħa|is-sibt|il-ħadd"
)
#: Two-letter weekday abbreviations (German, Dutch, Scandinavian, Czech, Slovak, Polish, Spanish,
#: Croatian), capitalised, counted only with a dot or comma right after them and a date next.
_TWO_LETTER = r"Mo|Di|Mi|Fr|Sa|Wo|Za|Zo|Ti|Lø|Sø|Lö|Sö|Po|Út|Ut|St|Čt|Pá|Ne|Pn|Wt|Śr|Cz|Pt|Nd|Lu|Ju|Vi|Sá|Če|Pe"
#: Two-letter abbreviations that are also English words or sentence openers ("So, 12 May", "On, ..."):
#: counted only with their dot ("So. 12. Mai", "Do., 4. 6.").
_TWO_LETTER_WORDS = r"So|To|Do|On|Ma|Su"
_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?i:{WEEKDAYS_R8})\.?,?|(?:{_TWO_LETTER})(?:\.,?|,)|(?:{_TWO_LETTER_WORDS})\.,?)[ ]{{1,2}}\Z"
)
#: After a date: a full weekday name after a comma or in brackets; any weekday name of round 6's list
#: or a Chinese, Japanese or Korean weekday only in brackets ("18/06/2024 (Tue)", "2024/6/18(火)").
_AFTER = re.compile(
    rf"\A(?:(?:,[ ]|[ ]?\()(?i:{WEEKDAYS_R8})\)?|[ ]?\((?i:{WEEKDAYS_R6})\.?\)"
    r"|[ ]?[(（](?:[月火水木金土日](?:曜日?)?|[一二三四五六日]|[월화수목금토일](?:요일)?)[)）])(?![\w])"
)
#: A first day and a dash or range word before a date that starts with a day.
_RANGE_START = re.compile(
    rf"{START}{DAY}(?:\.|st|nd|rd|th|er)?[ ]?"
    r"(?:[–—-]|(?i:to|till|until|bis|au|al|a|do|až|iki|līdz|kuni|és|til|tot|tới|hadi)[ ])[ ]?\Z"
)
_STARTS_WITH_DAY = re.compile(r"\d{1,2}(?!\d)")
_LOOK = 32


def grow_date_edges(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each date grown over a weekday name before or after it and each DATE span over
    the first day of a range before it; sorted, non-overlapping.

    A span of another type that starts (for a weekday before) or ends (for one after) with a digit is
    grown too: where a number-and-word detector typed a date otherwise ("12 Juni 2025" read as a
    street), the full weekday name beside it is still part of the date."""
    out: list[Span] = []
    for span in spans:
        is_date = span.entity_type == DATE
        start, end = span.start, span.end
        if is_date and _STARTS_WITH_DAY.match(text, start):
            first_day = _RANGE_START.search(text, max(0, start - _LOOK), start)
            if first_day is not None:
                start = first_day.start()
        if is_date or text[start : start + 1].isdigit():
            weekday = _BEFORE.search(text, max(0, start - _LOOK), start)
            if weekday is not None:
                start = weekday.start()
        if is_date or text[end - 1 : end].isdigit():
            after = _AFTER.match(text[end : end + _LOOK])
            if after is not None:
                end += after.end()
        out.append(span if (start, end) == (span.start, span.end) else Span(start, end, span.entity_type, span.score))
    return merge_spans(out)
