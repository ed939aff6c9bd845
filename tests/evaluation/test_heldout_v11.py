"""The eleventh frozen held-out set (v11): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v11: it is measured once, after the eleventh tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import random
from datetime import date
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
from dpfusion_integrations.evaluation import heldout_templates_v10 as t10
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v11 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v11 import (
    FROZEN_V11_PAIRS,
    FROZEN_V11_PATH,
    FROZEN_V11_PUBLIC,
    FROZEN_V11_SEED,
    FROZEN_V11_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V11,
    generate_heldout_v11,
    render_template_v11,
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
from dpfusion_integrations.evaluation.heldout_values_v11 import (
    _NAMES,
    V11_ADDRESS_COUNTRIES,
    V11_HAND_TRADITIONS,
    V11_PHONE_COUNTRIES,
    ValuesV11,
    fo_ptal_is_valid,
    gregorian_to_solar_hijri,
    ir_code_is_valid,
    ve_rif_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v11.jsonl``, pinned when it was frozen (also ``FROZEN_V11_SHA256``).
PINNED_SHA256 = "cf4ea78852592ab5e096e635e1475d9ddd25e69a4c1df4ab0fd7d880996abf31"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 880, "DATE": 660, "ID": 530, "LOCATION": 1042, "ORGANIZATION": 340, "PERSON": 1550}
#: Written forms and value kinds v11 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 150, "PERSON/lower": 40, "PERSON/initial": 200, "PERSON/last": 60,
                "CONTACT/phone": 300, "CONTACT/email": 300, "CONTACT/handle": 80, "CONTACT/ip": 20,
                "LOCATION/street": 200, "LOCATION/unit": 100, "LOCATION/building": 80, "LOCATION/district": 150,
                "LOCATION/city": 250, "ID/national": 20, "ID/health": 0, "ID/plate": 40,
                "ID/iban": 20, "ID/device": 20, "ID/access": 20, "DATE/dob": 40}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10)
#: The national-number validators and the ``{natN}`` schemes they check.
VALIDATORS = {"irncode": ir_code_is_valid, "verif": ve_rif_is_valid, "fopnr": fo_ptal_is_valid}


@pytest.fixture(scope="module")
def v11():
    return load_heldout(FROZEN_V11_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v10 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v11) -> None:
    assert PINNED_SHA256 == FROZEN_V11_SHA256
    meta = check.pinned(FROZEN_V11_PATH, v11, PINNED_SHA256, seed=FROZEN_V11_SEED, n_pairs=FROZEN_V11_PAIRS,
                        n_public=FROZEN_V11_PUBLIC, template_module="heldout_templates_v11")
    assert FROZEN_V11_SEED == 20270331
    counts = check.hand_written_meta(meta, v11, round_no=11, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v11 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v11, FROZEN_V11_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v11", FROZEN_V11_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v11, earlier_sets) -> None:
    domains = check.shape(v11, n_pairs=FROZEN_V11_PAIRS, n_public=FROZEN_V11_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V11_PATH, EARLIER, V11_ADDRESS_COUNTRIES, V11_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V11_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v11) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v10 recorded."""
    used = check.traditions_used(PARTICLES, v11, V11_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V11_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 180 and set(V11_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v11) -> None:
    check.minimums(v11, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v11) -> None:
    """Doubled and lower-case names, initials, dates in other calendars, eras and languages, phones with the
    new extension forms and internal e-mail domains are all in the set."""
    people = (check.values_of(v11, "full") + check.values_of(v11, "initial") + check.values_of(v11, "last")
              + check.values_of(v11, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v11 for m in d.mentions if m.type == "DATE"]
    assert sum(bool(re.search(r"民國|^R\d\.|/25\d\d$|Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban"
                              r"|Azar|Dey|Bahman|Esfand|^14\d\d/", x)) for x in dates) >= 10
    assert any(re.search(r"\|", x) for x in dates)
    phones = check.values_of(v11, "phone")
    assert any(re.search(r"(داخلی|ekst\.|anx\.|ext#|,,|post|linha|tab)\s?\d+\)?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(corp|net|arpa|private|intranet|lokal)$", e) for e in check.values_of(v11, "email"))


def test_solar_hijri_dates_are_right() -> None:
    assert gregorian_to_solar_hijri(date(2024, 3, 20)) == (1403, 1, 1)
    assert gregorian_to_solar_hijri(date(2026, 3, 21)) == (1405, 1, 1)
    assert gregorian_to_solar_hijri(date(2025, 9, 22)) == (1404, 6, 31)


def test_tab_separated_layout_keeps_its_columns(v11) -> None:
    docs = [d for d in v11 if d.template == "cwsh11-tsv"]
    assert docs and all(len(line.split("\t")) == 7 for d in docs for line in d.text.splitlines()[:4])


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v11) -> None:
    check.public_documents_have_no_mentions(v11)


def test_every_mention_is_a_clean_slice_without_overlap(v11) -> None:
    check.clean_spans(v11, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v11) -> None:
    check.no_value_outside_gold(v11)


def test_pairs_share_their_skeleton_outside_mentions(v11) -> None:
    check.pairs_share_skeleton(v11, FROZEN_V11_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v11) -> None:
    check.entities_written_once(v11)


def test_identifiers_with_check_digits_are_valid(v11) -> None:
    ibans = check.values_of(v11, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    check.a_changed_last_character_fails(ValuesV11(random.Random(11)), VALIDATORS, NATIONAL_SCHEMES)
    national = check.values_of(v11, "national")
    assert national and sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v11_name_is_in_the_earlier_sets_hand_written_lists(v11) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v11).isdisjoint(earlier)


def test_no_v11_name_is_in_the_earlier_sets_faker_name_lists(v11) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v9 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v11)


def test_no_v11_name_token_occurs_in_a_person_mention_of_v1_to_v10(v11, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v11, earlier_sets)


def test_v11_templates_and_texts_are_new_material(v11, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v9
    check.templates_and_texts_are_new(v11, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v11, earlier_sets) -> None:
    """The aggregate overlap of v11's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v11, earlier=earlier_sets["v5"], heading="## Eleventh set (v11)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 11" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v11, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places; some layouts mix letters and digits
    freely), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v11, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v11, SPEC_V11, bad)
