"""The twelfth held-out tagging set (v12): new domains, layouts and name sources, frozen before round 12.

v12 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the twelfth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v11 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v11 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v12``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v12`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v12 --freeze`` wrote
``docs/eval/heldout/heldout_v12.jsonl``; its sha256 is :data:`FROZEN_V12_SHA256` (pinned in
``tests/evaluation/test_heldout_v12.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v12 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v12 import (
    V12_ADDRESS_COUNTRIES,
    V12_NAME_SOURCES,
    V12_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V12_PAIRS", "FROZEN_V12_PATH", "FROZEN_V12_PUBLIC", "FROZEN_V12_SEED", "FROZEN_V12_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V12", "V12_ADDRESS_COUNTRIES", "V12_NAME_SOURCES", "V12_PHONE_COUNTRIES",
    "freeze_v12", "generate_heldout_v12", "render_template_v12", "summary_v12",
]  # fmt: skip

#: Where v12 is frozen (``--data v12`` and ``load_heldout("v12")`` name it).
FROZEN_V12_PATH = FROZEN_SETS["v12"]
FROZEN_V12_SEED = 20270430
FROZEN_V12_PAIRS = 160
FROZEN_V12_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V12_SHA256 = "360e61690d67385d596b4516aa448a2a8602b4806e29a3ce59d0752c4c46d38d"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "cpr", "kennitala", "cuit", "amka")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1948, 1, 1), 58), "childdob": (date(2011, 1, 1), 12), "olddob": (date(1924, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Mme", "Sra", "Miss"), ("Mr", "Dr", "M.", "Sr", "Hr.")),
             "kin": (("grandmother", "sister", "niece", "stepmother", "great-aunt"),
                     ("grandfather", "brother", "nephew", "stepfather", "great-uncle")),
             "child": (("daughter", "girl"), ("son", "boy")), "parent": (("mother", "mom"), ("father", "pop")),
             "sex": (("female", "F"), ("male", "M"))}


class _RenderV12(build.NationalIdRenderer):
    """Renders one v12 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v12's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV12, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V12_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V12_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 3, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = ("d.mm.Y", "Y. mm. dd.", "mm.dd.Y", "ddMONyy", "d-Mon-yy", "d Mon Y", "Mon d Y", "d. mánuður Y",
                  "d muaj Y", "d Mwezi Y", "d. kuuta Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("office", "bookings", "hello", "accounts", "desk", "enquiries", "secretary", "warden", "shop",
                 "team", "mail", "kontakt")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")


def render_template_v12(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v12 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV12(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(12, vals, NATIONAL_SCHEMES)


#: How v12 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V12 = build.HeldoutSetSpec(
    name="v12", path=FROZEN_V12_PATH, seed=FROZEN_V12_SEED, n_pairs=FROZEN_V12_PAIRS, n_public=FROZEN_V12_PUBLIC,
    rng_key="dpfusion-heldout-v12", id_prefix="h12", render=render_template_v12,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v12"),
    module="dpfusion_integrations.evaluation.heldout_v12", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v12 = SPEC_V12.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v12 = SPEC_V12.freeze
#: Aggregate counts of a set (no text).
summary_v12 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v12 [--freeze | --out FILE]``.
main = SPEC_V12.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
