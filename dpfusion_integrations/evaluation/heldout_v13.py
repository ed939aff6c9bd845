"""The thirteenth held-out tagging set (v13): new domains, layouts and name sources, frozen before round 13.

v13 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the thirteenth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v12 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v12 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v13``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v13`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v13 --freeze`` wrote
``docs/eval/heldout/heldout_v13.jsonl``; its sha256 is :data:`FROZEN_V13_SHA256` (pinned in
``tests/evaluation/test_heldout_v13.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v13 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v13 import (
    V13_ADDRESS_COUNTRIES,
    V13_NAME_SOURCES,
    V13_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V13_PAIRS", "FROZEN_V13_PATH", "FROZEN_V13_PUBLIC", "FROZEN_V13_SEED", "FROZEN_V13_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V13", "V13_ADDRESS_COUNTRIES", "V13_NAME_SOURCES", "V13_PHONE_COUNTRIES",
    "freeze_v13", "generate_heldout_v13", "render_template_v13", "summary_v13",
]  # fmt: skip

#: Where v13 is frozen (``--data v13`` and ``load_heldout("v13")`` name it).
FROZEN_V13_PATH = FROZEN_SETS["v13"]
FROZEN_V13_SEED = 20270611
FROZEN_V13_PAIRS = 160
FROZEN_V13_PUBLIC = 80
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V13_SHA256 = "b7785ae8ff57b07c66a81af2f2b348cd648441659f9477b4e6250271fca155c5"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "nir", "twid", "aadhaar", "mykad")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 55), "childdob": (date(2012, 1, 1), 11), "olddob": (date(1928, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Mme", "Mlle", "Hajja"), ("Mr", "Dr", "M.", "Hon.", "Hajji")),
             "kin": (("aunt", "grandmother", "cousin", "sister-in-law", "godmother"),
                     ("uncle", "grandfather", "cousin", "brother-in-law", "godfather")),
             "child": (("daughter", "girl"), ("son", "boy")), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F", "female"), ("M", "male"))}


class _RenderV13(build.NationalIdRenderer):
    """Renders one v13 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v13's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV13, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V13_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V13_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 6, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = ("mm/dd/Y", "dd-mm-Y", "d mois-abr. Y", "d ukwezi Y", "d māhina Y", "d kgwedi Y", "d ʻāvaʻe Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("contact", "info", "loft", "bureau", "orders", "dispatch", "secretariat", "qsl", "admin",
                 "caisse", "garden", "reception")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "github", "user", "matrix")


def render_template_v13(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v13 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV13(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(13, vals, NATIONAL_SCHEMES)


#: How v13 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V13 = build.HeldoutSetSpec(
    name="v13", path=FROZEN_V13_PATH, seed=FROZEN_V13_SEED, n_pairs=FROZEN_V13_PAIRS, n_public=FROZEN_V13_PUBLIC,
    rng_key="dpfusion-heldout-v13", id_prefix="h13", render=render_template_v13,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v13"),
    module="dpfusion_integrations.evaluation.heldout_v13", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v13 = SPEC_V13.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v13 = SPEC_V13.freeze
#: Aggregate counts of a set (no text).
summary_v13 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v13 [--freeze | --out FILE]``.
main = SPEC_V13.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
