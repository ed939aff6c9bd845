"""The thirteenth frozen held-out set (v13): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v13: it is measured once, after the thirteenth tuning round,
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
from dpfusion_integrations.evaluation import heldout_templates_v12 as t12
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v13 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v13 import (
    FROZEN_V13_PAIRS,
    FROZEN_V13_PATH,
    FROZEN_V13_PUBLIC,
    FROZEN_V13_SEED,
    FROZEN_V13_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V13,
    generate_heldout_v13,
    render_template_v13,
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
from dpfusion_integrations.evaluation.heldout_values_v12 import _NAMES as V12_NAMES
from dpfusion_integrations.evaluation.heldout_values_v13 import (
    _NAMES,
    V13_ADDRESS_COUNTRIES,
    V13_HAND_TRADITIONS,
    V13_PHONE_COUNTRIES,
    ValuesV13,
    aadhaar_is_valid,
    format_date,
    hijri,
    nir_is_valid,
    rib_is_valid,
    twid_is_valid,
    verhoeff_digit,
    written_names,
)

#: The sha256 of ``heldout_v13.jsonl``, pinned when it was frozen (also ``FROZEN_V13_SHA256``).
PINNED_SHA256 = "b7785ae8ff57b07c66a81af2f2b348cd648441659f9477b4e6250271fca155c5"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 740, "DATE": 580, "ID": 990, "LOCATION": 736, "ORGANIZATION": 400, "PERSON": 1590}
#: Written forms and value kinds v13 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 90, "PERSON/lower": 200, "PERSON/initial": 300, "PERSON/last": 40,
                "CONTACT/phone": 400, "CONTACT/email": 150, "CONTACT/handle": 80, "CONTACT/ip": 10,
                "LOCATION/street": 150, "LOCATION/unit": 30, "LOCATION/building": 80, "LOCATION/district": 100,
                "LOCATION/city": 200, "LOCATION/postcode": 20, "ID/national": 30, "ID/plate": 20, "ID/iban": 30,
                "ID/callsign": 100, "ID/animal": 80, "ID/transaction": 40, "ID/permit": 20, "ID/account": 20,
                "DATE/dob": 30}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni", "la", "ould", "mint"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12)
#: The national-number validators of the ``{natN}`` schemes, with the position of each one's check digit.
VALIDATORS = {"nir": (nir_is_valid, -1), "twid": (twid_is_valid, -1), "aadhaar": (aadhaar_is_valid, -1)}


@pytest.fixture(scope="module")
def v13():
    return load_heldout(FROZEN_V13_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v12 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v13) -> None:
    assert PINNED_SHA256 == FROZEN_V13_SHA256
    meta = check.pinned(FROZEN_V13_PATH, v13, PINNED_SHA256, seed=FROZEN_V13_SEED, n_pairs=FROZEN_V13_PAIRS,
                        n_public=FROZEN_V13_PUBLIC, template_module="heldout_templates_v13")
    assert FROZEN_V13_SEED == 20270611
    counts = check.hand_written_meta(meta, v13, round_no=13, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v13 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v13, FROZEN_V13_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v13", FROZEN_V13_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v13, earlier_sets) -> None:
    domains = check.shape(v13, n_pairs=FROZEN_V13_PAIRS, n_public=FROZEN_V13_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V13_PATH, EARLIER, V13_ADDRESS_COUNTRIES, V13_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V13_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v13) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v12 recorded."""
    used = check.traditions_used(PARTICLES, v13, V13_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V13_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 180 and set(V13_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v13) -> None:
    check.minimums(v13, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v13) -> None:
    """Doubled and lower-case names, initials, Hijri dates, dates with French, Kirundi, Tongan, Sesotho and
    Tahitian month words, phones with the new extension forms and internal e-mail domains are all in the
    set."""
    people = (check.values_of(v13, "full") + check.values_of(v13, "initial") + check.values_of(v13, "last")
              + check.values_of(v13, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v13 for m in d.mentions if m.type == "DATE"]
    assert sum(bool(re.search(r" AH$", x)) for x in dates) >= 5
    assert sum(bool(re.search(r"févr\.|janv\.|Ndamukiza|Ruhuhuma|Kigarama|Nzero|Sānuali|Tīsema|Hlakola|Phato|"
                              r"Tiurai|Tēnuare|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                              r"Rusama|Ruheshi|Mukakaro|Myandagaro|Nyakanga|Gitugutu|Munyonyo|Ntwarante|"
                              r"Sune|Siulai|Sepitema|Nōvema|Mē|Mmesa|Phupu|Lewedu|Mphalane|Tshitwe|Tetepa|Novema|Māti",
                              x)) for x in dates) >= 10
    phones = check.values_of(v13, "phone")
    assert any(re.search(r"(extn|poste:|#\d+#|x-|Ext\.|dial|ext\.:|ligne directe)\s?\d*\)?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(corp|lan|local|int|priv)$", e) for e in check.values_of(v13, "email"))


def test_hijri_and_other_dates_are_right() -> None:
    assert hijri(date(2026, 3, 20)) == (1447, 10, 1)
    assert hijri(date(2026, 2, 18)) == (1447, 9, 1)
    assert format_date(date(2026, 3, 20), "d Hijri Y AH") == "1 Shawwal 1447 AH"
    assert format_date(date(2027, 2, 3), "d mois-abr. Y") == "3 févr. 2027"
    assert format_date(date(2027, 2, 3), "jour d mois") == "mercredi 3 février"
    assert format_date(date(2027, 2, 3), "Weekday, Month dth") == "Wednesday, February 3rd"
    assert format_date(date(2026, 4, 14), "d ukwezi Y") == "14 Ndamukiza 2026"
    assert format_date(date(2026, 12, 1), "d māhina Y") == "1 Tīsema 2026"
    assert format_date(date(2027, 2, 3), "Y-mm-dd (Wkd)") == "2027-02-03 (Wed)"


def test_contest_log_keeps_its_tags(v13) -> None:
    docs = [d for d in v13 if d.template == "ham13-cabrillo"]
    assert docs and all(re.match(r"[A-Z-]+:( |$)", line) for d in docs for line in d.text.splitlines())


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v13) -> None:
    check.public_documents_have_no_mentions(v13)


def test_every_mention_is_a_clean_slice_without_overlap(v13) -> None:
    check.clean_spans(v13, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v13) -> None:
    check.no_value_outside_gold(v13)


def test_pairs_share_their_skeleton_outside_mentions(v13) -> None:
    check.pairs_share_skeleton(v13, FROZEN_V13_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v13) -> None:
    check.entities_written_once(v13)


def test_identifiers_with_check_digits_are_valid(v13) -> None:
    ibans = check.values_of(v13, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    assert verhoeff_digit("236") == 3 and verhoeff_digit("12345") == 1
    values = ValuesV13(random.Random(13))
    for kind, (ok, at) in VALIDATORS.items():
        assert kind in NATIONAL_SCHEMES
        for variant in range(values.id_variants(kind)):
            for _ in range(20):
                value = values.ident(kind, variant)
                pos = len(value) + at
                wrong = value[:pos] + str((int(value[pos]) + 1) % 10) + value[pos + 1:]
                assert ok(value) and not ok(wrong), kind
    ribs = check.values_of(v13, "account")
    assert sum(rib_is_valid(x) for x in ribs) >= 5
    rib = values.ident("rib", 0)
    assert rib_is_valid(rib) and not rib_is_valid(rib[:-1] + str((int(rib[-1]) + 1) % 10))
    national = check.values_of(v13, "national")
    assert national and sum(any(ok(x) for ok, _ in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v13_name_is_in_the_earlier_sets_hand_written_lists(v13) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES)
                                | written_names(V11_NAMES) | written_names(V12_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v13).isdisjoint(earlier)


def test_no_v13_name_is_in_the_earlier_sets_faker_name_lists(v13) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v9 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v13)


def test_no_v13_name_token_occurs_in_a_person_mention_of_v1_to_v12(v13, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v13, earlier_sets)


def test_v13_templates_and_texts_are_new_material(v13, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v9
    check.templates_and_texts_are_new(v13, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v13, earlier_sets) -> None:
    """The aggregate overlap of v13's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v13, earlier=earlier_sets["v5"], heading="## Thirteenth set (v13)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 13" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v13, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places; some layouts mix letters and digits
    freely), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v13, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v13, SPEC_V13, bad)
