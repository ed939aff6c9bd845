"""Checks every frozen held-out set (v3 onwards) must pass, shared by the sets' test files.

Each check (called as ``check.pinned(...)``, ``check.shape(...)``, ...) asserts one property of a set's documents (or of its renderer) and takes the
set's own numbers (pinned sha256, counts, lower bounds, render seeds) as arguments; each set's test
file calls them from its own named tests and keeps its set-specific assertions beside them. Nothing
here runs a tagger, and no assertion message carries document text (only document and template ids).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import heldout_build, heldout_metrics
from dpfusion_integrations.evaluation.heldout import (
    FROZEN_SETS,
    GOLD_TYPES,
    HeldoutDocument,
    Mention,
    document_sha256,
    load_heldout,
    resolve_heldout_path,
    save_heldout,
)
from dpfusion_integrations.evaluation.heldout_metrics import gazetteer_overlap, skeleton

Docs = Sequence[HeldoutDocument]
Templates = Sequence[tuple[str, str, str]]
Render = Callable[..., tuple[str, list[Mention]]]
#: Earlier sets' documents by set name (a test module's ``earlier_sets`` fixture).
EarlierSets = dict[str, list[HeldoutDocument]]

#: Template syntax that must not survive rendering.
_SYNTAX = re.compile(r"<<|>>|[{}]")


def frozen_meta(path: Path) -> dict[str, Any]:
    """The ``.meta.json`` written beside a frozen set."""
    return json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))


def skip_unless_frozen_faker(meta: dict[str, Any]) -> None:
    """Skip when the installed Faker is not the one the set was frozen with (its values would differ)."""
    faker = pytest.importorskip("faker")
    if faker.VERSION != meta["faker"]:
        pytest.skip(f"frozen with Faker {meta['faker']}, installed {faker.VERSION}")


def pairs_of(docs: Docs) -> dict[str, list[HeldoutDocument]]:
    """The private documents grouped by pair id."""
    pairs: dict[str, list[HeldoutDocument]] = {}
    for doc in docs:
        if doc.pair is not None:
            pairs.setdefault(doc.pair, []).append(doc)
    return pairs


def pinned(path: Path, docs: Docs, sha256: str, *, seed: int, n_pairs: int, n_public: int,
                 template_module: str) -> dict[str, Any]:
    """The frozen file, its documents and its ``.meta.json`` carry the pinned sha256, seed and counts;
    returns the meta for the set's own assertions."""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    assert document_sha256(docs) == sha256
    meta = frozen_meta(path)
    assert meta["sha256"] == sha256 and meta["seed"] == seed
    assert meta["n_pairs"] == n_pairs and meta["n_public"] == n_public
    assert meta["template_module"].endswith(template_module)
    return meta


def shape(docs: Docs, *, n_pairs: int, n_public: int, private_templates: Templates, min_domains: int,
                public_templates: Templates | None = None) -> set[str]:
    """``2 * n_pairs`` private and ``n_public`` public documents with unique ids, at least
    ``min_domains`` domains (the same in both kinds), every private template used (and every public one,
    when given); returns the domains."""
    private = [d for d in docs if d.kind == "private"]
    public = [d for d in docs if d.kind == "public"]
    assert len(private) == 2 * n_pairs >= 300 and len(public) == n_public >= 60
    assert len({d.id for d in docs}) == len(docs)
    domains = {d.domain for d in private}
    assert len(domains) >= min_domains and {d.domain for d in public} == domains
    assert {d.template for d in private} == {tid for tid, _, _ in private_templates}
    if public_templates is not None:
        assert {d.template for d in public} == {tid for tid, _, _ in public_templates}
    return domains


def public_documents_have_no_mentions(docs: Docs) -> None:
    """Public documents have no mention and no pair; every other document is a private one with both."""
    public = [d for d in docs if d.kind == "public"]
    assert public and all(not d.mentions and d.pair is None for d in public)
    assert all(d.kind == "private" and d.mentions and d.pair for d in docs if d.kind != "public")


def minimums(docs: Docs, min_mentions: dict[str, int], min_subtypes: dict[str, int]) -> None:
    """Every gold type occurs, and each type and ``TYPE/subtype`` reaches its lower bound."""
    types = Counter(m.type for d in docs for m in d.mentions)
    subtypes = Counter(f"{m.type}/{m.subtype}" for d in docs for m in d.mentions)
    assert set(types) == set(GOLD_TYPES)
    for key, low in min_mentions.items():
        assert types[key] >= low, key
    for key, low in min_subtypes.items():
        assert subtypes[key] >= low, key


def clean_spans(docs: Docs, *, location_parts_apart: bool = False) -> None:
    """Mentions are non-empty, stripped, single-line slices in bounds, without overlaps, with a gold
    type, subtype and entity; no template syntax is left in a text. With ``location_parts_apart``, no
    LOCATION mention holds ``", "`` (address parts are separate mentions)."""
    for doc in docs:
        previous_end = 0
        for m in sorted(doc.mentions, key=lambda m: m.start):
            value = doc.text[m.start:m.end]
            assert 0 <= m.start < m.end <= len(doc.text), doc.id
            assert value and value == value.strip() and "\n" not in value, doc.id
            if location_parts_apart:
                assert m.type != "LOCATION" or ", " not in value, doc.id
            assert m.start >= previous_end and m.type in GOLD_TYPES and m.subtype and m.entity, doc.id
            previous_end = m.end
        assert not _SYNTAX.search(doc.text), doc.id


def no_value_outside_gold(docs: Docs, *, exempt: Iterable[str] = ()) -> None:
    """No mention's value (four characters or more, not in ``exempt``, lower case) also stands whole in
    its document's public text: that would be an unmarked mention."""
    exempt = {w.lower() for w in exempt}
    for doc in docs:
        masked = list(doc.text)
        for m in doc.mentions:
            masked[m.start:m.end] = "\x00" * (m.end - m.start)
        public_text = "".join(masked)
        for m in doc.mentions:
            value = doc.text[m.start:m.end]
            if len(value) >= 4 and value.lower() not in exempt:
                assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", public_text), doc.id


def entities_written_once(docs: Docs, *, ignore_at: bool = False) -> None:
    """A CONTACT or ID entity repeated in a document is one string (with ``ignore_at``, a handle may be
    written with or without its ``@``)."""
    for doc in docs:
        seen: dict[str, set[str]] = {}
        for m in doc.mentions:
            if m.type in ("CONTACT", "ID"):
                value = doc.text[m.start:m.end]
                seen.setdefault(m.entity, set()).add(value.removeprefix("@") if ignore_at else value)
        assert all(len(v) == 1 for v in seen.values()), doc.id


def pairs_share_skeleton(docs: Docs, n_pairs: int, *, same_labels: bool = True) -> None:
    """``n_pairs`` pairs of two documents with the same template (and domain) and different texts that
    are the same outside their mentions; with ``same_labels``, their mentions' types and subtypes agree."""
    pairs = pairs_of(docs)
    assert len(pairs) == n_pairs and all(len(v) == 2 for v in pairs.values())
    for a, b in pairs.values():
        assert a.template == b.template and a.domain == b.domain and a.text != b.text
        assert skeleton(a.text, [(m.start, m.end) for m in a.mentions]) == \
            skeleton(b.text, [(m.start, m.end) for m in b.mentions])
        if same_labels:
            assert [(m.type, m.subtype) for m in a.mentions] == [(m.type, m.subtype) for m in b.mentions]


def every_template_renders(render: Render, private: Templates, public: Templates, *,
                                 structure_seed: int, filler_seed: int) -> None:
    """Every private template renders with clean, non-empty mentions; every public one with none."""
    for tid, _domain, template in private:
        text, mentions = render(template, structure_seed=structure_seed, filler_seed=filler_seed)
        assert mentions and all(text[m.start:m.end] == text[m.start:m.end].strip() != "" for m in mentions), tid
    for tid, _domain, template in public:
        text, mentions = render(template, structure_seed=structure_seed, filler_seed=0)
        assert text and not mentions, tid


def literal_runs(template: str, n: int = 6) -> set[tuple[str, ...]]:
    """Runs of ``n`` words of a template's literal text (no slot or choice inside a run)."""
    words = re.findall(r"[\w']+|\x00", re.sub(r"\{[^{}]*\}|<<|>>|\|", " \x00 ", template).lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1) if "\x00" not in words[i:i + n]}


def templates_are_new(templates: Templates, earlier: Templates) -> None:
    """No template id of ``earlier`` sets is reused and no six-word literal phrase of theirs recurs."""
    assert {tid for tid, _, _ in templates}.isdisjoint(tid for tid, _, _ in earlier)
    old_runs = set().union(*(literal_runs(t) for _, _, t in earlier))
    for tid, _, template in templates:
        assert not literal_runs(template) & old_runs, tid


def metrics_help_text(capsys: pytest.CaptureFixture[str]) -> str:
    """The held-out metrics command line's ``--help`` text, white space folded."""
    with pytest.raises(SystemExit):
        heldout_metrics.main(["--help"])
    return " ".join(capsys.readouterr().out.split())


def philter_set_toml() -> Path:
    """philter-lite's ``filters/set.toml`` (its name and safe-word lists); skips when it is not installed."""
    spec = importlib.util.find_spec("philter_lite")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("philter-lite is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "filters" / "set.toml"


@functools.cache
def philter_lists() -> dict[str, list[str]]:
    """The lists of philter-lite's ``set.toml`` (one ``key = [ "...", ... ,]`` array per line), read line by
    line as JSON arrays: the lists ``tomllib`` reads (``test_heldout.py`` checks they are equal), about twenty
    times faster, and once per test session."""
    lists: dict[str, list[str]] = {}
    for line in philter_set_toml().read_text(encoding="utf-8").splitlines():
        key, _, array = line.partition(" = ")
        array = array.strip()
        assert array.startswith("[") and array.endswith("]"), "unexpected set.toml layout"
        lists[key.strip()] = json.loads(array[:-1].rstrip().rstrip(",") + "]")
    assert {"firstnames", "lastnames", "nonames"} <= set(lists)
    return lists


def gazetteer_overlap_in_docs(docs: Docs, *, earlier: Docs, heading: str, min_distinct: int) -> str:
    """The aggregate overlap of the set's names with philter-lite's name lists (read only to count) is
    what ``docs/eval/heldout.md`` reports under ``heading``, and lower than the ``earlier`` set's;
    returns that section of the docs. Skips when philter-lite is not installed."""
    lists = philter_lists()
    overlap = gazetteer_overlap(lists["firstnames"], lists["lastnames"], docs, safe_words=lists["nonames"])
    before = gazetteer_overlap(lists["firstnames"], lists["lastnames"], earlier)
    assert overlap["person_mentions"] == sum(m.type == "PERSON" for d in docs for m in d.mentions)
    assert overlap["distinct_first_tokens"] > min_distinct and overlap["distinct_last_tokens"] > min_distinct
    assert overlap["tokens_in_either_list"] < before["tokens_in_either_list"]
    text = (Path(__file__).resolve().parents[2] / "docs" / "eval" / "heldout.md").read_text(encoding="utf-8")
    section = text[text.index(heading):]
    for key in ("first_in_first_list", "last_in_last_list", "tokens_in_either_list", "mentions_fully_listed",
                "mentions_partly_listed", "tokens_on_safe_list"):
        assert f"| {key} | {overlap[key]:.3f} |" in section, key
    return section


def faker_name_tokens(particles: Iterable[str]) -> set[str]:
    """:func:`name_tokens` of the name lists of every Faker locale v1-v5 drew names from (first and last
    names, both genders): what v6 onwards must not share. Read once per set of ``particles`` in a
    session (the lists are large); needs Faker."""
    return set(_faker_name_tokens(frozenset(particles)))


@functools.cache
def _faker_name_tokens(particles: frozenset[str]) -> frozenset[str]:
    from dpfusion_integrations.evaluation.heldout import NAME_LOCALES
    from dpfusion_integrations.evaluation.heldout_v3 import V3_NAME_LOCALES
    from dpfusion_integrations.evaluation.heldout_values_v4 import _LATIN_LOCALES as V4_LATIN_LOCALES
    from dpfusion_integrations.evaluation.heldout_values_v5 import V5_FAKER_LOCALES

    locales = sorted(set(NAME_LOCALES) | set(V3_NAME_LOCALES) | set(V4_LATIN_LOCALES) | set(V5_FAKER_LOCALES))
    listed: set[str] = set()
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_female", "first_names_male", "last_names", "last_names_female",
                     "last_names_male"):
            values = getattr(provider, attr, None)  # a property on some locales: its parts are listed
            if isinstance(values, dict | list | tuple):
                listed |= name_tokens(particles, values)
    return frozenset(listed)


def name_tokens(particles: Iterable[str], names: Iterable[object]) -> set[str]:
    """Lower-case name tokens of ``names`` (split on spaces and hyphens; ``particles``, initials and
    two-letter pieces left out): what the name-overlap checks compare across sets."""
    skip = set(particles)
    out: set[str] = set()
    for name in names:
        for tok in re.split(r"[\s\-/,.]+", str(name)):
            tok = tok.strip(".'").lower()
            if len(tok) > 2 and tok not in skip:
                out.add(tok)
    return out


def person_tokens(particles: Iterable[str], docs: Docs) -> set[str]:
    """:func:`name_tokens` of every PERSON mention of ``docs``."""
    return name_tokens(particles, (d.text[m.start:m.end] for d in docs for m in d.mentions if m.type == "PERSON"))


def values_of(docs: Docs, subtype: str) -> list[str]:
    """The text of every mention of ``subtype`` in ``docs``."""
    return [d.text[m.start:m.end] for d in docs for m in d.mentions if m.subtype == subtype]


def regenerates_byte_for_byte(generate: Callable[[], Docs], path: Path, sha256: str, tmp_path: Path) -> None:
    """The generator's documents save with the pinned sha256 and to the frozen file's exact bytes."""
    out = tmp_path / path.name
    assert save_heldout(generate(), out) == sha256
    assert out.read_bytes() == path.read_bytes()


def frozen_name_resolves(name: str, path: Path, sha256: str) -> None:
    """``name`` is a frozen set that resolves to ``path`` and loads with the pinned sha256."""
    assert FROZEN_SETS[name] == path and resolve_heldout_path(name) == path
    assert document_sha256(load_heldout(name)) == sha256


def earlier_domains(template_modules: Iterable[Any], earlier_sets: EarlierSets) -> set[str]:
    """Every domain of the earlier template modules' templates and of the earlier sets' documents."""
    domains = {dom for mod in template_modules for _, dom, _ in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES}
    return domains | {d.domain for docs in earlier_sets.values() for d in docs}


def recorded(earlier: Iterable[str], key: str) -> set[str]:
    """The union of the ``key`` lists the earlier frozen sets' ``.meta.json`` record (absent counts empty)."""
    return set().union(*(frozen_meta(FROZEN_SETS[name]).get(key) or () for name in earlier))


def countries_and_extensions_are_new(path: Path, earlier: Iterable[str], address_countries: Sequence[str],
                                     phone_countries: Sequence[str]) -> None:
    """The set's address and phone countries (at least twenty each) and its phone extension forms are
    none any earlier set recorded (which recorded more than eighty countries of each)."""
    earlier = tuple(earlier)
    addresses, phones = recorded(earlier, "address_countries"), recorded(earlier, "phone_countries")
    extensions = recorded(earlier, "phone_extensions")
    assert len(addresses) > 80 and len(phones) > 80
    assert len(address_countries) >= 20 and set(address_countries).isdisjoint(addresses)
    assert len(phone_countries) >= 20 and set(phone_countries).isdisjoint(phones)
    assert set(frozen_meta(path)["phone_extensions"]).isdisjoint(extensions)


def date_styles_and_schemes_are_new(path: Path, earlier: Iterable[str], national_schemes: Iterable[str]) -> None:
    """The set's date styles and national-number schemes (other than the generic ``natid``) are none any
    earlier set recorded."""
    earlier = tuple(earlier)
    schemes = set(national_schemes) - {"natid"}
    assert set(frozen_meta(path)["date_styles"]).isdisjoint(recorded(earlier, "date_styles"))
    assert schemes and schemes.isdisjoint(recorded(earlier, "national_schemes"))


def recorded_name_sources(earlier: Iterable[str]) -> set[str]:
    """Every name source, hand tradition and locale the earlier sets recorded, lower case, without prefix."""
    names: set[str] = set()
    for key in ("name_sources", "hand_traditions", "faker_locales", "name_locales"):
        names |= {str(s).split(":")[-1].lower() for s in recorded(earlier, key)}
    return names


def traditions_used(particles: Iterable[str], docs: Docs, traditions: Iterable[str],
                    names: dict[str, tuple[str, str, str]],
                    written_names: Callable[[dict[str, tuple[str, str, str]]], set[str]]) -> set[str]:
    """The ``traditions`` (keys of the hand-written table ``names``) whose written names occur in a PERSON
    mention of ``docs``."""
    found = person_tokens(particles, docs)
    return {t for t in traditions if name_tokens(particles, written_names({t: names[t]})) & found}


def names_not_in_faker_lists(particles: Iterable[str], written: Iterable[str], docs: Docs) -> None:
    """Neither the set's written names nor its PERSON mentions share a token with the name lists of the
    Faker locales v1-v5 drew from (more than 5000 tokens); skips without Faker."""
    pytest.importorskip("faker")
    listed = faker_name_tokens(particles)
    assert len(listed) > 5000
    assert name_tokens(particles, written).isdisjoint(listed)
    assert person_tokens(particles, docs).isdisjoint(listed)


def no_person_token_of_earlier_sets(particles: Iterable[str], docs: Docs, earlier_sets: EarlierSets) -> None:
    """No PERSON token of ``docs`` occurs in a PERSON mention of an earlier set (more than 1000 tokens)."""
    earlier = set().union(*(person_tokens(particles, d) for d in earlier_sets.values()))
    assert len(earlier) > 1000 and person_tokens(particles, docs).isdisjoint(earlier)


def templates_and_texts_are_new(docs: Docs, templates: Templates, template_modules: Iterable[Any],
                                earlier_sets: EarlierSets) -> None:
    """:func:`templates_are_new` against the earlier template modules, and no text of ``docs`` is a text
    of an earlier set."""
    earlier = [t for mod in template_modules for t in mod.PRIVATE_TEMPLATES + mod.PUBLIC_TEMPLATES]
    templates_are_new(templates, earlier)
    texts = {d.text for d in docs}
    for name, earlier_docs in earlier_sets.items():
        assert texts.isdisjoint(d.text for d in earlier_docs), name


def national_slot_keeps_its_scheme(render: Render, shape_of: Callable[[str], str], min_shapes: int) -> None:
    """Over 30 structure seeds, ``{nat1}`` renders one ID/national mention whose ``shape_of`` is the same
    for both filler seeds of a pair (with different values), in at least ``min_shapes`` shapes."""
    shapes = set()
    for seed in range(30):
        a, ma = render("ID {nat1}.", structure_seed=seed, filler_seed=1)
        b, mb = render("ID {nat1}.", structure_seed=seed, filler_seed=2)
        assert [(m.type, m.subtype) for m in ma] == [(m.type, m.subtype) for m in mb] == [("ID", "national")]
        assert shape_of(a) == shape_of(b) and a != b
        shapes.add(shape_of(a))
    assert len(shapes) >= min_shapes


def bad_templates_fail_closed(render: Render, spec: heldout_build.HeldoutSetSpec, bad: Iterable[str]) -> None:
    """Each of the ``bad`` templates, and a negative pair count, raise ``InvalidParameterError``."""
    for template in bad:
        with pytest.raises(InvalidParameterError):
            render(template, structure_seed=1, filler_seed=1)
    with pytest.raises(InvalidParameterError):
        heldout_build.generate_set(spec, n_pairs=-1)


def a_changed_last_character_fails(values: Any, validators: dict[str, Callable[[str], bool]],
                                   schemes: Iterable[str], *, tries: int = 20) -> None:
    """Every kind in ``validators`` is one of ``schemes``; ``tries`` identifiers ``values`` draws of it (layout
    0) pass its validator, and each fails once its last character is changed (a digit to the next digit, a
    letter to ``A``, or ``B`` for an ``A``)."""
    schemes = set(schemes)
    for kind, ok in validators.items():
        assert kind in schemes
        for _ in range(tries):
            value = values.ident(kind, 0)
            last = value[-1]
            wrong = value[:-1] + (str((int(last) + 1) % 10) if last.isdigit() else ("A" if last != "A" else "B"))
            assert ok(value) and not ok(wrong), kind


def hand_written_meta(meta: dict[str, Any], docs: Docs, *, round_no: int, templates: Templates,
                      layouts: Iterable[str], mentions: dict[str, int]) -> dict[str, int]:
    """The meta of a set written without detectors or Faker, frozen before round ``round_no``: generator
    version 1, one layout per template id of ``templates`` (the ids of ``layouts``) and the mention counts
    of ``docs``, which are ``mentions``. Returns those counts."""
    assert meta["author_saw_detectors"] is False and meta["frozen_before"] == f"round {round_no}"
    assert meta["generator_version"] == 1 and meta["faker_locales"] == []
    assert set(meta["layouts"]) == {tid for tid, _, _ in templates} == set(layouts)
    counts = dict(sorted(Counter(m.type for d in docs for m in d.mentions).items()))
    assert meta["mentions"] == counts == mentions
    return counts
