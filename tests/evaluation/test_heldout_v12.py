"""The twelfth frozen held-out set (v12): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v12: it is measured once, after the twelfth tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import random
import re
from datetime import date

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
from dpfusion_integrations.evaluation import heldout_templates_v10 as t10
from dpfusion_integrations.evaluation import heldout_templates_v11 as t11
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v12 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v12 import (
    FROZEN_V12_PAIRS,
    FROZEN_V12_PATH,
    FROZEN_V12_PUBLIC,
    FROZEN_V12_SEED,
    FROZEN_V12_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V12,
    generate_heldout_v12,
    render_template_v12,
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
from dpfusion_integrations.evaluation.heldout_values_v10 import _NAMES as V10_NAMES
from dpfusion_integrations.evaluation.heldout_values_v11 import _NAMES as V11_NAMES
from dpfusion_integrations.evaluation.heldout_values_v12 import (
    _NAMES,
    V12_ADDRESS_COUNTRIES,
    V12_HAND_TRADITIONS,
    V12_PHONE_COUNTRIES,
    ValuesV12,
    amka_is_valid,
    cpr_is_valid,
    cuit_is_valid,
    format_date,
    kennitala_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v12.jsonl``, pinned when it was frozen (also ``FROZEN_V12_SHA256``).
PINNED_SHA256 = "360e61690d67385d596b4516aa448a2a8602b4806e29a3ce59d0752c4c46d38d"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 850, "DATE": 740, "ID": 620, "LOCATION": 1140, "ORGANIZATION": 500, "PERSON": 1760}
#: Written forms and value kinds v12 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 150, "PERSON/lower": 120, "PERSON/initial": 300, "PERSON/last": 50,
                "CONTACT/phone": 300, "CONTACT/email": 300, "CONTACT/handle": 60, "CONTACT/ip": 30,
                "LOCATION/street": 200, "LOCATION/unit": 60, "LOCATION/building": 100, "LOCATION/district": 180,
                "LOCATION/city": 300, "LOCATION/postcode": 50, "ID/national": 20, "ID/plate": 10, "ID/iban": 30,
                "ID/device": 40, "ID/access": 30, "ID/animal": 10, "ID/cadastre": 10, "DATE/dob": 30}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni", "la"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10, t11)
#: The national-number validators of the ``{natN}`` schemes, with the position of each one's check digit.
VALIDATORS = {"cpr": (cpr_is_valid, -1), "kennitala": (kennitala_is_valid, -2), "cuit": (cuit_is_valid, -1),
              "amka": (amka_is_valid, -1)}


@pytest.fixture(scope="module")
def v12():
    return load_heldout(FROZEN_V12_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v11 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v12) -> None:
    assert PINNED_SHA256 == FROZEN_V12_SHA256
    meta = check.pinned(FROZEN_V12_PATH, v12, PINNED_SHA256, seed=FROZEN_V12_SEED, n_pairs=FROZEN_V12_PAIRS,
                        n_public=FROZEN_V12_PUBLIC, template_module="heldout_templates_v12")
    assert FROZEN_V12_SEED == 20270430
    counts = check.hand_written_meta(meta, v12, round_no=12, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v12 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v12, FROZEN_V12_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v12", FROZEN_V12_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v12, earlier_sets) -> None:
    domains = check.shape(v12, n_pairs=FROZEN_V12_PAIRS, n_public=FROZEN_V12_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V12_PATH, EARLIER, V12_ADDRESS_COUNTRIES, V12_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V12_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v12) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v11 recorded."""
    used = check.traditions_used(PARTICLES, v12, V12_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V12_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 180 and set(V12_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v12) -> None:
    check.minimums(v12, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v12) -> None:
    """Doubled and lower-case names, initials, ISO week and ordinal dates, the Reiwa era, dates with month
    words of other languages, phones with the new extension forms and internal e-mail domains are all in
    the set."""
    people = (check.values_of(v12, "full") + check.values_of(v12, "initial") + check.values_of(v12, "last")
              + check.values_of(v12, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v12 for m in d.mentions if m.type == "DATE"]
    assert sum(bool(re.fullmatch(r"\d{4}-W\d\d-[1-7]|\d{4}-\d{3}|\d\d[A-Z]{3}\d\d", x)) for x in dates) >= 10
    assert sum(bool(re.search(r"令和|mánuður|janúar|ágúst|qershor|shkurt|Machi|Desemba|yüli|òktober|kuuta", x))
               for x in dates) >= 10
    phones = check.values_of(v12, "phone")
    assert any(re.search(r"(App\.|lokal|Ext:|x|opt\.|ext no\.|int|direct)\s?\d+\)?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(ad|lan|local|office|net|intern)$", e) for e in check.values_of(v12, "email"))


def test_week_ordinal_and_era_dates_are_right() -> None:
    assert format_date(date(2027, 1, 1), "Y-Www-d") == "2026-W53-5"
    assert format_date(date(2028, 12, 31), "Y-ddd") == "2028-366"
    assert format_date(date(2027, 3, 5), "令和y年m月d日") == "令和9年3月5日"
    assert format_date(date(2026, 8, 9), "d. mánuður Y") == "9. ágúst 2026"
    assert format_date(date(2026, 11, 2), "ddMONyy") == "02NOV26"


def test_comma_separated_layout_keeps_its_columns(v12) -> None:
    docs = [d for d in v12 if d.template == "saw12-timesheet"]
    assert docs and all(len(line.split(",")) == 9 for d in docs for line in d.text.splitlines()[:5])


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v12) -> None:
    check.public_documents_have_no_mentions(v12)


def test_every_mention_is_a_clean_slice_without_overlap(v12) -> None:
    check.clean_spans(v12, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v12) -> None:
    check.no_value_outside_gold(v12)


def test_pairs_share_their_skeleton_outside_mentions(v12) -> None:
    check.pairs_share_skeleton(v12, FROZEN_V12_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v12) -> None:
    check.entities_written_once(v12)


def test_identifiers_with_check_digits_are_valid(v12) -> None:
    ibans = check.values_of(v12, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    values = ValuesV12(random.Random(12))
    for kind, (ok, at) in VALIDATORS.items():
        assert kind in NATIONAL_SCHEMES
        for variant in range(values.id_variants(kind)):
            for _ in range(20):
                value = values.ident(kind, variant)
                pos = len(value) + at
                wrong = value[:pos] + str((int(value[pos]) + 1) % 10) + value[pos + 1:]
                assert ok(value) and not ok(wrong), kind
    national = check.values_of(v12, "national")
    assert national and sum(any(ok(x) for ok, _ in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v12_name_is_in_the_earlier_sets_hand_written_lists(v12) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES)
                                | written_names(V11_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v12).isdisjoint(earlier)


def test_no_v12_name_is_in_the_earlier_sets_faker_name_lists(v12) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v9 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v12)


def test_no_v12_name_token_occurs_in_a_person_mention_of_v1_to_v11(v12, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v12, earlier_sets)


def test_v12_templates_and_texts_are_new_material(v12, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v9
    check.templates_and_texts_are_new(v12, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v12, earlier_sets) -> None:
    """The aggregate overlap of v12's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v12, earlier=earlier_sets["v5"], heading="## Twelfth set (v12)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 12" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v12, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places; some layouts mix letters and digits
    freely), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v12, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v12, SPEC_V12, bad)
