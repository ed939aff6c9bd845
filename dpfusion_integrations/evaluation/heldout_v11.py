"""The eleventh held-out tagging set (v11): new domains, layouts and name sources, frozen before round 11.

v11 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the eleventh tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7-v10 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes
glued to an identifier inside it; address parts separated by a comma or a line break are separate
mentions of one entity; pairs of documents that differ only inside their gold mentions; public documents
without private data) and the label set of v4-v10 (the six ``GOLD_TYPES``; subtypes name the kind of
value). What is new is material: domains (``heldout_templates_v11``), names, countries, identifier kinds
and date styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v11`). The set's description is
in its ``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v11 --freeze`` wrote
``docs/eval/heldout/heldout_v11.jsonl``; its sha256 is :data:`FROZEN_V11_SHA256` (pinned in
``tests/evaluation/test_heldout_v11.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v11 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v11 import (
    V11_ADDRESS_COUNTRIES,
    V11_NAME_SOURCES,
    V11_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V11_PAIRS", "FROZEN_V11_PATH", "FROZEN_V11_PUBLIC", "FROZEN_V11_SEED", "FROZEN_V11_SHA256",
    "NATIONAL_SCHEMES", "SPEC_V11", "V11_ADDRESS_COUNTRIES", "V11_NAME_SOURCES", "V11_PHONE_COUNTRIES",
    "freeze_v11", "generate_heldout_v11", "render_template_v11", "summary_v11",
]  # fmt: skip

#: Where v11 is frozen (``--data v11`` and ``load_heldout("v11")`` name it).
FROZEN_V11_PATH = FROZEN_SETS["v11"]
FROZEN_V11_SEED = 20270331
FROZEN_V11_PAIRS = 160
FROZEN_V11_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V11_SHA256 = "cf4ea78852592ab5e096e635e1475d9ddd25e69a4c1df4ab0fd7d880996abf31"

#: The identifier kinds a ``{natN}`` slot chooses from (a structural fact shared by a pair).
NATIONAL_SCHEMES = ("natid", "irncode", "verif", "fopnr")

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 56), "childdob": (date(2013, 1, 1), 10), "olddob": (date(1930, 1, 1), 18)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Dr", "Madame", "Dona", "Frau"), ("Mr", "Dr", "Monsieur", "Senhor", "Herr")),
             "kin": (("aunt", "cousin", "wife", "daughter-in-law", "godmother"),
                     ("uncle", "cousin", "husband", "son-in-law", "godfather")),
             "child": (("daughter", "little girl"), ("son", "little boy")), "parent": (("mum", "mother"), ("dad", "father")),
             "sex": (("F", "woman"), ("M", "man"))}


class _RenderV11(build.NationalIdRenderer):
    """Renders one v11 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.NationalIdRenderer` and v11's vocabularies,
    plus ``{natN}``: a national identifier whose scheme is a structural choice."""

    values_class, org_forms, id_kinds = vals.ValuesV11, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V11_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V11_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2026, 1, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d solar-month Y", "民國y年m月d日", "d mwa Y", "d Month, Y", "MONTH d, Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("info", "orders", "front", "lessons", "billing", "workshop", "admin", "contact", "frontdesk",
                 "sales", "support", "bonjour")
    gendered = _GENDERED
    national_schemes = NATIONAL_SCHEMES
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")


def render_template_v11(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v11 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV11(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return build.hand_set_meta(11, vals, NATIONAL_SCHEMES)


#: How v11 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V11 = build.HeldoutSetSpec(
    name="v11", path=FROZEN_V11_PATH, seed=FROZEN_V11_SEED, n_pairs=FROZEN_V11_PAIRS, n_public=FROZEN_V11_PUBLIC,
    rng_key="dpfusion-heldout-v11", id_prefix="h11", render=render_template_v11,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v11"),
    module="dpfusion_integrations.evaluation.heldout_v11", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v11 = SPEC_V11.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v11 = SPEC_V11.freeze
#: Aggregate counts of a set (no text).
summary_v11 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v11 [--freeze | --out FILE]``.
main = SPEC_V11.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
