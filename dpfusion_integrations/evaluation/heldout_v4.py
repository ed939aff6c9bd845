"""The fourth held-out tagging set (v4): new templates, new name sources, frozen before tuning.

v1-v3 had all been measured (and v1/v2 read) while the recall profile was tuned, so v4 is written
afresh, before the fourth tuning round, by an author who then tunes the tagger only on separate
development sentences. It keeps the documents, gold conventions and file format of ``heldout``
(``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; address parts
separated by a comma or a line break are separate mentions of one entity) and changes what the values
are and where they come from:

* **names** from sources the tagger's gazetteers (philter-lite's US-census-style lists) and v1-v3
  hardly use: Georgian, Armenian, Macedonian, Korean, Hindi, Marathi and Nepali names drawn from Faker
  and transliterated to Latin script by the tables below; given names and surnames of nineteen naming
  traditions written for v4 (Welsh, Basque, Sámi, Hawaiian, Tongan/Samoan, Malagasy, Ethiopian and
  Eritrean, Somali, Mongolian, Kurdish, Andean, Filipino, Malay, Tamil, Sinhala, Khmer, Pashto,
  Shona, Wolof); Faker's Latin-script locales for a minority; and given names that are also English
  words (Hope, Will, Precious) for a few. Written as full names, first names alone, surnames after
  a title, initials (``K. Beridze``, ``K. T. Beridze``, ``Beridze K.``, ``KB``, ``K.B.``,
  ``Ketevan B.``), all-capital surnames, inverted names and lower-case names in chat text;
* **phones** of 25 countries in national and international layouts (spaces, dots, dashes,
  parentheses, ``00`` prefixes, extensions); **handles** on ten platforms (``@user``,
  ``@user@instance``, ``u/user``, Discord and Snapchat user names, gamer tags, GitHub names,
  ``user.bsky.social``, ``t.me/...`` and LinkedIn links);
* **identifiers**: national numbers of 26 countries, tax numbers, passports, driving licences,
  number plates of 15 countries, VINs, IBANs (valid check digits), IMEI/ICCID, order, tracking,
  member, booking, invoice and case numbers;
* **addresses** of 22 countries outside the US, written the way each country writes them.

Structural choices (phrases, genders, titles, countries, layouts, formats) come from an RNG shared by
the two documents of a pair, so a pair differs only inside its gold mentions; values come from a
per-document RNG (Faker re-seeded from it). ``python -m dpfusion_integrations.evaluation.heldout_v4
--freeze`` wrote ``docs/eval/heldout/heldout_v4.jsonl``; its sha256 is :data:`FROZEN_V4_SHA256`
(pinned in ``tests/evaluation/test_heldout_v4.py``). The frozen file, not this generator, is the
reference (regenerating it byte for byte needs the Faker version in the ``.meta.json``).

The generation loop, freezing and command line are the shared ones of
:mod:`~dpfusion_integrations.evaluation.heldout_build` (``SPEC_V4``); moving them there left the
regenerated file byte for byte the same.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V4_PATH,
    Mention,
    _fakers,
)
from dpfusion_integrations.evaluation.heldout_values_v4 import (
    DATE_STYLES,
    EXTENSIONS,
    ID_SUBTYPES,
    ORG_FORMS,
    PHONE_LAYOUTS,
    TOWNS,
    V4_ADDRESS_COUNTRIES,
    V4_NAME_SOURCES,
    V4_PHONE_COUNTRIES,
    PersonV4,
    ValuesV4,
    address_lines,
    brand,
    format_date,
)

__all__ = [
    "FROZEN_V4_PAIRS", "FROZEN_V4_PATH", "FROZEN_V4_PUBLIC", "FROZEN_V4_SEED", "FROZEN_V4_SHA256", "SPEC_V4",
    "V4_ADDRESS_COUNTRIES", "V4_NAME_SOURCES", "V4_PHONE_COUNTRIES", "freeze_v4", "generate_heldout_v4",
    "render_template_v4", "summary_v4",
]  # fmt: skip

FROZEN_V4_SEED = 20261201
FROZEN_V4_PAIRS = 160
FROZEN_V4_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V4_SHA256 = "5abcff86bfd243d54aff0d412363d4cc76faab2ecf7cd2b2cb37fd7eb50a0e1b"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_PRONOUNS = {**build.PRONOUNS, "hers": ("hers", "his")}
_TITLES = {"t": (("Ms", "Mrs", "Ms.", "Mrs.", "Mx"), ("Mr", "Mr.", "Mx")), "sir": (("Madam",), ("Sir",)),
           "sra": (("Sra.", "Señora"), ("Sr.", "Señor")),
           "kin": (("sister", "cousin", "niece"), ("brother", "cousin", "nephew"))}
_HANDLE_FORMS = ("at", "mast", "reddit", "discord", "gamer", "gh", "snap", "bsky", "tme", "li")


class _RenderV4(build.TemplateRenderer):
    """Renders one template: structure from ``struct`` (shared by a pair), values from ``fill``."""

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        super().__init__(struct, fill)
        self.values = ValuesV4(fill)

    def person(self, ref: str) -> PersonV4:
        gender = self.fact(ref + ".g", "fm")
        return self.cached(ref, lambda: self.values.person(gender))

    def org_name(self, ref: str, kind: str) -> str:
        form = self.fact(ref + ".form", ORG_FORMS[kind])
        return self.cached(ref, lambda: self.values.org(kind, form))

    def first_org(self) -> str | None:
        refs = sorted(k for k in self.store if k.split(".")[0] == k and re.match(r"o\d", k))
        return self.store[refs[0]] if refs else None

    def org_domain(self) -> str:
        """The e-mail domain of the document's first organisation (an invented one if it has none)."""
        return self.cached("orgdomain", lambda: self.values.org_domain(self.first_org() or brand(self.fill)))

    def phone_value(self, ref: str) -> str:
        country = self.fact(ref + ".country", V4_PHONE_COUNTRIES)
        layout = self.fact(ref + ".layout", PHONE_LAYOUTS[country])
        ext = self.fact(ref + ".ext", ("",) * 14 + EXTENSIONS)
        return self.cached(ref + ".phone", lambda: self.values.phone(layout, ext))

    def slot(self, kind: str, num: str, form: str | None) -> None:
        ref = kind + num
        v = self.values
        if kind == "p":
            self.person_slot(ref, form or "full")
        elif kind == "o":
            self.gold(self.org_name(ref, form or "employer"), "ORGANIZATION", form or "employer", ref)
        elif kind == "addr":
            self.address_slot(ref, form or "full")
        elif kind == "city":
            country = self.fact(ref + ".country", V4_ADDRESS_COUNTRIES)
            town = self.cached(ref, lambda: self.fill.choice(TOWNS[country]))
            self.gold(town, "LOCATION", "city", ref)
        elif kind == "date":
            style = self.fact(ref + ".style", DATE_STYLES if form != "num" else DATE_STYLES[:7])
            d = self.cached(ref, lambda: date(2019, 1, 1) + timedelta(days=self.fill.randrange(365 * 7)))
            self.gold(format_date(d, style), "DATE", "date", ref)
        elif kind == "phone":
            self.gold(self.phone_value(ref), "CONTACT", "phone", ref)
        elif kind == "ip":
            self.gold(self.cached(ref, lambda: str(_fakers().get("en_US", self.fill).ipv4_public())), "CONTACT",
                      "ip", ref)
        elif kind == "mail":  # a shared mailbox at the first organisation
            box = self.fact(ref + ".box", ("info", "bookings", "accounts", "support", "hello", "frontdesk"))
            self.gold(self.cached(ref, lambda: f"{box}@{self.org_domain()}"), "CONTACT", "email", ref)
        elif kind == "id":
            variant = self.fact(ref + ".variant", range(30))
            self.gold(self.cached(ref, lambda: v.ident(form or "order", variant)), "ID",
                      ID_SUBTYPES[form or "order"], ref)
        else:
            raise ValueError(f"unknown slot kind {kind!r}")

    def person_slot(self, ref: str, form: str) -> None:
        if self.gendered_word(ref, form, self.fact(ref + ".g", "fm") == "f", _PRONOUNS, _TITLES):
            return
        p = self.person(ref)
        v = self.values
        initial = p.first[0].upper()
        last_initial = p.last.split()[-1][0].upper()
        middle = self.cached(ref + ".mi", lambda: self.fill.choice("ABCDEFGHIJKLMNOPRSTVZ"))
        simple = {
            "full": (p.full, "full"), "first": (p.first, "first"), "last": (p.last, "last"),
            "lower": (p.first.lower(), "lower"), "lowerfull": (p.full.lower(), "lower"),
            "ini": (f"{initial}. {p.last}", "initial"), "inim": (f"{initial}. {middle}. {p.last}", "initial"),
            "lastini": (f"{p.last} {initial}.", "initial"), "initials": (f"{initial}{last_initial}", "initial"),
            "dotted": (f"{initial}.{last_initial}.", "initial"), "firstini": (f"{p.first} {last_initial}.", "initial"),
            "upperlast": (p.last.upper(), "last"), "upperfull": (p.full.upper(), "full"),
        }
        if self.name_or_handle(p, ref, form, simple, _HANDLE_FORMS):
            return
        if form in ("email", "workemail"):
            domain = None if form == "email" else self.org_domain()
            self.gold(self.cached(f"{ref}.{form}", lambda: v.email(p, domain)), "CONTACT", "email", f"{ref}.{form}")
        elif form == "phone":
            self.gold(self.phone_value(ref), "CONTACT", "phone", ref + ".phone")
        elif form == "dob":
            style = self.fact(ref + ".dobstyle", DATE_STYLES[:10])
            d = self.cached(ref + ".dob", lambda: date(1940, 1, 1) + timedelta(days=self.fill.randrange(365 * 65)))
            self.gold(format_date(d, style), "DATE", "dob", ref + ".dob")
        else:
            raise ValueError(f"unknown person form {form!r}")

    def address_slot(self, ref: str, form: str) -> None:
        country = self.fact(ref + ".country", V4_ADDRESS_COUNTRIES)
        variant = self.fact(ref + ".variant", range(4))
        sep = self.fact(ref + ".sep", ("\n", ", "))
        lines = self.cached(ref, lambda: address_lines(self.fill, country, variant))
        if form == "street":
            lines = lines[:1]
        elif form == "city":
            town = [p for line in lines for p in line if p[1] == "city"]
            lines = [[town[0]]] if town else lines[-1:]
        elif form != "full" and form != "oneline":
            raise ValueError(f"unknown address form {form!r}")
        self.address_pieces(lines, ", " if form == "oneline" else sep, ref)


def render_template_v4(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v4 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV4(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return {"name_sources": list(V4_NAME_SOURCES), "address_countries": list(V4_ADDRESS_COUNTRIES),
            "phone_countries": list(V4_PHONE_COUNTRIES),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v4",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v4"}


#: How v4 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V4 = build.HeldoutSetSpec(
    name="v4", path=FROZEN_V4_PATH, seed=FROZEN_V4_SEED, n_pairs=FROZEN_V4_PAIRS, n_public=FROZEN_V4_PUBLIC,
    rng_key="dpfusion-heldout-v4", id_prefix="h4", render=render_template_v4,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v4"),
    module="dpfusion_integrations.evaluation.heldout_v4", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v4 = SPEC_V4.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v4 = SPEC_V4.freeze
#: Aggregate counts of a set (no text).
summary_v4 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v4 [--freeze | --out FILE]``.
main = SPEC_V4.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
