"""The fourteenth held-out tagging set (v14): new domains, layouts and name sources, frozen before round 14.

v14 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the fourteenth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v13 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v13 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v14``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v14`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v14 --freeze`` wrote
``docs/eval/heldout/heldout_v14.jsonl``; its sha256 is :data:`FROZEN_V14_SHA256` (pinned in
``tests/evaluation/test_heldout_v14.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v14 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v14 import (
    V14_ADDRESS_COUNTRIES,
    V14_NAME_SOURCES,
    V14_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V14_PAIRS", "FROZEN_V14_PATH", "FROZEN_V14_PUBLIC", "FROZEN_V14_SEED", "FROZEN_V14_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V14", "V14_ADDRESS_COUNTRIES", "V14_NAME_SOURCES", "V14_PHONE_COUNTRIES",
    "freeze_v14", "generate_heldout_v14", "render_template_v14", "summary_v14",
]  # fmt: skip

#: Where v14 is frozen (``--data v14`` and ``load_heldout("v14")`` name it).
FROZEN_V14_PATH = FROZEN_SETS["v14"]
FROZEN_V14_SEED = 20270822
FROZEN_V14_PAIRS = 160
FROZEN_V14_PUBLIC = 80
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V14_SHA256 = "1731bc44a8aea7fa01d4635d4d9babb257b6eb09ebc6bafbc620ccdc60bc7e22"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "cnp", "prcid", "oib", "personnummer")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1952, 1, 1), 54), "childdob": (date(2013, 1, 1), 11), "olddob": (date(1930, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Mme", "Sra.", "Miss"), ("Mr", "Dr", "M.", "Sr.", "Capt.")),
             "kin": (("aunt", "grandmother", "niece", "sister", "stepmother"),
                     ("uncle", "grandfather", "nephew", "brother", "stepfather")),
             "child": (("daughter", "beloved daughter"), ("son", "beloved son")), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F", "female"), ("M", "male"))}


class _RenderV14(build.NationalIdRenderer):
    """Renders one v14 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v14's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV14, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V14_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V14_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 9, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = ("dd/mm/Y (Wkd)", "Month d Y", "der mois Y", "d mês-abr. Y", "d nze Y", "mm.dd.yy")
    dob_ranges = _DOB_RANGES
    mailboxes = ("office", "enquiries", "sales", "ops", "bookings", "accounts", "secretary", "lab", "harbour",
                 "records", "band", "weighbridge")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "user", "matrix", "insta")


def render_template_v14(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v14 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV14(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(14, vals, NATIONAL_SCHEMES)


#: How v14 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V14 = build.HeldoutSetSpec(
    name="v14", path=FROZEN_V14_PATH, seed=FROZEN_V14_SEED, n_pairs=FROZEN_V14_PAIRS, n_public=FROZEN_V14_PUBLIC,
    rng_key="dpfusion-heldout-v14", id_prefix="h14", render=render_template_v14,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v14"),
    module="dpfusion_integrations.evaluation.heldout_v14", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v14 = SPEC_V14.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v14 = SPEC_V14.freeze
#: Aggregate counts of a set (no text).
summary_v14 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v14 [--freeze | --out FILE]``.
main = SPEC_V14.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
