"""The third frozen held-out set (v3): pinned, reproducible, and with honest gold spans.

Nothing here runs a tagger: v3 is measured once, by the project lead, after it was frozen.
"""

from __future__ import annotations

import re

import heldout_checks as check
import pytest
from eval_helpers import assert_same_but_national_ids

from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_SETS,
    FROZEN_V2_PATH,
    FROZEN_V3_PATH,
    FROZEN_V3_SEED,
    FROZEN_V3_SHA256,
    NAME_LOCALES,
    document_sha256,
    load_heldout,
    resolve_heldout_path,
)
from dpfusion_integrations.evaluation.heldout_templates import (
    PRIVATE_TEMPLATES as V1_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates_v3 import (
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v3 import (
    FROZEN_V3_PAIRS,
    FROZEN_V3_PUBLIC,
    V3_NAME_LOCALES,
    generate_heldout_v3,
    render_template_v3,
)

#: Lower bounds on the gold mentions per type (set when v3 was frozen, a little under the counts).
MIN_MENTIONS = {"PERSON": 1300, "ORGANIZATION": 330, "LOCATION": 450, "DATE": 600, "CONTACT": 600, "ID": 420}
#: Subtypes the set must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/lower": 50, "PERSON/initial": 120, "PERSON/last": 120, "CONTACT/handle": 80,
                "CONTACT/email": 200, "CONTACT/phone": 180, "CONTACT/url": 40, "CONTACT/ip": 30,
                "ID/iban": 20, "ID/passport": 10, "ID/ticket": 20, "ID/case": 30, "ID/member": 8,
                "ORGANIZATION/brand": 40, "LOCATION/postcode": 20, "DATE/dob": 60}


@pytest.fixture(scope="module")
def v3():
    return load_heldout(FROZEN_V3_PATH)


def test_frozen_file_and_meta_are_pinned(v3):
    meta = check.pinned(FROZEN_V3_PATH, v3, FROZEN_V3_SHA256, seed=FROZEN_V3_SEED, n_pairs=FROZEN_V3_PAIRS,
                        n_public=FROZEN_V3_PUBLIC, template_module="heldout_templates_v3")
    assert len(meta["name_locales"]) >= 20 and set(meta["name_locales_new_in_v3"]) <= set(meta["name_locales"])


def test_generator_reproduces_the_frozen_file():
    meta = check.frozen_meta(FROZEN_V3_PATH)
    check.skip_unless_frozen_faker(meta)
    docs = generate_heldout_v3(meta["seed"], n_pairs=meta["n_pairs"], n_public=meta["n_public"])
    if document_sha256(docs) == FROZEN_V3_SHA256:
        return
    assert_same_but_national_ids(docs, load_heldout("v3"))  # those ids move with the calendar


def test_frozen_set_names_resolve(v3):
    assert resolve_heldout_path("v3") == FROZEN_V3_PATH and FROZEN_SETS["v1"] == FROZEN_PATH
    assert resolve_heldout_path(None) == FROZEN_PATH
    assert resolve_heldout_path(str(FROZEN_V2_PATH)) == FROZEN_V2_PATH
    assert document_sha256(load_heldout("v3")) == document_sha256(v3)


def test_shape_counts_and_domains(v3):
    check.shape(v3, n_pairs=FROZEN_V3_PAIRS, n_public=FROZEN_V3_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                min_domains=10)
    assert len(V3_NAME_LOCALES) >= 20 and set(V3_NAME_LOCALES) - set(NAME_LOCALES)


def test_public_documents_have_no_spans(v3):
    check.public_documents_have_no_mentions(v3)


def test_per_type_and_subtype_minimums(v3):
    check.minimums(v3, MIN_MENTIONS, MIN_SUBTYPES)


def test_gold_spans_are_clean_slices_without_overlap(v3):
    check.clean_spans(v3)


def test_no_private_value_is_left_outside_the_gold(v3):
    check.no_value_outside_gold(v3)


def test_contact_and_id_entities_are_written_the_same_everywhere(v3):
    """A handle may be written with or without its ``@``."""
    check.entities_written_once(v3, ignore_at=True)


def test_pairs_differ_only_inside_gold_mentions(v3):
    check.pairs_share_skeleton(v3, FROZEN_V3_PAIRS)


def test_v3_is_new_material():
    assert not {tid for tid, _, _ in PRIVATE_TEMPLATES} & {tid for tid, _, _ in V1_PRIVATE}
    v3_texts = {d.text for d in load_heldout(FROZEN_V3_PATH)}
    assert v3_texts.isdisjoint(d.text for d in load_heldout(FROZEN_V2_PATH))
    assert v3_texts.isdisjoint(d.text for d in load_heldout(FROZEN_PATH))


def test_every_v3_template_renders_with_gold_and_public_ones_without():
    pytest.importorskip("faker")
    check.every_template_renders(render_template_v3, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=3,
                                 filler_seed=4)


def test_new_name_forms_render_as_single_clean_mentions():
    pytest.importorskip("faker")
    text, mentions = render_template_v3("A {p1.jk} B {p1.ab} C {p1.cite} D {p1.herr} {p1.last} E {p1.discord}",
                                        structure_seed=1, filler_seed=2)
    got = [(m.subtype, text[m.start:m.end]) for m in mentions]
    assert [s for s, _ in got] == ["initial", "initial", "last", "initial", "last", "handle"]
    assert re.fullmatch(r"\S\. \S\. .+", got[0][1]) and re.fullmatch(r"\S\.\S\.", got[1][1])
    assert re.fullmatch(r"\S\.\S\.", got[3][1]) and re.fullmatch(r".+#\d{4}", got[5][1])
    assert " Herr " in text or " Frau " in text  # the title is public text, outside the mention
