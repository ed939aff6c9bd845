"""The seventh held-out tagging set (v7): new domains, layouts and name sources, frozen before round 7.

v7 was written by an author who did not open the tagger's code, rules, gazetteers, word lists or tests,
nor any tagger output on a held-out set, and frozen before the seventh tuning round; nobody ran a tagger
on it before it was frozen. It keeps the documents, gold conventions and file format of ``heldout``
(``HeldoutDocument``/``Mention``; titles, labels and punctuation outside mentions; prefixes glued to an
identifier, such as ``JOB-`` or ``CLM-``, inside it; address parts separated by a comma or a line break
are separate mentions of one entity; pairs of documents that differ only inside their gold mentions;
public documents without private data) and the label set of v4-v6 (the six ``GOLD_TYPES``; subtypes
name the kind of value; ``ID/health`` is new). What is new:

* **domains** no earlier set wrote: court interpreting, translation agencies, union grievances, fleet
  telematics, pharmacovigilance, blood donation, fire incident reports, ambulance dispatch, data-subject
  requests, debt collection, driving schools, physiotherapy, election administration, auction houses,
  coworking spaces and genealogy research (``heldout_templates_v7``);
* **names** of 29 naming traditions written by hand for v7, none of whose names is in v1-v6
  (:data:`~dpfusion_integrations.evaluation.heldout_values_v7.V7_NAME_SOURCES`), written in every form v6
  writes;
* **values** of 20 address countries, 25 phone countries, 31 identifier kinds (several with real check
  digits) and 34 date styles in ten languages' orders (:mod:`~dpfusion_integrations.evaluation.heldout_values_v7`).

Structural choices (phrases, genders, countries, layouts, formats) come from an RNG shared by the two
documents of a pair; values from a per-document RNG (no Faker). ``python -m
dpfusion_integrations.evaluation.heldout_v7 --freeze`` wrote ``docs/eval/heldout/heldout_v7.jsonl``; its
sha256 is :data:`FROZEN_V7_SHA256` (pinned in ``tests/evaluation/test_heldout_v7.py``). The frozen file,
not this generator, is the reference.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation import heldout_values_v7 as vals
from dpfusion_integrations.evaluation.heldout import FROZEN_V7_PATH, Mention
from dpfusion_integrations.evaluation.heldout_values_v7 import (
    V7_ADDRESS_COUNTRIES,
    V7_NAME_SOURCES,
    V7_PHONE_COUNTRIES,
)

__all__ = [
    "FROZEN_V7_PAIRS", "FROZEN_V7_PATH", "FROZEN_V7_PUBLIC", "FROZEN_V7_SEED", "FROZEN_V7_SHA256", "SPEC_V7",
    "V7_ADDRESS_COUNTRIES", "V7_NAME_SOURCES", "V7_PHONE_COUNTRIES", "freeze_v7", "generate_heldout_v7",
    "render_template_v7", "summary_v7",
]  # fmt: skip

FROZEN_V7_SEED = 20261230
FROZEN_V7_PAIRS = 160
FROZEN_V7_PUBLIC = 60
#: sha256 of the frozen file (also pinned in the tests).
FROZEN_V7_SHA256 = "3fc22355b9e11ad29baf77ee4a7731e5c377d1e00644056eaad4508005953ff0"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_DATE_STYLES = {None: vals.DATE_STYLES, "num": vals.NUMERIC_STYLES, "short": vals.SHORT_STYLES,
                "text": vals.TEXT_STYLES}
_DOB_RANGES = {"dob": (date(1948, 1, 1), 58), "childdob": (date(2008, 1, 1), 10), "olddob": (date(1928, 1, 1), 22)}
#: Public words that agree with a person's gender: titles, kinship and relation words.
_GENDERED = {"t": (("Ms", "Mrs", "Ms.", "Mx", "Dr", "Sra."), ("Mr", "Mr.", "Mx", "Dr", "Sr.")),
             "kin": (("sister", "daughter-in-law", "aunt", "wife", "grandmother"),
                     ("brother", "son-in-law", "uncle", "husband", "grandfather")),
             "child": (("daughter",), ("son",)), "parent": (("mother", "mum"), ("father", "dad")),
             "sex": (("F",), ("M",))}


class _RenderV7(build.OrgFirstRenderer):
    """Renders one v7 template: structure from ``struct`` (shared by a pair), values from ``fill``; the
    grammar is :class:`~dpfusion_integrations.evaluation.heldout_build.OrgFirstRenderer`'s."""

    values_class, org_forms, id_kinds = vals.ValuesV7, vals.ORG_FORMS, vals.ID_KINDS
    phone_countries, phone_layouts = V7_PHONE_COUNTRIES, vals.PHONE_LAYOUTS
    extensions, no_extension = vals.EXTENSIONS, 10
    address_countries, towns = V7_ADDRESS_COUNTRIES, vals.TOWNS
    address_layouts, address_lines = staticmethod(vals.address_layouts), staticmethod(vals.address_lines)
    format_date = staticmethod(vals.format_date)
    date_range = (date(2024, 6, 1), 3)
    date_styles = _DATE_STYLES
    dob_styles = vals.NUMERIC_STYLES + ("d Month Y", "ddMONYYYY", "d-Mon-yy", "d mese Y", "d. måned Y", "d de mes de Y")
    dob_ranges = _DOB_RANGES
    mailboxes = ("bookings", "jobs", "dataprotection", "privacy", "grievances", "safety", "accounts", "studio",
                 "members", "research", "dispatch", "pv")
    gendered = _GENDERED
    handles = ("at", "slack", "telegram", "mastodon", "matrix", "github", "linkedin", "insta", "wechat", "skype", "user")

    def surname_initial(self, last: str) -> str:
        """The initial of the first capitalised word (``ole Sankale`` -> ``S``, ``de Lodeva`` -> ``L``)."""
        words = [w for w in last.split() if w[:1].isupper()] or last.split()
        return words[0].replace("'", "")[0].upper()


def render_template_v7(template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]:
    """Render one v7 template: choices from ``structure_seed``, values from ``filler_seed``."""
    return _RenderV7(random.Random(structure_seed), random.Random(filler_seed)).render(template)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def _meta() -> dict[str, Any]:
    return {"name_sources": list(V7_NAME_SOURCES), "hand_traditions": list(vals.V7_HAND_TRADITIONS),
            "faker_locales": [], "address_countries": list(V7_ADDRESS_COUNTRIES),
            "phone_countries": list(V7_PHONE_COUNTRIES), "id_kinds": sorted(vals.ID_KINDS),
            "template_module": "dpfusion_integrations.evaluation.heldout_templates_v7",
            "generator_module": "dpfusion_integrations.evaluation.heldout_v7", "generator_version": 1,
            "author_saw_detectors": False, "frozen_before": "round 7"}


#: How v7 is generated and frozen (see :mod:`~dpfusion_integrations.evaluation.heldout_build`).
SPEC_V7 = build.HeldoutSetSpec(
    name="v7", path=FROZEN_V7_PATH, seed=FROZEN_V7_SEED, n_pairs=FROZEN_V7_PAIRS, n_public=FROZEN_V7_PUBLIC,
    rng_key="dpfusion-heldout-v7", id_prefix="h7", render=render_template_v7,
    templates=build.template_loader("dpfusion_integrations.evaluation.heldout_templates_v7"),
    module="dpfusion_integrations.evaluation.heldout_v7", meta=_meta)


#: The set's documents (:meth:`~dpfusion_integrations.evaluation.heldout_build.HeldoutSetSpec.generate`).
generate_heldout_v7 = SPEC_V7.generate
#: Writes the frozen set and its ``.meta.json``; returns the sha256.
freeze_v7 = SPEC_V7.freeze
#: Aggregate counts of a set (no text).
summary_v7 = build.summarize
#: The command line: ``python -m dpfusion_integrations.evaluation.heldout_v7 [--freeze | --out FILE]``.
main = SPEC_V7.main


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
