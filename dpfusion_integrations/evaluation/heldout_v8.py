"""The eighth held-out tagging set (v8): new domains, layouts and name sources, frozen before round 8.

v8 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output or per-round profile on a held-out set, and frozen before the eighth tuning round;
nobody ran a tagger on it before it was frozen. It keeps the documents, gold conventions and file format
of v7 (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes glued
to an identifier inside it; address parts separated by a comma or a line break are separate mentions of
one entity; pairs of documents that differ only inside their gold mentions; public documents without
private data) and the label set of v4-v7 (the six ``GOLD_TYPES``; subtypes name the kind of value).
What is new is material: domains (``heldout_templates_v8``), names, countries, identifier kinds and date
styles (:mod:`~dpfusion_integrations.evaluation.heldout_values_v8`). The set's description is in its
``.meta.json``.

Structural choices come from an RNG shared by the two documents of a pair; values from a per-document
RNG (no Faker). ``python -m dpfusion_integrations.evaluation.heldout_v8 --freeze`` wrote
``docs/eval/heldout/heldout_v8.jsonl``; its sha256 is :data:`FROZEN_V8_SHA256` (pinned in
``tests/evaluation/test_heldout_v8.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v8 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, Mention
from dpfusion_integrations.evaluation.heldout_values_v8 import (
    V8_ADDRESS_COUNTRIES,
    V8_NAME_SOURCES,
    V8_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V8_PAIRS", "FROZEN_V8_PATH", "FROZEN_V8_PUBLIC", "FROZEN_V8_SEED", "FROZEN_V8_SHA256", "SPEC_V8",
    "V8_ADDRESS_COUNTRIES", "V8_NAME_SOURCES", "V8_PHONE_COUNTRIES", "freeze_v8", "generate_heldout_v8",
    "render_template_v8", "summary_v8",
]  # fmt: skip

#: Where v8 is frozen (``--data v8`` and ``load_heldout("v8")`` name it).
FROZEN_V8_PATH = FROZEN_SETS["v8"]
FROZEN_V8_SEED = 20261231
FROZEN_V8_PAIRS = 160
FROZEN_V8_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V8_SHA256 = "92941f26d4fe2e2b8364d82863b5e495fb68594f793459a6bca8ea49edd3521f"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 56), "childdob": (date(2009, 1, 1), 12), "olddob": (date(1930, 1, 1), 20)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Mx", "Dr", "Frau", "Sra.", "Mevr."), ("Mr", "Mx", "Dr", "Herr", "Sr.", "Dhr.")),
             "kin": (("niece", "stepmother", "cousin", "partner", "sister"), ("nephew", "stepfather", "cousin",
                                                                               "partner", "brother")),
             "child": (("daughter",), ("son",)), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F",), ("M",))}


class _RenderV8(build.OrgFirstRenderer):
    """Renders one v8 template with the grammar of
    :class:`~dpfusion_integrations.evaluation.heldout_build.OrgFirstRenderer` and v8's vocabularies."""

    values_class, org_forms, id_kinds = vals.ValuesV8, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V8_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 12
    address_countries, towns = V8_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2025, 1, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d Month Y", "dd-Mon-Y", "d. Monat Y", "d miesiąca Y", "Y年m月d日")
    dob_ranges = _DOB_RANGES
    mailboxes = ("hello", "info", "bookings", "office", "adopt", "berths", "service", "crew", "locations",
                 "clinic", "members", "accounts", "reception")
    gendered = _GENDERED
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")

    def surname_initial(self, last: str) -> str:
        """The initial of the first capitalised word (``ag Intalla`` -> ``I``)."""
        words = [w for w in last.split() if w[:1].isupper()] or last.split()
        return words[0].replace("'", "")[0].upper()


def render_template_v8(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v8 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV8(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    from dpfusion_integrations.evaluation import heldout_templates_v8 as templates

    return {"name_sources": list(V8_NAME_SOURCES), "hand_traditions": list(vals.V8_HAND_TRADITIONS),
            "faker_locales": [], "address_countries": list(V8_ADDRESS_COUNTRIES),
            "phone_countries": list(V8_PHONE_COUNTRIES), "phone_extensions": [e.strip() for e in vals.EXTENSIONS],
            "id_kinds": sorted(vals.ID_KINDS), "date_styles": list(vals.DATE_STYLES),
            "org_kinds": sorted(vals.ORG_FORMS), "layouts": dict(templates.LAYOUTS),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v8",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v8", "generator_version": 1,
            "author_saw_detectors": False, "frozen_before": "round 8",
            "description": templates.DESCRIPTION}


#: How v8 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V8 = build.HeldoutSetSpec(
    name="v8", path=FROZEN_V8_PATH, seed=FROZEN_V8_SEED, n_pairs=FROZEN_V8_PAIRS, n_public=FROZEN_V8_PUBLIC,
    rng_key="dpfusion-heldout-v8", id_prefix="h8", render=render_template_v8,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v8"),
    module="dpfusion_integrations.evaluation.heldout_v8", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v8 = SPEC_V8.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v8 = SPEC_V8.freeze
#: Aggregate counts of a set (no text).
summary_v8 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v8 [--freeze | --out FILE]``.
main = SPEC_V8.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
