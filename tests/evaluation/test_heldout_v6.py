"""The sixth frozen held-out set (v6): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v6: it is measured once, after the sixth tuning round,
by someone else. The name checks compare name *tokens* with earlier sets' lists and files and report
nothing but pass/fail; the gazetteer overlap is a property of the names (aggregate shares only).
"""

from __future__ import annotations

import re
from collections import Counter

import heldout_checks as check
import pytest

from dpfusion_integrations.evaluation import heldout_templates as t1
from dpfusion_integrations.evaluation import heldout_templates_v3 as t3
from dpfusion_integrations.evaluation import heldout_templates_v4 as t4
from dpfusion_integrations.evaluation import heldout_templates_v5 as t5
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_V6_PATH,
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates_v6 import (
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v6 import (
    FROZEN_V6_PAIRS,
    FROZEN_V6_PUBLIC,
    FROZEN_V6_SEED,
    FROZEN_V6_SHA256,
    SPEC_V6,
    generate_heldout_v6,
    render_template_v6,
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
from dpfusion_integrations.evaluation.heldout_values_v6 import (
    _NAMES,
    V6_ADDRESS_COUNTRIES,
    V6_HAND_TRADITIONS,
    V6_PHONE_COUNTRIES,
    ValuesV6,
    bsn_is_valid,
    cpf_is_valid,
    dni_is_valid,
    luhn_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v6.jsonl``, pinned when it was frozen (also ``FROZEN_V6_SHA256``).
PINNED_SHA256 = "03ac8b1776fda44d00dab5f75c8b01a5ec88453e003d2b87a8faa4772435d04b"
#: Lower bounds on the gold mentions per type (a little under the frozen counts).
MIN_MENTIONS = {"PERSON": 1350, "ORGANIZATION": 320, "LOCATION": 740, "DATE": 500, "CONTACT": 480, "ID": 400}
#: Written forms and value kinds v6 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 380, "PERSON/lower": 100, "PERSON/initial": 160, "PERSON/last": 150,
                "CONTACT/phone": 220, "CONTACT/email": 140, "CONTACT/handle": 55, "CONTACT/url": 10,
                "CONTACT/ip": 30, "LOCATION/street": 210, "LOCATION/unit": 140, "LOCATION/building": 40,
                "LOCATION/district": 90, "LOCATION/city": 210, "LOCATION/postcode": 20, "ID/national": 50,
                "ID/passport": 30, "ID/plate": 45, "ID/iban": 10, "ID/device": 5, "DATE/dob": 100}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "nic", "mac", "an", "al", "el", "bin", "ibn"}


@pytest.fixture(scope="module")
def v6():
    return load_heldout(FROZEN_V6_PATH)


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v6) -> None:
    assert PINNED_SHA256 == FROZEN_V6_SHA256
    meta = check.pinned(FROZEN_V6_PATH, v6, PINNED_SHA256, seed=FROZEN_V6_SEED, n_pairs=FROZEN_V6_PAIRS,
                        n_public=FROZEN_V6_PUBLIC, template_module="heldout_templates_v6")
    assert meta["author_saw_detectors"] is False
    assert meta["generator_version"] == 1 and meta["faker_locales"] == []
    assert meta["mentions"] == dict(sorted(Counter(m.type for d in v6 for m in d.mentions).items()))


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v6 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v6, FROZEN_V6_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v6", FROZEN_V6_PATH, PINNED_SHA256)


def test_metrics_command_line_lists_v6(capsys) -> None:
    assert "v6" in check.metrics_help_text(capsys)


# --------------------------------------------------------------------------------------------
# Shape: domains, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains(v6) -> None:
    domains = check.shape(v6, n_pairs=FROZEN_V6_PAIRS, n_public=FROZEN_V6_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                          min_domains=14, public_templates=PUBLIC_TEMPLATES)
    earlier = {dom for mod in (t1, t3, t4, t5) for _, dom, _ in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES}
    assert len(domains - earlier) >= 5
    assert len(V6_ADDRESS_COUNTRIES) >= 10 and len(V6_PHONE_COUNTRIES) >= 10


def test_names_come_from_at_least_twenty_hand_written_traditions(v6) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions."""
    used = check.traditions_used(PARTICLES, v6, V6_HAND_TRADITIONS, _NAMES, written_names)
    assert len(used) >= 20


def test_per_type_and_subtype_minimums(v6) -> None:
    check.minimums(v6, MIN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v6) -> None:
    """Particle, hyphenated, apostrophe and lower-case names, initials, non-English date orders and
    extensions are all in the set."""
    people = [d.text[m.start:m.end] for d in v6 for m in d.mentions if m.type == "PERSON"]
    assert any(re.search(r"\b(van|Le|do|da|Nic|Mac|Aït)[\s-]", p) for p in people)
    assert any(re.search(r"\w-\w", p) for p in people) and any("'" in p for p in people)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z]\. .+", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    dates = [d.text[m.start:m.end] for d in v6 for m in d.mentions if m.type == "DATE"]
    assert any("年" in x for x in dates) and any(re.search(r" de \w+ de ", x) for x in dates)
    phones = [d.text[m.start:m.end] for d in v6 for m in d.mentions if m.subtype == "phone"]
    assert any(re.search(r"(ext\.|x|int\.|Durchwahl|#|loc\.) ?\d+\)?$", p) for p in phones)


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v6) -> None:
    check.public_documents_have_no_mentions(v6)


def test_every_mention_is_a_clean_slice_without_overlap(v6) -> None:
    check.clean_spans(v6, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v6) -> None:
    check.no_value_outside_gold(v6)


def test_pairs_share_their_skeleton_outside_mentions(v6) -> None:
    check.pairs_share_skeleton(v6, FROZEN_V6_PAIRS)


def test_identifiers_with_check_digits_are_valid(v6) -> None:
    ibans = [d.text[m.start:m.end] for d in v6 for m in d.mentions if m.subtype == "iban"]
    imeis = [d.text[m.start:m.end] for d in v6 for m in d.mentions if m.subtype == "device"]
    assert ibans and all(iban_is_valid(x) for x in ibans)
    assert imeis and all(luhn_is_valid(x) for x in imeis)
    import random

    values = ValuesV6(random.Random(6))
    for variant in range(2):
        assert dni_is_valid(values.ident("dni", variant)) and cpf_is_valid(values.ident("cpf", variant))
        assert bsn_is_valid(values.ident("bsn", variant)) and luhn_is_valid(values.ident("zaid", variant))
    assert not dni_is_valid("12345678A") and not cpf_is_valid("111.444.777-00")


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v6_name_is_in_the_earlier_sets_hand_written_lists(v6) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)) | check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v6).isdisjoint(earlier)


def test_no_v6_name_is_in_the_earlier_sets_faker_name_lists(v6) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (Latin script; the transliterated
    locales of v3/v4 are covered by the frozen files' check below)."""
    pytest.importorskip("faker")
    listed = check.faker_name_tokens(PARTICLES)
    assert len(listed) > 5000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(listed)


def test_no_v6_name_token_occurs_in_a_person_mention_of_v1_to_v5(v6) -> None:
    earlier = set().union(*(check.person_tokens(PARTICLES, load_heldout(name)) for name in ("v1", "v2", "v3", "v4", "v5")))
    assert len(earlier) > 1000 and check.person_tokens(PARTICLES, v6).isdisjoint(earlier)


def test_v6_templates_and_texts_are_new_material(v6) -> None:
    earlier = [t for mod in (t1, t3, t4, t5) for t in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES]
    check.templates_are_new(PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, earlier)  # no six-word phrase of v1, v3-v5
    texts = {d.text for d in v6}
    for name in ("v1", "v2", "v3", "v4", "v5"):
        assert texts.isdisjoint(d.text for d in load_heldout(name)), name


def test_gazetteer_overlap_is_reported_in_the_docs(v6) -> None:
    """The aggregate overlap of v6's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports, and lower than v5's."""
    section = check.gazetteer_overlap_in_docs(v6, earlier=load_heldout("v5"), heading="## Sixth set (v6)",
                                              min_distinct=250)
    assert PINNED_SHA256[:16] in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v6, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=6,
                                 filler_seed=7)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname}", "{id1.shoe_size}", "{p1.workemail2} at {o1.nursery}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}")
    check.bad_templates_fail_closed(render_template_v6, SPEC_V6, bad)
