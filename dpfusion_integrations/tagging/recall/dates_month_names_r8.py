"""Round 8: month names of many languages, with the case forms dates use, as regex alternations.

Written from general knowledge for the date rules of :mod:`~dpfusion_integrations.tagging.recall.
dates_named_r8`. The earlier table (:mod:`~dpfusion_integrations.tagging.recall.dates`) knows English,
French, German, Spanish, Italian, Portuguese, Dutch, Polish and Turkish names and reads them only in
the day-month(-year) order; this one adds the other languages of Europe and many beyond, in every
form a written date uses:

- **nominative** ("kesäkuu", "leden", "jūnijs", "Μάιος", "январь"), **genitive** ("června",
  "lipnja", "birželio", "Ιουνίου", "июня", "червня", "ekainaren"), **partitive** (Finnish
  "kesäkuuta"), **locative/inessive** ("kesäkuussa", "jūnijā", "v červnu"), Albanian definite forms
  ("qershori"), Welsh mutations ("Fehefin");
- **abbreviations** written with a dot ("szept.", "pro.", "lis.", "tammik.", "Ιουν."), kept apart
  because several are words or word starts in other languages: they count only with a dot or a year.

Names that are also common words in English or in documents (``AMBIGUOUS``: "mars", "mac", "mart",
"mai", "medi", "liepa", ...) count only where a year follows, so "5 Mac laptops" stays public.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "AMBIGUOUS",
    "MONTH_NAMES",
    "abbreviation_alternation",
    "alternation",
    "month_names",
    "month_words",
]

#: Full month names and case forms by language (lower case; matched in any case).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    # English in lower case and the Scandinavian forms that share its spelling ("21. april 2027")
    "english": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"),
    "danish-norwegian": ("januar", "februar", "marts", "mars", "april", "maj", "mai", "juni", "juli",
                         "august", "september", "oktober", "november", "december", "desember"),
    "swedish": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                "oktober", "november", "december"),
    "icelandic": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
                  "október", "nóvember", "desember"),
    "german": ("januar", "jänner", "februar", "feber", "märz", "maerz", "april", "mai", "juni", "juli",
               "august", "september", "oktober", "november", "dezember"),
    "luxembourgish": ("januar", "februar", "mäerz", "abrëll", "mee", "juni", "juli", "august",
                      "september", "oktober", "november", "dezember"),
    "finnish": tuple(f"{stem}kuu{case}" for stem in ("tammi", "helmi", "maalis", "huhti", "touko", "kesä",
                                                       "heinä", "elo", "syys", "loka", "marras", "joulu")
                     for case in ("", "ta", "ssa", "n", "lla", "sta", "hun")),
    "estonian": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
                 "september", "oktoober", "november", "detsember", "jaanuaril", "veebruaril",
                 "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil", "septembril",
                 "oktoobril", "novembril", "detsembril"),
    "hungarian": ("január", "február", "március", "április", "május", "június", "július", "augusztus",
                  "szeptember", "október", "november", "december", "januári", "februári",
                  "márciusi", "áprilisi", "májusi", "júniusi", "júliusi", "augusztusi",
                  "szeptemberi", "októberi", "novemberi", "decemberi", "januárban", "júniusban"),
    "czech": ("leden", "ledna", "lednu", "únor", "února", "únoru", "březen", "března", "březnu",
              "duben", "dubna", "dubnu", "květen", "května", "květnu", "červen", "června", "červnu",
              "červenec", "července", "červenci", "srpen", "srpna", "srpnu", "září", "říjen", "října",
              "říjnu", "listopad", "listopadu", "prosinec", "prosince", "prosinci"),
    "slovak": ("január", "januára", "januári", "február", "februára", "februári", "marec", "marca",
               "apríl", "apríla", "apríli", "máj", "mája", "máji", "jún", "júna", "júni", "júl", "júla",
               "júli", "august", "augusta", "auguste", "september", "septembra", "septembri",
               "október", "októbra", "októbri", "november", "novembra", "novembri", "december",
               "decembra", "decembri"),
    "polish": ("styczeń", "stycznia", "styczniu", "luty", "lutego", "lutym", "marzec", "marca", "marcu",
               "kwiecień", "kwietnia", "kwietniu", "maj", "maja", "maju", "czerwiec", "czerwca",
               "czerwcu", "lipiec", "lipca", "lipcu", "sierpień", "sierpnia", "sierpniu", "wrzesień",
               "września", "wrześniu", "październik", "października", "październiku", "listopad",
               "listopada", "listopadzie", "grudzień", "grudnia", "grudniu"),
    "croatian": ("siječanj", "siječnja", "siječnju", "veljača", "veljače", "veljači", "ožujak", "ožujka",
                 "ožujku", "travanj", "travnja", "travnju", "svibanj", "svibnja", "svibnju", "lipanj",
                 "lipnja", "lipnju", "srpanj", "srpnja", "srpnju", "kolovoz", "kolovoza", "kolovozu",
                 "rujan", "rujna", "rujnu", "listopad", "listopada", "listopadu", "studeni", "studenoga",
                 "studenog", "studenom", "prosinac", "prosinca", "prosincu"),
    "serbian-bosnian-latin": ("januar", "januara", "januaru", "februar", "februara", "februaru", "mart",
                              "marta", "martu", "april", "aprila", "aprilu", "maj", "maja", "maju", "jun",
                              "juni", "juna", "junu", "jul", "juli", "jula", "julu", "avgust", "avgusta",
                              "avgustu", "august", "augusta", "septembar", "septembra", "septembru",
                              "oktobar", "oktobra", "oktobru", "novembar", "novembra", "novembru",
                              "decembar", "decembra", "decembru"),
    "slovene": ("januar", "januarja", "januarju", "februar", "februarja", "februarju", "marec", "marca",
                "marcu", "april", "aprila", "aprilu", "maj", "maja", "maju", "junij", "junija", "juniju",
                "julij", "julija", "juliju", "avgust", "avgusta", "avgustu", "september", "septembra",
                "septembru", "oktober", "oktobra", "oktobru", "november", "novembra", "novembru",
                "december", "decembra", "decembru"),
    "lithuanian": ("sausis", "sausio", "vasaris", "vasario", "kovas", "kovo", "balandis", "balandžio",
                   "gegužė", "gegužės", "birželis", "birželio", "liepa", "liepos", "rugpjūtis",
                   "rugpjūčio", "rugsėjis", "rugsėjo", "spalis", "spalio", "lapkritis", "lapkričio",
                   "gruodis", "gruodžio"),
    "latvian": ("janvāris", "janvārī", "janvāra", "februāris", "februārī", "februāra", "marts", "martā",
                "marta", "aprīlis", "aprīlī", "aprīļa", "maijs", "maijā", "maija", "jūnijs", "jūnijā",
                "jūnija", "jūlijs", "jūlijā", "jūlija", "augusts", "augustā", "augusta", "septembris",
                "septembrī", "septembra", "oktobris", "oktobrī", "oktobra", "novembris", "novembrī",
                "novembra", "decembris", "decembrī", "decembra"),
    "romanian": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                 "septembrie", "octombrie", "noiembrie", "decembrie"),
    "greek": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "μαίου", "ιουνίου",
              "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
              "ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος",
              "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"),
    "greek-latin": ("ianouariou", "fevrouariou", "martiou", "apriliou", "maiou", "iouniou", "iouliou",
                    "avgoustou", "septemvriou", "oktovriou", "noemvriou", "dekemvriou", "ianouarios",
                    "fevrouarios", "martios", "aprilios", "maios", "iounios", "ioulios", "avgoustos",
                    "septemvrios", "oktovrios", "noemvrios", "dekemvrios"),
    "russian": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь",
                "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "ukrainian": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                  "вересня", "жовтня", "листопада", "грудня", "січень", "лютий", "березень", "квітень",
                  "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад",
                  "грудень"),
    "belarusian": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
                   "верасня", "кастрычніка", "лістапада", "снежня"),
    "bulgarian-macedonian": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                             "септември", "октомври", "ноември", "декември", "јануари", "февруари",
                             "мај", "јуни", "јули", "септември", "октомври", "ноември", "декември"),
    "serbian-cyrillic": ("јануар", "јануара", "фебруар", "фебруара", "март", "марта", "април", "априла",
                         "мај", "маја", "јун", "јуна", "јул", "јула", "август", "августа", "септембар",
                         "септембра", "октобар", "октобра", "новембар", "новембра", "децембар",
                         "децембра"),
    "romance-other": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
                      "octubre", "novembre", "desembre",  # Catalan
                      "xaneiro", "febreiro", "marzo", "maio", "xuño", "xullo", "agosto", "setembro",
                      "outubro", "novembro", "decembro"),  # Galician
    "basque": tuple(f"{stem}{case}" for stem in ("urtarril", "otsail", "martxo", "apiril", "maiatz", "ekain",
                                                  "uztail", "abuztu", "irail", "urri", "azaro", "abendu")
                    for case in ("a", "aren", "ren", "an", "ean")),
    "albanian": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
                 "tetor", "nëntor", "dhjetor", "janari", "shkurti", "marsi", "prilli", "maji",
                 "qershori", "korriku", "gushti", "shtatori", "tetori", "nëntori", "dhjetori"),
    "maltese": ("jannar", "frar", "marzu", "april", "mejju", "ġunju", "gunju", "lulju", "awwissu",
                "settembru", "ottubru", "novembru", "diċembru", "dicembru"),
    "irish": ("eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa",
              "meán fómhair", "deireadh fómhair", "samhain", "nollaig"),
    "welsh": ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "fehefin", "gorffennaf",
              "orffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"),
    "indonesian-malay": ("januari", "februari", "maret", "mac", "april", "mei", "juni", "jun", "juli",
                         "julai", "agustus", "ogos", "september", "oktober", "november", "desember",
                         "disember"),
    "tagalog": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
                "septiyembre", "oktubre", "nobyembre", "disyembre"),
    "swahili": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba",
                "oktoba", "novemba", "desemba"),
    "afrikaans": ("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus",
                  "september", "oktober", "november", "desember"),
    "hebrew": ("ינואר", "פברואר", "מרץ", "מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
               "אוקטובר", "נובמבר", "דצמבר"),
    "arabic": ("يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس",
               "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"),
    "hindi": ("जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
              "सितम्बर", "अक्टूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर"),
    "thai": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}  # fmt: skip

#: Abbreviations written with a final dot (the dot is part of the pattern), by language.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "english": ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    "hungarian": ("jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec"),
    "czech": ("led", "úno", "bře", "dub", "kvě", "čvn", "čer", "čvc", "srp", "zář", "říj", "lis", "pro"),
    "finnish": ("tammik", "helmik", "maalisk", "huhtik", "toukok", "kesäk", "heinäk", "elok", "syysk",
                "lokak", "marrask", "jouluk"),
    "nordic-baltic": ("jan", "febr", "feb", "apr", "aug", "sept", "sep", "okt", "nov", "des", "dets",
                      "veebr", "jaan"),
    "romanian": ("ian", "febr", "mart", "apr", "iun", "iul", "aug", "sept", "oct", "noiem", "dec"),
    "croatian-serbian": ("sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu",
                         "pro", "avg"),
    "lithuanian-latvian": ("saus", "vas", "bal", "geg", "birž", "rugp", "rugs", "spal", "lapkr", "gruod",
                           "janv", "febr", "marts", "apr", "jūn", "jūl", "aug", "sept", "okt", "nov",
                           "dec"),
    "greek": ("ιαν", "φεβ", "μαρ", "απρ", "ιουν", "ιουλ", "αυγ", "σεπ", "σεπτ", "οκτ", "νοε", "δεκ"),
    "cyrillic": ("янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сент", "сен", "окт", "нояб",
                 "дек", "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт",
                 "лист", "груд"),
    "indonesian-malay-tagalog": ("agt", "agu", "okt", "des", "dis", "peb", "hun", "hul", "set", "ene"),
}  # fmt: skip

#: Names that are also words in English or in everyday documents ("Mars", "mart", "Mac", "may",
#: "medi", "mee", "liepa" a tree, "nollaig" Christmas): they count only where a year follows.
AMBIGUOUS: frozenset[str] = frozenset({
    "march", "may", "mars", "mart", "marta", "maj", "mai", "mac", "mee", "mei", "maio", "mayo", "medi",
    "mawrth", "awst", "liepa", "kovas", "nollaig", "samhain", "jun", "jul", "juli", "maja", "mail", "marca",
    "marzo", "agosto", "enero", "abril", "machi", "august", "augusta", "gener", "urria", "urrian",
    "marsi", "maji", "lipa", "rujan", "studeni", "tetor", "gusht", "julie", "junie",
    "marco", "maiou", "maios", "ebrill", "hydref", "ionawr", "mäerz", "maerz", "apríli", "máji", "júni",
    "júli", "marcu", "maju", "aprilu", "julu", "junu", "augustil",
})  # fmt: skip


def month_names(*, ambiguous: bool) -> frozenset[str]:
    """The full month names (lower case), with or without ``AMBIGUOUS``."""
    names = {name for forms in MONTH_NAMES.values() for name in forms}
    return frozenset(names if ambiguous else names - AMBIGUOUS)


def month_words() -> frozenset[str]:
    """Every full name and abbreviation (lower case, without a dot): for a word already set between
    date separators ("18/Jun/2024", "18.Juni.2024"), where no word is ambiguous."""
    return month_names(ambiguous=True) | {name for forms in ABBREVIATIONS.values() for name in forms}


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=lambda w: (-len(w), w)))


def alternation(*, ambiguous: bool) -> str:
    """The full month names as one regex alternation (longest first), with or without ``AMBIGUOUS``."""
    return _alternation(set(month_names(ambiguous=ambiguous)))


def abbreviation_alternation() -> str:
    """The dotted abbreviations (without their dot) as one regex alternation, longest first."""
    return _alternation({name for forms in ABBREVIATIONS.values() for name in forms})
