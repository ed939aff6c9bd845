"""The sixteenth held-out tagging set (v16): the product's everyday domains, written new, frozen before the next round.

v16 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the next tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v15 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v15 (the six ``GOLD_TYPES``; subtypes name the kind of
value). Unlike v13-v15 it samples the mainstream use of the product: every template is new
(``heldout_templates_v16``), and so is every name (:mod:`~dpfusion_integrations.evaluation.heldout_values_v16`).
The set's description is in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v16 --freeze`` wrote
``docs/eval/heldout/heldout_v16.jsonl``; its sha256 is :data:`FROZEN_V16_SHA256` (pinned in
``tests/evaluation/test_heldout_v16.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v16 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v16 import (
    V16_ADDRESS_COUNTRIES,
    V16_NAME_SOURCES,
    V16_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V16_PAIRS", "FROZEN_V16_PATH", "FROZEN_V16_PUBLIC", "FROZEN_V16_SEED", "FROZEN_V16_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V16", "V16_ADDRESS_COUNTRIES", "V16_NAME_SOURCES", "V16_PHONE_COUNTRIES",
    "freeze_v16", "generate_heldout_v16", "render_template_v16", "summary_v16",
]  # fmt: skip

#: Where v16 is frozen (``--data v16`` and ``load_heldout("v16")`` name it).
FROZEN_V16_PATH = FROZEN_SETS["v16"]
FROZEN_V16_SEED = 20271130
FROZEN_V16_PAIRS = 160
FROZEN_V16_PUBLIC = 80
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V16_SHA256 = "69ff89f56c82c2f4b1b2b328a4e77c9253612235d3d1a2b4ed332bd96ef1016c"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("nhs", "ssn", "nino", "pesel", "tckn", "sin", "aadhaar", "cnic")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1948, 1, 1), 58), "childdob": (date(2010, 1, 1), 14), "olddob": (date(1930, 1, 1), 18)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Miss", "Dr", "Sra.", "Mme"), ("Mr", "Dr", "Sr.", "M.", "Mr")),
             "kin": (("sister", "aunt", "grandmother", "daughter-in-law", "cousin"),
                     ("brother", "uncle", "grandfather", "son-in-law", "cousin")),
             "child": (("daughter", "youngest daughter"), ("son", "youngest son")),
             "parent": (("mother", "mum"), ("father", "dad")), "sex": (("F", "Female"), ("M", "Male")),
             "partner": (("wife", "partner"), ("husband", "partner"))}


class _RenderV16(build.NationalIdRenderer):
    """Renders one v16 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v16's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV16, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V16_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V16_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 11, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = ("dd/mm/Y", "m/d/Y", "Y-mm-dd", "dd.mm.Y", "d Month Y", "d-Mon-Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("info", "support", "enquiries", "hr", "claims", "bookings", "reception", "lettings", "payroll",
                 "careers", "office", "complaints", "fraud", "admissions")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "user")

    def name_forms(self, p: Any, middle: str) -> dict[str, tuple[str, str]]:
        """The shared forms, plus a colleague's clipped form of the given name (``nick``)."""
        forms = super().name_forms(p, middle)
        forms["nick"] = (vals.nickname(p.first), "first")
        forms["lowernick"] = (vals.nickname(p.first).lower(), "lower")
        return forms


def render_template_v16(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v16 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV16(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(16, vals, NATIONAL_SCHEMES)


#: How v16 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V16 = build.HeldoutSetSpec(
    name="v16", path=FROZEN_V16_PATH, seed=FROZEN_V16_SEED, n_pairs=FROZEN_V16_PAIRS, n_public=FROZEN_V16_PUBLIC,
    rng_key="dpfusion-heldout-v16", id_prefix="h16", render=render_template_v16,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v16"),
    module="dpfusion_integrations.evaluation.heldout_v16", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v16 = SPEC_V16.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v16 = SPEC_V16.freeze
#: Aggregate counts of a set (no text).
summary_v16 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v16 [--freeze | --out FILE]``.
main = SPEC_V16.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
