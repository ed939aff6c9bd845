"""The tenth held-out tagging set (v10): new domains, layouts and name sources, frozen before round 10.

v10 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the tenth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v9 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v9 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v10``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v10`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v10 --freeze`` wrote
``docs/eval/heldout/heldout_v10.jsonl``; its sha256 is :data:`FROZEN_V10_SHA256` (pinned in
``tests/evaluation/test_heldout_v10.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v10 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v10 import (
    V10_ADDRESS_COUNTRIES,
    V10_NAME_SOURCES,
    V10_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V10_PAIRS", "FROZEN_V10_PATH", "FROZEN_V10_PUBLIC", "FROZEN_V10_SEED", "FROZEN_V10_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V10", "V10_ADDRESS_COUNTRIES", "V10_NAME_SOURCES", "V10_PHONE_COUNTRIES",
    "freeze_v10", "generate_heldout_v10", "render_template_v10", "summary_v10",
]  # fmt: skip

#: Where v10 is frozen (``--data v10`` and ``load_heldout("v10")`` name it).
FROZEN_V10_PATH = FROZEN_SETS["v10"]
FROZEN_V10_SEED = 20270228
FROZEN_V10_PAIRS = 160
FROZEN_V10_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V10_SHA256 = "640a1b514a75d19a15a368ec6d7f29a9f10a464810934e6b03e4cd4f097ac881"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "idnp", "dui", "kwcivil", "nicedula", "kgpin")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 56), "childdob": (date(2013, 1, 1), 10), "olddob": (date(1930, 1, 1), 18)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Sra.", "Mme", "Miss"), ("Mr", "Dr", "Sr.", "M.", "Mr.")),
             "kin": (("niece", "granddaughter", "partner", "sister-in-law", "stepmother"),
                     ("nephew", "grandson", "partner", "brother-in-law", "stepfather")),
             "child": (("daughter", "girl"), ("son", "boy")), "parent": (("mother", "mom"), ("father", "papa")),
             "sex": (("F", "female"), ("M", "male"))}


class _RenderV10(build.NationalIdRenderer):
    """Renders one v10 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v10's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV10, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V10_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V10_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 1, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("the dth of Month Y", "d месяца Y г.", "d. mjesec Y.", "d mese Y", "d MONTH Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("enquiries", "dispatch", "studio", "bookings", "pantry", "accounts", "crew", "desk", "reception",
                 "office", "team", "hello")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")


def render_template_v10(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v10 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV10(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(10, vals, NATIONAL_SCHEMES)


#: How v10 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V10 = build.HeldoutSetSpec(
    name="v10", path=FROZEN_V10_PATH, seed=FROZEN_V10_SEED, n_pairs=FROZEN_V10_PAIRS, n_public=FROZEN_V10_PUBLIC,
    rng_key="dpfusion-heldout-v10", id_prefix="h10", render=render_template_v10,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v10"),
    module="dpfusion_integrations.evaluation.heldout_v10", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v10 = SPEC_V10.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v10 = SPEC_V10.freeze
#: Aggregate counts of a set (no text).
summary_v10 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v10 [--freeze | --out FILE]``.
main = SPEC_V10.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
