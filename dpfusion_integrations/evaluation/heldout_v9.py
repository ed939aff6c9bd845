"""The ninth held-out tagging set (v9): new domains, layouts and name sources, frozen before round 9.

v9 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the ninth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7 and v8 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v8 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v9``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v9`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v9 --freeze`` wrote
``docs/eval/heldout/heldout_v9.jsonl``; its sha256 is :data:`FROZEN_V9_SHA256` (pinned in
``tests/evaluation/test_heldout_v9.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v9 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v9 import (
    V9_ADDRESS_COUNTRIES,
    V9_NAME_SOURCES,
    V9_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V9_PAIRS", "FROZEN_V9_PATH", "FROZEN_V9_PUBLIC", "FROZEN_V9_SEED", "FROZEN_V9_SHA256", "NATIONAL_SCHEMES",
    "SPEC_V9", "V9_ADDRESS_COUNTRIES", "V9_NAME_SOURCES", "V9_PHONE_COUNTRIES", "freeze_v9", "generate_heldout_v9",
    "render_template_v9", "summary_v9",
]  # fmt: skip

#: Where v9 is frozen (``--data v9`` and ``load_heldout("v9")`` name it).
FROZEN_V9_PATH = FROZEN_SETS["v9"]
FROZEN_V9_SEED = 20270131
FROZEN_V9_PAIRS = 160
FROZEN_V9_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V9_SHA256 = "2609a8fbb5c446ff05b6c6af5584e8772bcabffe12d0b0cdaea5800464c67727"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "isikukood", "egn", "lvcode", "embg", "fnr", "cedula", "said", "mnreg")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1948, 1, 1), 58), "childdob": (date(2014, 1, 1), 9), "olddob": (date(1928, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Mme", "Sra.", "Prof."), ("Mr", "Dr", "M.", "Sr.", "Prof.")),
             "kin": (("aunt", "grandmother", "wife", "sister", "daughter-in-law"),
                     ("uncle", "grandfather", "husband", "brother", "son-in-law")),
             "child": (("daughter",), ("son",)), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F", "female"), ("M", "male"))}


class _RenderV9(build.NationalIdRenderer):
    """Renders one v9 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v9's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV9, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V9_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 12
    address_countries, towns = V9_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2025, 6, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d Month Y", "d. kuu Y", "d mesec Y г.", "d de mes de Y", "d mois Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("hello", "info", "bookings", "office", "swarms", "tickets", "orders", "workshop", "stay", "admin",
                 "accounts", "frontdesk", "club")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")


def render_template_v9(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v9 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV9(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(9, vals, NATIONAL_SCHEMES)


#: How v9 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V9 = build.HeldoutSetSpec(
    name="v9", path=FROZEN_V9_PATH, seed=FROZEN_V9_SEED, n_pairs=FROZEN_V9_PAIRS, n_public=FROZEN_V9_PUBLIC,
    rng_key="dpfusion-heldout-v9", id_prefix="h9", render=render_template_v9,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v9"),
    module="dpfusion_integrations.evaluation.heldout_v9", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v9 = SPEC_V9.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v9 = SPEC_V9.freeze
#: Aggregate counts of a set (no text).
summary_v9 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v9 [--freeze | --out FILE]``.
main = SPEC_V9.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
