"""The fifteenth held-out tagging set (v15): new domains, layouts and name sources, frozen before round 15.

v15 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the fifteenth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v14 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v14 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v15``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v15`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v15 --freeze`` wrote
``docs/eval/heldout/heldout_v15.jsonl``; its sha256 is :data:`FROZEN_V15_SHA256` (pinned in
``tests/evaluation/test_heldout_v15.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v15 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v15 import (
    V15_ADDRESS_COUNTRIES,
    V15_NAME_SOURCES,
    V15_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V15_PAIRS", "FROZEN_V15_PATH", "FROZEN_V15_PUBLIC", "FROZEN_V15_SEED", "FROZEN_V15_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V15", "V15_ADDRESS_COUNTRIES", "V15_NAME_SOURCES", "V15_PHONE_COUNTRIES",
    "freeze_v15", "generate_heldout_v15", "render_template_v15", "summary_v15",
]  # fmt: skip

#: Where v15 is frozen (``--data v15`` and ``load_heldout("v15")`` name it).
FROZEN_V15_PATH = FROZEN_SETS["v15"]
FROZEN_V15_SEED = 20271003
FROZEN_V15_PAIRS = 160
FROZEN_V15_PUBLIC = 80
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V15_SHA256 = "bbc2353e3c4ddcd425c4c14edbdbc32b57240151b9a972ad810e62ef7028b467"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("inn", "snils", "rodne", "cedulado", "cip")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 55), "childdob": (date(2012, 1, 1), 12), "olddob": (date(1928, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Sra.", "Fru", "paní"), ("Mr", "Dr", "Sr.", "Herr", "pan")),
             "kin": (("aunt", "grandmother", "niece", "sister", "cousin"),
                     ("uncle", "grandfather", "nephew", "brother", "cousin")),
             "child": (("daughter", "eldest daughter"), ("son", "eldest son")), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F", "female"), ("M", "male"))}


class _RenderV15(build.NationalIdRenderer):
    """Renders one v15 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v15's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV15, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V15_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V15_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 11, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = ("dd.mm.Y г.", "d. m. Y", "d месяца Y", "d Month-so Y", "d Month Y, Weekday", "d/m/Y arab-digits")
    dob_ranges = _DOB_RANGES
    mailboxes = ("info", "kontakt", "dispatch", "orders", "admin", "secretaria", "plant", "depot", "registrar",
                 "club", "shop", "control")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "telegram", "user", "wechat", "insta", "skype")


def render_template_v15(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v15 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV15(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(15, vals, NATIONAL_SCHEMES)


#: How v15 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V15 = build.HeldoutSetSpec(
    name="v15", path=FROZEN_V15_PATH, seed=FROZEN_V15_SEED, n_pairs=FROZEN_V15_PAIRS, n_public=FROZEN_V15_PUBLIC,
    rng_key="dpfusion-heldout-v15", id_prefix="h15", render=render_template_v15,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v15"),
    module="dpfusion_integrations.evaluation.heldout_v15", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v15 = SPEC_V15.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v15 = SPEC_V15.freeze
#: Aggregate counts of a set (no text).
summary_v15 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v15 [--freeze | --out FILE]``.
main = SPEC_V15.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
