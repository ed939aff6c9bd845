"""The fifteenth frozen held-out set (v15): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v15: it is measured once, after the next tagger round,
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
from dpfusion_integrations.evaluation import heldout_templates_v14 as t14
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_build import luhn_digit
from dpfusion_integrations.evaluation.heldout_templates_v15 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v15 import (
    FROZEN_V15_PAIRS,
    FROZEN_V15_PATH,
    FROZEN_V15_PUBLIC,
    FROZEN_V15_SEED,
    FROZEN_V15_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V15,
    generate_heldout_v15,
    render_template_v15,
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
from dpfusion_integrations.evaluation.heldout_values_v14 import _NAMES as V14_NAMES
from dpfusion_integrations.evaluation.heldout_values_v15 import (
    _NAMES,
    V15_ADDRESS_COUNTRIES,
    V15_HAND_TRADITIONS,
    V15_PHONE_COUNTRIES,
    ValuesV15,
    cedulado_is_valid,
    format_date,
    inn_is_valid,
    rodne_is_valid,
    snils_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v15.jsonl``, pinned when it was frozen (also ``FROZEN_V15_SHA256``).
PINNED_SHA256 = "bbc2353e3c4ddcd425c4c14edbdbc32b57240151b9a972ad810e62ef7028b467"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 670, "DATE": 680, "ID": 1060, "LOCATION": 780, "ORGANIZATION": 360, "PERSON": 2010}
#: Written forms and value kinds v15 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 150, "PERSON/lower": 180, "PERSON/initial": 300, "PERSON/last": 50,
                "CONTACT/phone": 300, "CONTACT/email": 130, "CONTACT/handle": 80, "CONTACT/ip": 20,
                "LOCATION/street": 150, "LOCATION/unit": 20, "LOCATION/building": 30, "LOCATION/district": 90,
                "LOCATION/city": 200, "LOCATION/postcode": 60, "ID/national": 30, "ID/plate": 80, "ID/iban": 30,
                "ID/animal": 30, "ID/vessel": 60, "ID/plot": 20, "ID/account": 40, "ID/permit": 60,
                "ID/licence": 15, "ID/fleet": 30, "DATE/dob": 15}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni", "la", "ould", "mint", "na"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14)
#: The national-number validators of the ``{natN}`` schemes (each checks its last character).
VALIDATORS = {"inn": inn_is_valid, "snils": snils_is_valid, "rodne": rodne_is_valid, "cedulado": cedulado_is_valid}


@pytest.fixture(scope="module")
def v15():
    return load_heldout(FROZEN_V15_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v14 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v15) -> None:
    assert PINNED_SHA256 == FROZEN_V15_SHA256
    meta = check.pinned(FROZEN_V15_PATH, v15, PINNED_SHA256, seed=FROZEN_V15_SEED, n_pairs=FROZEN_V15_PAIRS,
                        n_public=FROZEN_V15_PUBLIC, template_module="heldout_templates_v15")
    assert FROZEN_V15_SEED == 20271003
    counts = check.hand_written_meta(meta, v15, round_no=15, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v15 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v15, FROZEN_V15_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v15", FROZEN_V15_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v15, earlier_sets) -> None:
    domains = check.shape(v15, n_pairs=FROZEN_V15_PAIRS, n_public=FROZEN_V15_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=16, public_templates=PUBLIC_TEMPLATES)
    earlier = check.earlier_domains(EARLIER_TEMPLATES, earlier_sets)
    assert len(domains) >= 16 and domains.isdisjoint(earlier)


def test_address_and_phone_countries_are_new_to_every_earlier_set() -> None:
    check.countries_and_extensions_are_new(FROZEN_V15_PATH, EARLIER, V15_ADDRESS_COUNTRIES, V15_PHONE_COUNTRIES)


def test_date_styles_and_national_schemes_are_new() -> None:
    check.date_styles_and_schemes_are_new(FROZEN_V15_PATH, EARLIER, NATIONAL_SCHEMES)


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v15) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is a tradition,
    name source or locale any of v1-v14 recorded."""
    used = check.traditions_used(PARTICLES, v15, V15_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V15_HAND_TRADITIONS) == 32 and len(used) >= 25
    recorded = check.recorded_name_sources(EARLIER)
    assert len(recorded) > 200 and set(V15_HAND_TRADITIONS).isdisjoint(recorded)


def test_per_type_and_subtype_minimums(v15) -> None:
    check.minimums(v15, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v15) -> None:
    """Hyphen-doubled and lower-case names, initials, dates with Russian genitive, Lao, Somali and Latin
    month words, Spanish and French weekdays, Chinese and Eastern Arabic digit forms, phones with the new
    extension forms and internal e-mail domains are all in the set."""
    people = (check.values_of(v15, "full") + check.values_of(v15, "initial") + check.values_of(v15, "last")
              + check.values_of(v15, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v15 for m in d.mentions if m.type == "DATE"]
    assert sum(bool(re.search(r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
                              r"декабря|[\u0e80-\u0eff]|Janaayo|Febraayo|Maarso|Abriil|Maajo|Juun|Luuliyo|"
                              r"Ogost|Sebtembar|Oktoobar|Nofembar|Desembar|mensis", x)) for x in dates) >= 10
    assert any(re.search(r"^(lunes|martes|miércoles|jueves|viernes|sábado|domingo) \d+ de ", x) for x in dates)
    assert any(re.search(r"^(lun|mar|mer|jeu|ven|sam|dim)\. \d+ ", x) for x in dates)
    assert any(re.search(r"[٠-٩]", x) for x in dates) and any("月" in x for x in dates)
    phones = check.values_of(v15, "phone")
    assert any(re.search(r"(转|доп\. |\(вн\. |تحويلة |klapka |extension |\(anexo: )\d+\)?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(corp|local|lan|private|int)$", e) for e in check.values_of(v15, "email"))


def test_dates_are_right() -> None:
    assert format_date(date(2027, 2, 3), "dd.mm.Y г.") == "03.02.2027 г."
    assert format_date(date(2027, 2, 3), "d. m. Y") == "3. 2. 2027"
    assert format_date(date(2027, 2, 3), "d/m/Y arab-digits") == "٣/٢/٢٠٢٧"
    assert format_date(date(2027, 2, 3), "Y年m月d日 星期") == "2027年2月3日 星期三"
    assert format_date(date(2027, 2, 3), "mm/dd") == "02/03"
    assert format_date(date(2027, 2, 3), "m月d日") == "2月3日"
    assert format_date(date(2027, 2, 3), "dia d de mes") == "miércoles 3 de febrero"
    assert format_date(date(2027, 2, 3), "Wkd-fr d mois-abr.") == "mer. 3 févr."
    assert format_date(date(2027, 2, 3), "d месяца Y") == "3 февраля 2027"
    assert format_date(date(2027, 2, 3), "d lao-month Y") == "3 ກຸມພາ 2027"
    assert format_date(date(2026, 12, 1), "d Month-so Y") == "1 Desembar 2026"
    assert format_date(date(2027, 2, 3), "die d mensis Y") == "die 3 mensis februarii 2027"
    assert format_date(date(2027, 2, 3), "d Month Y, Weekday") == "3 February 2027, Wednesday"


def test_calendar_event_keeps_its_frame(v15) -> None:
    docs = [d for d in v15 if d.template == "snw15-ics"]
    assert docs and all(d.text.startswith("BEGIN:VCALENDAR\n") and d.text.endswith("\nEND:VCALENDAR") for d in docs)


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v15) -> None:
    check.public_documents_have_no_mentions(v15)


def test_every_mention_is_a_clean_slice_without_overlap(v15) -> None:
    check.clean_spans(v15, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v15) -> None:
    check.no_value_outside_gold(v15)


def test_pairs_share_their_skeleton_outside_mentions(v15) -> None:
    check.pairs_share_skeleton(v15, FROZEN_V15_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v15) -> None:
    check.entities_written_once(v15)


def test_identifiers_with_check_digits_are_valid(v15) -> None:
    ibans = check.values_of(v15, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    assert inn_is_valid("500100732259") and snils_is_valid("112-233-445 95") and rodne_is_valid("736028/5163")
    assert cedulado_is_valid("001-1234567-3") and luhn_digit("0011234567") == 3
    values = ValuesV15(random.Random(15))
    check.a_changed_last_character_fails(values, VALIDATORS, NATIONAL_SCHEMES)
    national = check.values_of(v15, "national")
    assert national and sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v15_name_is_in_the_earlier_sets_hand_written_lists(v15) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES)
                                | written_names(V11_NAMES) | written_names(V12_NAMES)
                                | written_names(V13_NAMES) | written_names(V14_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v15).isdisjoint(earlier)


def test_no_v15_name_is_in_the_earlier_sets_faker_name_lists(v15) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v14 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v15)


def test_no_v15_name_token_occurs_in_a_person_mention_of_v1_to_v14(v15, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v15, earlier_sets)


def test_v15_templates_and_texts_are_new_material(v15, earlier_sets) -> None:
    # no six-word phrase of v1, v3-v14
    check.templates_and_texts_are_new(v15, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_gazetteer_overlap_is_reported_in_the_docs(v15, earlier_sets) -> None:
    """The aggregate overlap of v15's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v15, earlier=earlier_sets["v5"], heading="## Fifteenth set (v15)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before the next tagger round" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v15, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v15, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v15, SPEC_V15, bad)
