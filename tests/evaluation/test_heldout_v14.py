"""The fourteenth frozen held-out set (v14): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v14: it is measured once, after the next tagger round,
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
from dpfusion_integrations.evaluation import heldout_templates_v13 as t13
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_build import luhn_digit
from dpfusion_integrations.evaluation.heldout_templates_v14 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v14 import (
    FROZEN_V14_PAIRS,
    FROZEN_V14_PATH,
    FROZEN_V14_PUBLIC,
    FROZEN_V14_SEED,
    FROZEN_V14_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V14,
    generate_heldout_v14,
    render_template_v14,
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
from dpfusion_integrations.evaluation.heldout_values_v13 import _NAMES as V13_NAMES
from dpfusion_integrations.evaluation.heldout_values_v14 import (
    _NAMES,
    V14_ADDRESS_COUNTRIES,
    V14_HAND_TRADITIONS,
    V14_PHONE_COUNTRIES,
    ValuesV14,
    cnp_is_valid,
    format_date,
    oib_is_valid,
    personnummer_is_valid,
    prcid_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v14.jsonl``, pinned when it was frozen (also ``FROZEN_V14_SHA256``).
PINNED_SHA256 = "1731bc44a8aea7fa01d4635d4d9babb257b6eb09ebc6bafbc620ccdc60bc7e22"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 720, "DATE": 740, "ID": 760, "LOCATION": 716, "ORGANIZATION": 490, "PERSON": 1860}
#: Written forms and value kinds v14 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 100, "PERSON/lower": 200, "PERSON/initial": 450, "PERSON/last": 80,
                "CONTACT/phone": 400, "CONTACT/email": 150, "CONTACT/handle": 80, "CONTACT/ip": 20,
                "LOCATION/street": 150, "LOCATION/unit": 20, "LOCATION/building": 40, "LOCATION/district": 90,
                "LOCATION/city": 220, "LOCATION/postcode": 40, "ID/national": 50, "ID/plate": 40, "ID/iban": 20,
                "ID/animal": 60, "ID/vessel": 40, "ID/aircraft": 30, "ID/plot": 20, "ID/account": 60,
                "ID/permit": 30, "ID/licence": 40, "DATE/dob": 30}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni", "la", "ould", "mint", "na"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13)
#: The national-number validators of the ``{natN}`` schemes (each checks its last character).
VALIDATORS = {"cnp": cnp_is_valid, "prcid": prcid_is_valid, "oib": oib_is_valid,
              "personnummer": personnummer_is_valid}


@pytest.fixture(scope="module")
def v14():
    return load_heldout(FROZEN_V14_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v13 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v14) -> None:
    assert PINNED_SHA256 == FROZEN_V14_SHA256
    meta = check.pinned(FROZEN_V14_PATH, v14, PINNED_SHA256, seed=FROZEN_V14_SEED, n_pairs=FROZEN_V14_PAIRS,
                        n_public=FROZEN_V14_PUBLIC, template_module="heldout_templates_v14")
    assert FROZEN_V14_SEED == 20270822
    counts = check.hand_written_meta(meta, v14, round_no=14, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v14 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v14, FROZEN_V14_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v14", FROZEN_V14_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v14, earlier_sets) -> None:
    domains = check.shape(v14, n_pairs=FROZEN_V14_PAIRS, n_public=FROZEN_V14_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V14_PATH, EARLIER, V14_ADDRESS_COUNTRIES, V14_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V14_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v14) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v13 recorded."""
    used = check.traditions_used(PARTICLES, v14, V14_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V14_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 200 and set(V14_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v14) -> None:
    check.minimums(v14, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v14) -> None:
    """Hyphen-doubled and lower-case names, initials, dates with Sango, Gilbertese and Tuvaluan month
    words, French ``1er`` and Portuguese and Spanish abbreviations, phones with the new extension forms and
    internal e-mail domains are all in the set."""
    people = (check.values_of(v14, "full") + check.values_of(v14, "initial") + check.values_of(v14, "last")
              + check.values_of(v14, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v14 for m in d.mentions if m.type == "DATE"]
    assert sum(bool(re.search(r"Nyenye|Fulundigi|Mbangu|Ngubu|Belawu|Fondo|Lengua|Kukuru|Mvuka|Ngberere|"
                              r"Nabanduru|Kakauka|Tianuari|Beberuare|Maati|Eberi|Tun|Turai|Aokuti|Tebetembwa|"
                              r"Okitobwa|Nobembwa|Ritembwa|Ianuali|Fepuali|Mati|Apelila|Iuni|Iulai|Aokuso|"
                              r"Setema|Oketopa|Novema|Tesema", x)) for x in dates) >= 10
    assert any(re.search(r"\b(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\. \d{4}$", x) for x in dates)
    assert any(re.search(r"^\d+ (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\.$", x) for x in dates)
    phones = check.values_of(v14, "phone")
    assert any(re.search(r"(ext\. |Ext |extensão |Ext\.|ext:|poste |\[x |ext-)\d+[)\]]?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(arpa|internal|intranet|lcl|office)$", e) for e in check.values_of(v14, "email"))


def test_dates_are_right() -> None:
    assert format_date(date(2027, 2, 1), "der mois Y") == "1er février 2027"
    assert format_date(date(2027, 2, 3), "der mois") == "3 février"
    assert format_date(date(2027, 2, 3), "d mês-abr. Y") == "3 fev. 2027"
    assert format_date(date(2027, 2, 3), "d mes-abr.") == "3 feb."
    assert format_date(date(2027, 2, 3), "Weekday dth Month") == "Wednesday 3rd February"
    assert format_date(date(2027, 2, 3), "Mon dd (Wkd)") == "Feb 03 (Wed)"
    assert format_date(date(2026, 12, 1), "d nze Y") == "1 Kakauka 2026"
    assert format_date(date(2026, 9, 14), "d namakaina Y") == "14 Tebetembwa 2026"
    assert format_date(date(2026, 4, 5), "d masina-tvl Y") == "5 Apelila 2026"
    assert format_date(date(2027, 2, 3), "mm.dd.yy") == "02.03.27"
    assert format_date(date(2027, 2, 3), "Y/m/d (Wkd)") == "2027/2/3 (Wed)"


def test_telex_keeps_its_frame(v14) -> None:
    docs = [d for d in v14 if d.template == "plt14-telex"]
    assert docs and all(d.text.startswith("ZCZC ") and d.text.endswith("\nNNNN") for d in docs)


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v14) -> None:
    check.public_documents_have_no_mentions(v14)


def test_every_mention_is_a_clean_slice_without_overlap(v14) -> None:
    check.clean_spans(v14, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v14) -> None:
    check.no_value_outside_gold(v14)


def test_pairs_share_their_skeleton_outside_mentions(v14) -> None:
    check.pairs_share_skeleton(v14, FROZEN_V14_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v14) -> None:
    check.entities_written_once(v14)


def test_identifiers_with_check_digits_are_valid(v14) -> None:
    ibans = check.values_of(v14, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    assert cnp_is_valid("1800101221144") and prcid_is_valid("11010519491231002X") and oib_is_valid("69435151530")
    assert personnummer_is_valid("811218-9876") and luhn_digit("811218987") == 6
    values = ValuesV14(random.Random(14))
    check.a_changed_last_character_fails(values, VALIDATORS, NATIONAL_SCHEMES)
    spaced = values.ident("prcid", 1)
    assert prcid_is_valid(spaced) and spaced.count(" ") == 2
    national = check.values_of(v14, "national")
    assert national and sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v14_name_is_in_the_earlier_sets_hand_written_lists(v14) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES)
                                | written_names(V11_NAMES) | written_names(V12_NAMES)
                                | written_names(V13_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v14).isdisjoint(earlier)


def test_no_v14_name_is_in_the_earlier_sets_faker_name_lists(v14) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v13 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v14)


def test_no_v14_name_token_occurs_in_a_person_mention_of_v1_to_v13(v14, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v14, earlier_sets)


def test_v14_templates_and_texts_are_new_material(v14, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v13
    check.templates_and_texts_are_new(v14, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v14, earlier_sets) -> None:
    """The aggregate overlap of v14's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v14, earlier=earlier_sets["v5"], heading="## Fourteenth set (v14)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before the next tagger round" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v14, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v14, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v14, SPEC_V14, bad)
