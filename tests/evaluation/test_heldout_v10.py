"""The tenth frozen held-out set (v10): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v10: it is measured once, after the tenth tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import random
import re

import heldout_checks as check
import pytest

from dpfusion_integrations.evaluation import heldout_templates as t1
from dpfusion_integrations.evaluation import heldout_templates_v3 as t3
from dpfusion_integrations.evaluation import heldout_templates_v4 as t4
from dpfusion_integrations.evaluation import heldout_templates_v5 as t5
from dpfusion_integrations.evaluation import heldout_templates_v6 as t6
from dpfusion_integrations.evaluation import heldout_templates_v7 as t7
from dpfusion_integrations.evaluation import heldout_templates_v8 as t8
from dpfusion_integrations.evaluation import heldout_templates_v9 as t9
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v10 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v10 import (
    FROZEN_V10_PAIRS,
    FROZEN_V10_PATH,
    FROZEN_V10_PUBLIC,
    FROZEN_V10_SEED,
    FROZEN_V10_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V10,
    generate_heldout_v10,
    render_template_v10,
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
from dpfusion_integrations.evaluation.heldout_values_v9 import _NAMES as V9_NAMES
from dpfusion_integrations.evaluation.heldout_values_v10 import (
    _NAMES,
    V10_ADDRESS_COUNTRIES,
    V10_HAND_TRADITIONS,
    V10_PHONE_COUNTRIES,
    ValuesV10,
    idnp_is_valid,
    kw_civil_is_valid,
    ni_cedula_is_valid,
    sv_dui_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v10.jsonl``, pinned when it was frozen (also ``FROZEN_V10_SHA256``).
PINNED_SHA256 = "640a1b514a75d19a15a368ec6d7f29a9f10a464810934e6b03e4cd4f097ac881"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 990, "DATE": 660, "ID": 610, "LOCATION": 1246, "ORGANIZATION": 400, "PERSON": 1880}
#: Written forms and value kinds v10 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 250, "PERSON/lower": 150, "PERSON/initial": 300, "PERSON/last": 80,
                "CONTACT/phone": 400, "CONTACT/email": 300, "CONTACT/handle": 50, "CONTACT/ip": 20,
                "LOCATION/street": 300, "LOCATION/unit": 150, "LOCATION/building": 80, "LOCATION/district": 200,
                "LOCATION/city": 250, "LOCATION/postcode": 40, "ID/national": 20, "ID/health": 20, "ID/plate": 40,
                "ID/iban": 40, "ID/device": 20, "ID/access": 20, "DATE/dob": 60}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9)
#: The national-number validators and the ``{natN}`` schemes they check.
VALIDATORS = {"idnp": idnp_is_valid, "dui": sv_dui_is_valid, "kwcivil": kw_civil_is_valid,
              "nicedula": ni_cedula_is_valid}


@pytest.fixture(scope="module")
def v10():
    return load_heldout(FROZEN_V10_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v9 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v10) -> None:
    assert PINNED_SHA256 == FROZEN_V10_SHA256
    meta = check.pinned(FROZEN_V10_PATH, v10, PINNED_SHA256, seed=FROZEN_V10_SEED, n_pairs=FROZEN_V10_PAIRS,
                        n_public=FROZEN_V10_PUBLIC, template_module="heldout_templates_v10")
    assert FROZEN_V10_SEED == 20270228
    counts = check.hand_written_meta(meta, v10, round_no=10, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v10 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v10, FROZEN_V10_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v10", FROZEN_V10_PATH, PINNED_SHA256)


def test_metrics_command_line_lists_v10(capsys) -> None:
    assert "v10" in check.metrics_help_text(capsys)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v10, earlier_sets) -> None:
    domains = check.shape(v10, n_pairs=FROZEN_V10_PAIRS, n_public=FROZEN_V10_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V10_PATH, EARLIER, V10_ADDRESS_COUNTRIES, V10_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V10_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v10) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v9 recorded."""
    used = check.traditions_used(PARTICLES, v10, V10_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V10_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 180 and set(V10_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v10) -> None:
    check.minimums(v10, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v10) -> None:
    """Hyphenated, doubled and lower-case names, initials, inverted names, dates in several languages and
    scripts, phones with the new extension forms and internal e-mail domains are all in the set."""
    people = (check.values_of(v10, "full") + check.values_of(v10, "initial") + check.values_of(v10, "last")
              + check.values_of(v10, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v10 for m in d.mentions if m.type == "DATE"]
    assert any(re.search(r"[а-я]", x) for x in dates) and any("·" in x for x in dates)
    assert any(re.search(r"\b(del|mjesec|-ci il|of)\b|\d\.$", x) for x in dates)
    assert any(re.search(r"(доб\.|;ext=|poste|extensión|ext:|x\.|interno|lok\.)\s?\d+\)?$", p)
               for p in check.values_of(v10, "phone"))
    assert any(re.search(r"@[\w.-]+\.(internal|office|loc|local|lan|int)$", e) for e in check.values_of(v10, "email"))


def test_csv_layout_has_unquoted_commas_inside_address_cells(v10) -> None:
    """The CSV export writes one-line addresses (parts joined by ``", "``) in unquoted cells."""
    docs = [d for d in v10 if d.template == "mov10-csv"]
    assert docs and all('"' not in d.text for d in docs)
    header = docs[0].text.splitlines()[0].split(",")
    assert any(len(line.split(",")) > len(header) for d in docs for line in d.text.splitlines()[1:4])


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v10) -> None:
    check.public_documents_have_no_mentions(v10)


def test_every_mention_is_a_clean_slice_without_overlap(v10) -> None:
    check.clean_spans(v10, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v10) -> None:
    check.no_value_outside_gold(v10)


def test_pairs_share_their_skeleton_outside_mentions(v10) -> None:
    check.pairs_share_skeleton(v10, FROZEN_V10_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v10) -> None:
    check.entities_written_once(v10)


def test_identifiers_with_check_digits_are_valid(v10) -> None:
    ibans = check.values_of(v10, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    check.a_changed_last_character_fails(ValuesV10(random.Random(10)), VALIDATORS, NATIONAL_SCHEMES)
    national = check.values_of(v10, "national")
    assert national and sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v10_name_is_in_the_earlier_sets_hand_written_lists(v10) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v10).isdisjoint(earlier)


def test_no_v10_name_is_in_the_earlier_sets_faker_name_lists(v10) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v9 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v10)


def test_no_v10_name_token_occurs_in_a_person_mention_of_v1_to_v9(v10, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v10, earlier_sets)


def test_v10_templates_and_texts_are_new_material(v10, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v9
    check.templates_and_texts_are_new(v10, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v10, earlier_sets) -> None:
    """The aggregate overlap of v10's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v10, earlier=earlier_sets["v5"], heading="## Tenth set (v10)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 10" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v10, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places; an Azerbaijani FIN mixes letters and
    digits freely), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v10, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v10, SPEC_V10, bad)
