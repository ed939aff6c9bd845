"""The fifth held-out tagging set (v5): new domains, phrasing and name sources, frozen before tuning.

v5 was written by an author who did not open the tagger's rules, gazetteers, word lists or tests, and
frozen before the fifth tuning round (done by someone else, on other data); nobody ran a tagger on it
before it was frozen. It keeps the documents, gold conventions and file format of ``heldout``
(``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; address parts
separated by a comma or a line break are separate mentions of one entity; pairs of documents that
differ only inside their gold mentions; public documents without private data) and the label set of
v4 (the six ``GOLD_TYPES``; subtypes name the kind of value). What is new:

* **domains** none of v1-v4 wrote this way: pharmacy refill requests, school incident reports,
  property-management tickets, immigration case notes, bank fraud-desk chats, freight and shipping
  forms, veterinary records, tribunal scheduling e-mails, HR onboarding, travel itineraries, IT
  helpdesk logs, research consent notes, tax-preparer intake and utility accounts
  (``heldout_templates_v5``);
* **names** of 28 naming traditions written for v5 and 14 Faker locales
  (:data:`~dpfusion_integrations.evaluation.heldout_values_v5.V5_NAME_SOURCES`), with particles
  (``van der``, ``al-``, ``Ní``/``Ó``, ``Ben-``), gendered surnames, doubled surnames, hyphenated given
  names, and every written form the templates ask for: full, first only, lower case in chats, titles
  with surnames, ``A. Surname``, ``A. B. Surname``, ``Surname A.``, ``AS``, ``A.S.``, ``First S.``,
  all capitals, ``SURNAME First`` and ``SURNAME, First``;
* **values** of 31 address countries, 36 phone countries and 30 identifier kinds
  (:mod:`~dpfusion_integrations.evaluation.heldout_values_v5`).

Structural choices (phrases, genders, titles, countries, layouts, formats) come from an RNG shared by
the two documents of a pair; values from a per-document RNG (Faker re-seeded from it). ``python -m
dpfusion_integrations.evaluation.heldout_v5 --freeze`` wrote ``docs/eval/heldout/heldout_v5.jsonl``; its
sha256 is :data:`FROZEN_V5_SHA256` (pinned in ``tests/evaluation/test_heldout_v5.py``). The frozen file,
not this generator, is the reference (regenerating it byte for byte needs the Faker version in the
``.meta.json``).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v5 as vals
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V5_PATH,
    Mention,
)
from dpfusion_integrations.evaluation.heldout_values_v5 import (
    V5_ADDRESS_COUNTRIES,
    V5_NAME_SOURCES,
    V5_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V5_PAIRS", "FROZEN_V5_PATH", "FROZEN_V5_PUBLIC", "FROZEN_V5_SEED", "FROZEN_V5_SHA256", "SPEC_V5",
    "V5_ADDRESS_COUNTRIES", "V5_NAME_SOURCES", "V5_PHONE_COUNTRIES", "freeze_v5", "generate_heldout_v5",
    "render_template_v5", "summary_v5",
]  # fmt: skip

FROZEN_V5_SEED = 20261202
FROZEN_V5_PAIRS = 160
FROZEN_V5_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V5_SHA256 = "7542a9498b95635bf227e4d37c7ee7a1b51322d1695c123006613df127b59079"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": ("d Month Y", "Month d, Y", "d Mon Y", "Wkd d Mon Y", "the dth of Month Y", "Mon d, Y")}
_DOB_RANGES = {"dob": (date(1945, 1, 1), 60), "childdob": (date(2009, 1, 1), 12)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Ms.", "Mx"), ("Mr", "Mr.", "Mx")), "kin": (("sister", "cousin", "aunt"),
             ("brother", "cousin", "uncle")), "child": (("daughter",), ("son",)),
             "parent": (("mother",), ("father",))}


class _RenderV5(build.OrgFirstRenderer):
    """Renders one v5 template: structure from ``struct`` (shared by a pair), values from ``fill``; the
    grammar is :class:`~dpfusion_integrations.evaluation.heldout_build.OrgFirstRenderer`'s."""

    values_class, org_forms, id_kinds = vals.ValuesV5, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V5_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 12
    address_countries, towns = V5_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2023, 1, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d Month Y", "d Mon Y", "DD MON YYYY", "Month d, Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("info", "office", "accounts", "support", "hello", "reception", "admin", "bookings")
    gendered = _GENDERED
    handles = ("at", "tg", "wechat", "line", "slack", "mast", "user", "ig", "gh", "li", "cal", "site", "orcid")

    def other_slot(self, kind: str, ref: str, form: str | None) -> None:
        if kind != "mac":
            super().other_slot(kind, ref, form)
            return
        sep = self.fact(ref + ".sep", (":", "-"))
        self.gold(self.cached(ref, lambda: self.values.mac(sep)), "ID", "device", ref)


def render_template_v5(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v5 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV5(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return {"name_sources": list(V5_NAME_SOURCES), "hand_traditions": list(vals.V5_HAND_TRADITIONS),
            "faker_locales": list(vals.V5_FAKER_LOCALES), "address_countries": list(V5_ADDRESS_COUNTRIES),
            "phone_countries": list(V5_PHONE_COUNTRIES), "id_kinds": sorted(vals.ID_KINDS),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v5",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v5",
            "author_saw_detectors": False}


#: How v5 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V5 = build.HeldoutSetSpec(
    name="v5", path=FROZEN_V5_PATH, seed=FROZEN_V5_SEED, n_pairs=FROZEN_V5_PAIRS, n_public=FROZEN_V5_PUBLIC,
    rng_key="dpfusion-heldout-v5", id_prefix="h5", render=render_template_v5,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v5"),
    module="dpfusion_integrations.evaluation.heldout_v5", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v5 = SPEC_V5.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v5 = SPEC_V5.freeze
#: Aggregate counts of a set (no text).
summary_v5 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v5 [--freeze | --out FILE]``.
main = SPEC_V5.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
