"""The eighth frozen held-out set (v8): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v8: it is measured once, after the eighth tuning round,
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
from dpfusion_integrations.evaluation.heldout import (
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v8 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v8 import (
    FROZEN_V8_PAIRS,
    FROZEN_V8_PATH,
    FROZEN_V8_PUBLIC,
    FROZEN_V8_SEED,
    FROZEN_V8_SHA256,
    SPEC_V8,
    generate_heldout_v8,
    render_template_v8,
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
from dpfusion_integrations.evaluation.heldout_values_v7 import (
    V7_ADDRESS_COUNTRIES,
    V7_HAND_TRADITIONS,
    V7_PHONE_COUNTRIES,
)
from dpfusion_integrations.evaluation.heldout_values_v8 import (
    _NAMES,
    V8_ADDRESS_COUNTRIES,
    V8_HAND_TRADITIONS,
    V8_PHONE_COUNTRIES,
    ValuesV8,
    bsn_is_valid,
    cpf_is_valid,
    nric_is_valid,
    pesel_is_valid,
    pnr_is_valid,
    sin_is_valid,
    tckn_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v8.jsonl``, pinned when it was frozen (also ``FROZEN_V8_SHA256``).
PINNED_SHA256 = "92941f26d4fe2e2b8364d82863b5e495fb68594f793459a6bca8ea49edd3521f"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 890, "DATE": 780, "ID": 740, "LOCATION": 830, "ORGANIZATION": 480, "PERSON": 1750}
#: Written forms and value kinds v8 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 200, "PERSON/lower": 120, "PERSON/initial": 250, "PERSON/last": 80,
                "CONTACT/phone": 300, "CONTACT/email": 250, "CONTACT/handle": 30, "CONTACT/url": 5,
                "CONTACT/ip": 10, "LOCATION/street": 200, "LOCATION/unit": 100, "LOCATION/building": 20,
                "LOCATION/district": 60, "LOCATION/city": 150, "LOCATION/postcode": 15, "ID/national": 40,
                "ID/health": 20, "ID/plate": 30, "ID/iban": 15, "ID/device": 50, "DATE/dob": 50}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7)


@pytest.fixture(scope="module")
def v8():
    return load_heldout(FROZEN_V8_PATH)


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v8) -> None:
    assert PINNED_SHA256 == FROZEN_V8_SHA256
    meta = check.pinned(FROZEN_V8_PATH, v8, PINNED_SHA256, seed=FROZEN_V8_SEED, n_pairs=FROZEN_V8_PAIRS,
                        n_public=FROZEN_V8_PUBLIC, template_module="heldout_templates_v8")
    check.hand_written_meta(meta, v8, round_no=8, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v8 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v8, FROZEN_V8_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v8", FROZEN_V8_PATH, PINNED_SHA256)


def test_metrics_command_line_lists_v8(capsys) -> None:
    assert "v8" in check.metrics_help_text(capsys)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains_no_earlier_set_used(v8) -> None:
    domains = check.shape(v8, n_pairs=FROZEN_V8_PAIRS, n_public=FROZEN_V8_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                          min_domains=15, public_templates=PUBLIC_TEMPLATES)
    earlier = {dom for mod in EARLIER_TEMPLATES for _, dom, _ in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES}
    earlier |= {d.domain for name in EARLIER for d in load_heldout(name)}
    assert len(domains) >= 15 and domains.isdisjoint(earlier)


def test_countries_are_many_and_the_address_countries_are_new() -> None:
    assert len(V8_ADDRESS_COUNTRIES) >= 15 and set(V8_ADDRESS_COUNTRIES).isdisjoint(V7_ADDRESS_COUNTRIES)
    assert len(V8_PHONE_COUNTRIES) >= 20 and len(set(V8_PHONE_COUNTRIES) - set(V7_PHONE_COUNTRIES)) >= 20


def test_names_come_from_at_least_twenty_five_new_hand_written_traditions(v8) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions; none is one of v7's."""
    used = check.traditions_used(PARTICLES, v8, V8_HAND_TRADITIONS, _NAMES, written_names)
    assert len(used) >= 25 and set(V8_HAND_TRADITIONS).isdisjoint(V7_HAND_TRADITIONS)


def test_per_type_and_subtype_minimums(v8) -> None:
    check.minimums(v8, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v8) -> None:
    """Particle, hyphenated, apostrophe, two-word and lower-case names, initials, dates in several
    languages and scripts, phones with extensions and internal e-mail domains are all in the set."""
    people = check.values_of(v8, "full") + check.values_of(v8, "initial") + check.values_of(v8, "last") + check.values_of(v8, "lower")
    assert any(re.search(r"\b(ag|walet) [A-Z]", p) for p in people)
    assert any(re.search(r"\w-\w", p) for p in people) and any("'" in p for p in people)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z]\. .+", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v8 for m in d.mentions if m.type == "DATE"]
    assert any(re.search(r"[年월]", x) for x in dates)
    assert any(re.search(r"\b(marca|maart|mars|Mart|martie|Maret|März|março)\b", x) for x in dates)
    assert any(re.search(r"(ramal|toestel|dahili|wewn\.|ankn\.|ext|Durchwahl|int\.|#)\s?\d+\)?$", p)
               for p in check.values_of(v8, "phone"))
    assert any(re.search(r"@[\w.-]+\.(lan|arpa|example|test|office|local)$", e) for e in check.values_of(v8, "email"))


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v8) -> None:
    check.public_documents_have_no_mentions(v8)


def test_every_mention_is_a_clean_slice_without_overlap(v8) -> None:
    check.clean_spans(v8, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v8) -> None:
    check.no_value_outside_gold(v8)


def test_pairs_share_their_skeleton_outside_mentions(v8) -> None:
    check.pairs_share_skeleton(v8, FROZEN_V8_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v8) -> None:
    check.entities_written_once(v8)


def test_identifiers_with_check_digits_are_valid(v8) -> None:
    ibans = check.values_of(v8, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    validators = (cpf_is_valid, bsn_is_valid, pesel_is_valid, pnr_is_valid, sin_is_valid, nric_is_valid, tckn_is_valid)
    national = check.values_of(v8, "national")
    assert sum(any(ok(x) for ok in validators) for x in national) >= 20
    values = ValuesV8(random.Random(8))
    for kind, ok in zip(("cpf", "bsn", "pesel", "pnr", "sin", "nric", "tckn"), validators, strict=True):
        for variant in range(values.id_variants(kind)):
            for _ in range(10):
                assert ok(values.ident(kind, variant)), kind
    # published examples of each scheme, and the same numbers with a wrong check character
    assert cpf_is_valid("529.982.247-25") and not cpf_is_valid("529.982.247-26")
    assert bsn_is_valid("111222333") and not bsn_is_valid("111222334")
    assert pesel_is_valid("44051401359") and not pesel_is_valid("44051401358")
    assert pnr_is_valid("811218-9876") and not pnr_is_valid("811218-9875")
    assert sin_is_valid("046 454 286") and not sin_is_valid("046 454 287")
    assert nric_is_valid("S1234567D") and not nric_is_valid("S1234567E")
    assert tckn_is_valid("10000000146") and not tckn_is_valid("10000000147")


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v8_name_is_in_the_earlier_sets_hand_written_lists(v8) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES) | written_names(V6_NAMES)
                      | written_names(V7_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 1000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v8).isdisjoint(earlier)


def test_no_v8_name_is_in_the_earlier_sets_faker_name_lists(v8) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6 and v7 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v8)


def test_no_v8_name_token_occurs_in_a_person_mention_of_v1_to_v7(v8) -> None:
    earlier = set().union(*(check.person_tokens(PARTICLES, load_heldout(name)) for name in EARLIER))
    assert len(earlier) > 1000 and check.person_tokens(PARTICLES, v8).isdisjoint(earlier)


def test_v8_templates_and_texts_are_new_material(v8) -> None:
    earlier = [t for mod in EARLIER_TEMPLATES for t in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES]
    check.templates_are_new(PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, earlier)  # no six-word phrase of v1, v3-v7
    texts = {d.text for d in v8}
    for name in EARLIER:
        assert texts.isdisjoint(d.text for d in load_heldout(name)), name


def test_gazetteer_overlap_is_reported_in_the_docs(v8) -> None:
    """The aggregate overlap of v8's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v8, earlier=load_heldout("v5"), heading="## Eighth set (v8)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before round 8" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v8, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=8,
                                 filler_seed=9)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.marina}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.spaceport}")
    check.bad_templates_fail_closed(render_template_v8, SPEC_V8, bad)
