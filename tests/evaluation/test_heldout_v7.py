"""The seventh frozen held-out set (v7): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v7: it is measured once, after the seventh tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import random
import re
from collections import Counter

import heldout_checks as check
import pytest

from dpfusion_integrations.evaluation import heldout_templates as t1
from dpfusion_integrations.evaluation import heldout_templates_v3 as t3
from dpfusion_integrations.evaluation import heldout_templates_v4 as t4
from dpfusion_integrations.evaluation import heldout_templates_v5 as t5
from dpfusion_integrations.evaluation import heldout_templates_v6 as t6
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V7_PATH,
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v7 import (
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v7 import (
    FROZEN_V7_PAIRS,
    FROZEN_V7_PUBLIC,
    FROZEN_V7_SEED,
    FROZEN_V7_SHA256,
    SPEC_V7,
    generate_heldout_v7,
    render_template_v7,
)
from dpfusion_integrations.evaluation.heldout_values_v4 import (
    _HAND_NAMES as V4_HAND_NAMES,
)
from dpfusion_integrations.evaluation.heldout_values_v4 import (
    _WORD_NAMES as V4_WORD_NAMES,
)
from dpfusion_integrations.evaluation.heldout_values_v5 import _NAMES as V5_NAMES
from dpfusion_integrations.evaluation.heldout_values_v5 import (
    iban_is_valid,
)
from dpfusion_integrations.evaluation.heldout_values_v6 import _NAMES as V6_NAMES
from dpfusion_integrations.evaluation.heldout_values_v6 import luhn_is_valid
from dpfusion_integrations.evaluation.heldout_values_v7 import (
    _NAMES,
    V7_ADDRESS_COUNTRIES,
    V7_HAND_TRADITIONS,
    V7_PHONE_COUNTRIES,
    ValuesV7,
    be_national_is_valid,
    hetu_is_valid,
    il_id_is_valid,
    nhs_is_valid,
    rut_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v7.jsonl``, pinned when it was frozen (also ``FROZEN_V7_SHA256``).
PINNED_SHA256 = "3fc22355b9e11ad29baf77ee4a7731e5c377d1e00644056eaad4508005953ff0"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 588, "DATE": 718, "ID": 600, "LOCATION": 758, "ORGANIZATION": 398, "PERSON": 1416}
#: Written forms and value kinds v7 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 250, "PERSON/lower": 90, "PERSON/initial": 250, "PERSON/last": 80,
                "CONTACT/phone": 200, "CONTACT/email": 200, "CONTACT/handle": 70, "CONTACT/url": 10,
                "CONTACT/ip": 15, "LOCATION/street": 230, "LOCATION/unit": 150, "LOCATION/building": 20,
                "LOCATION/district": 40, "LOCATION/city": 200, "LOCATION/postcode": 10, "ID/national": 30,
                "ID/health": 20, "ID/plate": 45, "ID/iban": 20, "ID/device": 30, "DATE/dob": 100}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6")


@pytest.fixture(scope="module")
def v7():
    return load_heldout(FROZEN_V7_PATH)


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v7) -> None:
    assert PINNED_SHA256 == FROZEN_V7_SHA256
    meta = check.pinned(FROZEN_V7_PATH, v7, PINNED_SHA256, seed=FROZEN_V7_SEED, n_pairs=FROZEN_V7_PAIRS,
                        n_public=FROZEN_V7_PUBLIC, template_module="heldout_templates_v7")
    assert meta["author_saw_detectors"] is False and meta["frozen_before"] == "round 7"
    assert meta["generator_version"] == 1 and meta["faker_locales"] == []
    counts = dict(sorted(Counter(m.type for d in v7 for m in d.mentions).items()))
    assert meta["mentions"] == counts == FROZEN_MENTIONS


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v7 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v7, FROZEN_V7_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v7", FROZEN_V7_PATH, PINNED_SHA256)


def test_metrics_command_line_lists_v7(capsys) -> None:
    assert "v7" in check.metrics_help_text(capsys)


# --------------------------------------------------------------------------------------------
# Shape: domains, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v7) -> None:
    domains = check.shape(v7, n_pairs=FROZEN_V7_PAIRS, n_public=FROZEN_V7_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                          min_domains=15, public_templates=PUBLIC_TEMPLATES)
    earlier = {dom for mod in (t1, t3, t4, t5, t6) for _, dom, _ in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES}
    earlier |= {d.domain for name in EARLIER for d in load_heldout(name)}
    assert len(domains) >= 15 and domains.isdisjoint(earlier)
    assert len(V7_ADDRESS_COUNTRIES) >= 15 and len(V7_PHONE_COUNTRIES) >= 20


def test_names_come_from_at_least_twenty_five_hand_written_traditions(v7) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions."""
    used = check.traditions_used(PARTICLES, v7, V7_HAND_TRADITIONS, _NAMES, written_names)
    assert len(used) >= 25


def test_per_type_and_subtype_minimums(v7) -> None:
    check.minimums(v7, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v7) -> None:
    """Particle, hyphenated, apostrophe, two-word and lower-case names, initials, dates in several
    languages' orders, phones with extensions and internal e-mail domains are all in the set."""
    people = check.values_of(v7, "full") + check.values_of(v7, "initial") + check.values_of(v7, "last") + check.values_of(v7, "lower")
    assert any(re.search(r"\b(ole|de|di) [A-Z]", p) for p in people)
    assert any(re.search(r"\w-\w", p) for p in people) and any("'" in p for p in people)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z]\. .+", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v7 for m in d.mentions if m.type == "DATE"]
    greek, czech = re.compile(r"[\u0370-\u03ff]"), re.compile(r"\b(března|května|září|října|ledna|února|dubna)\b")
    assert any(greek.search(x) for x in dates) or any(czech.search(x) for x in dates)
    assert any(re.search(r" de \w+ de ", x) for x in dates) and any(re.fullmatch(r"\d{2}[A-Z]{3}\d{4}", x) for x in dates)
    assert any(re.search(r"(ext\.?|x|interno|linka|DW|poste) ?\d+\)?$", p) for p in check.values_of(v7, "phone"))
    assert any(re.search(r"@[\w.-]+\.(internal|intra|local|localdomain|invalid|priv|corp)$", e)
               for e in check.values_of(v7, "email"))


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v7) -> None:
    check.public_documents_have_no_mentions(v7)


def test_every_mention_is_a_clean_slice_without_overlap(v7) -> None:
    check.clean_spans(v7, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v7) -> None:
    check.no_value_outside_gold(v7)


def test_pairs_share_their_skeleton_outside_mentions(v7) -> None:
    check.pairs_share_skeleton(v7, FROZEN_V7_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v7) -> None:
    check.entities_written_once(v7)


def test_identifiers_with_check_digits_are_valid(v7) -> None:
    ibans, devices = check.values_of(v7, "iban"), check.values_of(v7, "device")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    imeis = [x for x in devices if x.replace(" ", "").isdigit() and len(x.replace(" ", "")) == 15]
    assert imeis and all(luhn_is_valid(x) for x in imeis)
    nhs = check.values_of(v7, "health")
    assert nhs and all(nhs_is_valid(x) for x in nhs)
    values = ValuesV7(random.Random(7))
    for variant in range(2):
        assert rut_is_valid(values.ident("rut", variant)) and nhs_is_valid(values.ident("nhs", variant))
    for _ in range(20):
        assert hetu_is_valid(values.ident("hetu", 0)) and il_id_is_valid(values.ident("ilid", 0))
        assert be_national_is_valid(values.ident("benat", 0))
    # published examples of each scheme, and the same numbers with a wrong check character
    assert rut_is_valid("12.345.678-5") and hetu_is_valid("131052-308T") and nhs_is_valid("943 476 5919")
    assert not rut_is_valid("12.345.678-9") and not hetu_is_valid("131052-308U")
    assert not il_id_is_valid("123456789") and not nhs_is_valid("943 476 5871")


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v7_name_is_in_the_earlier_sets_hand_written_lists(v7) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES) | written_names(V6_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 1000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v7).isdisjoint(earlier)


def test_no_v7_name_is_in_the_earlier_sets_faker_name_lists(v7) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v7)


def test_no_v7_name_token_occurs_in_a_person_mention_of_v1_to_v6(v7) -> None:
    earlier = set().union(*(check.person_tokens(PARTICLES, load_heldout(name)) for name in EARLIER))
    assert len(earlier) > 1000 and check.person_tokens(PARTICLES, v7).isdisjoint(earlier)


def test_v7_templates_and_texts_are_new_material(v7) -> None:
    earlier = [t for mod in (t1, t3, t4, t5, t6) for t in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES]
    check.templates_are_new(PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, earlier)  # no six-word phrase of v1, v3-v6
    texts = {d.text for d in v7}
    for name in EARLIER:
        assert texts.isdisjoint(d.text for d in load_heldout(name)), name


def test_gazetteer_overlap_is_reported_in_the_docs(v7) -> None:
    """The aggregate overlap of v7's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's; v7's is higher than v6's and the docs say so)."""
    section = check.gazetteer_overlap_in_docs(v7, earlier=load_heldout("v5"), heading="## Seventh set (v7)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 7" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v7, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=7,
                                 filler_seed=8)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.agency}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.spaceport}")
    check.bad_templates_fail_closed(render_template_v7, SPEC_V7, bad)
