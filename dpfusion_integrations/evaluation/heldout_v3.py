"""The third held-out tagging set (v3): new templates, new value shapes, frozen before measuring.

v1 and v2 share one template set (``heldout_templates``) and had both been read during tuning, so v3
uses templates written afresh (``heldout_templates_v3``) in fourteen other domains, and widens what the
values look like while keeping the documents, gold conventions and file format of ``heldout``:

* **names** from 42 Faker locales, eleven of them unused by v2 (``de_LI``, ``de_LU``, ``fr_BE``,
  ``fr_CH``, ``es_CL``, ``es_CA``, romanised ``zh_TW``, and Russian, Ukrainian, Bulgarian and Greek
  names transliterated to Latin script by the table below); particles (``van der``, ``de la``,
  ``von``, ``O'``, ``bin``/``binti``, ``dos``), double and hyphenated surnames; new written forms
  (``J. K. Surname``, ``J.K. Surname``, ``A.B.``, ``First L.``, ``SURNAME, J.K.``, all capitals, and
  ``First SURNAME``) and titles that agree with the person's gender (``Herr``/``Frau``, ``M.``/``Mme``,
  ``Sr.``/``Sra.``);
* **organisations** of sixteen kinds with new name shapes, among them single invented brand-like
  words (``Velora``), NGOs, shops, vets, dental practices and airlines;
* **addresses** in 24 countries (six added: Hungary, Slovakia, Romania, New Zealand, Mexico, Chile),
  flat/unit lines and postcodes alone; **phones** in 28 national layouts with extensions;
  **dates** in about 45 formats, German, French and Spanish month names included;
* **identifiers** of 34 kinds (membership, visa, e-ticket, bag tag, microchip, invoice, order,
  tracking, court docket, transaction, device MAC, asset tag, candidate, driving licence, health
  numbers, ...), and internal **URLs** that carry a case or ticket number.

Everything random is drawn exactly as in ``heldout``: structural choices (which phrase, genders,
address countries) from one RNG shared by the two documents of a pair, values from a per-document
RNG, and Faker re-seeded from it before each draw. Regenerating byte-for-byte needs the Faker version
recorded in the ``.meta.json``; the frozen file, not this generator, is the reference.

``python -m dpfusion_integrations.evaluation.heldout_v3 --freeze`` wrote
``docs/eval/heldout/heldout_v3.jsonl``; its sha256 is pinned in ``heldout.FROZEN_V3_SHA256``.

The generation loop, freezing and command line are the shared ones of
:mod:`~dpfusion_integrations.evaluation.heldout_build` (``SPEC_V3``); moving them there left the
generator's output (set, ``.meta.json`` and command-line output) byte for byte the same.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation.heldout import (
    _ADDRESS_COUNTRIES,
    _DAYS,
    _MONTHS,
    _PHONES,
    FROZEN_V3_PATH,
    FROZEN_V3_SEED,
    Mention,
    _ascii,
    _digits,
    _group4,
    _letters,
    _ordinal,
    _Person,
    _Render,
    _Values,
)

__all__ = [
    "FROZEN_V3_PAIRS",
    "FROZEN_V3_PUBLIC",
    "SPEC_V3",
    "V3_ADDRESS_COUNTRIES",
    "V3_NAME_LOCALES",
    "freeze_v3",
    "generate_heldout_v3",
    "render_template_v3",
]

FROZEN_V3_PAIRS = 160
FROZEN_V3_PUBLIC = 70

#: Faker locales whose person names v3 uses; the last eleven were not used by v1/v2.
V3_NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_KE", "de_DE", "fr_FR", "fr_CA", "nl_NL", "nl_BE",
    "es_ES", "es_MX", "es_AR", "it_IT", "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "hu_HU", "ro_RO", "sv_SE",
    "fi_FI", "tr_TR", "id_ID", "vi_VN", "yo_NG", "ig_NG", "zu_ZA", "ga_IE", "ja_JP",
    "de_LI", "de_LU", "fr_BE", "fr_CH", "es_CL", "es_CA", "zh_TW", "ru_RU", "uk_UA", "bg_BG", "el_GR",
)  # fmt: skip
_NEW_NAME_LOCALES = V3_NAME_LOCALES[-11:]
_TRANSLIT_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "el_GR")
_ROMANISED_LOCALES = ("ja_JP", "zh_TW")

#: Address countries: most of v1/v2's formats plus six new ones (HU, SK, RO, NZ, MX, CL).
_NEW_ADDRESS = {"HU": "hu_HU", "SK": "sk_SK", "RO": "ro_RO", "NZ": "en_NZ", "MX": "es_MX", "CL": "es_CL"}
V3_ADDRESS_COUNTRIES = tuple(c for c in _ADDRESS_COUNTRIES if c not in ("DK", "NO", "FI", "CZ")) + tuple(_NEW_ADDRESS)
_NEW_TOWNS = {
    "HU": ("Debrecen", "Szeged", "Pécs", "Győr", "Miskolc", "Kecskemét"),
    "SK": ("Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava"),
    "RO": ("Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța", "Sibiu"),
    "NZ": ("Hamilton", "Tauranga", "Dunedin", "Palmerston North", "Whangārei", "Nelson", "Lower Hutt"),
    "MX": ("Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro", "Oaxaca de Juárez"),
    "CL": ("Valparaíso", "Concepción", "Temuco", "Antofagasta", "Puerto Montt", "Viña del Mar"),
}

#: Phone layouts added in v3 (``N`` is a digit); v1/v2's sixteen countries are used as well.
_NEW_PHONES: dict[str, tuple[str, ...]] = {
    "IE": ("+353 8N NNN NNNN", "08N NNN NNNN", "(01) NNN NNNN", "+353 1 NNN NNNN"),
    "MX": ("+52 55 NNNN NNNN", "+52 1 NN NNNN NNNN", "NN NNNN NNNN"),
    "KE": ("+254 7NN NNN NNN", "07NN NNNNNN", "+2547NNNNNNNN"),
    "SG": ("+65 NNNN NNNN", "+65 9NNN-NNNN"),
    "AE": ("+971 5N NNN NNNN", "05N NNN NNNN", "+971-4-NNN-NNNN"),
    "TR": ("+90 5NN NNN NN NN", "0 (5NN) NNN NN NN"),
    "AT": ("+43 1 NNNNNNN", "+43 664 NNNNNNN", "0NNNN NNNNN"),
    "BE": ("+32 4NN NN NN NN", "0N NNN NN NN", "+32 (0)2 NNN NN NN"),
    "NZ": ("+64 21 NNN NNNN", "(0N) NNN NNNN", "02N NNN NNNN"),
    "CA": ("+1 (NNN) NNN-NNNN", "NNN NNN NNNN"),
    "HU": ("+36 NN NNN NNNN", "06 NN NNN NNNN", "+36-1-NNN-NNNN"),
    "RO": ("+40 7NN NNN NNN", "07NN NNN NNN", "+40 21 NNN NNNN"),
}
_EXTENSIONS = (" ext. {n3}", " ext {n2}", " x{n4}", " Ext: {n3}", " extn {n3}", " x {n2}", " (ext. {n3})")

#: Transliteration of Cyrillic (Russian / Ukrainian / Bulgarian variants) and Greek names.
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                 "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
_CYR_UK = {**_CYR, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "х": "kh", "'": "", "ʼ": ""}
_CYR_BG = {**_CYR, "щ": "sht", "ъ": "a", "ь": "y", "х": "h", "ц": "ts"}
_GREEK = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "mp", "ντ": "nt", "γγ": "ng", "γκ": "gk",
          "θ": "th", "χ": "ch", "ψ": "ps", "ξ": "x", "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z",
          "η": "i", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
          "ς": "s", "τ": "t", "υ": "y", "φ": "f", "ω": "o"}


def _transliterate(name: str, locale: str) -> str:
    """Latin-script spelling of a Cyrillic or Greek name, capitalised per word and hyphen part."""
    low = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    if locale == "el_GR":
        out, i = [], 0
        while i < len(low):
            two = low[i:i + 2]
            if two in _GREEK:
                out.append(_GREEK[two])
                i += 2
            else:
                out.append(_GREEK.get(low[i], low[i]))
                i += 1
        latin = "".join(out)
    else:
        table = {"uk_UA": _CYR_UK, "bg_BG": _CYR_BG}.get(locale, _CYR)
        # NFD split "й" and "ё" into a base letter and a mark; undo that for the table.
        low = unicodedata.normalize("NFC", name.lower())
        latin = "".join(table.get(c, c) for c in low)
    return "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split()) for part in latin.split("-"))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _fmt_date_v3(d: date, style: str, rng: random.Random) -> str:
    """One written form of ``d`` in ``style``; ``any`` picks a numeric, written, long or ISO form."""
    day, mon, mo3, wd = d.day, _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3], _DAYS[d.weekday()]
    y, y2, m = d.year, f"{d.year % 100:02d}", d.month
    styles = {
        "num": [f"{day:02d}/{m:02d}/{y}", f"{m}/{day}/{y}", f"{day}.{m}.{y}", f"{day:02d}-{m:02d}-{y}",
                f"{y}/{m:02d}/{day:02d}", f"{day}/{m}/{y2}", f"{day:02d}.{m:02d}.{y2}", f"{m:02d}-{day:02d}-{y2}"],
        "text": [f"{day} {mon} {y}", f"{mon} {day}, {y}", f"{_ordinal(day)} of {mon} {y}",
                 f"{mon} {_ordinal(day)}, {y}",
                 f"{day:02d} {mo3} {y}", f"{day}-{mo3}-{y2}", f"{mo3} {day} {y}", f"{day} {mo3}. {y}",
                 f"{day:02d}-{mo3.upper()}-{y}"],
        "long": [f"{wd}, {day} {mon} {y}", f"{wd} {_ordinal(day)} {mon} {y}", f"{wd}, {mon} {day}, {y}",
                 f"{wd[:3]} {day:02d}/{m:02d}/{y}"],
        "short": [f"{day} {mon}", f"{mon} {day}", f"{day}/{m}", f"{wd[:3]} {_ordinal(day)}", f"{day} {mo3}",
                  f"{mo3}. {day}", f"{_ordinal(day)} {mo3}"],
        "my": [f"{mon} {y}", f"{m:02d}/{y}", f"{mo3}-{y}", f"{m:02d}.{y}", f"{y}-{m:02d}"],
        "iso": [f"{y}-{m:02d}-{day:02d}", f"{y}{m:02d}{day:02d}"],
        "mail": [f"{wd[:3]}, {day} {mo3} {y}", f"{wd[:3]}, {mo3} {day}, {y}", f"{wd}, {mon} {day}, {y}"],
        "de": [f"{day}. {build.MONTHS_DE[m - 1]} {y}", f"{day:02d}.{m:02d}.{y}", f"{day}.{m}.{y2}"],
        "fr": [f"{day} {build.MONTHS_FR[m - 1]} {y}", f"{day:02d}/{m:02d}/{y}",
               f"{_DAYS_FR[d.weekday()]} {day} {build.MONTHS_FR[m - 1]} {y}"],
        "es": [f"{day} de {build.MONTHS_ES[m - 1]} de {y}", f"{day:02d}/{m:02d}/{y}",
               f"{_DAYS_ES[d.weekday()]}, {day} de {build.MONTHS_ES[m - 1]} de {y}"],
        "us": [f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{y2}", f"{mon} {day}, {y}", f"{mo3} {day}, {y}",
               f"{m}-{day}-{y}"],
    }
    if style == "any":
        style = rng.choice(("num", "num", "text", "text", "long", "iso", "us"))
    if style not in styles:
        raise ValueError(f"unknown date style {style!r}")
    return rng.choice(styles[style])


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

_ONSETS = ("b", "br", "c", "d", "f", "fl", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "qu", "r", "s", "st",
           "t", "tr", "v", "z", "x", "h", "j")
_NUCLEI = ("a", "e", "i", "o", "u", "y", "ae", "ia", "io", "ou", "ei")
_CODAS = ("", "", "n", "r", "x", "l", "s", "m", "v", "nt", "lt", "sk", "k")
_BRAND_ENDINGS = ("", "", "", "ly", "io", "a", "ix", "ora", "eon", "ify", "ant", "o", "um")
_BRAND_WORDS = ("Pay", "Hub", "Box", "Works", "Go", "Labs", "Nest", "Cloud")
_GENERIC_ORG_WORDS = {"the", "st", "saint", "hotel", "hospital", "bank", "banco", "university", "college", "school",
                      "clinic", "dr", "de", "du", "of", "and", "fly", "aero", "friends", "stichting", "pension",
                      "albergo", "hôtel", "centre", "center", "studio", "bufete", "cabinet", "institut", "escola",
                      "hospitale", "krankenhaus", "ziekenhuis", "praxis", "tierarztpraxis", "clinique",
                      "zahnarztpraxis", "gemeinschaftspraxis", "inmobiliaria", "boulangerie", "asociación", "mercy",
                      "collège", "gesamtschule", "crédit", "caisse", "clínica", "clinica", "good", "shepherd",
                      "regional", "royal", "general", "mac", "catholic", "primary", "junior", "sixth", "form",
                      "memorial",
                      "medical", "family", "la", "le", "van", "der", "den", "von", "di", "da", "dos"}

#: ID kinds new in v3 and their gold subtypes (v1's kinds keep theirs, except ``imei``: ``device``).
_ID_V3 = {"member": "member", "visa": "visa", "eticket": "ticket", "bagtag": "baggage", "chip": "microchip",
          "invoice": "invoice", "order": "order", "tracking": "tracking", "docket": "case", "nino": "national",
          "txn": "transaction", "mac": "device", "imei": "device", "asset": "asset", "cand": "candidate",
          "licence": "licence", "nhs": "health", "sortcode": "account", "meeting": "unlabelled"}

_ORG_V3 = {"hosp": "hospital", "clinic": "clinic", "school": "school", "emp": "employer", "firm": "firm",
           "bank": "bank", "insurer": "insurer", "hotel": "hotel", "agency": "agency", "ngo": "ngo", "shop": "shop",
           "pharm": "pharmacy", "vet": "vet", "dent": "dental", "brand": "brand", "airline": "airline"}


class _ValuesV3(_Values):
    """v3's value generators; v1/v2's are reused where they fit (imported, not changed)."""

    # names --------------------------------------------------------------------------------------
    def person(self, gender: str) -> _Person:
        rng = self.rng
        loc = rng.choice(V3_NAME_LOCALES)
        fk = self.faker(loc)
        if loc in _ROMANISED_LOCALES:
            first = str(fk.first_romanized_name_female() if gender == "f" else fk.first_romanized_name_male())
            last = str(fk.last_romanized_name())
            if loc == "zh_TW":  # Faker writes them in capitals ("PI-CHU", "TSAI"): passport style
                first, last = first.capitalize(), last.capitalize()
        else:
            first = str(fk.first_name_female() if gender == "f" else fk.first_name_male())
            last = str(fk.last_name())
        first, last = first.strip(), last.strip()
        if loc in _TRANSLIT_LOCALES:
            first, last = _transliterate(first, loc), _transliterate(last, loc)
        last = self._surname_shape(loc, gender, last)
        middle = ""
        if rng.random() < 0.14 and loc.startswith(("en_", "de_", "nl_", "sv_", "fr_", "pt_")):
            other = self.faker(loc)
            middle = str(other.first_name_female() if gender == "f" else other.first_name_male()).split()[0]
        return _Person(first=first, last=last, middle=middle, locale=loc)

    def _surname_shape(self, loc: str, gender: str, last: str) -> str:
        """Particles, patronymic links, double and hyphenated surnames, by locale."""
        rng = self.rng
        r = rng.random()
        bare = " " not in last and "'" not in last

        def another() -> str:
            name = str(self.faker(loc).last_name()).strip().split()[-1]
            return _transliterate(name, loc) if loc in _TRANSLIT_LOCALES else name

        if loc.startswith("nl_") and bare and r < 0.35:
            return rng.choice(("van", "van der", "van den", "de", "ter", "van de", "van 't")) + " " + last
        if loc.startswith("es_") and r < 0.45:
            if r < 0.15:
                return f"{rng.choice(('de la', 'del', 'de', 'de los'))} {last}"
            return f"{last} {rng.choice(('', '', 'y '))}{another()}".replace("  ", " ")
        if loc.startswith("fr_") and bare and r < 0.15:
            return f"d'{last}" if last[:1] in "AEIOU" else f"{rng.choice(('de', 'du', 'Le'))} {last}"
        if loc.startswith("de_") and bare and r < 0.18:
            return f"{rng.choice(('von', 'von der', 'zu', 'vom'))} {last}"
        if loc == "it_IT" and bare and r < 0.2:
            return f"D'{last}" if last[:1] in "AEIOU" else f"{rng.choice(('De', 'Di', 'Lo', 'La'))} {last}"
        if loc.startswith("pt_") and r < 0.4:
            return f"{last} {rng.choice(('da', 'dos', 'de'))} {another()}" if r < 0.2 else f"{another()} {last}"
        if loc in ("en_IE", "ga_IE") and bare and r < 0.3 and not last.startswith(("O'", "Mc", "Mac", "Ó", "Ní")):
            return f"O'{last}" if r < 0.18 else f"Mac{last}"
        if loc in ("id_ID", "en_KE", "ha_NG") and r < 0.35:
            link = rng.choice(("bin", "ibn")) if gender == "m" else rng.choice(("binti", "bt."))
            return f"{link} {str(self.faker(loc).first_name_male()).strip().split()[0]}"
        if 0.85 < r < 0.95 and " " not in last:
            other = another()
            return f"{last}-{other}" if other != last else last
        return last

    def second_initial(self, p: _Person) -> str:
        return (p.middle or self.rng.choice("ABCDEFGHJKLMNPRSTW"))[:1].upper()

    # contacts -------------------------------------------------------------------------------------
    def email(self, p: _Person, *, work_org: str | None) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            return super().email(p, work_org=work_org)
        f = _ascii(p.first.split()[0]) or "x"
        parts = [_ascii(w) for w in p.last.replace("-", " ").split()]
        core = parts[-1] or "x"
        joined = "".join(parts) or core
        mid = _ascii(p.middle)[:1]
        local = rng.choice((f"{f}.{joined}", f"{f[:1]}{core}", f"{f}.{mid}.{core}" if mid else f"{f}.{core}",
                            f"{core}.{f}", f"{f}-{core}", f"{f[:1]}.{joined}", f"{f}{core[:1]}",
                            f"{f}.{core}{rng.randrange(2, 20)}", f"{f}.{core}.ext", f"{core}{f[:2]}"))
        if work_org is None:
            fk = self.faker(rng.choice(("en_US", "de_DE", "fr_FR", "nl_NL", "pt_BR")))
            return f"{local}@{fk.free_email_domain()}"
        slug = _org_slug(work_org)
        acr = "".join(w[:1] for w in _ascii_words(work_org))[:5]
        acr = acr if len(acr) > 1 else slug[:4]
        domain = rng.choice((f"{slug}.internal", f"corp.{slug}.com", f"{slug}.intra", f"{slug}-eu.local",
                             f"mail.{slug}.net", f"{slug}.onmicrosoft.com",
                             acr + "." + rng.choice(("de", "fr", "ie", "es", "ch")),
                             f"{slug}.org.uk", f"{slug}.lan", f"{acr}-{slug[:6]}.corp", f"staff.{slug}.ac.uk"))
        return f"{local}@{domain}"

    def org_email(self, org: str) -> str:
        rng = self.rng
        box = rng.choice(("disputes", "casework", "reception", "frontdesk", "claims", "admissions", "care.team",
                          "noreply-cases", "pharmacy", "it-servicedesk", "talent", "customer.relations"))
        slug = _org_slug(org)
        return f"{box}@{rng.choice((f'{slug}.internal', f'{slug}.com', f'{slug}.co.uk'))}"

    def url(self, p: _Person) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return super().url(p)
        f, lst = _ascii(p.first.split()[0]), _ascii(p.last.split()[-1])
        return rng.choice((f"https://calendly.com/{f}-{lst}/30min",
                           f"https://www.xing.com/profile/{p.first.split()[0]}_{lst.capitalize()}",
                           f"https://orcid.org/0000-000{rng.randrange(2, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                           f"https://gitlab.com/{self.username(p).lstrip('_')}", f"www.{f}{lst}.photography",
                           f"https://{lst}-{f}.medium.com"))

    def link(self, org: str) -> str:
        """An internal or service URL that carries a record number (gold as CONTACT/url)."""
        rng = self.rng
        slug = _org_slug(org)
        hexs = "".join(rng.choice("0123456789abcdef") for _ in range(10))
        ip = str(self.faker("en_US").ipv4_private())
        num = lambda n: _digits(rng, n, lead_nonzero=True)
        return rng.choice((f"https://jira.{slug}.internal/browse/{_letters(rng, 3)}-{num(4)}",
                           f"https://portal.{slug}.com/cases/{_digits(rng, 7, lead_nonzero=True)}",
                           f"http://{ip}:8080/admin/users/{_digits(rng, 5, lead_nonzero=True)}",
                           f"https://drive.{slug}.local/s/{hexs}", f"https://{slug}.zendesk.com/agent/tickets/{num(6)}",
                           f"https://status.{slug}.io/incidents/{hexs[:8]}",
                           f"grafana.{slug}.corp/d/{hexs[:6]}/api-latency",
                           f"https://{slug}.sharepoint.com/sites/casefiles/{_digits(rng, 6, lead_nonzero=True)}"))

    def phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.55:
            number = super().phone()
            if any(x in number.lower() for x in ("x", "ext")):
                return number
        else:
            layout = rng.choice(_NEW_PHONES[rng.choice(tuple(_NEW_PHONES))])
            number = "".join(str(rng.randrange(10)) if ch == "N" else ch for ch in layout)
        if rng.random() < 0.22:
            number += rng.choice(_EXTENSIONS).format(n2=_digits(rng, 2, lead_nonzero=True),
                                                     n3=_digits(rng, 3, lead_nonzero=True),
                                                     n4=_digits(rng, 4, lead_nonzero=True))
        return number

    def discord(self, p: _Person) -> str:
        return f"{self.username(p)}#{_digits(self.rng, 4, lead_nonzero=True)}"

    # places ---------------------------------------------------------------------------------------
    def town(self, country: str) -> str:
        if country in _NEW_ADDRESS:
            if self.rng.random() < 0.6:
                return self.rng.choice(_NEW_TOWNS[country])
            return str(self.faker(_NEW_ADDRESS[country]).city()).split(" (")[0]
        return super().town(country)

    def address(self, country: str) -> dict[str, str]:
        if country not in _NEW_ADDRESS:
            return super().address(country)
        rng = self.rng
        fk = self.faker(_NEW_ADDRESS[country])
        road, num = str(fk.street_name()).strip(), str(fk.building_number()).strip()
        city, pc = self.town(country), str(fk.postcode()).strip()
        if country == "HU":
            pc = pc if rng.random() < 0.5 else pc.replace("H-", "")
            street = f"{road} {num}"
        elif country == "RO":
            street = f"{road} {num}" if num.lower().startswith("nr") else f"{road} nr. {num}"
        elif country == "NZ":
            street = f"{num} {road}"
        elif country == "MX":
            pc, street = pc[:5], f"{road} {num}"
        else:
            street = f"{road} {num}"
        return {"road": road, "street": street, "city": f"{pc} {city}" if country != "NZ" else f"{city} {pc}",
                "city_only": city}

    def unit(self, country: str) -> str:
        rng = self.rng
        n = rng.randrange(1, 40)
        return rng.choice((f"Flat {n}", f"Apt {n}{rng.choice('ABCD')}", f"Unit {n}", f"Suite {100 + n}",
                           f"{_ordinal(rng.randrange(1, 9))} floor", f"Apartment {n}"))

    # organisations --------------------------------------------------------------------------------
    def brand(self) -> str:
        rng = self.rng
        n = rng.choice((1, 2, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + (rng.choice(_CODAS) if i == n - 1 else "")
                       for i in range(n))
        word = (word + rng.choice(_BRAND_ENDINGS))[:10]
        word = word[:1].upper() + word[1:]
        return word + rng.choice(_BRAND_WORDS) if rng.random() < 0.15 else word

    def org(self, kind: str) -> str:
        rng = self.rng
        loc = rng.choice(V3_NAME_LOCALES[:-4])
        fk = self.faker(loc)
        last = str(fk.last_name()).strip()
        last2 = str(self.faker(loc).last_name()).strip()
        first = str(fk.first_name_female() if rng.random() < 0.5 else fk.first_name_male()).strip().split()[0]
        if loc in _ROMANISED_LOCALES:
            last, last2, first = (str(fk.last_romanized_name()).capitalize(),
                                  str(fk.last_romanized_name()).capitalize(),
                                  str(fk.first_romanized_name()).split("-")[0].capitalize())
        town = self.town(rng.choice(V3_ADDRESS_COUNTRIES))
        b = self.brand()
        forms: dict[str, tuple[str, ...]] = {
            "hospital": (f"{town} Regional Medical Centre", f"Hospital Universitario de {town}",
                         f"Centre Hospitalier de {town}", f"Mercy Hospital {town}", f"{last} Memorial Infirmary",
                         f"Krankenhaus {town}-Süd", f"{town} Women's and Children's Hospital", f"Ziekenhuis {town}",
                         f"{town} Teaching Hospitals NHS Trust", f"{first} {last} Cancer Institute"),
            "clinic": (f"{last} Medical Practice", f"Gemeinschaftspraxis {last} & {last2}", f"{town} Health Centre",
                       f"Clínica {last}", f"{town} Sexual Health Clinic", f"The {last} Surgery",
                       f"{town} Family Doctors", f"{b} Health"),
            "school": (f"{town} Academy Trust", f"{last} Junior School", f"Escola Básica {first} {last}",
                       f"Collège {first} {last}", f"{town} Sixth Form College", f"St. {first} Catholic Primary",
                       f"{last} International School", f"{town} Institute of Technology",
                       f"University College {town}", f"Gesamtschule {town}-Nord"),
            "employer": (str(fk.company()).strip() if loc not in _ROMANISED_LOCALES else f"{last} Trading",
                         b, b, f"{b} Technologies", f"{last} Bau GmbH", f"{b} Labs", f"{town} Freight Services",
                         f"{last} & {last2} Ltd", f"{b} S.A.", f"{b} AB", f"{b} B.V."),
            "firm": (f"{last} Rechtsanwälte", f"{last} & Associates", f"{last} {last2} Solicitors LLP",
                     f"Bufete {last}", f"Studio Legale {last}", f"{last} Law Chambers", f"Cabinet {last} Avocats"),
            "bank": (b, f"{b} Bank", f"{town} Building Society", f"Banco {last}", f"{last} Private Banking",
                     f"Crédit {town}", f"{town} Cooperative Bank"),
            "insurer": (f"{b} Insurance", f"{last} Assurance Mutuelle", f"{b}Cover", f"{town} Pet Insurance",
                        f"{last} Underwriting"),
            "hotel": (f"{b} Suites {town}", f"Hotel {first}", f"The {last} Arms", f"{town} Riverside Inn",
                      f"Pension {last}", f"Albergo {last}", f"{b} Hostel"),
            "agency": (f"{last} Residential", f"{town} Homes Lettings", f"{b} Property", f"{last} Makelaars",
                       f"Inmobiliaria {last}", f"{last} & {last2} Block Management"),
            "ngo": (f"{town} Refugee Action", f"Friends of {town}", f"{last} Foundation", f"{town} Food Bank",
                    f"{b} Trust", f"{town} Advice Centre", f"Asociación {last}", f"Stichting {b}"),
            "shop": (f"{last}'s Hardware", b, f"{b} Market", f"{town} Electrics", f"{last} Opticians",
                     f"Boulangerie {last}", f"{b} Outlet"),
            "pharmacy": (f"{last} Pharmacy", f"Apotheke {last}", f"Farmacia {last}", f"Pharmacie {last}",
                         f"{town} Chemists", f"{b} Pharmacy"),
            "vet": (f"{town} Veterinary Hospital", f"{last} Animal Clinic", f"{b} Vets", f"Tierarztpraxis {last}",
                    f"Clinique Vétérinaire {last}", f"{town} Pet Care"),
            "dental": (f"{town} Dental Care", f"{last} Orthodontics", f"{b} Dental", f"Zahnarztpraxis Dr. {last}",
                       f"{last} & {last2} Dentistry", f"{town} Smile Studio"),
            "brand": (b,),
            "airline": (f"{b} Air", f"{b} Airways", f"Aero {b}", f"{b}jet", f"Fly{b}"),
        }
        return rng.choice(forms[kind])

    # identifiers ---------------------------------------------------------------------------------
    def ident(self, kind: str) -> str:
        rng = self.rng
        d = lambda n: _digits(rng, n, lead_nonzero=True)
        yr = rng.randrange(2019, 2027)
        makers: dict[str, Callable[[], str]] = {
            "member": lambda: rng.choice((f"MBR-{d(6)}", f"{_letters(rng, 2)}{d(8)}", f"{d(4)} {d(4)} {d(2)}",
                                          f"M{d(7)}", f"{_letters(rng, 3)}-{d(3)}-{d(3)}")),
            "visa": lambda: rng.choice((f"GWF0{d(8)}", f"E{d(9)}", f"{_letters(rng, 3)}{d(10)}", f"VA-{yr}-{d(6)}",
                                        f"{d(4)}/{yr}/{_letters(rng, 1)}")),
            "eticket": lambda: rng.choice((f"{d(3)}-{d(10)}", d(13), f"{d(3)} {d(10)}")),
            "bagtag": lambda: rng.choice((f"{_letters(rng, 3)}{_letters(rng, 2)}{d(5)}", f"{_letters(rng, 2)} {d(6)}",
                                          f"0{d(3)} {d(6)}")),
            "chip": lambda: rng.choice((f"9{rng.choice(('85', '00', '56', '41'))}{d(12)}",
                                        _group3(_digits(rng, 15, lead_nonzero=True)))),
            "invoice": lambda: rng.choice((f"INV-{yr}{d(5)}", f"{d(2)}/{yr}/{d(4)}", f"F{yr % 100}-{d(6)}",
                                           f"RE-{d(7)}")),
            "order": lambda: rng.choice((f"#{d(3)}-{d(7)}-{d(7)}", f"ORD{d(9)}", f"{d(2)}-{d(5)}-{_letters(rng, 2)}",
                                         f"#{d(8)}")),
            "tracking": lambda: rng.choice(("1Z" + _code(rng, "0123456789ABCDEFGHJKLMNPRSTVWXY", 16),
                                            f"JD{d(18)}", f"RR{d(9)}GB", f"{d(4)} {d(4)} {d(4)} {d(2)}")),
            "docket": lambda: rng.choice((f"{rng.randrange(1, 5)}:{yr % 100}-cv-{d(5)}", f"HC-{yr}-{d(6)}",
                                          f"F{d(2)}{_letters(rng, 2)}{d(3)}", f"{d(4)}/{yr}",
                                          f"CR-{yr}-{d(4)}-{_letters(rng, 1)}")),
            "nino": lambda: rng.choice((f"{_letters(rng, 2)} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}",
                                        f"{d(3)}.{d(3)}.{d(3)}-{d(2)}", f"{d(4)} {d(4)} {d(4)}",
                                        f"{d(6)}-{d(4)}", d(9))),
            "txn": lambda: rng.choice((f"TXN{d(12)}", f"FT{yr % 100}{d(3)}{_letters(rng, 4)}{d(2)}", f"{d(16)}",
                                       f"PAY-{_letters(rng, 4)}-{d(6)}")),
            "mac": lambda: rng.choice((":", "-")).join(f"{rng.randrange(256):02X}" for _ in range(6)),
            "imei": lambda: rng.choice((d(15), f"{d(2)}-{d(6)}-{d(6)}-{d(1)}")),
            "asset": lambda: rng.choice(("LAPTOP-" + _code(rng, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 7),
                                         f"AT-{d(6)}", f"WS{d(5)}", f"{_letters(rng, 3)}-LT-{d(4)}")),
            "cand": lambda: rng.choice((f"CAND-{d(6)}", f"C{d(7)}", f"{_letters(rng, 2)}-{yr}-{d(4)}")),
            "licence": lambda: rng.choice((f"{_letters(rng, 5)}{d(6)}{_letters(rng, 2)}{d(1)}{_letters(rng, 2)}",
                                           f"{_letters(rng, 1)}{d(3)}-{d(4)}-{d(4)}", f"{d(9)}",
                                           f"{_letters(rng, 2)}{d(6)}")),
            "nhs": lambda: rng.choice((f"{d(3)} {d(3)} {d(4)}", d(10), f"{d(3)}-{d(3)}-{d(4)}")),
            "sortcode": lambda: f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            "meeting": lambda: rng.choice((f"{d(3)} {d(4)} {d(4)}", f"{d(4)} {d(3)} {d(4)}", d(10))),
        }
        if kind in makers:
            return makers[kind]()
        value = super().ident(kind)
        return _group4(value.replace(" ", "")) if kind == "card" and rng.random() < 0.2 else value

    def date(self, kind: str) -> date:
        if kind == "future":
            return date(2026, 1, 1) + timedelta(days=self.rng.randrange(700))
        return super().date(kind)


def _code(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _group3(digits: str) -> str:
    return " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))


def _ascii_words(name: str) -> list[str]:
    words = [_ascii(w) for w in re.split(r"[\s&,.'\-]+", name)]
    return [w for w in words if w and w not in _GENERIC_ORG_WORDS]


def _org_slug(name: str) -> str:
    words = _ascii_words(name)
    words = [w for w in words if len(w) > 2] or words
    return (words[0] if words else _ascii(name) or "corp")[:14]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

#: Gendered titles and kinship words (public words, outside mentions): form -> (female, male).
_TITLES_V3 = {"herr": ("Frau", "Herr"), "mme": ("Mme", "M."), "madame": ("Madame", "Monsieur"),
              "sr": ("Sra.", "Sr."), "mrs": ("Mrs", "Mr"), "sir": ("Madam", "Sir"), "paxtitle": ("MS", "MR"),
              "mother": ("mother", "father"), "daughter": ("daughter", "son"), "wife": ("wife", "husband"),
              "aunt": ("aunt", "uncle"), "niece": ("niece", "nephew"), "grandmother": ("grandmother", "grandfather")}
_SLOT_REF = re.compile(r"\{([A-Za-z]+)(\d*)(?:\.[A-Za-z_]+)?\}")


class _RenderV3(_Render):
    """v1/v2's renderer with v3's values, forms and slot kinds."""

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        super().__init__(struct, fill)
        self.values: _ValuesV3 = _ValuesV3(fill)
        self.org_refs: list[str] = []

    def plan(self, template: str) -> str:
        text = super().plan(template)
        for m in _SLOT_REF.finditer(text):
            ref = m.group(1) + m.group(2)
            if m.group(1) == "addr" and ref + ".v3" not in self.store:
                self.countries[ref] = self.struct.choice(V3_ADDRESS_COUNTRIES)
                self.store[ref + ".v3"] = True
            if m.group(1) in _ORG_V3 and ref not in self.org_refs:
                self.org_refs.append(ref)
        return text

    def org_name(self, ref: str) -> str:
        kind = re.sub(r"\d+$", "", ref)
        return str(self.cached(ref, lambda: self.values.org(_ORG_V3[kind])))

    def nth_org(self, n: int) -> str:
        if len(self.org_refs) > n:
            return self.org_name(self.org_refs[n])
        return str(self.cached(f"_org{n}", lambda: self.values.org("employer")))

    def work_org(self) -> str | None:
        return self.nth_org(0)

    def slot(self, kind: str, num: str, form: str | None) -> None:
        ref = kind + num
        v = self.values
        if kind in _ORG_V3:
            self.gold(self.org_name(ref), "ORGANIZATION", _ORG_V3[kind], ref)
        elif kind == "date":
            d = self.cached(ref, lambda: v.date("future" if form == "future" else "event"))
            style = "any" if form in (None, "future") else form
            # one written form per date and style in a document, as a real log or letter would have
            self.gold(self.cached(f"{ref}.{style}", lambda: _fmt_date_v3(d, style, self.fill)), "DATE", "date", ref)
        elif kind == "city":
            country = self.cached(ref + ".country", lambda: self.fill.choice(V3_ADDRESS_COUNTRIES))
            self.gold(self.cached(ref, lambda: v.town(country)), "LOCATION", "city", ref)
        elif kind in _ID_V3:
            self.gold(self.cached(ref, lambda: v.ident(kind)), "ID", _ID_V3[kind], ref)
        elif kind == "link":
            self.gold(self.cached(ref, lambda: v.link(self.nth_org(0))), "CONTACT", "url", ref)
        elif kind == "orgmail":
            self.gold(self.cached(ref, lambda: v.org_email(self.nth_org(0))), "CONTACT", "email", ref)
        else:
            super().slot(kind, num, form)

    def person_slot(self, ref: str, form: str) -> None:
        female = self.genders[ref] == "f"
        if form in _TITLES_V3:
            self.lit(_TITLES_V3[form][0 if female else 1])
            return
        if form in _PERSON_FORMS:
            p = self.person(ref)
            _PERSON_FORMS[form](self, ref, p)
            return
        super().person_slot(ref, form)

    def address_slot(self, ref: str, form: str) -> None:
        country = self.countries[ref]
        if form == "pc":
            a = self.cached(ref, lambda: self.values.address(country))
            pc = self.cached(ref + ".pc", lambda: _postcode_of(a))
            self.gold(pc, "LOCATION", "postcode", ref)
        elif form == "unit":
            unit = self.cached(ref + ".unit", lambda: self.values.unit(country))
            self.gold(unit, "LOCATION", "street", ref)
            self.lit(self.store[ref + ".sep"])
            super().address_slot(ref, "full")
        else:
            super().address_slot(ref, form)


def _postcode_of(address: dict[str, str]) -> str:
    """The postcode inside an address's town line (or its region), without the town."""
    tail = address.get("region", address["city"])
    town = address["city_only"]
    rest = tail.replace(town, " ").strip()
    rest = re.sub(r"^[A-Z]{2,3}\s+(?=\S*\d)", "", rest)  # US/CA/AU state before the code
    rest = re.sub(r"\s+(NSW|VIC|QLD|WA|SA|TAS)\s+", " ", f" {rest} ").strip()
    return rest or tail


def _f_jk(r: _RenderV3, ref: str, p: _Person) -> None:
    second = r.cached(ref + ".mi", lambda: r.values.second_initial(p))
    r.gold(f"{p.first[0]}. {second}. {p.last}", "PERSON", "initial", ref)


def _f_jkc(r: _RenderV3, ref: str, p: _Person) -> None:
    second = r.cached(ref + ".mi", lambda: r.values.second_initial(p))
    r.gold(f"{p.first[0]}.{second}. {p.last}", "PERSON", "initial", ref)


def _f_ab(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(f"{p.first[0]}.{p.last.split()[-1][0]}.".upper(), "PERSON", "initial", ref)


def _f_firstl(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(f"{p.first} {p.last.split()[-1][0].upper()}.", "PERSON", "initial", ref)


def _f_cite(r: _RenderV3, ref: str, p: _Person) -> None:
    second = r.cached(ref + ".mi", lambda: r.values.second_initial(p))
    r.gold(p.last.upper(), "PERSON", "last", ref)
    r.lit(", ")
    r.gold(f"{p.first[0]}.{second}.", "PERSON", "initial", ref)


def _f_upper(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(p.full.upper(), "PERSON", "full", ref)


def _f_first_upperlast(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(f"{p.first} {p.last.upper()}", "PERSON", "full", ref)


def _f_last_upper(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(p.last.upper(), "PERSON", "last", ref)


def _f_discord(r: _RenderV3, ref: str, p: _Person) -> None:
    r.gold(r.cached(ref + ".discord", lambda: r.values.discord(p)), "CONTACT", "handle", ref + ".discord")


def _f_extmail(r: _RenderV3, ref: str, p: _Person) -> None:
    org = r.nth_org(1)
    r.gold(r.cached(ref + ".extmail", lambda: r.values.email(p, work_org=org)), "CONTACT", "email", ref + ".extmail")


def _f_dob(r: _RenderV3, ref: str, p: _Person) -> None:
    d = r.cached(ref + ".dob", lambda: r.values.date("dob"))
    text = r.cached(ref + ".dob.text",
                    lambda: _fmt_date_v3(d, r.fill.choice(("num", "num", "text", "iso", "us", "de")), r.fill))
    r.gold(text, "DATE", "dob", ref + ".dob")


def _f_childdob(r: _RenderV3, ref: str, p: _Person) -> None:
    d = r.cached(ref + ".dob", lambda: date(2008, 1, 1) + timedelta(days=r.fill.randrange(365 * 13)))
    text = r.cached(ref + ".dob.text", lambda: _fmt_date_v3(d, r.fill.choice(("num", "text", "iso", "de")), r.fill))
    r.gold(text, "DATE", "dob", ref + ".dob")


_PERSON_FORMS: dict[str, Callable[[_RenderV3, str, _Person], None]] = {
    "jk": _f_jk, "jkc": _f_jkc, "ab": _f_ab, "firstl": _f_firstl, "cite": _f_cite, "upper": _f_upper,
    "first_upperlast": _f_first_upperlast, "last_upper": _f_last_upper, "discord": _f_discord,
    "extmail": _f_extmail, "dob": _f_dob, "childdob": _f_childdob,
}


def render_template_v3(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v3 template: choices and genders from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV3(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return {"name_locales": list(V3_NAME_LOCALES), "name_locales_new_in_v3": list(_NEW_NAME_LOCALES),
            "address_countries": list(V3_ADDRESS_COUNTRIES),
            "phone_countries": sorted(set(_PHONES) | set(_NEW_PHONES)),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v3",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v3"}


#: How v3 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V3 = build.HeldoutSetSpec(
    name="v3", path=FROZEN_V3_PATH, seed=FROZEN_V3_SEED, n_pairs=FROZEN_V3_PAIRS, n_public=FROZEN_V3_PUBLIC,
    rng_key="dpfusion-heldout-v3", id_prefix="h3", render=render_template_v3,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v3"),
    module="dpfusion_integrations.evaluation.heldout_v3", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v3 = SPEC_V3.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v3 = SPEC_V3.freeze
#: Aggregate counts of a set (no text).
summary = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v3 [--freeze | --out FILE]``.
main = SPEC_V3.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
