"""Shared machinery of the held-out tagging sets (v3 onwards): render, generate, freeze, command line.

Every set since v3 is built the same way and differs only in its templates and value vocabularies:

* a **template renderer** resolves structural choices (``<<a|b>>``) and the structural facts of each
  referenced value (genders, countries, layouts) from one RNG shared by the two documents of a pair,
  draws the values themselves from a per-document RNG, and assembles literal and gold pieces into the
  text and its :class:`~dpfusion_integrations.evaluation.heldout.Mention` list
  (:class:`TemplateRenderer`, subclassed per set with its own ``slot``);
* a **generation loop** (:func:`generate_set`) shuffles the private templates with a master RNG, renders
  ``n_pairs`` pairs (one structure seed, two filler seeds each) and then ``n_public`` public documents,
  which must produce no mention;
* **freezing** (:func:`freeze_set`) writes the JSONL and a ``.meta.json`` (seed, counts, Faker version,
  sha256, the set's own provenance fields, aggregate mention counts) next to it;
* a **command line** (:func:`main`) prints the aggregate counts, writes a JSONL with ``--out`` or the
  frozen file with ``--freeze``.

A set is described once by a :class:`HeldoutSetSpec`; its module names the spec's bound methods
(``generate_heldout_v5 = SPEC_V5.generate``, ``freeze_v5``, ``main``). v5 and v6 share one template
grammar, :class:`OrgFirstRenderer`, whose subclasses only set their vocabularies as class attributes.
The value helpers several sets' vocabularies use (:func:`shape` layouts, :class:`LayoutValues`,
:class:`Person`, hand-written name drawing, IBAN and Luhn check digits, month names, ordinals) are
here too, so each is written once.

Nothing here changes what a frozen set contains: every set regenerates the same bytes as before the
shared code was moved here (the sets' tests compare against the pinned sha256). Nothing here prints or
logs document text: the command line prints counts and the sha256 only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar, Protocol

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.heldout import (
    _DAYS,
    _MONTHS,
    HeldoutDocument,
    Mention,
    _ascii,
    _ordinal,
    save_heldout,
)

__all__ = [
    "CHOICE",
    "MONTHS",
    "MONTHS_DE",
    "MONTHS_ES",
    "MONTHS_FR",
    "PRONOUNS",
    "WEEKDAYS",
    "HandTableDrawing",
    "HeldoutSetSpec",
    "LayoutValues",
    "NationalIdRenderer",
    "OrgFirstRenderer",
    "Person",
    "Renderer",
    "Template",
    "TemplateRenderer",
    "assemble",
    "expand_choices",
    "freeze_set",
    "generate_set",
    "hand_name",
    "hand_set_meta",
    "iban_number",
    "luhn_digit",
    "main",
    "name_token",
    "ordinal",
    "shape",
    "summarize",
    "surname",
    "template_loader",
    "with_iban_check",
]

#: ``(template id, domain, template text)``, as every ``heldout_templates*`` module writes them.
Template = tuple[str, str, str]
#: A structural choice in a template: ``<<a|b|c>>`` (nested choices are resolved inside out).
CHOICE = re.compile(r"<<([^<>]*)>>")
_SYNTAX_MARKS = ("<<", ">>", "{", "}")


class Renderer(Protocol):
    """Renders one template: choices from ``structure_seed``, values from ``filler_seed``."""

    def __call__(self, template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]: ...


def expand_choices(template: str, rng: random.Random) -> str:
    """``template`` with every ``<<a|b>>`` replaced by one option drawn from ``rng`` (left to right,
    repeated until no choice is left, so that choices may nest)."""
    text = template
    while True:
        new = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        if new == text:
            return text
        text = new


def assemble(pieces: Sequence[tuple[str, tuple[str, str, str] | None]]) -> tuple[str, list[Mention]]:
    """Join literal pieces (``gold is None``) and gold pieces (``(type, subtype, entity)``) into the text
    and its mentions; a gold piece's surrounding white space stays outside its mention, and a gold piece
    that is only white space gives none. Template syntax left in a literal piece is an error."""
    out: list[str] = []
    mentions: list[Mention] = []
    n = 0
    for s, g in pieces:
        if g is None and any(mark in s for mark in _SYNTAX_MARKS):
            raise InvalidParameterError("template syntax left in the rendered text")
        if g is not None:
            stripped = s.strip()
            lead = len(s) - len(s.lstrip())
            if stripped:
                mentions.append(Mention(n + lead, n + lead + len(stripped), g[0], g[1], g[2]))
        out.append(s)
        n += len(s)
    return "".join(out), mentions


class TemplateRenderer:
    """Base of a set's renderer: structural facts from ``struct`` (shared by a pair), values from
    ``fill`` (per document). Subclasses implement :meth:`slot` for the ``{kindN.form}`` slots matched by
    :attr:`SLOT`."""

    #: A value slot: ``{kind}``, ``{kindN}`` or ``{kindN.form}``.
    SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([A-Za-z_]+))?\}")
    #: The set's value drawer (set by the subclass; :meth:`name_or_handle` asks it for accounts).
    values: Any

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        self.struct, self.fill = struct, fill
        self.facts: dict[str, Any] = {}
        self.store: dict[str, Any] = {}
        self.pieces: list[tuple[str, tuple[str, str, str] | None]] = []

    def fact(self, key: str, options: Sequence[Any]) -> Any:
        """A structural choice, drawn once per key in template order (so both documents of a pair agree)."""
        if key not in self.facts:
            self.facts[key] = self.struct.choice(list(options))
        return self.facts[key]

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """A value drawn once per document and key (a value repeated in a document is written the same)."""
        if key not in self.store:
            self.store[key] = make()
        return self.store[key]

    def lit(self, s: str) -> None:
        self.pieces.append((s, None))

    def gold(self, s: str, typ: str, subtype: str, entity: str) -> None:
        self.pieces.append((s, (typ, subtype, entity)))

    def gendered_word(self, ref: str, form: str, female: bool, pronouns: Mapping[str, tuple[str, str]],
                      gendered: Mapping[str, tuple[Sequence[str], Sequence[str]]]) -> bool:
        """Append the public word a person slot asks for, agreeing with the person's gender: a pronoun
        (``pronouns[form]``) or a title or kinship word (``gendered[form]``, one drawn per person and
        form); False if ``form`` is neither."""
        if form in pronouns:
            self.lit(pronouns[form][0 if female else 1])
            return True
        if form in gendered:
            self.lit(self.fact(f"{ref}.{form}", gendered[form][0 if female else 1]))
            return True
        return False

    def name_or_handle(self, p: Any, ref: str, form: str, names: Mapping[str, tuple[str, str]],
                       handles: Sequence[str]) -> bool:
        """Append a written name of person ``p``: one mention (``names[form]``: text and subtype), the
        inverted ``SURNAME, First`` (``inv``), or an account (``form`` in ``handles``, drawn once per
        person and platform by the renderer's ``values.handle``); False if ``form`` is none of these."""
        if form in names:
            value, subtype = names[form]
            self.gold(value, "PERSON", subtype, ref)
        elif form == "inv":
            self.gold(p.last.upper(), "PERSON", "last", ref)
            self.lit(", ")
            self.gold(p.first, "PERSON", "first", ref)
        elif form in handles:
            value, subtype = self.cached(f"{ref}.{form}", lambda: self.values.handle(p, form))
            self.gold(value, "CONTACT", subtype, f"{ref}.{form}")
        else:
            return False
        return True

    def address_pieces(self, lines: Sequence[Sequence[tuple[str, str]]], joiner: str, ref: str) -> None:
        """Append an address: its lines (``(text, subtype)`` parts, one LOCATION mention each, joined by
        ``", "``) joined by ``joiner``."""
        for i, line in enumerate(lines):
            if i:
                self.lit(joiner)
            for j, (text, subtype) in enumerate(line):
                if j:
                    self.lit(", ")
                self.gold(text, "LOCATION", subtype, ref)

    def slot(self, kind: str, num: str, form: str | None) -> None:
        """Append the pieces of one slot; ``kind`` and ``num`` name the entity, ``form`` how it is written."""
        raise NotImplementedError

    def render(self, template: str) -> tuple[str, list[Mention]]:
        """Resolve the template's choices, then render its slots (:meth:`render_expanded`)."""
        return self.render_expanded(expand_choices(template, self.struct))

    def render_expanded(self, text: str) -> tuple[str, list[Mention]]:
        """Render a template whose choices are already resolved."""
        pos = 0
        for m in self.SLOT.finditer(text):
            if m.start() > pos:
                self.lit(text[pos:m.start()])
            self.slot(m.group(1), m.group(2), m.group(3))
            pos = m.end()
        self.lit(text[pos:])
        return assemble(self.pieces)


#: Pronoun slots (``{pN.his}``) and their ``(female, male)`` words.
PRONOUNS: dict[str, tuple[str, str]] = {"he": ("she", "he"), "He": ("She", "He"), "him": ("her", "him"),
                                        "his": ("her", "his"), "His": ("Her", "His")}


class OrgFirstRenderer(TemplateRenderer):
    """Base of the v5/v6 renderers: organisations known before rendering, per-form date styles, one
    person-slot and address-slot grammar; what tells the sets apart is in class attributes.

    A subclass sets the vocabularies below (its values class, countries, layouts, styles, word tables)
    and may override :meth:`other_slot` for slot kinds only it has and :meth:`surname_initial`. The
    order of the random draws is the one both sets were frozen with; changing it changes their bytes.
    """

    SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([A-Za-z][A-Za-z_0-9]*))?\}")
    #: ``ValuesVn``: draws the values from the per-document RNG.
    values_class: Callable[[random.Random], Any]
    org_forms: Mapping[str, Sequence[str]]
    #: Identifier kinds (``{idN.kind}``) and their reported subtype.
    id_kinds: Mapping[str, str]
    phone_countries: Sequence[str]
    phone_layouts: Mapping[str, Sequence[str]]
    extensions: Sequence[str]
    #: How many "no extension" options stand before the extensions (the share of numbers without one).
    no_extension: int
    address_countries: Sequence[str]
    towns: Mapping[str, Sequence[str]]
    #: ``(first day, years)`` of the dates of ``{dateN}`` slots.
    date_range: tuple[date, int]
    #: Date styles per ``{dateN.form}`` (``None``: no form).
    date_styles: Mapping[str | None, Sequence[str]]
    dob_styles: Sequence[str]
    #: ``(first day, years)`` per date-of-birth form of a person.
    dob_ranges: Mapping[str, tuple[date, int]]
    mailboxes: Sequence[str]
    #: Pronouns and gendered public words: ``form -> (female, male)``.
    pronouns: Mapping[str, tuple[str, str]] = PRONOUNS
    gendered: Mapping[str, tuple[Sequence[str], Sequence[str]]]
    handles: Sequence[str]
    middle_initials: str = "ABCDEFGHJKLMNPRSTVWZ"
    format_date: Callable[[date, str], str]
    address_layouts: Callable[[str], tuple[str, ...]]
    address_lines: Callable[[random.Random, str, str], tuple[list[list[tuple[str, str]]], str]]

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        super().__init__(struct, fill)
        self.values = self.values_class(fill)
        self.org_kinds: dict[str, str] = {}

    def render(self, template: str) -> tuple[str, list[Mention]]:
        text = expand_choices(template, self.struct)
        # Organisations are known before rendering, so an e-mail domain may name one written later.
        for m in self.SLOT.finditer(text):
            if m.group(1) == "o":
                self.org_kinds.setdefault(f"o{m.group(2)}", m.group(3) or "employer")
        return self.render_expanded(text)

    # organisations ------------------------------------------------------------------------------
    def org_name(self, ref: str) -> str:
        kind = self.org_kinds.get(ref)
        if kind not in self.org_forms:
            raise InvalidParameterError(f"organisation {ref!r} has no known kind in this template")
        form = self.fact(ref + ".form", self.org_forms[kind])
        return str(self.cached(ref, lambda: self.values.org(form)))

    def org_domain(self, ref: str, *, internal: bool = False) -> str:
        key = f"{ref}.domain" + (".internal" if internal else "")
        return str(self.cached(key, lambda: self.values.org_domain(self.org_name(ref), internal=internal)))

    # values -------------------------------------------------------------------------------------
    def phone_value(self, key: str) -> str:
        country = self.fact(key + ".country", self.phone_countries)
        layout = self.fact(key + ".layout", self.phone_layouts[country])
        ext = self.fact(key + ".ext", ("",) * self.no_extension + tuple(self.extensions))
        return str(self.cached(key + ".value", lambda: self.values.phone(layout, ext)))

    def date_value(self, ref: str, form: str | None) -> str:
        if form not in self.date_styles:
            raise InvalidParameterError(f"unknown date form {form!r}")
        style = self.fact(f"date.style.{form}", self.date_styles[form])  # one style per form in a document
        start, years = self.date_range
        d = self.cached(ref, lambda: start + timedelta(days=self.fill.randrange(365 * years)))
        return self.format_date(d, style)

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
            country = self.fact(ref + ".country", self.address_countries)
            self.gold(self.cached(ref, lambda: self.fill.choice(self.towns[country])), "LOCATION", "city", ref)
        elif kind == "date":
            self.gold(self.date_value(ref, form), "DATE", "date", ref)
        elif kind == "phone":
            self.gold(self.phone_value(ref), "CONTACT", "phone", ref)
        elif kind == "ip":
            self.gold(self.cached(ref, v.ip), "CONTACT", "ip", ref)
        elif kind == "mail":  # a shared mailbox at an organisation of the document (o1 unless named)
            box = self.fact(ref + ".box", self.mailboxes)
            self.gold(self.cached(ref, lambda: f"{box}@{self.org_domain(form or 'o1')}"), "CONTACT", "email", ref)
        elif kind == "id":
            if form not in self.id_kinds:
                raise InvalidParameterError(f"unknown identifier kind {form!r}")
            variant = self.fact(ref + ".variant", range(v.id_variants(form)))
            self.gold(self.cached(ref, lambda: v.ident(form, variant)), "ID", self.id_kinds[form], ref)
        else:
            self.other_slot(kind, ref, form)

    def other_slot(self, kind: str, ref: str, form: str | None) -> None:
        """A slot kind only this set has; none by default."""
        raise InvalidParameterError(f"unknown slot kind {kind!r}")

    def surname_initial(self, last: str) -> str:
        """The initial written for a surname (``A.S.``, ``First S.``)."""
        return last[0].upper()

    def name_forms(self, p: Any, middle: str) -> dict[str, tuple[str, str]]:
        """The one-mention written forms of a person's name: ``form -> (text, subtype)``."""
        i, j = p.first[0].upper(), self.surname_initial(p.last)
        return {
            "full": (p.full, "full"), "first": (p.first, "first"), "last": (p.last, "last"),
            "lower": (p.first.lower(), "lower"), "lowerfull": (p.full.lower(), "lower"),
            "ini": (f"{i}. {p.last}", "initial"), "ini2": (f"{i}. {middle}. {p.last}", "initial"),
            "lastini": (f"{p.last} {i}.", "initial"), "initials": (f"{i}{j}", "initial"),
            "dotted": (f"{i}.{j}.", "initial"), "firstini": (f"{p.first} {j}.", "initial"),
            "upperlast": (p.last.upper(), "last"), "upperfull": (p.full.upper(), "full"),
            "caps": (f"{p.last.upper()} {p.first}", "full"),
        }

    def person_slot(self, ref: str, form: str) -> None:
        female = self.fact(ref + ".g", "fm") == "f"
        if self.gendered_word(ref, form, female, self.pronouns, self.gendered):
            return
        p = self.cached(ref, lambda: self.values.person("f" if female else "m"))
        names = self.name_forms(p, self.cached(ref + ".mi", lambda: self.fill.choice(self.middle_initials)))
        if self.name_or_handle(p, ref, form, names, self.handles):
            return
        if form == "email":
            self.gold(self.cached(ref + ".email", lambda: self.values.email(p, None)), "CONTACT", "email",
                      ref + ".email")
        elif form in ("workemail", "workemail2", "workemail3", "intmail"):
            org = "o" + (form[-1] if form[-1].isdigit() else "1")
            domain = self.org_domain(org, internal=form == "intmail")
            self.gold(self.cached(f"{ref}.{form}", lambda: self.values.email(p, domain)), "CONTACT", "email",
                      f"{ref}.{form}")
        elif form == "phone":
            self.gold(self.phone_value(ref + ".phone"), "CONTACT", "phone", ref + ".phone")
        elif form in self.dob_ranges:
            style = self.fact(f"{ref}.{form}.style", self.dob_styles)
            start, years = self.dob_ranges[form]
            d = self.cached(ref + ".dob", lambda: start + timedelta(days=self.fill.randrange(365 * years)))
            self.gold(self.format_date(d, style), "DATE", "dob", ref + ".dob")
        else:
            raise InvalidParameterError(f"unknown person form {form!r}")

    def address_slot(self, ref: str, form: str) -> None:
        country = self.fact(ref + ".country", self.address_countries)
        layouts = self.address_layouts(country)
        if form == "street":  # a place someone goes to: no postal box
            layouts = tuple(layout for layout in layouts if "{box}" not in layout)
        layout = self.fact(ref + ".layout", layouts)
        sep = self.fact(ref + ".sep", ("\n", ", "))
        lines, town = self.cached(ref, lambda: self.address_lines(self.fill, country, layout))
        if form == "city":
            self.gold(town, "LOCATION", "city", ref)
            return
        if form == "street":
            lines = lines[:1]
        elif form not in ("full", "oneline"):
            raise InvalidParameterError(f"unknown address form {form!r}")
        self.address_pieces(lines, ", " if form == "oneline" else sep, ref)


class NationalIdRenderer(OrgFirstRenderer):
    """Base of the v9 to v11 renderers: :class:`OrgFirstRenderer` with a ``{natN}`` slot (a national
    number of one of :attr:`national_schemes`) and the surname initial taken from the surname's first
    capitalised word ("ag Intalla" -> "I")."""

    #: The national-number schemes a ``{natN}`` slot draws from, in a fixed order (part of the set's bytes).
    national_schemes: Sequence[str]

    def surname_initial(self, last: str) -> str:
        """The initial of the first capitalised word."""
        words = [w for w in last.split() if w[:1].isupper()] or last.split()
        return words[0][0].upper()

    def other_slot(self, kind: str, ref: str, form: str | None) -> None:
        if kind != "nat" or form is not None:
            raise InvalidParameterError(f"unknown slot kind {kind!r}")
        scheme = self.fact(ref + ".scheme", self.national_schemes)
        variant = self.fact(ref + ".variant", range(self.values.id_variants(scheme)))
        self.gold(self.cached(ref, lambda: self.values.ident(scheme, variant)), "ID", "national", ref)


# --------------------------------------------------------------------------------------------
# Value helpers shared by the sets' vocabularies (``heldout_values_v4`` onwards)
# --------------------------------------------------------------------------------------------

#: English month and weekday names (v1's), and the month names of the dates written in other languages.
MONTHS, WEEKDAYS = _MONTHS, _DAYS
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
#: ``12`` -> ``12th``, ``22`` -> ``22nd``.
ordinal = _ordinal


@dataclass
class Person:
    """A person's name parts as a set's values draw them (``last`` may hold particles or two surnames)."""

    first: str
    last: str
    gender: str
    source: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def name_token(s: str) -> str:
    """An ASCII token of a name part for user names and e-mail addresses: its last capitalised word
    (``Ní Bhriain`` -> ``bhriain``, ``Le Floc'h`` -> ``floch``)."""
    words = [w for w in s.replace("-", " ").split() if w[:1].isupper()] or s.split()
    return _ascii(words[-1]) or "x"


def surname(rng: random.Random, surnames: str, female: bool) -> str:
    """One of the space-separated ``surnames`` (``f|m``: written differently for women and men; ``_``
    joins the words of one surname)."""
    value = rng.choice(surnames.split())
    if "|" in value:
        value = value.split("|")[0 if female else 1]
    return value.replace("_", " ")


def hand_name(rng: random.Random, names: tuple[str, str, str], female: bool, joiner: str | None,
              p_double: float) -> tuple[str, str]:
    """``(first, last)`` from a hand-written ``(female given, male given, surnames)`` row; with a
    ``joiner``, the surname is doubled with probability ``p_double`` (two different one-word surnames)."""
    f_names, m_names, surnames = names
    first = rng.choice((f_names if female else m_names).split()).replace("_", " ")
    last = surname(rng, surnames, female)
    if joiner and rng.random() < p_double:
        other = surname(rng, surnames, female)
        if other != last and " " not in other and " " not in last:
            last = f"{last}{joiner}{other}"
    return first, last


def hand_person(rng: random.Random, gender: str, traditions: Sequence[str],
                names: Mapping[str, tuple[str, str, str]], doubled: Mapping[str, str]) -> Person:
    """A :class:`Person` of ``gender`` from a random tradition's hand-written row of ``names``; the
    surname of a tradition in ``doubled`` is doubled (with its joiner) a quarter of the time."""
    key = rng.choice(traditions)
    first, last = hand_name(rng, names[key], gender == "f", doubled.get(key), 0.25)
    return Person(first, last, gender, f"hand:{key}")


def brand_word(rng: random.Random, parts: Sequence[str]) -> str:
    """An invented, pronounceable company-like word of two or three ``parts``."""
    return "".join(rng.choice(parts) for _ in range(rng.choice((2, 2, 3)))).capitalize()


def org_slug_domain(rng: random.Random, org: str, *, stop: Collection[str], internal_forms: Sequence[str],
                    tlds: Sequence[str], internal: bool = False, split_hyphens: bool = False) -> str:
    """A domain for ``org``: its first ASCII word outside ``stop`` (at most 14 letters; with
    ``split_hyphens``, hyphens split words) under one of ``tlds``, or in one of ``internal_forms``."""
    words = [_ascii(w) for w in (org.replace("-", " ") if split_hyphens else org).split()
             if _ascii(w) and _ascii(w) not in stop]
    slug = (words[0] if words else _ascii(org) or "org")[:14]
    if internal:
        return rng.choice(internal_forms).format(s=slug)
    return f"{slug}.{rng.choice(tlds)}"


def fill_org_form(form: str, brand: str, town: str, p: Person, q: Person, *, first_word: int = 0) -> str:
    """An organisation ``form`` filled: ``{B}`` the brand, ``{T}`` the town, ``{L}``/``{L2}`` the last
    words of ``p``'s and ``q``'s surnames, ``{F}`` word ``first_word`` of ``p``'s given name."""
    return form.format(B=brand, T=town, L=p.last.split()[-1], L2=q.last.split()[-1], F=p.first.split()[first_word])


def birth_date(rng: random.Random, first_year: int, years: int) -> date:
    """A day in the ``years`` years (of 365 days) from 1 January ``first_year``."""
    return date.fromordinal(date(first_year, 1, 1).toordinal() + rng.randrange(365 * years))


def hand_set_meta(n: int, vals: ModuleType, national_schemes: Sequence[str]) -> dict[str, Any]:
    """The ``.meta.json`` content of set ``v{n}``, written by hand without Faker: its sources, countries,
    extensions, identifier kinds, date styles and organisation kinds from its values module ``vals``
    (``V{n}_NAME_SOURCES`` and the like), its ``national_schemes`` and its template module's layouts."""
    templates = importlib.import_module(f"dpfusion_integrations.evaluation.heldout_templates_v{n}")
    tag = f"V{n}"
    return {"name_sources": list(getattr(vals, f"{tag}_NAME_SOURCES")),
            "hand_traditions": list(getattr(vals, f"{tag}_HAND_TRADITIONS")),
            "faker_locales": [], "address_countries": list(getattr(vals, f"{tag}_ADDRESS_COUNTRIES")),
            "phone_countries": list(getattr(vals, f"{tag}_PHONE_COUNTRIES")),
            "phone_extensions": [e.strip() for e in vals.EXTENSIONS],
            "id_kinds": sorted(vals.ID_KINDS), "national_schemes": list(national_schemes),
            "date_styles": list(vals.DATE_STYLES), "org_kinds": sorted(vals.ORG_FORMS),
            "layouts": dict(templates.LAYOUTS),
            "template_module": templates.__name__,
            "generator_module": f"dpfusion_integrations.evaluation.heldout_v{n}", "generator_version": 1,
            "author_saw_detectors": False, "frozen_before": f"round {n}",
            "description": templates.DESCRIPTION}

class HandTableDrawing:
    """Mixin for a set's values class: people, organisation domains, organisations and birth dates drawn
    with the per-document RNG ``rng`` from the set's tables, named by the class attributes below."""

    rng: random.Random
    #: :func:`hand_person`'s traditions, hand-written name rows and doubled-surname joiners.
    hand_traditions: Sequence[str]
    hand_names: Mapping[str, tuple[str, str, str]]
    hand_doubled: Mapping[str, str]
    #: :func:`org_slug_domain`'s stop words, internal forms, TLDs and hyphen splitting.
    domain_stop: Collection[str]
    domain_internal: Sequence[str]
    domain_tlds: Sequence[str]
    domain_split_hyphens: bool = False
    #: Towns per country, the countries an organisation's town is drawn from, and :func:`brand_word`'s parts.
    org_towns: Mapping[str, Sequence[str]]
    org_countries: Sequence[str]
    brand_parts: Sequence[str]

    def person(self, gender: str) -> Person:
        return hand_person(self.rng, gender, self.hand_traditions, self.hand_names, self.hand_doubled)

    def org_domain(self, org: str, *, internal: bool = False) -> str:
        return org_slug_domain(self.rng, org, stop=self.domain_stop, internal_forms=self.domain_internal,
                               tlds=self.domain_tlds, internal=internal, split_hyphens=self.domain_split_hyphens)

    def org(self, form: str) -> str:
        """An organisation ``form`` filled with two drawn people, a town of a drawn country and a brand."""
        rng = self.rng
        p, q = self.person(rng.choice("fm")), self.person(rng.choice("fm"))
        town = rng.choice(self.org_towns[rng.choice(self.org_countries)])
        return fill_org_form(form, brand_word(rng, self.brand_parts), town, p, q)

    def _birth(self, first_year: int, years: int) -> date:
        return birth_date(self.rng, first_year, years)


_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def shape(rng: random.Random, layout: str) -> str:
    """``layout`` with its placeholders filled from ``rng`` (v5 onwards): ``N`` a digit, ``A`` a capital
    letter, ``L`` a small letter, ``X`` a capital or digit, ``H`` a hex digit, ``Y`` the last digit of a
    recent year (3-6); ``\\`` writes the next character as it is."""
    out: list[str] = []
    escaped = False
    for ch in layout:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "N":
            out.append(str(rng.randrange(10)))
        elif ch == "A":
            out.append(rng.choice(_UPPER))
        elif ch == "L":
            out.append(rng.choice("abcdefghijkmnoprstuvwxyz"))
        elif ch == "X":
            out.append(rng.choice(_UPPER + "0123456789"))
        elif ch == "H":
            out.append(rng.choice("0123456789ABCDEF"))
        elif ch == "Y":
            out.append(rng.choice("3456"))
        else:
            out.append(ch)
    return "".join(out)


#: A line break in an address layout: a "/" before a part code ("S:", "C:"); a "/" inside a part's
#: pattern ("{n}/{m} Soi {s}") stays in it.
_LAYOUT_LINE = re.compile(r"/(?=[A-Z]:)")


def address_parts(layout: str, values: dict[str, str], subtypes: dict[str, str]) -> list[list[tuple[str, str]]]:
    """An address layout (v5 onwards: lines split by ``/``, parts by ``|``, each part ``CODE:pattern``)
    filled with ``values``: lines of ``(text, subtype)`` parts, the subtype named by ``subtypes[CODE]``."""
    return [[(pattern.format(**values).strip(), subtypes[code])
             for code, _, pattern in (part.partition(":") for part in line.split("|"))]
            for line in _LAYOUT_LINE.split(layout)]


class LayoutValues:
    """Base of the v5/v6 value drawers: the per-document RNG, phones, and identifiers and IBANs drawn
    from layouts (:func:`shape`). A subclass sets :attr:`id_shapes` and :attr:`iban_bban`."""

    #: Identifier layouts per kind; the structural ``variant`` picks one.
    id_shapes: ClassVar[Mapping[str, Sequence[str]]] = {}
    #: BBAN layouts of the IBAN countries, in the order ``variant`` picks them.
    iban_bban: ClassVar[Mapping[str, str]] = {}

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def phone(self, layout: str, ext: str) -> str:
        return shape(self.rng, layout) + (shape(self.rng, ext) if ext else "")

    def iban(self, variant: int) -> str:
        """An IBAN of the ``variant``-th country, written in groups of four for odd variants."""
        country = tuple(self.iban_bban)[variant % len(self.iban_bban)]
        value = with_iban_check(country, shape(self.rng, self.iban_bban[country]))
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if variant % 2 else value

    def shaped_id(self, kind: str, variant: int) -> str:
        """An identifier of ``kind`` in its ``variant``-th layout."""
        if kind not in self.id_shapes:
            raise InvalidParameterError(f"unknown identifier kind {kind!r}")
        table = self.id_shapes[kind]
        return shape(self.rng, table[variant % len(table)])


def iban_number(s: str) -> int:
    """``s`` read as ISO 13616 digits (letters as 10..35)."""
    return int("".join(str(int(c, 36)) for c in s))


def with_iban_check(country: str, bban: str) -> str:
    """The IBAN of ``bban`` in ``country`` with its two check digits."""
    check = 98 - iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def luhn_digit(digits: str) -> int:
    """The Luhn check digit to append to ``digits``."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _no_extra_meta() -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class HeldoutSetSpec:
    """Everything that tells one held-out set from another: where it is frozen, its seed and counts, the
    master RNG's key and document id prefix (both part of the frozen bytes), its renderer, a loader of its
    templates (imported lazily) and its own provenance fields for the ``.meta.json``."""

    name: str
    path: Path
    seed: int
    n_pairs: int
    n_public: int
    rng_key: str
    id_prefix: str
    render: Renderer
    templates: Callable[[], tuple[Sequence[Template], Sequence[Template]]]
    module: str
    meta: Callable[[], dict[str, Any]] = field(default=_no_extra_meta)

    def generate(self, seed: int | None = None, *, n_pairs: int | None = None,
                 n_public: int | None = None) -> list[HeldoutDocument]:
        """``2 * n_pairs`` private documents (pairs sharing a structure), then ``n_public`` public-only
        ones; deterministic given ``seed`` (the frozen one by default) and, for the sets that draw from
        Faker, its version (:func:`generate_set`)."""
        return generate_set(self, seed, n_pairs=n_pairs, n_public=n_public)

    def freeze(self, path: str | Path | None = None, *, seed: int | None = None, n_pairs: int | None = None,
               n_public: int | None = None) -> str:
        """Generate the set and write it with a ``.meta.json`` (:func:`freeze_set`); returns the sha256."""
        return freeze_set(self, path, seed=seed, n_pairs=n_pairs, n_public=n_public)

    def main(self, argv: Sequence[str] | None = None) -> int:
        """The set's command line (:func:`main`)."""
        return main(self, argv)


def template_loader(module: str) -> Callable[[], tuple[Sequence[Template], Sequence[Template]]]:
    """A :attr:`HeldoutSetSpec.templates` loader: ``(PRIVATE_TEMPLATES, PUBLIC_TEMPLATES)`` of ``module``,
    imported on first use (so importing a generator does not load its templates)."""

    def load() -> tuple[Sequence[Template], Sequence[Template]]:
        templates = importlib.import_module(module)
        return templates.PRIVATE_TEMPLATES, templates.PUBLIC_TEMPLATES

    return load


def _count(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidParameterError(f"{what} must be a non-negative integer")
    return value


def generate_set(spec: HeldoutSetSpec, seed: int | None = None, *, n_pairs: int | None = None,
                 n_public: int | None = None) -> list[HeldoutDocument]:
    """``2 * n_pairs`` private documents (pairs sharing a structure), then ``n_public`` public-only ones;
    deterministic given ``seed`` (the spec's frozen values by default) and the Faker version."""
    seed = spec.seed if seed is None else seed
    n_pairs = _count(spec.n_pairs if n_pairs is None else n_pairs, "n_pairs")
    n_public = _count(spec.n_public if n_public is None else n_public, "n_public")
    private_templates, public_templates = spec.templates()
    if (n_pairs and not private_templates) or (n_public and not public_templates):
        raise InvalidParameterError(f"{spec.name} has no templates for the documents asked for")
    master = random.Random(f"{spec.rng_key}:{seed}")
    private = list(private_templates)
    master.shuffle(private)
    docs: list[HeldoutDocument] = []
    for i in range(n_pairs):
        tid, domain, template = private[i % len(private)]
        structure = master.getrandbits(64)
        fills = (master.getrandbits(64), master.getrandbits(64))
        for tag, fill in zip("ab", fills, strict=True):
            text, mentions = spec.render(template, structure_seed=structure, filler_seed=fill)
            docs.append(HeldoutDocument(f"{spec.id_prefix}-{i:03d}{tag}", domain, tid, "private", f"pair-{i:03d}",
                                        text, tuple(mentions)))
    public = list(public_templates)
    master.shuffle(public)
    for j in range(n_public):
        tid, domain, template = public[j % len(public)]
        text, mentions = spec.render(template, structure_seed=master.getrandbits(64), filler_seed=0)
        if mentions:
            raise InvalidParameterError(f"public template {tid} produced private mentions")
        docs.append(HeldoutDocument(f"{spec.id_prefix}-pub-{j:03d}", domain, tid, "public", None, text, ()))
    return docs


def summarize(docs: Sequence[HeldoutDocument]) -> dict[str, Any]:
    """Aggregate counts of a set (no text): documents, domains, mentions per type and subtype, entities."""
    return {"documents": len(docs), "private": sum(d.kind == "private" for d in docs),
            "public": sum(d.kind == "public" for d in docs),
            "domains": dict(sorted(Counter(d.domain for d in docs).items())),
            "mentions": dict(sorted(Counter(m.type for d in docs for m in d.mentions).items())),
            "entities": len({(d.id, m.entity) for d in docs for m in d.mentions}),
            "subtypes": dict(sorted(Counter(f"{m.type}/{m.subtype}" for d in docs for m in d.mentions).items()))}


def freeze_set(spec: HeldoutSetSpec, path: str | Path | None = None, *, seed: int | None = None,
               n_pairs: int | None = None, n_public: int | None = None) -> str:
    """Generate the set and write it (JSONL) with a ``.meta.json`` beside it; returns the sha256."""
    import faker

    path = spec.path if path is None else Path(path)
    seed = spec.seed if seed is None else seed
    n_pairs = spec.n_pairs if n_pairs is None else n_pairs
    n_public = spec.n_public if n_public is None else n_public
    docs = generate_set(spec, seed, n_pairs=n_pairs, n_public=n_public)
    digest = save_heldout(docs, path)
    counts = summarize(docs)
    meta = {"version": Path(path).stem, "seed": seed, "n_pairs": n_pairs, "n_private": 2 * n_pairs,
            "n_public": n_public, "faker": faker.VERSION, "sha256": digest,
            "domains": sorted({d.domain for d in docs}), **spec.meta(),
            "mentions": counts["mentions"], "entities": counts["entities"], "subtypes": counts["subtypes"]}
    Path(path).with_suffix(".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    return digest


def main(spec: HeldoutSetSpec, argv: Sequence[str] | None = None) -> int:
    """The set's command line: counts (default), ``--out FILE`` (also writes a JSONL) or ``--freeze``."""
    parser = argparse.ArgumentParser(prog=f"python -m {spec.module}",
                                     description=f"Generate (or freeze) the {spec.name} held-out tagging documents.")
    parser.add_argument("--seed", type=int, default=spec.seed)
    parser.add_argument("--pairs", type=int, default=spec.n_pairs)
    parser.add_argument("--public", type=int, default=spec.n_public)
    parser.add_argument("--out", type=Path, default=None, help="write JSONL here")
    parser.add_argument("--freeze", action="store_true", help=f"write the frozen set to {spec.path}")
    args = parser.parse_args(argv)
    if args.freeze:
        print(freeze_set(spec, seed=args.seed, n_pairs=args.pairs, n_public=args.public))
        return 0
    docs = generate_set(spec, args.seed, n_pairs=args.pairs, n_public=args.public)
    if args.out is not None:
        print(save_heldout(docs, args.out))
    print(json.dumps(summarize(docs), indent=2))
    return 0
