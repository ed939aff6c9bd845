"""The sixteenth frozen held-out set (v16): pinned, reproducible, new material, honest gold spans.

Nothing here runs a tagger or computes recall on v16: it is measured once, after the next tagger round,
by someone else. v16 samples the product's everyday domains (which earlier sets may share), so what must
be new is material: no template phrase and no eight-word run of text of v1-v15, and no name value. The
name checks compare name *tokens* with earlier sets' lists and files and report nothing but pass/fail;
the gazetteer overlap is a property of the names (aggregate shares only).
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
from dpfusion_integrations.evaluation import heldout_templates_v10 as t10
from dpfusion_integrations.evaluation import heldout_templates_v11 as t11
from dpfusion_integrations.evaluation import heldout_templates_v12 as t12
from dpfusion_integrations.evaluation import heldout_templates_v13 as t13
from dpfusion_integrations.evaluation import heldout_templates_v14 as t14
from dpfusion_integrations.evaluation import heldout_templates_v15 as t15
from dpfusion_integrations.evaluation.heldout import load_heldout
from dpfusion_integrations.evaluation.heldout_build import luhn_digit
from dpfusion_integrations.evaluation.heldout_templates_v16 import (
    LAYOUTS,
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v16 import (
    FROZEN_V16_PAIRS,
    FROZEN_V16_PATH,
    FROZEN_V16_PUBLIC,
    FROZEN_V16_SEED,
    FROZEN_V16_SHA256,
    NATIONAL_SCHEMES,
    SPEC_V16,
    generate_heldout_v16,
    render_template_v16,
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
from dpfusion_integrations.evaluation.heldout_values_v15 import _NAMES as V15_NAMES
from dpfusion_integrations.evaluation.heldout_values_v16 import (
    _NAMES,
    V16_ADDRESS_COUNTRIES,
    V16_HAND_TRADITIONS,
    V16_PHONE_COUNTRIES,
    ValuesV16,
    format_date,
    nhs_is_valid,
    nickname,
    pesel_is_valid,
    sin_is_valid,
    tckn_is_valid,
    written_names,
)

#: The sha256 of ``heldout_v16.jsonl``, pinned when it was frozen (also ``FROZEN_V16_SHA256``).
PINNED_SHA256 = "69ff89f56c82c2f4b1b2b328a4e77c9253612235d3d1a2b4ed332bd96ef1016c"
#: The frozen counts per gold type (exact: the file is pinned, so they cannot drift).
FROZEN_MENTIONS = {"CONTACT": 782, "DATE": 936, "ID": 676, "LOCATION": 1106, "ORGANIZATION": 456, "PERSON": 1950}
#: Written forms and value kinds v16 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 150, "PERSON/lower": 120, "PERSON/initial": 250, "PERSON/last": 100,
                "CONTACT/phone": 250, "CONTACT/email": 200, "CONTACT/handle": 80, "CONTACT/ip": 10,
                "LOCATION/street": 200, "LOCATION/unit": 60, "LOCATION/building": 30, "LOCATION/district": 100,
                "LOCATION/city": 200, "LOCATION/postcode": 100, "ID/national": 30, "ID/plate": 30, "ID/iban": 15,
                "ID/account": 40, "ID/case": 100, "ID/ticket": 40, "ID/record": 40, "ID/booking": 15,
                "ID/claim": 15, "ID/policy": 10, "ID/staff": 30, "DATE/dob": 60}
#: Name parts that are particles, not names (left out of the token comparisons).
PARTICLES = {"le", "van", "der", "do", "da", "de", "di", "nic", "mac", "an", "al", "el", "bin", "ibn", "ole", "ag",
             "walet", "ni", "la", "ould", "mint", "na"}
EARLIER = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15")
EARLIER_TEMPLATES = (t1, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15)
#: The national-number validators of the ``{natN}`` schemes with a check digit.
VALIDATORS = {"nhs": nhs_is_valid, "pesel": pesel_is_valid, "tckn": tckn_is_valid, "sin": sin_is_valid}
#: The everyday domains v16 samples (the product's mainstream use).
DOMAINS = 16
#: Length of the runs of words no v16 document may share with a v1-v15 document.
RUN = 8


@pytest.fixture(scope="module")
def v16():
    return load_heldout(FROZEN_V16_PATH)


@pytest.fixture(scope="module")
def earlier_sets():
    """The frozen v1-v15 documents, loaded once for the module."""
    return {name: load_heldout(name) for name in EARLIER}


def typed_words(doc) -> list[str]:
    """A document's words, lower case, with every gold mention replaced by one token naming its type."""
    words: list[str] = []
    pos = 0
    for m in sorted(doc.mentions, key=lambda m: m.start):
        words += re.findall(r"[\w']+", doc.text[pos:m.start].lower())
        words.append(f"<{m.type}>")
        pos = m.end
    words += re.findall(r"[\w']+", doc.text[pos:].lower())
    return words


def runs(doc, n: int = RUN) -> set[str]:
    words = typed_words(doc)
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v16) -> None:
    assert PINNED_SHA256 == FROZEN_V16_SHA256
    meta = check.pinned(FROZEN_V16_PATH, v16, PINNED_SHA256, seed=FROZEN_V16_SEED, n_pairs=FROZEN_V16_PAIRS,
                        n_public=FROZEN_V16_PUBLIC, template_module="heldout_templates_v16")
    assert FROZEN_V16_SEED == 20271130
    counts = check.hand_written_meta(meta, v16, round_no=16, templates=PRIVATE_TEMPLATES + PUBLIC_TEMPLATES,
                                     layouts=LAYOUTS, mentions=FROZEN_MENTIONS)
    assert sum(counts.values()) >= 5000


def test_generator_reproduces_the_frozen_file_byte_for_byte(tmp_path) -> None:
    """v16 draws no value from Faker, so any installed Faker version regenerates the same bytes."""
    check.regenerates_byte_for_byte(generate_heldout_v16, FROZEN_V16_PATH, PINNED_SHA256, tmp_path)


def test_frozen_set_name_resolves() -> None:
    check.frozen_name_resolves("v16", FROZEN_V16_PATH, PINNED_SHA256)


# --------------------------------------------------------------------------------------------
# Shape: domains, countries, name sources, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_everyday_domains(v16) -> None:
    domains = check.shape(v16, n_pairs=FROZEN_V16_PAIRS, n_public=FROZEN_V16_PUBLIC,
                          private_templates=PRIVATE_TEMPLATES, min_domains=DOMAINS, public_templates=PUBLIC_TEMPLATES)
    assert len(domains) == DOMAINS
    per_domain = {dom: sum(d.domain == dom for d in v16 if d.kind == "public") for dom in domains}
    assert min(per_domain.values()) >= 2


def test_address_and_phone_countries_mix_mainstream_and_rarer() -> None:
    assert len(V16_ADDRESS_COUNTRIES) >= 20 and len(V16_PHONE_COUNTRIES) >= 20
    assert {"GB", "US", "IN", "CN", "NG", "ES", "PL", "TR"} <= set(V16_ADDRESS_COUNTRIES) & set(V16_PHONE_COUNTRIES)


def test_names_come_from_at_least_forty_hand_written_traditions(v16) -> None:
    """Count the traditions whose written names actually occur in PERSON mentions."""
    used = check.traditions_used(PARTICLES, v16, V16_HAND_TRADITIONS, _NAMES, written_names)
    assert len(V16_HAND_TRADITIONS) >= 40 and len(used) >= 40


def test_per_type_and_subtype_minimums(v16) -> None:
    check.minimums(v16, FROZEN_MENTIONS, MIN_SUBTYPES)


def test_required_written_forms_occur(v16) -> None:
    """Hyphenated and multi-part surnames, dotted initials, lower-case names, nicknames, SURNAME/First,
    phones with extensions, internal e-mail domains, worded dates in four languages."""
    people = (check.values_of(v16, "full") + check.values_of(v16, "initial") + check.values_of(v16, "last")
              + check.values_of(v16, "lower"))
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(len(p.split()) >= 3 for p in check.values_of(v16, "full"))
    assert any(re.fullmatch(r"[A-Z]\.[A-Z]\.", p) for p in people)
    assert any(p == p.lower() and p.replace(" ", "").isalpha() for p in people)
    assert nickname("Peregrine") == "Pere" and nickname("Ishbel") == "Ishbel"
    assert any(re.search(r"[A-Z]{3,}/[A-Z]", d.text) for d in v16 if d.template == "trv16-booking")
    dates = [d.text[m.start:m.end] for d in v16 for m in d.mentions if m.type == "DATE"]
    for pattern in (r" de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                    r"diciembre) de ", r"(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
                    r"października|listopada|grudnia)", r"(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|"
                    r"Eylül|Ekim|Kasım|Aralık)", r"\d(st|nd|rd|th) "):
        assert any(re.search(pattern, x) for x in dates), pattern
    phones = check.values_of(v16, "phone")
    assert any(re.search(r"(ext\.|x|\(ext|Durchwahl|poste|#) ?\d+\)?$", p) for p in phones)
    assert any(re.search(r"@[\w.-]+\.(corp|local|internal|intra|lan)$", e) for e in check.values_of(v16, "email"))


def test_dates_are_right() -> None:
    from datetime import date

    d = date(2027, 2, 3)
    assert format_date(d, "dd/mm/Y") == "03/02/2027" and format_date(d, "m/d/Y") == "2/3/2027"
    assert format_date(d, "Y-mm-dd") == "2027-02-03" and format_date(d, "d/m/yy") == "3/2/27"
    assert format_date(d, "d Mon") == "3 Feb" and format_date(d, "Wkd d/m") == "Wed 3/2"
    assert format_date(d, "Weekday d Month Y") == "Wednesday 3 February 2027"
    assert format_date(d, "dth Month Y") == "3rd February 2027" and format_date(date(2027, 2, 12), "dth Month Y") == "12th February 2027"
    assert format_date(d, "d-Mon-Y") == "03-Feb-2027" and format_date(d, "Month d, Y") == "February 3, 2027"
    assert format_date(d, "d de mes de Y") == "3 de febrero de 2027"
    assert format_date(d, "d miesiąca Y") == "3 lutego 2027" and format_date(d, "d Ay Y") == "3 Şubat 2027"


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v16) -> None:
    check.public_documents_have_no_mentions(v16)


def test_every_mention_is_a_clean_slice_without_overlap(v16) -> None:
    check.clean_spans(v16, location_parts_apart=True)


def test_no_private_value_is_left_outside_the_gold(v16) -> None:
    check.no_value_outside_gold(v16)


def test_pairs_share_their_skeleton_outside_mentions(v16) -> None:
    check.pairs_share_skeleton(v16, FROZEN_V16_PAIRS)


def test_contact_and_id_entities_are_written_once_per_document(v16) -> None:
    check.entities_written_once(v16)


def test_identifiers_with_check_digits_are_valid(v16) -> None:
    ibans = check.values_of(v16, "iban")
    assert ibans and all(iban_is_valid(x) for x in ibans)
    assert nhs_is_valid("943 476 5919") and pesel_is_valid("44051401359") and tckn_is_valid("10000000146")
    assert sin_is_valid("046 454 286") and luhn_digit("04645428") == 6
    values = ValuesV16(random.Random(16))
    check.a_changed_last_character_fails(values, VALIDATORS, NATIONAL_SCHEMES)
    national = check.values_of(v16, "national")
    assert national and sum(any(ok(x) for ok in VALIDATORS.values()) for x in national) >= 5


# --------------------------------------------------------------------------------------------
# New material: names, templates, texts
# --------------------------------------------------------------------------------------------


def test_no_v16_name_is_in_the_earlier_sets_hand_written_lists(v16) -> None:
    earlier = check.name_tokens(PARTICLES, written_names(V4_HAND_NAMES) | written_names(V5_NAMES)
                                | written_names(V6_NAMES) | written_names(V7_NAMES) | written_names(V8_NAMES)
                                | written_names(V9_NAMES) | written_names(V10_NAMES)
                                | written_names(V11_NAMES) | written_names(V12_NAMES)
                                | written_names(V13_NAMES) | written_names(V14_NAMES) | written_names(V15_NAMES))
    earlier |= check.name_tokens(PARTICLES, " ".join(V4_WORD_NAMES).split())
    assert len(earlier) > 2000
    assert check.name_tokens(PARTICLES, written_names()).isdisjoint(earlier)
    assert check.person_tokens(PARTICLES, v16).isdisjoint(earlier)


def test_no_v16_name_is_in_the_earlier_sets_faker_name_lists(v16) -> None:
    """The name lists of every Faker locale v1-v5 drew names from (v6-v15 drew none)."""
    check.names_not_in_faker_lists(PARTICLES, written_names(), v16)


def test_no_v16_name_token_occurs_in_a_person_mention_of_v1_to_v15(v16, earlier_sets) -> None:
    check.no_person_token_of_earlier_sets(PARTICLES, v16, earlier_sets)


def test_v16_templates_are_new_material(v16, earlier_sets) -> None:
    # no template id and no six-word literal phrase of v1, v3-v15's templates; no text of v1-v15
    check.templates_and_texts_are_new(v16, PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, EARLIER_TEMPLATES, earlier_sets)


def test_no_eight_word_run_of_a_v16_document_is_in_an_earlier_document(v16, earlier_sets) -> None:
    """After lower-casing, with every gold value replaced by its type, no run of eight words of a v16
    document occurs in any v1-v15 document."""
    earlier: set[str] = set()
    for docs in earlier_sets.values():
        for doc in docs:
            earlier |= runs(doc)
    assert len(earlier) > 50_000
    shared = {d.id for d in v16 if runs(d) & earlier}
    assert not shared, sorted(shared)[:5]


def test_gazetteer_overlap_is_reported_in_the_docs(v16, earlier_sets) -> None:
    """The aggregate overlap of v16's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports (lower than v5's, whose names were partly Faker's)."""
    section = check.gazetteer_overlap_in_docs(v16, earlier=earlier_sets["v5"], heading="## Sixteenth set (v16)",
                                              min_distinct=300)
    assert PINNED_SHA256 in section and "frozen before the next tagger round" in section


# --------------------------------------------------------------------------------------------
# Rendering fails closed
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    check.every_template_renders(render_template_v16, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=10,
                                 filler_seed=11)


def test_national_slot_keeps_its_scheme_across_a_pair() -> None:
    """``{natN}`` draws its scheme and layout from the structure seed: both documents of a pair write
    numbers of one layout (length and separators in the same places), with different values."""
    def shape_of(text: str) -> str:
        return re.sub(r"[^\W_]", "X", text)

    check.national_slot_keeps_its_scheme(render_template_v16, shape_of, 4)


def test_bad_templates_and_counts_fail_closed() -> None:
    bad = ("{p1.nickname2}", "{id1.shoe_size}", "{p1.workemail2} at {o1.spaceship}", "{date1.lunar}",
           "{addr1.planet}", "{p1.myspace}", "{zz1}", "{o1.volcano}", "{nat1.x}")
    check.bad_templates_fail_closed(render_template_v16, SPEC_V16, bad)
