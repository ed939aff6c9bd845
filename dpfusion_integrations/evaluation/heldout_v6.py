"""The sixth held-out tagging set (v6): new domains, phrasing and name sources, frozen before round 6.

v6 was written by an author who did not open the tagger's rules, gazetteers, word lists, tests or
docs, nor any tagger output on a held-out set, and frozen before the sixth tuning round; nobody ran a
tagger on it before it was frozen. It keeps the documents, gold conventions and file format of
``heldout`` (``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; address
parts separated by a comma or a line break are separate mentions of one entity; pairs of documents
that differ only inside their gold mentions; public documents without private data) and the label set
of v4/v5 (the six ``GOLD_TYPES``; subtypes name the kind of value, ``LOCATION/building`` is new). What
is new:

* **domains** no earlier set wrote: probation and court-liaison notes, university registry, aviation
  occurrence reports, humanitarian case work, community moderation, home-care visit logs, funeral
  arrangements, nursery daily logs, car-rental damage reports, hotel front-desk logs, public-library
  accounts, newsroom source notes, optometry records, wills and probate, and mortgage brokerage
  (``heldout_templates_v6``);
* **names** of 25 naming traditions written by hand for v6, none of whose names is in v1-v5's
  generators' name lists (:data:`~dpfusion_integrations.evaluation.heldout_values_v6.V6_NAME_SOURCES`),
  written in every form v5 asks for (full, first only, lower case, titles with surnames, initials,
  all capitals, inverted);
* **values** of 24 address countries, 24 phone countries, 26 identifier kinds (several with real check
  digits) and 30 date styles in several languages' orders
  (:mod:`~dpfusion_integrations.evaluation.heldout_values_v6`).

Structural choices (phrases, genders, countries, layouts, formats) come from an RNG shared by the two
documents of a pair; values from a per-document RNG (no Faker: v6 regenerates the same bytes with any
Faker version). ``python -m dpfusion_integrations.evaluation.heldout_v6 --freeze`` wrote
``docs/eval/heldout/heldout_v6.jsonl``; its sha256 is :data:`FROZEN_V6_SHA256` (pinned in
``tests/evaluation/test_heldout_v6.py``). The frozen file, not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v6 as vals
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V6_PATH,
    Mention,
)
from dpfusion_integrations.evaluation.heldout_values_v6 import (
    V6_ADDRESS_COUNTRIES,
    V6_NAME_SOURCES,
    V6_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V6_PAIRS", "FROZEN_V6_PATH", "FROZEN_V6_PUBLIC", "FROZEN_V6_SEED", "FROZEN_V6_SHA256", "SPEC_V6",
    "V6_ADDRESS_COUNTRIES", "V6_NAME_SOURCES", "V6_PHONE_COUNTRIES", "freeze_v6", "generate_heldout_v6",
    "render_template_v6", "summary_v6",
]  # fmt: skip

FROZEN_V6_SEED = 20261206
FROZEN_V6_PAIRS = 160
FROZEN_V6_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V6_SHA256 = "03ac8b1776fda44d00dab5f75c8b01a5ec88453e003d2b87a8faa4772435d04b"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1950, 1, 1), 55), "childdob": (date(2021, 1, 1), 4), "olddob": (date(1925, 1, 1), 25)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Ms.", "Mx", "Dr"), ("Mr", "Mr.", "Mx", "Dr")),
             "kin": (("sister", "niece", "aunt", "wife"), ("brother", "nephew", "uncle", "husband")),
             "child": (("daughter",), ("son",)), "parent": (("mother", "mum"), ("father", "dad"))}


class _RenderV6(build.OrgFirstRenderer):
    """Renders one v6 template: structure from ``struct`` (shared by a pair), values from ``fill``; the
    grammar is :class:`~dpfusion_integrations.evaluation.heldout_build.OrgFirstRenderer`'s."""

    values_class, org_forms, id_kinds = vals.ValuesV6, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V6_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V6_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2024, 1, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d Month Y", "d Mon Y", "DD-MON-YYYY", "Month d, Y", "d. Monat Y",
                                        "d de mes de Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("info", "office", "frontdesk", "claims", "registry", "care", "newsdesk", "enquiries", "ops")
    gendered = _GENDERED
    handles = ("at", "discord", "reddit", "bsky", "steam", "twitch", "kakao", "viber", "user", "site")

    def surname_initial(self, last: str) -> str:
        return last.replace("'", "")[0].upper()  # Samoan glottal stops: Fa'asavalu -> F


def render_template_v6(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v6 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV6(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return {"name_sources": list(V6_NAME_SOURCES), "hand_traditions": list(vals.V6_HAND_TRADITIONS),
            "faker_locales": [], "address_countries": list(V6_ADDRESS_COUNTRIES),
            "phone_countries": list(V6_PHONE_COUNTRIES), "id_kinds": sorted(vals.ID_KINDS),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v6",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v6", "generator_version": 1,
            "author_saw_detectors": False}


#: How v6 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V6 = build.HeldoutSetSpec(
    name="v6", path=FROZEN_V6_PATH, seed=FROZEN_V6_SEED, n_pairs=FROZEN_V6_PAIRS, n_public=FROZEN_V6_PUBLIC,
    rng_key="dpfusion-heldout-v6", id_prefix="h6", render=render_template_v6,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v6"),
    module="dpfusion_integrations.evaluation.heldout_v6", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v6 = SPEC_V6.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v6 = SPEC_V6.freeze
#: Aggregate counts of a set (no text).
summary_v6 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v6 [--freeze | --out FILE]``.
main = SPEC_V6.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
