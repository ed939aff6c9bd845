"""Held-out documents with gold spans, for measuring taggers honestly (issue 13, item 4).

The templates (``heldout_templates``) and the value generators here were written apart from the
tagger: they do not look at its name lists, rules or safe words, so recall measured on these
documents is not recall on the tagger's own training material. Names, places, phone formats and
identifiers come from Faker (MIT; a development/evaluation dependency only, imported lazily) in many
locales, combined by rules of this module.

A document is either **private** (every private value in it is a gold mention) or **public** (plain
prose of the same domains, no private data; used to measure over-tagging). Private documents come in
**pairs**: two renderings of one template with the same structure (the same optional phrases, the same
genders and titles, the same address formats) and different private values, so that a tagger whose
public context depends on the values themselves can be measured (``heldout_metrics``).

Gold conventions (also in ``docs/eval/heldout.md``):

* Types: ``PERSON``, ``ORGANIZATION``, ``LOCATION`` (addresses, postcodes, cities), ``DATE``,
  ``CONTACT`` (phone, e-mail, @handle or user name, URL, IP address) and ``ID`` (record, ticket,
  account, case and policy numbers, unlabelled numbers, licence plates, IBANs, card, passport and
  national numbers).
* A mention covers the value only: titles (``Dr.``, ``Ms``), possessive ``'s``, field labels
  (``MRN``, ``Tel``) and the sentence's punctuation are outside. Inverted names (``SURNAME, First``)
  and address components separated by a comma or a line break are separate mentions of one entity;
  a postcode and the city or state written next to it with a space are one mention.
* An *entity* is one private value of a document (a person with all the forms of their name, an
  address with all its components, an e-mail address, a date); its mentions share ``entity``.

The frozen set ``docs/eval/heldout/heldout_v1.jsonl`` was generated once with
``python -m dpfusion_integrations.evaluation.heldout --freeze`` before any tuning; its sha256 is pinned
in ``tests/evaluation/test_heldout.py``. Regenerating needs the same Faker version (recorded in the
``.meta.json`` next to it); the frozen file, not the generator, is the reference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

__all__ = [
    "FROZEN_PATH",
    "FROZEN_SETS",
    "FROZEN_V2_PATH",
    "FROZEN_V3_PATH",
    "FROZEN_V3_SEED",
    "FROZEN_V3_SHA256",
    "FROZEN_V4_PATH",
    "FROZEN_V5_PATH",
    "FROZEN_V6_PATH",
    "FROZEN_V7_PATH",
    "GOLD_TYPES",
    "HeldoutDocument",
    "Mention",
    "NAME_LOCALES",
    "document_sha256",
    "freeze",
    "generate_heldout",
    "load_heldout",
    "render_template",
    "resolve_heldout_path",
    "save_heldout",
]

GOLD_TYPES = ("PERSON", "ORGANIZATION", "LOCATION", "DATE", "CONTACT", "ID")

#: The frozen set (v1) and its metadata, inside the repository's ``docs/eval/heldout/``.
FROZEN_PATH = Path(__file__).resolve().parents[2] / "docs" / "eval" / "heldout" / "heldout_v1.jsonl"
FROZEN_SEED = 20260131
FROZEN_PAIRS = 150
FROZEN_PUBLIC = 60

#: The second frozen set (v2): same templates and counts, fresh values from its own seed, frozen on
#: 2026-11-29 before the second tuning round of the recall profile, so that round is measured on
#: documents nobody had looked at (v1's per-type figures had been read by then).
FROZEN_V2_PATH = FROZEN_PATH.with_name("heldout_v2.jsonl")
FROZEN_V2_SEED = 20261129

#: The third frozen set (v3): new templates (``heldout_templates_v3``) and value shapes
#: (``heldout_v3``), written apart from the tagger and frozen on 2026-11-30 before any tagger ran on
#: it, because v1 and v2 had both been looked at during tuning.
FROZEN_V3_PATH = FROZEN_PATH.with_name("heldout_v3.jsonl")
FROZEN_V3_SEED = 20261130
FROZEN_V3_SHA256 = "e14fe72ee76cf11664da109bd1b3e07c2420ac921f48117a4b4412fd614c0f36"

#: The fourth frozen set (v4); generator, seed and sha256 in ``heldout_v4``.
FROZEN_V4_PATH = FROZEN_PATH.with_name("heldout_v4.jsonl")
#: The fifth frozen set (v5), written by an author who did not see the detectors and frozen before the
#: fifth tuning round; generator, seed and sha256 in ``heldout_v5``.
FROZEN_V5_PATH = FROZEN_PATH.with_name("heldout_v5.jsonl")
#: The sixth frozen set (v6), written by an author who did not see the detectors or their output on any
#: held-out set, and frozen before the sixth tuning round; generator, seed and sha256 in ``heldout_v6``.
FROZEN_V6_PATH = FROZEN_PATH.with_name("heldout_v6.jsonl")
#: The seventh frozen set (v7), written blind to the tagger and frozen before the seventh tuning round;
#: generator, seed and sha256 in ``heldout_v7``.
FROZEN_V7_PATH = FROZEN_PATH.with_name("heldout_v7.jsonl")

#: Names accepted wherever a held-out set is given (``--data v7``, ``load_heldout("v2")``): v1 ... v17.
FROZEN_SETS = {"v1": FROZEN_PATH, "v2": FROZEN_V2_PATH, "v3": FROZEN_V3_PATH, "v4": FROZEN_V4_PATH,
               "v5": FROZEN_V5_PATH, "v6": FROZEN_V6_PATH, "v7": FROZEN_V7_PATH,
               "v8": FROZEN_PATH.with_name("heldout_v8.jsonl"), "v9": FROZEN_PATH.with_name("heldout_v9.jsonl"),
               "v10": FROZEN_PATH.with_name("heldout_v10.jsonl"), "v11": FROZEN_PATH.with_name("heldout_v11.jsonl"),
               "v12": FROZEN_PATH.with_name("heldout_v12.jsonl"), "v13": FROZEN_PATH.with_name("heldout_v13.jsonl"),
               "v14": FROZEN_PATH.with_name("heldout_v14.jsonl"),
               "v15": FROZEN_PATH.with_name("heldout_v15.jsonl"),
               "v16": FROZEN_PATH.with_name("heldout_v16.jsonl"),
               "v17": FROZEN_PATH.with_name("heldout_v17.jsonl")}

#: Faker locales whose person names are used (Latin script, or romanised for ja_JP / zh_CN).
NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "en_NG", "en_KE", "en_TH",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_DZ", "nl_NL", "nl_BE",
    "es_ES", "es_MX", "es_AR", "es_CO", "it_IT", "pt_PT", "pt_BR",
    "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO",
    "sv_SE", "no_NO", "da_DK", "fi_FI", "is_IS", "et_EE", "lt_LT", "lv_LV",
    "tr_TR", "az_AZ", "uz_UZ", "id_ID", "ga_IE", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "sw",
    "tw_GH", "vi_VN", "ja_JP", "zh_CN",
)  # fmt: skip
_LATIN_NAME_LOCALES = tuple(loc for loc in NAME_LOCALES if loc not in ("ja_JP", "zh_CN"))


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One gold mention: ``text[start:end]`` is a private value of type ``type``."""

    start: int
    end: int
    type: str
    subtype: str
    entity: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type, "subtype": self.subtype,
                "entity": self.entity}


@dataclass(frozen=True)
class HeldoutDocument:
    """A held-out document: ``kind`` is ``"private"`` or ``"public"``; ``pair`` links the two
    renderings of one template structure (``None`` for public documents)."""

    id: str
    domain: str
    template: str
    kind: str
    pair: str | None
    text: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "domain": self.domain, "template": self.template, "kind": self.kind,
                "pair": self.pair, "text": self.text, "mentions": [m.to_json() for m in self.mentions]}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> HeldoutDocument:
        return cls(obj["id"], obj["domain"], obj["template"], obj["kind"], obj["pair"], obj["text"],
                   tuple(Mention(**m) for m in obj["mentions"]))


def _dumps(doc: HeldoutDocument) -> str:
    return json.dumps(doc.to_json(), ensure_ascii=False, sort_keys=True)


def save_heldout(documents: Iterable[HeldoutDocument], path: str | Path) -> str:
    """Write ``documents`` as JSONL (UTF-8, ``\\n``); returns the file's sha256."""
    data = "".join(_dumps(d) + "\n" for d in documents).encode("utf-8")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def resolve_heldout_path(spec: str | Path | None) -> Path:
    """The file of a set given as a frozen set's name (``v1`` ... ``v5``) or a path; v1 for None."""
    if spec is None:
        return FROZEN_PATH
    return FROZEN_SETS.get(str(spec), Path(spec))


def load_heldout(path: str | Path | None = None) -> list[HeldoutDocument]:
    """Read a JSONL set: a path or a frozen set's name (``"v3"``); the frozen v1 set by default."""
    p = resolve_heldout_path(path)
    with p.open(encoding="utf-8") as fh:
        return [HeldoutDocument.from_json(json.loads(line)) for line in fh if line.strip()]


def document_sha256(documents: Iterable[HeldoutDocument]) -> str:
    """sha256 of the JSONL serialisation (what ``save_heldout`` would write)."""
    return hashlib.sha256("".join(_dumps(d) + "\n" for d in documents).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _fmt_date(d: date, style: str, rng: random.Random) -> str:
    mon, mo3 = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
    y2 = f"{d.year % 100:02d}"
    styles = {
        "num": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month}/{y2}", f"{d.month}/{d.day}/{d.year}",
                f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day:02d}-{d.month:02d}-{d.year}"],
        "text": [f"{d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}", f"{d.day} {mo3} {d.year}",
                 f"{d.day:02d}-{mo3}-{d.year}", f"{_DAYS[d.weekday()][:3]} {d.day} {mo3} {d.year}",
                 f"{_ordinal(d.day)} {mon} {d.year}", f"{mo3}. {d.day}, {d.year}", f"{d.day}{mo3.upper()}{y2}"],
        "short": [f"{d.day} {mo3}", f"{mo3} {d.day}", f"{d.day:02d}/{d.month:02d}", f"{_ordinal(d.day)} {mon}",
                  f"{mon} {d.day}", f"{d.day}.{d.month}."],
        "my": [f"{mon} {d.year}", f"{d.month:02d}/{d.year}", f"{mo3} {d.year}"],
        "iso": [f"{d.year}-{d.month:02d}-{d.day:02d}"],
    }
    if style == "any":
        style = rng.choice(("num", "num", "text", "text", "iso"))
    return rng.choice(styles[style])


def _digits(rng: random.Random, n: int, *, lead_nonzero: bool = False) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae").replace("þ", "th")
    s = s.replace("ð", "d")
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "", folded.lower())


def _group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


#: Phone layouts per country: ``N`` is a digit; a leading ``+cc`` is kept as is.
_PHONES: dict[str, tuple[str, ...]] = {
    "US": ("(NNN) NNN-NNNN", "NNN-NNN-NNNN", "+1 NNN NNN NNNN", "NNN.NNN.NNNN", "+1NNNNNNNNNN", "1-NNN-NNN-NNNN"),
    "GB": ("0NN NNNN NNNN", "+44 NN NNNN NNNN", "07NNN NNNNNN", "+447NNNNNNNNN", "0NNNN NNNNNN", "(0NNN) NNN NNNN"),
    "DE": ("+49 NN NNNNNNN", "0NNN NNNNNNN", "0NNN/NNNNNN", "+49 1NN NNNNNNNN", "01NNNNNNNNNN", "+49 (0)NN NNNNNN"),
    "FR": ("0N NN NN NN NN", "+33 N NN NN NN NN", "0NNNNNNNNN", "+33NNNNNNNNN", "0N.NN.NN.NN.NN"),
    "NL": ("+31 NN NNN NNNN", "06-NNNNNNNN", "0NN-NNNNNNN", "+316NNNNNNNN", "(0NN) NNN NN NN"),
    "IN": ("+91 NNNNN NNNNN", "0NN-NNNNNNNN", "9NNNNNNNNN", "+91-NNNNN-NNNNN"),
    "AU": ("+61 N NNNN NNNN", "04NN NNN NNN", "(0N) NNNN NNNN", "+614NNNNNNNN"),
    "ES": ("+34 NNN NNN NNN", "NNN NN NN NN", "6NNNNNNNN"),
    "IT": ("+39 NNN NNNNNNN", "0NN NNNNNNNN", "3NN NNN NNNN"),
    "BR": ("+55 NN NNNNN-NNNN", "(NN) NNNNN-NNNN", "+55NNNNNNNNNNN"),
    "SE": ("+46 NN-NNN NN NN", "0NN-NNN NN NN", "07N NNN NN NN"),
    "PL": ("+48 NNN NNN NNN", "NNN-NNN-NNN", "+48NNNNNNNNN"),
    "NG": ("+234 NNN NNN NNNN", "0NNN NNN NNNN", "080NNNNNNNN"),
    "ZA": ("+27 NN NNN NNNN", "0NN NNN NNNN", "0NNNNNNNNN"),
    "JP": ("+81 N-NNNN-NNNN", "0NN-NNNN-NNNN", "090NNNNNNNN"),
    "CH": ("+41 NN NNN NN NN", "0NN NNN NN NN"),
}
_PHONE_LOCALE = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "NL": "nl_NL", "IN": "en_IN",
                 "AU": "en_AU", "ES": "es_ES", "IT": "it_IT", "BR": "pt_BR", "SE": "sv_SE", "PL": "pl_PL",
                 "NG": "en_US", "ZA": "en_US", "JP": "en_US", "CH": "de_CH"}

#: Address formats: the Faker locale and which parts form the second line.
_ADDRESS_COUNTRIES = ("US", "GB", "IE", "CA", "AU", "IN", "DE", "AT", "CH", "FR", "NL", "BE", "ES", "IT",
                      "PT", "BR", "PL", "SE", "DK", "NO", "FI", "CZ")
_ADDRESS_LOCALE = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "CA": "en_CA", "AU": "en_AU", "IN": "en_IN",
                   "DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "FR": "fr_FR", "NL": "nl_NL", "BE": "nl_BE",
                   "ES": "es_ES", "IT": "it_IT", "PT": "pt_PT", "BR": "pt_BR", "PL": "pl_PL", "SE": "sv_SE",
                   "DK": "da_DK", "NO": "no_NO", "FI": "fi_FI", "CZ": "cs_CZ"}
#: Some real towns, used for half of the cities (Faker's English-locale towns are invented).
_REAL_TOWNS = {
    "US": ("Chicago", "Houston", "Tucson", "Denver", "Portland", "Atlanta", "Boston", "Spokane", "Baton Rouge",
           "Fort Wayne", "Albuquerque", "St. Paul"),
    "GB": ("Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Sheffield", "Milton Keynes",
           "Stoke-on-Trent", "Newcastle upon Tyne", "Exeter"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick", "Dún Laoghaire", "Kilkenny"),
    "CA": ("Toronto", "Halifax", "Winnipeg", "Saskatoon", "Kelowna", "Trois-Rivières"),
    "AU": ("Parramatta", "Fremantle", "Geelong", "Hobart", "Toowoomba", "Wagga Wagga"),
    "IN": ("Pune", "Lucknow", "Kochi", "Bhubaneswar", "Navi Mumbai", "Coimbatore"),
    "FR": ("Lyon", "Nantes", "Lille", "Toulouse", "Rennes", "Aix-en-Provence", "Saint-Étienne"),
    "BR": ("Curitiba", "Recife", "Belo Horizonte", "Porto Alegre", "São José dos Campos"),
    "IT": ("Torino", "Bologna", "Napoli", "Verona", "Reggio Emilia", "La Spezia"),
}
_US_STATES = ("IL", "TX", "AZ", "CO", "OR", "GA", "MA", "WA", "LA", "IN", "NM", "MN", "OH", "NY", "CA", "FL")
_CA_PROVS = ("ON", "NS", "MB", "SK", "BC", "QC", "AB")
_AU_STATES = ("NSW", "VIC", "QLD", "WA", "SA", "TAS")
_NATID_LOCALES = ("en_US", "en_GB", "de_CH", "sv_SE", "fi_FI", "it_IT", "nl_NL", "pt_BR", "pl_PL", "no_NO",
                  "fr_FR", "de_AT", "nl_BE", "da_DK")
_IBAN_LOCALES = ("de_DE", "fr_FR", "nl_NL", "en_GB", "es_ES", "it_IT", "de_AT", "de_CH", "pl_PL", "pt_PT",
                 "fi_FI", "nl_BE", "da_DK", "no_NO", "en_IE", "cs_CZ")
_PLATE_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "sv_SE", "de_AT",
                  "de_CH", "pt_PT", "pt_BR", "en_IE", "da_DK", "fi_FI", "cs_CZ", "en_IN", "en_AU")


class _Fakers:
    """One Faker per locale, re-seeded from the filler RNG before every draw."""

    def __init__(self) -> None:
        try:
            from faker import Faker
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("generating held-out documents needs Faker: pip install -e '.[eval]'") from exc
        self._cls = Faker
        self._cache: dict[str, Any] = {}

    def get(self, locale: str, rng: random.Random) -> Any:
        fk = self._cache.get(locale)
        if fk is None:
            fk = self._cache[locale] = self._cls(locale)
            for provider in fk.get_providers():
                # Faker's it_IT towns are list(set(...)): their order follows PYTHONHASHSEED.
                if type(provider).__module__.endswith("address.it_IT") and isinstance(provider.cities, list):
                    provider.cities = sorted(provider.cities)
        fk.seed_instance(rng.getrandbits(48))
        return fk


_FAKERS: _Fakers | None = None


def _fakers() -> _Fakers:
    global _FAKERS
    if _FAKERS is None:
        _FAKERS = _Fakers()
    return _FAKERS


@dataclass
class _Person:
    first: str
    last: str
    middle: str = ""
    locale: str = ""
    user: str = ""

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


class _Values:
    """Draws private values with the filler RNG (``rng``); one instance per document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fk = _fakers()
        self.cache: dict[str, Any] = {}

    def faker(self, locale: str) -> Any:
        return self.fk.get(locale, self.rng)

    # people --------------------------------------------------------------------------------
    def person(self, gender: str) -> _Person:
        rng = self.rng
        loc = rng.choice(NAME_LOCALES)
        fk = self.faker(loc)
        if loc in ("ja_JP", "zh_CN"):
            first, last = fk.first_romanized_name(), fk.last_romanized_name()
        else:
            first = fk.first_name_female() if gender == "f" else fk.first_name_male()
            last = fk.last_name()
        first, last = first.strip(), last.strip()
        middle = ""
        r = rng.random()
        if loc.startswith("es_") and r < 0.45:
            last = f"{last} {self.faker(loc).last_name().strip()}"
        elif loc == "pt_BR" and r < 0.35:
            last = f"{self.faker(loc).last_name().strip()} {last}"
        elif r < 0.12:
            other = self.faker(rng.choice(_LATIN_NAME_LOCALES)).last_name().strip().split()[-1]
            last = f"{last}-{other}"
        elif r < 0.22 and loc.startswith(("en_", "de_", "nl_", "sv_", "da_", "no_")):
            other = self.faker(loc)
            middle = (other.first_name_female() if gender == "f" else other.first_name_male()).strip()
        elif r < 0.27 and loc in ("en_PK", "ha_NG", "fr_DZ", "en_IN", "uz_UZ", "az_AZ"):
            link = rng.choice(("bin", "ibn")) if gender == "m" else rng.choice(("binti", "bint"))
            last = f"{link} {self.faker(loc).first_name_male().strip()}"
        if middle and len(middle.split()) > 1:
            middle = middle.split()[0]
        return _Person(first=first, last=last, middle=middle, locale=loc)

    def username(self, p: _Person) -> str:
        if p.user:
            return p.user
        rng = self.rng
        f, lst = _ascii(p.first.split()[0]), _ascii(p.last.split()[-1])
        options = [f"{f}{lst}{rng.randrange(1, 99)}", f"{f}_{lst[:1]}", f"{f}.{lst}", f"{lst}{f[:1]}",
                   f"{f[:1]}{lst}_{rng.randrange(70, 100)}", f"the_real_{f}", f"{f}{rng.randrange(1980, 2010)}",
                   f"{lst}.{f[:3]}"]
        p.user = rng.choice(options)
        return p.user

    def email(self, p: _Person, *, work_org: str | None) -> str:
        rng = self.rng
        f, lst = _ascii(p.first.split()[0]), _ascii(p.last.replace("-", " ").split()[-1])
        local = rng.choice((f"{f}.{lst}", f"{f[:1]}{lst}", f"{f}_{lst}", f"{lst}.{f}", f"{f}{rng.randrange(10, 99)}",
                            f"{f[:1]}.{lst}", f"{f}.{lst}{rng.randrange(1, 9)}"))
        if work_org is None:
            domain = self.faker(p.locale).free_email_domain()
        else:
            slug = _ascii(work_org.split()[0])[:12] or "corp"
            domain = rng.choice((f"{slug}.com", f"{slug}.co.uk", f"{slug}.de", f"{slug}-group.eu",
                                 f"{slug}.internal", f"mail.{slug}.corp", f"{slug}.local", f"hr.{slug}.internal",
                                 f"{slug}.corp", f"ad.{slug}.local", f"{slug}.nl", f"{slug}.io"))
        return f"{local}@{domain}"

    def url(self, p: _Person) -> str:
        rng = self.rng
        f, lst = _ascii(p.first.split()[0]), _ascii(p.last.split()[-1])
        user = self.username(p).lstrip("_")
        return rng.choice((f"https://www.linkedin.com/in/{f}-{lst}-{rng.getrandbits(20):05x}",
                           f"github.com/{user}", f"https://{f}{lst}.net", f"www.{lst}-{f}.de/about",
                           f"https://instagram.com/{user}", f"https://{user}.substack.com"))

    def phone(self) -> str:
        rng = self.rng
        country = rng.choice(tuple(_PHONES))
        if rng.random() < 0.15:
            number = str(self.faker(_PHONE_LOCALE[country]).phone_number())
        else:
            layout = rng.choice(_PHONES[country])
            number = "".join(str(rng.randrange(10)) if ch == "N" else ch for ch in layout)
        if rng.random() < 0.2 and "x" not in number:
            number += rng.choice((f" ext. {_digits(rng, 3)}", f" x{_digits(rng, 3)}", f" ext {_digits(rng, 2)}",
                                  f" Ext. {_digits(rng, 4)}"))
        return number

    def ip(self) -> str:
        rng = self.rng
        fk = self.faker("en_US")
        return rng.choice((fk.ipv4_public(), fk.ipv4_private(), fk.ipv4_public(), fk.ipv6()))

    # places ---------------------------------------------------------------------------------
    def town(self, country: str) -> str:
        if country in _REAL_TOWNS and self.rng.random() < 0.5:
            return self.rng.choice(_REAL_TOWNS[country])
        return str(self.faker(_ADDRESS_LOCALE[country]).city())

    def address(self, country: str) -> dict[str, str]:
        rng = self.rng
        fk = self.faker(_ADDRESS_LOCALE[country])
        road = str(fk.street_name())
        num = str(fk.building_number()).replace("H.No. ", "")
        if len(num) > 4 and country in ("US", "CA"):
            num = num[:3]
        city = self.town(country)
        pc = str(fk.postcode())
        parts = {"road": road, "city": city}
        if country in ("US", "CA", "GB", "IE", "AU", "IN", "FR"):
            parts["street"] = f"{num} {road}"
        elif country == "PL":
            parts["street"] = f"ul. {road} {num}"
        else:
            parts["street"] = f"{road} {num}"
        if country == "US":
            parts["region"] = f"{rng.choice(_US_STATES)} {pc}"
        elif country == "CA":
            parts["region"] = f"{rng.choice(_CA_PROVS)} {pc}"
        elif country == "AU":
            parts["city"] = f"{city} {rng.choice(_AU_STATES)} {pc}"
        elif country in ("GB", "IN"):
            parts["city"] = f"{city} {pc}"
        elif country == "IE":
            parts["region"] = pc
        elif country == "NL":
            if re.fullmatch(r"\d{4}[A-Z]{2}", pc) and rng.random() < 0.6:
                pc = f"{pc[:4]} {pc[4:]}"
            parts["city"] = f"{pc} {city}"
        else:
            parts["city"] = f"{pc} {city}"
        parts["city_only"] = city
        return parts

    # organisations ----------------------------------------------------------------------------
    def org(self, kind: str) -> str:
        rng = self.rng
        fk = self.faker(rng.choice(NAME_LOCALES))
        last = fk.last_name().strip()
        first = (fk.first_name_female() if rng.random() < 0.5 else fk.first_name_male()).strip().split()[0]
        town = self.town(rng.choice(_ADDRESS_COUNTRIES))
        if kind == "hospital":
            forms = (f"{town} General Hospital", f"Saint {first} Infirmary", f"St {first}'s Hospital",
                     f"{last} Memorial Hospital", f"{town} University Medical Center", f"Klinikum {town}",
                     f"Hôpital {last}", f"Royal {town} Infirmary", f"{last} Children's Hospital",
                     f"Ospedale San {first}", f"{town} District Hospital")
        elif kind == "clinic":
            forms = (f"{last} Family Practice", f"{town} Community Clinic", f"{last} & {fk.last_name()} Dental",
                     f"{town} Physiotherapy Centre", f"Praxis Dr. {last}", f"{town} Road Surgery",
                     f"{last} Eye Clinic", f"{town} Walk-in Centre", f"Centre Médical {last}",
                     f"{last} Health Partners")
        elif kind == "school":
            forms = (f"{last} Primary School", f"{town} High School", f"St {first}'s Academy",
                     f"{last}-Gymnasium", f"Lycée {first} {last}", f"{town} College",
                     f"{last} Elementary", f"University of {town}", f"{town} Grammar School",
                     f"{last} Montessori")
        elif kind == "firm":
            forms = (f"{last} {fk.last_name()} LLP", f"{last} & {fk.last_name()} Solicitors",
                     f"Kanzlei {last}", f"{last} Avocats", f"{last} Legal", f"{last}, {fk.last_name()} & Partners")
        elif kind == "bank":
            forms = (f"{town} Savings Bank", f"{last} Private Bank", f"Banque {last}", f"{town} Credit Union",
                     f"{last} & Co. Bankers", f"Sparkasse {town}")
        elif kind == "insurer":
            forms = (f"{last} Mutual", f"{town} Assurance", f"{last} Insurance Group", f"{last} Versicherung AG",
                     f"{town} Health Fund")
        elif kind == "hotel":
            forms = (f"Hotel {last}", f"The {town} Grand", f"{last} House B&B", f"Hotel {town} Centrum",
                     f"{last} Lodge")
        elif kind == "agency":
            forms = (f"{last} Lettings", f"{town} Property Management", f"{last} & {fk.last_name()} Estates",
                     f"{town} Housing Association", f"{last} Immobilien")
        else:  # employer
            company = str(fk.company()).strip()
            forms = (company, company, f"{last} Logistics Ltd", f"{town} Software GmbH", f"{last} Foods plc",
                     f"{last} Consulting", f"{town} Precision Engineering", f"{last} & Sons")
        return rng.choice(forms)

    # identifiers -------------------------------------------------------------------------------
    def ident(self, kind: str) -> str:
        rng = self.rng
        d = lambda n: _digits(rng, n, lead_nonzero=True)  # noqa: E731
        year = rng.randrange(2018, 2026)
        if kind == "mrn":
            return rng.choice((d(7), f"H{d(7)}", f"{d(3)}-{d(3)}-{d(3)}", d(10), f"{_letters(rng, 1)}{d(6)}"))
        if kind == "ticket":
            return rng.choice((f"INC{d(7)}", f"#{d(5)}", f"TKT-{year}-{d(5)}", f"SR{d(8)}",
                               f"{_letters(rng, 3)}-{d(4)}",
                               f"CS{d(6)}", f"#{d(6)}", f"REQ{d(7)}"))
        if kind == "caseno":
            return rng.choice((f"{year}/{_letters(rng, 2)}/{d(5)}", f"{_letters(rng, 2)}{d(2)}-{d(5)}",
                               f"CV-{year % 100}-{d(4)}", f"{d(2)}{_letters(rng, 1)}{d(4)}", f"{d(9)}"))
        if kind == "claim":
            return rng.choice((f"CLM-{d(7)}", f"{_letters(rng, 2)}{d(8)}", f"{d(4)}-{d(4)}-{d(3)}", d(10)))
        if kind == "policy":
            return rng.choice((f"POL-{d(4)}-{d(3)}-{_letters(rng, 1)}", f"{_letters(rng, 3)}{d(9)}", d(8),
                               f"{d(3)}/{d(6)}"))
        if kind == "acct":
            return rng.choice((d(8), d(10), f"{d(4)} {d(4)} {d(4)}", d(12), f"{d(3)}-{d(6)}-{d(1)}"))
        if kind == "num":
            return rng.choice((d(6), d(8), d(9), d(11), d(7), f"{d(4)} {d(4)} {d(3)}", d(12)))
        if kind == "imei":
            return d(15)
        if kind == "staffid":
            return rng.choice((f"E{d(6)}", f"EMP-{d(5)}", f"{_letters(rng, 2)}{d(5)}", d(7),
                               f"{d(6)}-{_letters(rng, 1)}"))
        if kind == "studentid":
            return rng.choice((f"S{d(7)}", d(8), f"{year % 100}{d(6)}", f"{_letters(rng, 1)}{d(8)}"))
        if kind == "pnr":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if kind == "passport":
            return rng.choice((str(self.faker("en_US").passport_number()), f"{_letters(rng, 2)}{d(7)}", d(9),
                               f"{_letters(rng, 1)}{d(8)}", f"C{_letters(rng, 1)}{d(2)}{_letters(rng, 1)}{d(4)}"))
        if kind == "natid":
            return str(self.faker(rng.choice(_NATID_LOCALES)).ssn())
        if kind == "iban":
            iban = str(self.faker(rng.choice(_IBAN_LOCALES)).iban())
            return _group4(iban) if rng.random() < 0.6 else iban
        if kind == "plate":
            return str(self.faker(rng.choice(_PLATE_LOCALES)).license_plate()).strip()
        if kind == "card":
            card = str(self.faker("en_US").credit_card_number())
            return _group4(card) if rng.random() < 0.5 else card
        raise ValueError(f"unknown identifier kind {kind!r}")

    def date(self, kind: str) -> date:
        rng = self.rng
        if kind == "dob":
            start, days = date(1932, 1, 1), 365 * 80
        else:
            start, days = date(2018, 1, 1), 365 * 8
        return start + timedelta(days=rng.randrange(days))


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_CHOICE = re.compile(r"<<([^<>]*)>>")
_SLOT = re.compile(r"\{([A-Za-z]+)(\d*)(?:\.([A-Za-z_]+))?\}")

_ORG_KINDS = {"hosp": "hospital", "clinic": "clinic", "school": "school", "emp": "employer", "firm": "firm",
              "bank": "bank", "insurer": "insurer", "hotel": "hotel", "agency": "agency"}
_ID_KINDS = ("mrn", "ticket", "caseno", "claim", "policy", "acct", "num", "imei", "staffid", "studentid", "pnr",
             "passport", "natid", "iban", "plate", "card")
_ID_SUBTYPE = {"mrn": "record", "ticket": "ticket", "caseno": "case", "claim": "claim", "policy": "policy",
               "acct": "account", "num": "unlabelled", "imei": "unlabelled", "staffid": "staff", "studentid": "student",
               "pnr": "booking", "passport": "passport", "natid": "national", "iban": "iban", "plate": "plate",
               "card": "card"}
_PRONOUNS = {"he": ("she", "he"), "He": ("She", "He"), "him": ("her", "him"), "his": ("her", "his"),
             "His": ("Her", "His"), "woman": ("woman", "man"), "hers": ("hers", "his")}


class _Render:
    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        self.struct = struct
        self.values = _Values(fill)
        self.fill = fill
        self.pieces: list[tuple[str, tuple[str, str, str] | None]] = []
        self.people: dict[str, _Person] = {}
        self.genders: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.countries: dict[str, str] = {}
        self.store: dict[str, Any] = {}

    # structure --------------------------------------------------------------------------------
    def plan(self, template: str) -> str:
        """Resolve ``<<a|b>>`` choices and the structural facts of every referenced entity."""
        text = template
        while True:
            new = _CHOICE.sub(lambda m: self.struct.choice(m.group(1).split("|")), text)
            if new == text:
                break
            text = new
        for m in _SLOT.finditer(text):
            kind, num = m.group(1), m.group(2)
            ref = kind + num
            if kind == "p" and ref not in self.genders:
                g = self.struct.choice("fm")
                self.genders[ref] = g
                self.titles[ref] = self.struct.choice(("Ms", "Mrs", "Ms.", "Mrs.") if g == "f" else ("Mr", "Mr."))
            elif kind == "addr" and ref not in self.countries:
                self.countries[ref] = self.struct.choice(_ADDRESS_COUNTRIES)
                self.store[ref + ".sep"] = self.struct.choice(("\n", ", "))
        return text

    # values -----------------------------------------------------------------------------------
    def lit(self, s: str) -> None:
        self.pieces.append((s, None))

    def gold(self, s: str, typ: str, subtype: str, entity: str) -> None:
        self.pieces.append((s, (typ, subtype, entity)))

    def person(self, ref: str) -> _Person:
        if ref not in self.people:
            self.people[ref] = self.values.person(self.genders[ref])
        return self.people[ref]

    def work_org(self) -> str | None:
        for key in sorted(self.store):
            if key.startswith("emp") and "." not in key:
                return str(self.store[key])
        return str(self.values.org("employer"))

    def cached(self, key: str, make: Any) -> Any:
        if key not in self.store:
            self.store[key] = make()
        return self.store[key]

    def slot(self, kind: str, num: str, form: str | None) -> None:
        ref = kind + num
        v = self.values
        if kind == "p":
            self.person_slot(ref, form or "full")
        elif kind in _ORG_KINDS:
            name = self.cached(ref, lambda: v.org(_ORG_KINDS[kind]))
            self.gold(name, "ORGANIZATION", _ORG_KINDS[kind], ref)
        elif kind == "addr":
            self.address_slot(ref, form or "full")
        elif kind == "city":
            name = self.cached(ref, lambda: v.town(self.fill.choice(_ADDRESS_COUNTRIES)))
            self.gold(name, "LOCATION", "city", ref)
        elif kind == "date":
            d = self.cached(ref, lambda: v.date("event"))
            self.gold(_fmt_date(d, form or "any", self.fill), "DATE", "date", ref)
        elif kind == "phone":
            self.gold(self.cached(ref, v.phone), "CONTACT", "phone", ref)
        elif kind == "ip":
            self.gold(self.cached(ref, v.ip), "CONTACT", "ip", ref)
        elif kind in _ID_KINDS:
            self.gold(self.cached(ref, lambda: v.ident(kind)), "ID", _ID_SUBTYPE[kind], ref)
        else:
            raise ValueError(f"unknown slot kind {kind!r}")

    def person_slot(self, ref: str, form: str) -> None:
        if form in _PRONOUNS:
            self.lit(_PRONOUNS[form][0 if self.genders[ref] == "f" else 1])
            return
        if form == "title":
            self.lit(self.titles[ref])
            return
        p = self.person(ref)
        v = self.values
        if form == "full":
            self.gold(p.full, "PERSON", "full", ref)
        elif form == "first":
            self.gold(p.first, "PERSON", "first", ref)
        elif form == "last":
            self.gold(p.last, "PERSON", "last", ref)
        elif form == "first_lower":
            self.gold(p.first.lower(), "PERSON", "lower", ref)
        elif form == "last_lower":
            self.gold(p.last.lower(), "PERSON", "lower", ref)
        elif form == "full_lower":
            self.gold(p.full.lower(), "PERSON", "lower", ref)
        elif form == "initial":
            self.gold(f"{p.first[0]}. {p.last}", "PERSON", "initial", ref)
        elif form == "initials":
            self.gold(f"{p.first[0]}{p.last[0]}".upper(), "PERSON", "initial", ref)
        elif form == "inv":
            self.gold(p.last.upper(), "PERSON", "last", ref)
            self.lit(", ")
            self.gold(" ".join(x for x in (p.first, p.middle) if x), "PERSON", "first", ref)
        elif form == "slash":
            self.gold(_ascii_upper(p.last), "PERSON", "last", ref)
            self.lit("/")
            self.gold(_ascii_upper(p.first), "PERSON", "first", ref)
        elif form == "user":
            self.gold(v.username(p), "CONTACT", "handle", ref + ".user")
        elif form == "handle":
            self.gold("@" + v.username(p), "CONTACT", "handle", ref + ".user")
        elif form == "email":
            self.gold(self.cached(ref + ".email", lambda: v.email(p, work_org=None)), "CONTACT", "email",
                      ref + ".email")
        elif form == "workemail":
            org = self.work_org()
            self.gold(self.cached(ref + ".workemail", lambda: v.email(p, work_org=org)), "CONTACT", "email",
                      ref + ".workemail")
        elif form == "phone":
            self.gold(self.cached(ref + ".phone", v.phone), "CONTACT", "phone", ref + ".phone")
        elif form == "url":
            self.gold(self.cached(ref + ".url", lambda: v.url(p)), "CONTACT", "url", ref + ".url")
        elif form == "dob":
            d = self.cached(ref + ".dob", lambda: v.date("dob"))
            self.gold(_fmt_date(d, self.fill.choice(("num", "num", "text", "iso")), self.fill), "DATE", "dob",
                      ref + ".dob")
        else:
            raise ValueError(f"unknown person form {form!r}")

    def address_slot(self, ref: str, form: str) -> None:
        country = self.countries[ref]
        a = self.cached(ref, lambda: self.values.address(country))
        tail = [a["city"]] + ([a["region"]] if "region" in a else [])
        if form in ("full", "oneline"):
            sep = self.store[ref + ".sep"] if form == "full" else ", "
            self.gold(a["street"], "LOCATION", "street", ref)
            for idx, part in enumerate(tail):
                self.lit(sep if idx == 0 else ", ")
                self.gold(part, "LOCATION", "city" if idx == 0 else "postcode", ref)
        elif form == "street":
            self.gold(a["street"], "LOCATION", "street", ref)
        elif form == "road":
            self.gold(a["road"], "LOCATION", "street", ref)
        elif form == "city":
            self.gold(a["city_only"], "LOCATION", "city", ref)
        else:
            raise ValueError(f"unknown address form {form!r}")

    def render(self, template: str) -> tuple[str, list[Mention]]:
        text = self.plan(template)
        pos = 0
        for m in _SLOT.finditer(text):
            if m.start() > pos:
                self.lit(text[pos:m.start()])
            self.slot(m.group(1), m.group(2), m.group(3))
            pos = m.end()
        if pos < len(text):
            self.lit(text[pos:])
        for s, g in self.pieces:
            if g is None and any(mark in s for mark in ("<<", ">>", "{", "}")):
                raise ValueError("template syntax left in the rendered text")
        out: list[str] = []
        mentions: list[Mention] = []
        n = 0
        for s, g in self.pieces:
            if g is not None:
                stripped = s.strip()
                lead = len(s) - len(s.lstrip())
                if stripped:
                    mentions.append(Mention(n + lead, n + lead + len(stripped), g[0], g[1], g[2]))
            out.append(s)
            n += len(s)
        return "".join(out), mentions


def _ascii_upper(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return folded.upper() or s.upper()


def render_template(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one template: choices and genders from ``structure_seed``, values from ``filler_seed``."""
    return _Render(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def generate_heldout(seed: int = FROZEN_SEED, *, n_pairs: int = FROZEN_PAIRS,
                     n_public: int = FROZEN_PUBLIC) -> list[HeldoutDocument]:
    """``2 * n_pairs`` private documents (pairs of one structure, different values) followed by
    ``n_public`` public-only documents; deterministic given ``seed`` and the Faker version."""
    from dpfusion_integrations.evaluation.heldout_templates import PRIVATE_TEMPLATES, PUBLIC_TEMPLATES

    master = random.Random(f"dpfusion-heldout:{seed}")
    private = list(PRIVATE_TEMPLATES)
    master.shuffle(private)
    docs: list[HeldoutDocument] = []
    for i in range(n_pairs):
        tid, domain, template = private[i % len(private)]
        structure = master.getrandbits(64)
        fills = (master.getrandbits(64), master.getrandbits(64))
        pair = f"pair-{i:03d}"
        for tag, fill in zip("ab", fills, strict=True):
            text, mentions = render_template(template, structure_seed=structure, filler_seed=fill)
            docs.append(HeldoutDocument(f"hv-{i:03d}{tag}", domain, tid, "private", pair, text, tuple(mentions)))
    public = list(PUBLIC_TEMPLATES)
    master.shuffle(public)
    for j in range(n_public):
        tid, domain, template = public[j % len(public)]
        text, mentions = render_template(template, structure_seed=master.getrandbits(64), filler_seed=0)
        if mentions:
            raise ValueError(f"public template {tid} produced private mentions")
        docs.append(HeldoutDocument(f"hv-pub-{j:03d}", domain, tid, "public", None, text, ()))
    return docs


def freeze(path: str | Path = FROZEN_PATH, *, seed: int = FROZEN_SEED, n_pairs: int = FROZEN_PAIRS,
           n_public: int = FROZEN_PUBLIC) -> str:
    """Generate the set and write it with a ``.meta.json`` (seed, counts, Faker version, sha256)."""
    import faker

    docs = generate_heldout(seed, n_pairs=n_pairs, n_public=n_public)
    digest = save_heldout(docs, path)
    meta = {"version": Path(path).stem, "seed": seed, "n_pairs": n_pairs, "n_private": 2 * n_pairs,
            "n_public": n_public, "faker": faker.VERSION, "sha256": digest,
            "domains": sorted({d.domain for d in docs}), "name_locales": list(NAME_LOCALES)}
    Path(path).with_suffix(".meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return digest


def _summary(docs: Sequence[HeldoutDocument]) -> dict[str, Any]:
    from collections import Counter

    return {"documents": len(docs), "private": sum(d.kind == "private" for d in docs),
            "public": sum(d.kind == "public" for d in docs),
            "domains": dict(Counter(d.domain for d in docs)),
            "mentions": dict(Counter(m.type for d in docs for m in d.mentions)),
            "subtypes": dict(Counter(f"{m.type}/{m.subtype}" for d in docs for m in d.mentions))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dpfusion_integrations.evaluation.heldout",
                                     description="Generate (or freeze) held-out tagging documents.")
    parser.add_argument("--seed", type=int, default=FROZEN_SEED)
    parser.add_argument("--pairs", type=int, default=FROZEN_PAIRS)
    parser.add_argument("--public", type=int, default=FROZEN_PUBLIC)
    parser.add_argument("--out", type=Path, default=None, help="write JSONL here")
    parser.add_argument("--freeze", action="store_true", help=f"write the frozen set to {FROZEN_PATH}")
    args = parser.parse_args(argv)
    if args.freeze:
        print(freeze(seed=args.seed, n_pairs=args.pairs, n_public=args.public))
        return 0
    docs = generate_heldout(args.seed, n_pairs=args.pairs, n_public=args.public)
    if args.out is not None:
        print(save_heldout(docs, args.out))
    print(json.dumps(_summary(docs), indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
