"""The sixth held-out tagging set (v6): new domains, phrasing and name sources, frozen before round 6.

v6 was written by an author who did not open the tagger's rules, gazetteers, word lists, tests or
docs, nor any tagger output on a held-out set, and frozen before the sixth tuning round; nobody ran a
tagger on it before it was frozen. It keeps the documents, gold conventions and file format of
``heldout`` (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; address
parts separated by a comma or a line break are separate mentions of one entity; pairs of documents
that differ only inside their gold mentions; public documents without private data) and the label set
of v4/v5 (the six ``GOLD_TYPES``; subtypes name the kind of value, ``LOCATION/building`` is new). What
is new:

* **domains** no earlier set wrote: probation and court-liaison notes, university registry, aviation
  occurrence reports, humanitarian case work, community moderation, home-care visit logs, funeral
  arrangements, nursery daily logs, car-rental damage reports, hotel front-desk logs, public-library
  accounts, newsroom source notes, optometry records, wills and probate, and mortgage brokerage
  (``heldout_templates_v6``);
* **names** of 25 naming traditions written by hand for v6, none of whose names is in v1-v5's
  generators' name lists (:data:`~dpfusion_integrations.evaluation.heldout_values_v6.V6_NAME_SOURCES`),
  written in every form v5 asks for (full, first only, lower case, titles with surnames, initials,
  all capitals, inverted);
* **values** of 24 address countries, 24 phone countries, 26 identifier kinds (several with real check
  digits) and 30 date styles in several languages' orders
  (:mod:`~dpfusion_integrations.evaluation.heldout_values_v6`).

Structural choices (phrases, genders, countries, layouts, formats) come from an RNG shared by the two
documents of a pair; values from a per-document RNG (no Faker: v6 regenerates the same bytes with any
Faker version). ``python -m dpfusion_integrations.evaluation.heldout_v6 --freeze`` wrote
``docs/eval/heldout/heldout_v6.jsonl``; its sha256 is :data:`FROZEN_V6_SHA256` (pinned in
``tests/evaluation/test_heldout_v6.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V6_PATH,
    HeldoutDocument,
    Mention,
)
from dpfusion_integrations.evaluation.heldout_values_v6 import (
    DATE_STYLES,
    EXTENSIONS,
    ID_KINDS,
    NUMERIC_STYLES,
    ORG_FORMS,
    PHONE_LAYOUTS,
    SHORT_STYLES,
    TEXT_STYLES,
    TOWNS,
    V6_ADDRESS_COUNTRIES,
    V6_HAND_TRADITIONS,
    V6_NAME_SOURCES,
    V6_PHONE_COUNTRIES,
    PersonV6,
    ValuesV6,
    address_layouts,
    address_lines,
    format_date,
)

__all__ = [
    "FROZEN_V6_PAIRS", "FROZEN_V6_PATH", "FROZEN_V6_PUBLIC", "FROZEN_V6_SEED", "FROZEN_V6_SHA256", "SPEC_V6",
    "V6_ADDRESS_COUNTRIES", "V6_NAME_SOURCES", "V6_PHONE_COUNTRIES", "freeze_v6", "generate_heldout_v6",
    "render_template_v6", "summary_v6",
]  # fmt: skip

FROZEN_V6_SEED = 20261206
FROZEN_V6_PAIRS = 160
FROZEN_V6_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V6_SHA256 = "03ac8b1776fda44d00dab5f75c8b01a5ec88453e003d2b87a8faa4772435d04b"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_PRONOUNS = {"he": ("she", "he"), "He": ("She", "He"), "him": ("her", "him"), "his": ("her", "his"),
             "His": ("Her", "His")}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Ms.", "Mx", "Dr"), ("Mr", "Mr.", "Mx", "Dr")),
             "kin": (("sister", "niece", "aunt", "wife"), ("brother", "nephew", "uncle", "husband")),
             "child": (("daughter",), ("son",)), "parent": (("mother", "mum"), ("father", "dad"))}
_HANDLES = ("at", "discord", "reddit", "bsky", "steam", "twitch", "kakao", "viber", "user", "site")
_DOB_STYLES = NUMERIC_STYLES + ("d Month Y", "d Mon Y", "DD-MON-YYYY", "Month d, Y", "d. Monat Y", "d de mes de Y")
_STYLES = {None: DATE_STYLES, "num": NUMERIC_STYLES, "short": SHORT_STYLES, "text": TEXT_STYLES}
_MAILBOXES = ("info", "office", "frontdesk", "claims", "registry", "care", "newsdesk", "enquiries", "ops")
_SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([A-Za-z][A-Za-z_0-9]*))?\}")
_MIDDLE = "ABCDEFGHJKLMNPRSTVWZ"


class _RenderV6(build.TemplateRenderer):
    """Renders one v6 template: structure from ``struct`` (shared by a pair), values from ``fill``."""

    SLOT = _SLOT

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        super().__init__(struct, fill)
        self.values = ValuesV6(fill)
        self.org_kinds: dict[str, str] = {}

    def render(self, template: str) -> tuple[str, list[Mention]]:
        text = build.expand_choices(template, self.struct)
        # Organisations are known before rendering, so an e-mail domain may name one written later.
        for m in self.SLOT.finditer(text):
            if m.group(1) == "o":
                self.org_kinds.setdefault(f"o{m.group(2)}", m.group(3) or "employer")
        return self.render_expanded(text)

    # organisations ------------------------------------------------------------------------------
    def org_name(self, ref: str) -> str:
        kind = self.org_kinds.get(ref)
        if kind not in ORG_FORMS:
            raise InvalidParameterError(f"organisation {ref!r} has no known kind in this template")
        form = self.fact(ref + ".form", ORG_FORMS[kind])
        return str(self.cached(ref, lambda: self.values.org(form)))

    def org_domain(self, ref: str, *, internal: bool = False) -> str:
        key = f"{ref}.domain" + (".internal" if internal else "")
        return str(self.cached(key, lambda: self.values.org_domain(self.org_name(ref), internal=internal)))

    # values -------------------------------------------------------------------------------------
    def phone_value(self, key: str) -> str:
        country = self.fact(key + ".country", V6_PHONE_COUNTRIES)
        layout = self.fact(key + ".layout", PHONE_LAYOUTS[country])
        ext = self.fact(key + ".ext", ("",) * 10 + EXTENSIONS)
        return str(self.cached(key + ".value", lambda: self.values.phone(layout, ext)))

    def date_value(self, ref: str, form: str | None) -> str:
        if form not in _STYLES:
            raise InvalidParameterError(f"unknown date form {form!r}")
        style = self.fact(f"date.style.{form}", _STYLES[form])  # one style per form in a document
        d = self.cached(ref, lambda: date(2024, 1, 1) + timedelta(days=self.fill.randrange(365 * 3)))
        return format_date(d, style)

    def slot(self, kind: str, num: str, form: str | None) -> None:
        ref = kind + num
        v = self.values
        if kind == "p":
            self.person_slot(ref, form or "full")
        elif kind == "o":
            self.gold(self.org_name(ref), "ORGANIZATION", self.org_kinds[ref], ref)
        elif kind == "addr":
            self.address_slot(ref, form or "full")
        elif kind == "city":
            country = self.fact(ref + ".country", V6_ADDRESS_COUNTRIES)
            self.gold(self.cached(ref, lambda: self.fill.choice(TOWNS[country])), "LOCATION", "city", ref)
        elif kind == "date":
            self.gold(self.date_value(ref, form), "DATE", "date", ref)
        elif kind == "phone":
            self.gold(self.phone_value(ref), "CONTACT", "phone", ref)
        elif kind == "ip":
            self.gold(self.cached(ref, v.ip), "CONTACT", "ip", ref)
        elif kind == "mail":  # a shared mailbox at an organisation of the document (o1 unless named)
            box = self.fact(ref + ".box", _MAILBOXES)
            self.gold(self.cached(ref, lambda: f"{box}@{self.org_domain(form or 'o1')}"), "CONTACT", "email", ref)
        elif kind == "id":
            if form not in ID_KINDS:
                raise InvalidParameterError(f"unknown identifier kind {form!r}")
            variant = self.fact(ref + ".variant", range(v.id_variants(form)))
            self.gold(self.cached(ref, lambda: v.ident(form, variant)), "ID", ID_KINDS[form], ref)
        else:
            raise InvalidParameterError(f"unknown slot kind {kind!r}")

    def person_slot(self, ref: str, form: str) -> None:
        female = self.fact(ref + ".g", "fm") == "f"
        if form in _PRONOUNS:
            self.lit(_PRONOUNS[form][0 if female else 1])
            return
        if form in _GENDERED:
            self.lit(self.fact(f"{ref}.{form}", _GENDERED[form][0 if female else 1]))
            return
        p: PersonV6 = self.cached(ref, lambda: self.values.person("f" if female else "m"))
        names = _name_forms(p, self.cached(ref + ".mi", lambda: self.fill.choice(_MIDDLE)))
        if form in names:
            value, subtype = names[form]
            self.gold(value, "PERSON", subtype, ref)
        elif form == "inv":
            self.gold(p.last.upper(), "PERSON", "last", ref)
            self.lit(", ")
            self.gold(p.first, "PERSON", "first", ref)
        elif form in _HANDLES:
            value, subtype = self.cached(f"{ref}.{form}", lambda: self.values.handle(p, form))
            self.gold(value, "CONTACT", subtype, f"{ref}.{form}")
        elif form == "email":
            self.gold(self.cached(ref + ".email", lambda: self.values.email(p, None)), "CONTACT", "email",
                      ref + ".email")
        elif form in ("workemail", "workemail2", "workemail3", "intmail"):
            org = "o" + (form[-1] if form[-1].isdigit() else "1")
            domain = self.org_domain(org, internal=form == "intmail")
            self.gold(self.cached(f"{ref}.{form}", lambda: self.values.email(p, domain)), "CONTACT", "email",
                      f"{ref}.{form}")
        elif form == "phone":
            self.gold(self.phone_value(ref + ".phone"), "CONTACT", "phone", ref + ".phone")
        elif form in ("dob", "childdob", "olddob"):
            style = self.fact(f"{ref}.{form}.style", _DOB_STYLES)
            start, years = {"dob": (date(1950, 1, 1), 55), "childdob": (date(2021, 1, 1), 4),
                            "olddob": (date(1925, 1, 1), 25)}[form]
            d = self.cached(ref + ".dob", lambda: start + timedelta(days=self.fill.randrange(365 * years)))
            self.gold(format_date(d, style), "DATE", "dob", ref + ".dob")
        else:
            raise InvalidParameterError(f"unknown person form {form!r}")

    def address_slot(self, ref: str, form: str) -> None:
        country = self.fact(ref + ".country", V6_ADDRESS_COUNTRIES)
        layouts = address_layouts(country)
        if form == "street":  # a place someone goes to: no postal box
            layouts = tuple(x for x in layouts if "{box}" not in x)
        layout = self.fact(ref + ".layout", layouts)
        sep = self.fact(ref + ".sep", ("\n", ", "))
        lines, town = self.cached(ref, lambda: address_lines(self.fill, country, layout))
        if form == "city":
            self.gold(town, "LOCATION", "city", ref)
            return
        if form == "street":
            lines = lines[:1]
        elif form not in ("full", "oneline"):
            raise InvalidParameterError(f"unknown address form {form!r}")
        joiner = ", " if form == "oneline" else sep
        for i, line in enumerate(lines):
            if i:
                self.lit(joiner)
            for j, (text, subtype) in enumerate(line):
                if j:
                    self.lit(", ")
                self.gold(text, "LOCATION", subtype, ref)


def _name_forms(p: PersonV6, middle: str) -> dict[str, tuple[str, str]]:
    """The one-mention written forms of a person's name: ``form -> (text, subtype)``."""
    i, j = p.first[0].upper(), p.last.replace("'", "")[0].upper()
    return {
        "full": (p.full, "full"), "first": (p.first, "first"), "last": (p.last, "last"),
        "lower": (p.first.lower(), "lower"), "lowerfull": (p.full.lower(), "lower"),
        "ini": (f"{i}. {p.last}", "initial"), "ini2": (f"{i}. {middle}. {p.last}", "initial"),
        "lastini": (f"{p.last} {i}.", "initial"), "initials": (f"{i}{j}", "initial"),
        "dotted": (f"{i}.{j}.", "initial"), "firstini": (f"{p.first} {j}.", "initial"),
        "upperlast": (p.last.upper(), "last"), "upperfull": (p.full.upper(), "full"),
        "caps": (f"{p.last.upper()} {p.first}", "full"),
    }


def render_template_v6(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v6 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV6(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _templates() -> tuple[Sequence[build.Template], Sequence[build.Template]]:
    from dpfusion_integrations.evaluation.heldout_templates_v6 import (
        PRIVATE_TEMPLATES,
        PUBLIC_TEMPLATES,
    )

    return PRIVATE_TEMPLATES, PUBLIC_TEMPLATES


def _meta() -> dict[str, Any]:
    return {"name_sources": list(V6_NAME_SOURCES), "hand_traditions": list(V6_HAND_TRADITIONS),
            "faker_locales": [], "address_countries": list(V6_ADDRESS_COUNTRIES),
            "phone_countries": list(V6_PHONE_COUNTRIES), "id_kinds": sorted(ID_KINDS),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v6",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v6", "generator_version": 1,
            "author_saw_detectors": False}


#: How v6 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V6 = build.HeldoutSetSpec(
    name="v6", path=FROZEN_V6_PATH, seed=FROZEN_V6_SEED, n_pairs=FROZEN_V6_PAIRS, n_public=FROZEN_V6_PUBLIC,
    rng_key="dpfusion-heldout-v6", id_prefix="h6", render=render_template_v6, templates=_templates,
    module="dpfusion_integrations.evaluation.heldout_v6", meta=_meta)


def generate_heldout_v6(seed: int = FROZEN_V6_SEED, *, n_pairs: int = FROZEN_V6_PAIRS,
                        n_public: int = FROZEN_V6_PUBLIC) -> list[HeldoutDocument]:
    """``2 * n_pairs`` private documents (pairs sharing a structure), then ``n_public`` public-only
    ones; deterministic given ``seed``."""
    return build.generate_set(SPEC_V6, seed, n_pairs=n_pairs, n_public=n_public)


def summary_v6(docs: Sequence[HeldoutDocument]) -> dict[str, Any]:
    """Aggregate counts of a set (no text): documents, domains, mentions per type and subtype."""
    return build.summarize(docs)


def freeze_v6(path: str | Path = FROZEN_V6_PATH, *, seed: int = FROZEN_V6_SEED, n_pairs: int = FROZEN_V6_PAIRS,
              n_public: int = FROZEN_V6_PUBLIC) -> str:
    """Generate v6 and write it with a ``.meta.json`` (seed, counts, Faker version, sha256, sources)."""
    return build.freeze_set(SPEC_V6, path, seed=seed, n_pairs=n_pairs, n_public=n_public)


def main(argv: Sequence[str] | None = None) -> int:
    return build.main(SPEC_V6, argv)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
