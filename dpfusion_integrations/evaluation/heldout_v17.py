"""The seventeenth held-out tagging set (v17): everyday domains, new material, frozen before the next round.

v17's author did not open the tagger's code, rules, gazetteers, word lists or tests, nor any tagger output or
per-round profile on a held-out set, and no tagger was run on v17 before it was frozen. File format, gold
conventions and label set are those of v16 (``HeldoutDocument``/``Mention``, the six ``GOLD_TYPES`` with
subtypes naming the kind of value; titles, labels and punctuation outside a mention; a prefix glued to an
identifier inside it; address parts split by a comma or a line break are separate mentions of one entity;
pairs of documents that differ only inside their gold mentions; public documents without private data).
Like v16, v17 samples the mainstream use of the product rather than niches; its templates
(:mod:`~dpfusion_integrations.evaluation.heldout_templates_v17`) and its names
(:mod:`~dpfusion_integrations.evaluation.heldout_values_v17`) are new. The set's description is in its
``.meta.json``.

A pair's structural choices come from one RNG it shares, each document's values from its own RNG (no Faker).
``python -m dpfusion_integrations.evaluation.heldout_v17 --freeze`` wrote ``docs/eval/heldout/heldout_v17.jsonl``;
its sha256 is :data:`FROZEN_V17_SHA256`, pinned in ``tests/evaluation/test_heldout_v17.py``. The frozen file,
not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v17 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v17 import (
    V17_ADDRESS_COUNTRIES,
    V17_NAME_SOURCES,
    V17_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V17_PAIRS", "FROZEN_V17_PATH", "FROZEN_V17_PUBLIC", "FROZEN_V17_SEED", "FROZEN_V17_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V17", "V17_ADDRESS_COUNTRIES", "V17_NAME_SOURCES", "V17_PHONE_COUNTRIES",
    "freeze_v17", "generate_heldout_v17", "render_template_v17", "summary_v17",
]  # fmt: skip

#: Where v17 is frozen (``--data v17`` and ``load_heldout("v17")`` name it).
FROZEN_V17_PATH = FROZEN_SETS["v17"]
FROZEN_V17_SEED = 20271201
FROZEN_V17_PAIRS = 160
FROZEN_V17_PUBLIC = 80
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V17_SHA256 = "b04c91d51db0f12331ac651d8a1df74dc3c831022294c772a9d7d006b83d1256"

#: The national-number schemes a ``{natN}`` slot draws from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("nhs", "ssn", "sin", "pesel", "bsn", "cpf", "dni", "nric")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 55), "childdob": (date(2012, 1, 1), 13), "olddob": (date(1932, 1, 1), 16)}
#: Public words agreeing with a person's gender (titles, kinship and relation words): (women's, men's).
_GENDERED = {"t": (("Mrs", "Ms", "Dr", "Miss"), ("Mr", "Dr", "Mr")),
             "kin": (("niece", "aunt", "sister", "granddaughter", "stepmother"),
                     ("nephew", "uncle", "brother", "grandson", "stepfather")),
             "child": (("daughter", "stepdaughter"), ("son", "stepson")),
             "parent": (("mother", "mum"), ("father", "dad")), "sex": (("F", "female"), ("M", "male")),
             "partner": (("wife", "fiancée", "partner"), ("husband", "fiancé", "partner"))}


class _RenderV17(build.NationalIdRenderer):
    """Renders one v17 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v17's vocabularies;
    ``{natN}`` is a national number whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV17, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V17_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V17_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2027, 2, 1), 2)
    date_styles = _DATE_STYLES
    dob_styles = ("dd/mm/Y", "mm/dd/Y", "d.m.Y", "d Month Y", "Y.mm.dd", "dd-mm-Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("hello", "servicedesk", "people", "admin", "frontdesk", "claims", "reservations", "office",
                 "attendance", "complaints", "disputes", "lettings", "payroll", "talent", "duty")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "user", "telegram")

    def name_forms(self, p: Any, middle: str) -> dict[str, tuple[str, str]]:
        """The shared forms, plus the hand-written short name (``nick``, ``lowernick``)."""
        forms = super().name_forms(p, middle)
        forms["nick"] = (vals.nickname(p.first), "first")
        forms["lowernick"] = (vals.nickname(p.first).lower(), "lower")
        return forms


def render_template_v17(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v17 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV17(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(17, vals, NATIONAL_SCHEMES)


#: How v17 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V17 = build.HeldoutSetSpec(
    name="v17", path=FROZEN_V17_PATH, seed=FROZEN_V17_SEED, n_pairs=FROZEN_V17_PAIRS, n_public=FROZEN_V17_PUBLIC,
    rng_key="dpfusion-heldout-v17", id_prefix="h17", render=render_template_v17,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v17"),
    module="dpfusion_integrations.evaluation.heldout_v17", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v17 = SPEC_V17.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v17 = SPEC_V17.freeze
#: Aggregate counts of a set (no text).
summary_v17 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v17 [--freeze | --out FILE]``.
main = SPEC_V17.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
