"""The ninth frozen held-out set (v9): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v9: it is measured once, after the ninth tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import heldout_checks as check
import pytest

from dpfusion_integrations.evaluation import heldout_templates as t1
from dpfusion_integrations.evaluation import heldout_templates_v3 as t3
from dpfusion_integrations.evaluation import heldout_templates_v4 as t4
from dpfusion_integrations.evaluation import heldout_templates_v5 as t5
from dpfusion_integrations.evaluation import heldout_templates_v6 as t6
from dpfusion_integrations.evaluation import heldout_templates_v7 as t7
from dpfusion_integrations.evaluation import heldout_templates_v8 as t8
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_SETS,
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v9 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v9 import (
    FROZEN_V9_PAIRS,
    FROZEN_V9_PATH,
    FROZEN_V9_PUBLIC,
    FROZEN_V9_SEED,
    FROZEN_V9_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V9,
    generate_heldout_v9,
    render_template_v9,
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
from dpfusion_integrations.evaluation.heldout_values_v7 import _NAMES as V7_NAMES
from dpfusion_integrations.evaluation.heldout_values_v8 import _NAMES as V8_NAMES
from dpfusion_integrations.evaluation.heldout_values_v8 import (
    V8_HAND_TRADITIONS,
    V8_PHONE_COUNTRIES,
)
from dpfusion_integrations.evaluation.heldout_values_v9 import (
    _NAMES,
    V9_ADDRESS_COUNTRIES,
    V9_HAND_TRADITIONS,
    V9_PHONE_COUNTRIES,
    ValuesV9,
    ec_cedula_is_valid,
    egn_is_valid,
    embg_is_valid,
    fnr_is_valid,
    isikukood_is_valid,
    lv_code_is_valid,
    sa_id_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v9.jsonl``, pinned when it was frozen (also ``FROZEN_V9_SHA256``).
PINNED_SHA256 = "2609a8fbb5c446ff05b6c6af5584e8772bcabffe12d0b0cdaea5800464c67727"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 1070, "DATE": 690, "ID": 690, "LOCATION": 788, "ORGANIZATION": 460, "PERSON": 1910}
#: Written forms and value kinds v9 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 250, "PERSON/lower": 200, "PERSON/initial": 350, "PERSON/last": 70,
                "CONTACT/phone": 450, "CONTACT/email": 400, "CONTACT/handle": 30, "CONTACT/url": 10,
                "CONTACT/ip": 20, "LOCATION/street": 230, "LOCATION/unit": 50, "LOCATION/building": 20,
                "LOCATION/district": 120, "LOCATION/city": 200, "LOCATION/postcode": 25, "ID/national": 50,
                "ID/health": 40, "ID/plate": 30, "ID/iban": 30, "ID/device": 50, "ID/access": 10, "DATE/dob": 50}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8)
#: The national-number validators and the ``{natN}`` schemes they check.
VALIDATORS = {"isikukood": isikukood_is_valid, "egn": egn_is_valid, "lvcode": lv_code_is_valid,
              "embg": embg_is_valid, "fnr": fnr_is_valid, "cedula": ec_cedula_is_valid, "said": sa_id_is_valid}


@pytest.fixture(scope="module")
def v9():
    return load_heldout(FROZEN_V9_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v8 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


def _meta_of(path: Path) -> dict:
    return json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v9) -> None:
    assert PINNED_SHA256 == FROZEN_V9_SHA256
    meta = check.pinned(FROZEN_V9_PATH, v9, PINNED_SHA256, seed=FROZEN_V9_SEED, n_pairs=FROZEN_V9_PAIRS,
                        n_public=FROZEN_V9_PUBLIC, template_module="heldout_templates_v9")
    assert FROZEN_V9_SEED == 20270131
    counts = check.hand_written_meta(meta, v9, round_no=9, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v9 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v9, FROZEN_V9_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v9", FROZEN_V9_PATH, PINNED_SHA256)


def test_metrics_command_line_lists_v9(capsys) -> None:
    assert "v9" in check.metrics_help_text(capsys)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v9, earlier_sets) -> None:
    domains = check.shape(v9, n_pairs=FROZEN_V9_PAIRS, n_public=FROZEN_V9_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                          min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_countries_are_new_to_every_earlier_set_and_phones_new_to_v8() -> None:
    earlier = set().union(*(_meta_of(FROZEN_SETS[name]).get("address_countries") or () for name in EARLIER))
    assert len(earlier) > 50
    assert len(V9_ADDRESS_COUNTRIES) >= 20 and set(V9_ADDRESS_COUNTRIES).isdisjoint(earlier)
    assert len(V9_PHONE_COUNTRIES) >= 20 and set(V9_PHONE_COUNTRIES).isdisjoint(V8_PHONE_COUNTRIES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v9) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v8 recorded."""
    used = check.traditions_used(PARTICLES, v9, V9_HAND_TRADITIONS, _NAMES, written_names)
    assert len(used) >= 25 and set(V9_HAND_TRADITIONS).isdisjoint(V8_HAND_TRADITIONS)
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 150 and set(V9_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v9) -> None:
    check.minimums(v9, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v9) -> None:
    """Hyphenated, doubled, two-word and lower-case names, initials, dates in several languages, scripts
    and digit sets, phones with extensions and internal e-mail domains are all in the set."""
    people = check.values_of(v9, "full") + check.values_of(v9, "initial") + check.values_of(v9, "last") + check.values_of(v9, "lower")
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v9 for m in d.mentions if m.type == "DATE"]
    assert any(re.search(r"[٠-٩]", x) for x in dates) and any(re.search(r"[а-я]", x) for x in dates)
    assert any(re.search(r"\b(märts|marts|mars|mart|marzo)\b", x) for x in dates)
    assert any(re.search(r"(anexo|lisa|вътр\.|kl\.|дотор|Ext-|ext\.|x|p\.)\s?\d+\)?$", p)
               for p in check.values_of(v9, "phone"))
    assert any(re.search(r"@[\w.-]+\.(intra|priv|corp|localdomain|home|lan)$", e) for e in check.values_of(v9, "email"))


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v9) -> None:
    check.public_documents_have_no_mentions(v9)


def test_every_mention_is_a_clean_slice_without_overlap(v9) -> None:
    check.clean_spans(v9, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v9) -> None:
    check.no_value_outside_gold(v9)


def test_pairs_share_their_skeleton_outside_mentions(v9) -> None:
    check.pairs_share_skeleton(v9, FROZEN_V9_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v9) -> None:
    check.entities_written_once(v9)


def test_identifiers_with_check_digits_are_valid(v9) -> None:
    ibans = check.values_of(v9, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    national = check.values_of(v9, "national")
    assert sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 20
    values = ValuesV9(random.Random(9))
    for kind, ok in VALIDATORS.items():
        assert kind in NATIONAL_SCHEMES
        for variant in range(values.id_variants(kind)):
            for _ in range(10):
                value = values.ident(kind, variant)
                wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
                assert ok(value) and not ok(wrong), kind
    # a published example of the Estonian scheme, and the same number with a wrong check digit
    assert isikukood_is_valid("37605030299") and not isikukood_is_valid("37605030298")
    mongolian = [x for x in national if re.fullmatch(r"[А-Я]{2}\d{8}", x)]
    assert mongolian


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v9_name_is_in_the_earlier_sets_hand_written_lists(v9) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 1500
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v9).isdisjoint(earlier)


def test_no_v9_name_is_in_the_earlier_sets_faker_name_lists(v9) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v8 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v9)


def test_no_v9_name_token_occurs_in_a_person_mention_of_v1_to_v8(v9, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v9, earlier_sets)


def test_v9_templates_and_texts_are_new_material(v9, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v8
    check.templates_and_texts_are_new(v9, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v9, earlier_sets) -> None:
    """The aggregate overlap of v9's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v9, earlier=earlier_sets["v5"], heading="## Ninth set (v9)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 9" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v9, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=9,
                                 filler_seed=10)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one shape (digits and letters in the same places), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", text))

    check.national_slot_keeps_its_scheme(render_template_v9, shape_of, 5)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.observatory}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.spaceport}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v9, SPEC_V9, bad)
