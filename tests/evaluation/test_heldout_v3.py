"""The third frozen held-out set (v3): pinned, reproducible, and with honest gold spans.

Nothing here runs a tagger: v3 is measured once, by the project lead, after it was frozen.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest

from eval_helpers import assert_same_but_national_ids

from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_SETS,
    FROZEN_V2_PATH,
    FROZEN_V3_PATH,
    FROZEN_V3_SEED,
    FROZEN_V3_SHA256,
    GOLD_TYPES,
    NAME_LOCALES,
    document_sha256,
    load_heldout,
    resolve_heldout_path,
)
from dpfusion_integrations.evaluation.heldout_metrics import skeleton
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


def _mentions_text(doc):
    return [doc.text[m.start:m.end] for m in doc.mentions]


def test_frozen_file_and_meta_are_pinned(v3):
    digest = hashlib.sha256(FROZEN_V3_PATH.read_bytes()).hexdigest()
    assert digest == FROZEN_V3_SHA256
    assert document_sha256(v3) == FROZEN_V3_SHA256
    meta = json.loads(FROZEN_V3_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["sha256"] == FROZEN_V3_SHA256 and meta["seed"] == FROZEN_V3_SEED
    assert meta["n_pairs"] == FROZEN_V3_PAIRS and meta["n_public"] == FROZEN_V3_PUBLIC
    assert meta["template_module"].endswith("heldout_templates_v3")
    assert len(meta["name_locales"]) >= 20 and set(meta["name_locales_new_in_v3"]) <= set(meta["name_locales"])


def test_generator_reproduces_the_frozen_file():
    faker = pytest.importorskip("faker")
    meta = json.loads(FROZEN_V3_PATH.with_suffix(".meta.json").read_text(encoding="utf-8"))
    if faker.VERSION != meta["faker"]:
        pytest.skip(f"frozen with Faker {meta['faker']}, installed {faker.VERSION}")
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
    private = [d for d in v3 if d.kind == "private"]
    public = [d for d in v3 if d.kind == "public"]
    assert len(private) == 2 * FROZEN_V3_PAIRS >= 300 and len(public) == FROZEN_V3_PUBLIC >= 60
    assert len({d.id for d in v3}) == len(v3)
    domains = {d.domain for d in private}
    assert len(domains) >= 10 and {d.domain for d in public} == domains
    assert {d.template for d in private} == {tid for tid, _, _ in PRIVATE_TEMPLATES}
    assert len(V3_NAME_LOCALES) >= 20 and set(V3_NAME_LOCALES) - set(NAME_LOCALES)


def test_public_documents_have_no_spans(v3):
    public = [d for d in v3 if d.kind == "public"]
    assert public and all(not d.mentions and d.pair is None for d in public)
    assert all(d.kind == "private" and d.mentions and d.pair for d in v3 if d.kind != "public")


def test_per_type_and_subtype_minimums(v3):
    types = Counter(m.type for d in v3 for m in d.mentions)
    subtypes = Counter(f"{m.type}/{m.subtype}" for d in v3 for m in d.mentions)
    assert set(types) == set(GOLD_TYPES)
    for key, low in MIN_MENTIONS.items():
        assert types[key] >= low, key
    for key, low in MIN_SUBTYPES.items():
        assert subtypes[key] >= low, key


def test_gold_spans_are_clean_slices_without_overlap(v3):
    for doc in v3:
        previous_end = 0
        for m in sorted(doc.mentions, key=lambda m: m.start):
            value = doc.text[m.start:m.end]
            assert 0 <= m.start < m.end <= len(doc.text), doc.id
            assert value and value == value.strip() and "\n" not in value, doc.id
            assert m.start >= previous_end, doc.id  # no overlaps
            assert m.type in GOLD_TYPES and m.subtype and m.entity, doc.id
            previous_end = m.end
        assert "<<" not in doc.text and ">>" not in doc.text and "{" not in doc.text and "}" not in doc.text


def test_no_private_value_is_left_outside_the_gold(v3):
    """A value that also appears, whole, in a document's public text would be an unmarked mention."""
    for doc in v3:
        masked = list(doc.text)
        for m in doc.mentions:
            masked[m.start:m.end] = "\x00" * (m.end - m.start)
        public_text = "".join(masked)
        for value in _mentions_text(doc):
            if len(value) >= 4:
                assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", public_text), doc.id


def test_contact_and_id_entities_are_written_the_same_everywhere(v3):
    """An e-mail, phone, handle, URL or identifier repeated in a document is one string (a handle
    may be written with or without its ``@``)."""
    for doc in v3:
        seen: dict[str, set[str]] = {}
        for m in doc.mentions:
            if m.type in ("CONTACT", "ID"):
                seen.setdefault(m.entity, set()).add(doc.text[m.start:m.end].removeprefix("@"))
        assert all(len(v) == 1 for v in seen.values()), doc.id


def test_pairs_differ_only_inside_gold_mentions(v3):
    pairs: dict[str, list] = {}
    for doc in v3:
        if doc.pair is not None:
            pairs.setdefault(doc.pair, []).append(doc)
    assert len(pairs) == FROZEN_V3_PAIRS and all(len(v) == 2 for v in pairs.values())
    for a, b in pairs.values():
        assert a.template == b.template and a.text != b.text
        assert skeleton(a.text, [(m.start, m.end) for m in a.mentions]) == \
            skeleton(b.text, [(m.start, m.end) for m in b.mentions])


def test_v3_is_new_material():
    assert not {tid for tid, _, _ in PRIVATE_TEMPLATES} & {tid for tid, _, _ in V1_PRIVATE}
    v3_texts = {d.text for d in load_heldout(FROZEN_V3_PATH)}
    assert v3_texts.isdisjoint(d.text for d in load_heldout(FROZEN_V2_PATH))
    assert v3_texts.isdisjoint(d.text for d in load_heldout(FROZEN_PATH))


def test_every_v3_template_renders_with_gold_and_public_ones_without():
    pytest.importorskip("faker")
    for tid, _domain, template in PRIVATE_TEMPLATES:
        text, mentions = render_template_v3(template, structure_seed=3, filler_seed=4)
        assert mentions, tid
        assert all(text[m.start:m.end] == text[m.start:m.end].strip() != "" for m in mentions), tid
    for tid, _domain, template in PUBLIC_TEMPLATES:
        text, mentions = render_template_v3(template, structure_seed=3, filler_seed=0)
        assert text and not mentions, tid


def test_new_name_forms_render_as_single_clean_mentions():
    pytest.importorskip("faker")
    text, mentions = render_template_v3("A {p1.jk} B {p1.ab} C {p1.cite} D {p1.herr} {p1.last} E {p1.discord}",
                                        structure_seed=1, filler_seed=2)
    got = [(m.subtype, text[m.start:m.end]) for m in mentions]
    assert [s for s, _ in got] == ["initial", "initial", "last", "initial", "last", "handle"]
    assert re.fullmatch(r"\S\. \S\. .+", got[0][1]) and re.fullmatch(r"\S\.\S\.", got[1][1])
    assert re.fullmatch(r"\S\.\S\.", got[3][1]) and re.fullmatch(r".+#\d{4}", got[5][1])
    assert " Herr " in text or " Frau " in text  # the title is public text, outside the mention
