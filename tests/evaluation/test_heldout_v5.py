"""The fifth frozen held-out set (v5) and the shared builder it is made with.

v5 is pinned, reproducible, new material and has honest gold spans. Nothing here runs a tagger or
computes recall on v5: it is measured once, after the fifth tuning round, by someone else. The
gazetteer overlap is a property of the names (aggregate shares only, never a name).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter

import heldout_checks as check
import pytest
from eval_helpers import assert_same_but_national_ids

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_build as build
from dpfusion_integrations.evaluation.heldout_values_v5 import (
    V5_ADDRESS_COUNTRIES,
    address_layouts,
    address_lines,
)
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_SETS,
    FROZEN_V4_PATH,
    FROZEN_V5_PATH,
    _ascii,
    document_sha256,
    load_heldout,
    resolve_heldout_path,
)
from dpfusion_integrations.evaluation.heldout_templates import (
    PRIVATE_TEMPLATES as V1_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates import (
    PUBLIC_TEMPLATES as V1_PUBLIC,
)
from dpfusion_integrations.evaluation.heldout_templates_v3 import (
    PRIVATE_TEMPLATES as V3_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates_v3 import (
    PUBLIC_TEMPLATES as V3_PUBLIC,
)
from dpfusion_integrations.evaluation.heldout_templates_v4 import (
    PRIVATE_TEMPLATES as V4_PRIVATE,
)
from dpfusion_integrations.evaluation.heldout_templates_v4 import (
    PUBLIC_TEMPLATES as V4_PUBLIC,
)
from dpfusion_integrations.evaluation.heldout_templates_v5 import (
    PRIVATE_TEMPLATES,
    PUBLIC_TEMPLATES,
)
from dpfusion_integrations.evaluation.heldout_v4 import FROZEN_V4_SHA256
from dpfusion_integrations.evaluation.heldout_v5 import (
    FROZEN_V5_PAIRS,
    FROZEN_V5_PUBLIC,
    FROZEN_V5_SEED,
    FROZEN_V5_SHA256,
    SPEC_V5,
    generate_heldout_v5,
    render_template_v5,
)
from dpfusion_integrations.evaluation.heldout_values_v4 import (
    _HAND_NAMES as V4_HAND_NAMES,
)
from dpfusion_integrations.evaluation.heldout_values_v5 import (
    _NAMES,
    V5_FAKER_LOCALES,
    V5_HAND_TRADITIONS,
    container_check_digit,
    iban_is_valid,
)
from dpfusion_integrations.evaluation.heldout_values_v6 import written_names

#: The sha256 of ``heldout_v5.jsonl``, pinned when it was frozen (also ``FROZEN_V5_SHA256``).
PINNED_SHA256 = "7542a9498b95635bf227e4d37c7ee7a1b51322d1695c123006613df127b59079"
#: Lower bounds on the gold mentions per type (a little under the frozen counts).
MIN_MENTIONS = {"PERSON": 1150, "ORGANIZATION": 400, "LOCATION": 560, "DATE": 500, "CONTACT": 500, "ID": 450}
#: Written forms and value kinds v5 must exercise, with lower bounds.
MIN_SUBTYPES = {"PERSON/first": 320, "PERSON/lower": 100, "PERSON/initial": 190, "PERSON/last": 130,
                "CONTACT/phone": 200, "CONTACT/email": 170, "CONTACT/handle": 65, "CONTACT/url": 35,
                "CONTACT/ip": 15, "LOCATION/street": 190, "LOCATION/unit": 90, "LOCATION/district": 60,
                "LOCATION/city": 200, "ID/iban": 25, "ID/case": 60, "ID/national": 8, "ID/passport": 10,
                "ID/tax": 25, "ID/plate": 10, "ID/container": 15, "ID/prescription": 15, "DATE/dob": 45}
#: Kinds of organisation the issue asks for (hospitals, schools, employers, shops, NGOs, agencies).
REQUIRED_ORG_KINDS = {"hospital", "school", "employer", "shop", "ngo", "agency"}


@pytest.fixture(scope="module")
def v5():
    return load_heldout(FROZEN_V5_PATH)


# --------------------------------------------------------------------------------------------
# Pinned and reproducible
# --------------------------------------------------------------------------------------------


def test_frozen_file_and_meta_are_pinned(v5) -> None:
    assert PINNED_SHA256 == FROZEN_V5_SHA256
    meta = check.pinned(FROZEN_V5_PATH, v5, PINNED_SHA256, seed=FROZEN_V5_SEED, n_pairs=FROZEN_V5_PAIRS,
                        n_public=FROZEN_V5_PUBLIC, template_module="heldout_templates_v5")
    assert meta["author_saw_detectors"] is False
    assert meta["mentions"] == dict(sorted(Counter(m.type for d in v5 for m in d.mentions).items()))


def test_generator_reproduces_the_frozen_file(v5) -> None:
    meta = check.frozen_meta(FROZEN_V5_PATH)
    check.skip_unless_frozen_faker(meta)
    docs = generate_heldout_v5(meta["seed"], n_pairs=meta["n_pairs"], n_public=meta["n_public"])
    if document_sha256(docs) == PINNED_SHA256:
        return
    assert_same_but_national_ids(docs, v5)  # tolerated as in v3/v4, though v5 draws no calendar-based id


def test_frozen_set_names_resolve() -> None:
    assert FROZEN_SETS["v4"] == FROZEN_V4_PATH and FROZEN_SETS["v5"] == FROZEN_V5_PATH
    assert resolve_heldout_path("v5") == FROZEN_V5_PATH and resolve_heldout_path(None) == FROZEN_PATH
    assert document_sha256(load_heldout("v4")) == FROZEN_V4_SHA256
    assert document_sha256(load_heldout("v5")) == PINNED_SHA256


def test_metrics_command_line_lists_every_frozen_set(capsys) -> None:
    help_text = check.metrics_help_text(capsys)
    assert all(name in help_text for name in FROZEN_SETS) and "v5" in help_text


# --------------------------------------------------------------------------------------------
# Shape: domains, locales, labels
# --------------------------------------------------------------------------------------------


def test_shape_counts_and_domains(v5) -> None:
    check.shape(v5, n_pairs=FROZEN_V5_PAIRS, n_public=FROZEN_V5_PUBLIC, private_templates=PRIVATE_TEMPLATES,
                min_domains=10, public_templates=PUBLIC_TEMPLATES)


def test_names_come_from_at_least_twenty_locales_new_to_v4(v5) -> None:
    """Count the naming traditions whose written names actually occur in PERSON mentions; none of
    v5's hand-written names is one of v4's."""
    tokens = {t.lower() for d in v5 for m in d.mentions if m.type == "PERSON"
              for t in re.split(r"[\s\-,]+", d.text[m.start:m.end]) if len(t) > 2}
    present = set()
    for tradition, (female, male, surnames) in _NAMES.items():
        written = {w.lower() for group in (female, male, surnames) for name in group.split()
                   for part in name.split("|") for w in re.split(r"[_\-]", part) if len(w) > 2}
        if written & tokens:
            present.add(tradition)
    assert len(present) >= 20 and len(V5_HAND_TRADITIONS) + len(V5_FAKER_LOCALES) >= 30
    assert written_names(V4_HAND_NAMES).isdisjoint(written_names(_NAMES))


def test_per_type_and_subtype_minimums(v5) -> None:
    check.minimums(v5, MIN_MENTIONS, MIN_SUBTYPES)
    assert REQUIRED_ORG_KINDS <= {m.subtype for d in v5 for m in d.mentions if m.type == "ORGANIZATION"}


def test_required_written_forms_occur(v5) -> None:
    """Particle, hyphenated and lower-case names, initials, internal e-mail domains and profile URLs
    with a user part are all in the set."""
    people = [d.text[m.start:m.end] for d in v5 for m in d.mentions if m.type == "PERSON"]
    assert any(re.search(r"\b(van|de|du|le|al|el|bin|Ní|Ó|Nic|Mac)[\s-]", p) for p in people)
    assert any(re.search(r"\w-\w", p) for p in people)
    assert any(re.fullmatch(r"[A-Z]\. [A-Z]\. .+", p) for p in people)
    assert any(p == p.lower() and p.isalpha() for p in people)
    emails = [d.text[m.start:m.end] for d in v5 for m in d.mentions if m.subtype == "email"]
    assert any(re.search(r"\.(lan|intra|local|internal)$|onmicrosoft\.com$", e) for e in emails)
    urls = [d.text[m.start:m.end] for d in v5 for m in d.mentions if m.subtype == "url"]
    assert any(re.search(r"(github\.com|instagram\.com|linkedin\.com/in|calendly\.com)/\w", u) for u in urls)


# --------------------------------------------------------------------------------------------
# Honest gold
# --------------------------------------------------------------------------------------------


def test_public_documents_have_no_mentions(v5) -> None:
    check.public_documents_have_no_mentions(v5)


def test_every_mention_is_a_clean_slice_without_overlap(v5) -> None:
    check.clean_spans(v5)


def test_no_private_value_is_left_outside_the_gold(v5) -> None:
    check.no_value_outside_gold(v5)


def test_contact_and_id_entities_are_written_the_same_everywhere(v5) -> None:
    check.entities_written_once(v5)


def test_pairs_share_their_skeleton_outside_mentions(v5) -> None:
    check.pairs_share_skeleton(v5, FROZEN_V5_PAIRS)


def test_identifiers_with_check_digits_are_valid(v5) -> None:
    values = {sub: [d.text[m.start:m.end] for d in v5 for m in d.mentions if m.subtype == sub]
              for sub in ("iban", "container", "waybill")}
    assert all(values.values())
    assert all(iban_is_valid(v) for v in values["iban"])
    for v in values["container"]:
        compact = v.replace(" ", "")
        assert container_check_digit(compact[:10]) == int(compact[10])
    for v in values["waybill"]:
        serial = re.sub(r"\D", "", v)[3:]
        assert int(serial[:7]) % 7 == int(serial[7])


# --------------------------------------------------------------------------------------------
# New material
# --------------------------------------------------------------------------------------------


def test_v5_is_new_material(v5) -> None:
    earlier = V1_PRIVATE + V1_PUBLIC + V3_PRIVATE + V3_PUBLIC + V4_PRIVATE + V4_PUBLIC
    check.templates_are_new(PRIVATE_TEMPLATES + PUBLIC_TEMPLATES, earlier)  # no six-word phrase of v1, v3 or v4
    assert {d for _, d, _ in PRIVATE_TEMPLATES}.isdisjoint(d for _, d, _ in V4_PRIVATE)
    texts = {d.text for d in v5}
    for name in ("v1", "v2", "v3", "v4"):
        assert texts.isdisjoint(d.text for d in load_heldout(name)), name


def test_gazetteer_overlap_is_reported_in_the_docs(v5) -> None:
    """The aggregate overlap of v5's names with philter-lite's name lists is what ``docs/eval/heldout.md``
    reports, and lower than v1's."""
    check.gazetteer_overlap_in_docs(v5, earlier=load_heldout("v1"), heading="## Fifth set (v5)", min_distinct=300)


# --------------------------------------------------------------------------------------------
# Rendering and the shared builder
# --------------------------------------------------------------------------------------------


def test_every_template_renders_with_gold_and_public_ones_without() -> None:
    pytest.importorskip("faker")
    check.every_template_renders(render_template_v5, PRIVATE_TEMPLATES, PUBLIC_TEMPLATES, structure_seed=5,
                                 filler_seed=6)


def test_name_forms_render_as_clean_mentions_with_titles_outside() -> None:
    pytest.importorskip("faker")
    text, mentions = render_template_v5("A {p1.t} {p1.last} B {p1.ini2} C {p1.lastini} D {p1.dotted} E {p1.inv} "
                                        "F {p1.caps} G {p1.lower} H {p1.slack}", structure_seed=1, filler_seed=2)
    got = [(m.subtype, text[m.start:m.end]) for m in mentions]
    assert [s for s, _ in got] == ["last", "initial", "initial", "initial", "last", "first", "full", "lower",
                                   "handle"]
    assert re.fullmatch(r"\S\. [A-Z]\. .+", got[1][1]) and re.fullmatch(r".+ \S\.", got[2][1])
    assert re.fullmatch(r"\S\.\S\.", got[3][1]) and got[4][1] == got[4][1].upper()
    assert got[7][1] == got[7][1].lower() and got[8][1].startswith("@")
    assert re.search(r"A (Ms|Mrs|Mr|Mx)\.? ", text)  # the title stays public text


def test_one_organisation_names_its_staff_e_mail_domain() -> None:
    """A work e-mail written before its organisation uses that organisation's domain."""
    pytest.importorskip("faker")
    for seed in range(5):
        text, mentions = render_template_v5("{p1.workemail} works at {o1.ngo}", structure_seed=seed,
                                            filler_seed=seed + 10)
        email, org = (text[m.start:m.end] for m in mentions)
        host = email.split("@")[1]
        assert any(part and part in _ascii(org) for part in host.split(".")[:2]), seed


def test_bad_templates_and_counts_fail_closed() -> None:
    with pytest.raises(InvalidParameterError):
        render_template_v5("{p1.nickname}", structure_seed=1, filler_seed=1)
    with pytest.raises(InvalidParameterError):
        render_template_v5("{id1.shoe_size}", structure_seed=1, filler_seed=1)
    with pytest.raises(InvalidParameterError):
        render_template_v5("{p1.workemail2} at {o1.shop}", structure_seed=1, filler_seed=1)
    with pytest.raises(InvalidParameterError):
        build.generate_set(SPEC_V5, n_pairs=-1)
    with pytest.raises(InvalidParameterError):
        build.assemble([("left {over", None)])


def test_builder_freezes_with_meta_and_its_command_line_prints_counts(tmp_path, capsys) -> None:
    pytest.importorskip("faker")
    path = tmp_path / "mini_v5.jsonl"
    digest = build.freeze_set(SPEC_V5, path, n_pairs=3, n_public=2)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["version"] == "mini_v5" and meta["n_private"] == 6 and meta["sha256"] == digest
    assert meta["name_sources"] and sum(meta["mentions"].values()) == sum(len(d.mentions) for d in load_heldout(path))
    assert build.main(SPEC_V5, ["--pairs", "3", "--public", "2", "--out", str(tmp_path / "cli.jsonl")]) == 0
    out = capsys.readouterr().out
    counts = json.loads(out[out.index("{"):])
    assert out.split()[0] == digest and counts["documents"] == 8 and counts["private"] == 6


def test_every_address_layout_renders_for_any_seed() -> None:
    """Each country's layouts render whatever the RNG draws (a "/" inside a part, "12/34 Soi ...", is
    not a line break): the frozen seed never drew the layout that raised KeyError before."""
    for country in V5_ADDRESS_COUNTRIES:
        for layout in address_layouts(country):
            for seed in range(3):
                lines, town = address_lines(random.Random(seed), country, layout)
                assert town and all(text and subtype for line in lines for text, subtype in line)
                assert len(lines) == len(re.split(r"/(?=[A-Z]:)", layout))
