"""The fourth frozen held-out set (v4): pinned, reproducible, new material, and honest gold spans.

Nothing here runs a tagger: v4 is measured once, after the fourth tuning round, which used only its
own development sentences (``tests/tagging/recall_dev_set_r4.py``).
"""

from __future__ import annotations

import re

import heldout_checks as check
import pytest

from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_V3_PATH,
    document_sha256,
    load_heldout,
)
from dpfusion_integrations.evaluation.heldout_templates import (
    PRIVATE_TEMPLATES as V1_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates_v3 import (
    PRIVATE_TEMPLATES as V3_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates_v4 import (
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v4 import (
    FROZEN_V4_PAIRS,
    FROZEN_V4_PATH,
    FROZEN_V4_PUBLIC,
    FROZEN_V4_SEED,
    FROZEN_V4_SHA256,
    generate_heldout_v4,
    render_template_v4,
)
from dpfusion_integrations.evaluation.heldout_values_v4 import (
    _WORD_NAMES,
    V4_ADDRESS_COUNTRIES,
    V4_NAME_SOURCES,
    V4_PHONE_COUNTRIES,
    _hangul,
    _iban,
    _translit,
)

#: The sha256 of ``heldout_v4.jsonl``, pinned when it was frozen (also ``FROZEN_V4_SHA256``).
PINNED_SHA256 = "5abcff86bfd243d54aff0d412363d4cc76faab2ecf7cd2b2cb37fd7eb50a0e1b"
#: Lower bounds on the gold mentions per type (a little under the frozen counts).
MIN_MENTIONS = {"PERSON": 1300, "ORGANIZATION": 280, "LOCATION": 520, "DATE": 380, "CONTACT": 600, "ID": 320}
#: The weak classes v4 was written to exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 380, "PERSON/lower": 180, "PERSON/initial": 240, "PERSON/last": 130,
                "CONTACT/phone": 250, "CONTACT/handle": 170, "CONTACT/email": 110, "ID/national": 25,
                "ID/passport": 30, "ID/tax": 25, "ID/plate": 25, "ID/iban": 30, "LOCATION/street": 170,
                "LOCATION/unit": 60, "LOCATION/city": 200}


@pytest.fixture(scope="module")
def v4():
    return load_heldout(FROZEN_V4_PATH)


def test_frozen_file_and_meta_are_pinned(v4) -> None:
    assert PINNED_SHA256 == FROZEN_V4_SHA256
    check.pinned(FROZEN_V4_PATH, v4, PINNED_SHA256, seed=FROZEN_V4_SEED, n_pairs=FROZEN_V4_PAIRS,
                 n_public=FROZEN_V4_PUBLIC, template_module="heldout_templates_v4")


def test_generator_reproduces_the_frozen_file() -> None:
    meta = check.frozen_meta(FROZEN_V4_PATH)
    check.skip_unless_frozen_faker(meta)
    docs = generate_heldout_v4(meta["seed"], n_pairs=meta["n_pairs"], n_public=meta["n_public"])
    assert document_sha256(docs) == PINNED_SHA256


def test_shape_counts_domains_and_sources(v4) -> None:
    check.shape(v4, n_pairs=FROZEN_V4_PAIRS, n_public=FROZEN_V4_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                min_domains=15)
    assert len(V4_NAME_SOURCES) >= 30 and len(V4_PHONE_COUNTRIES) >= 8 and len(V4_ADDRESS_COUNTRIES) >= 8


def test_public_documents_have_no_spans(v4) -> None:
    check.public_documents_have_no_mentions(v4)


def test_per_type_and_weak_subtype_minimums(v4) -> None:
    check.minimums(v4, MIN_MENTIONS, MIN_SUBTYPES)


def test_gold_spans_are_clean_slices_without_overlap(v4) -> None:
    check.clean_spans(v4)


def test_no_private_value_is_left_outside_the_gold(v4) -> None:
    """Given names that are ordinary words ("will", "hope") are exempt: the public text uses those words."""
    check.no_value_outside_gold(v4, exempt=(w for group in _WORD_NAMES for w in group.split()))


def test_contact_and_id_entities_are_written_the_same_everywhere(v4) -> None:
    check.entities_written_once(v4)


def test_pairs_differ_only_inside_gold_mentions(v4) -> None:
    check.pairs_share_skeleton(v4, FROZEN_V4_PAIRS)


def test_v4_is_new_material(v4) -> None:
    ids = {tid for tid, _, _ in PRIVATE_TEMPLATES}
    assert ids.isdisjoint(tid for tid, _, _ in V1_PRIVATE) and ids.isdisjoint(tid for tid, _, _ in V3_PRIVATE)
    texts = {d.text for d in v4}
    assert texts.isdisjoint(d.text for d in load_heldout(FROZEN_V3_PATH))
    assert texts.isdisjoint(d.text for d in load_heldout(FROZEN_PATH))


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    pytest.importorskip("faker")
    check.every_template_renders(render_template_v4, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=5,
                                 filler_seed=6)


def test_name_forms_render_as_single_clean_mentions() -> None:
    pytest.importorskip("faker")
    text, mentions = render_template_v4("A {p1.t} {p1.last} B {p1.ini} C {p1.lastini} D {p1.dotted} E {p1.inv} "
                                        "F {p1.reddit} G {p1.mast}", structure_seed=1, filler_seed=2)
    got = [(m.subtype, text[m.start:m.end]) for m in mentions]
    assert [s for s, _ in got] == ["last", "initial", "initial", "initial", "last", "first", "handle", "handle"]
    assert re.fullmatch(r"\w\. .+", got[1][1]) and re.fullmatch(r".+ \w\.", got[2][1])
    assert re.fullmatch(r"\w\.\w\.", got[3][1]) and got[6][1].startswith("u/")
    assert re.fullmatch(r"@[^@\s]+@[\w.]+", got[7][1])
    assert re.search(r"A (Ms|Mrs|Mr|Mx)\.? ", text)  # the title stays public text


def test_transliteration_tables_give_the_usual_latin_spellings() -> None:
    assert _translit("მიხეილ", "ka_GE") == "Mikheil"
    assert _translit("Շահբազյան", "hy_AM") == "Shahbazyan"
    assert _translit("Тодор", "mk_MK") == "Todor"
    assert [_translit(w, "hi_IN") for w in ("राहुल", "जैन", "त्रिवेदी")] == ["Rahul", "Jain", "Trivedi"]
    assert _hangul("서현", hyphen=True) == "Seo-hyeon" and _hangul("도윤", hyphen=False) == "Doyun"


def test_ibans_carry_valid_check_digits() -> None:
    import random

    rng = random.Random(3)
    for country in ("GE", "PT", "GR", "DK", "IE", "TR"):
        value = _iban(rng, country)
        moved = value[4:] + value[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, country
