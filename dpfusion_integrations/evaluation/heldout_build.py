"""Shared machinery of the held-out tagging sets (v3 onwards): render, generate, freeze, command line.

Every set since v3 is built the same way and differs only in its templates and value vocabularies:

* a **template renderer** resolves structural choices (``<<a|b>>``) and the structural facts of each
  referenced value (genders, countries, layouts) from one RNG shared by the two documents of a pair,
  draws the values themselves from a per-document RNG, and assembles literal and gold pieces into the
  text and its :class:`~dpfusion_integrations.evaluation.heldout.Mention` list
  (:class:`TemplateRenderer`, subclassed per set with its own ``slot``);
* a **generation loop** (:func:`generate_set`) shuffles the private templates with a master RNG, renders
  ``n_pairs`` pairs (one structure seed, two filler seeds each) and then ``n_public`` public documents,
  which must produce no mention;
* **freezing** (:func:`freeze_set`) writes the JSONL and a ``.meta.json`` (seed, counts, Faker version,
  sha256, the set's own provenance fields, aggregate mention counts) next to it;
* a **command line** (:func:`main`) prints the aggregate counts, writes a JSONL with ``--out`` or the
  frozen file with ``--freeze``.

A set is described once by a :class:`HeldoutSetSpec`; its module keeps thin, named wrappers
(``generate_heldout_v5``, ``freeze_v5``, ...). Nothing here prints or logs document text: the command
line prints counts and the sha256 only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.heldout import (
    HeldoutDocument,
    Mention,
    save_heldout,
)

__all__ = [
    "CHOICE",
    "HeldoutSetSpec",
    "Renderer",
    "Template",
    "TemplateRenderer",
    "assemble",
    "expand_choices",
    "freeze_set",
    "generate_set",
    "main",
    "summarize",
]

#: ``(template id, domain, template text)``, as every ``heldout_templates*`` module writes them.
Template = tuple[str, str, str]
#: A structural choice in a template: ``<<a|b|c>>`` (nested choices are resolved inside out).
CHOICE = re.compile(r"<<([^<>]*)>>")
_SYNTAX_MARKS = ("<<", ">>", "{", "}")


class Renderer(Protocol):
    """Renders one template: choices from ``structure_seed``, values from ``filler_seed``."""

    def __call__(self, template: str, *, structure_seed: int, filler_seed: int) -> tuple[str, list[Mention]]: ...


def expand_choices(template: str, rng: random.Random) -> str:
    """``template`` with every ``<<a|b>>`` replaced by one option drawn from ``rng`` (left to right,
    repeated until no choice is left, so that choices may nest)."""
    text = template
    while True:
        new = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        if new == text:
            return text
        text = new


def assemble(pieces: Sequence[tuple[str, tuple[str, str, str] | None]]) -> tuple[str, list[Mention]]:
    """Join literal pieces (``gold is None``) and gold pieces (``(type, subtype, entity)``) into the text
    and its mentions; a gold piece's surrounding white space stays outside its mention, and a gold piece
    that is only white space gives none. Template syntax left in a literal piece is an error."""
    out: list[str] = []
    mentions: list[Mention] = []
    n = 0
    for s, g in pieces:
        if g is None and any(mark in s for mark in _SYNTAX_MARKS):
            raise InvalidParameterError("template syntax left in the rendered text")
        if g is not None:
            stripped = s.strip()
            lead = len(s) - len(s.lstrip())
            if stripped:
                mentions.append(Mention(n + lead, n + lead + len(stripped), g[0], g[1], g[2]))
        out.append(s)
        n += len(s)
    return "".join(out), mentions


class TemplateRenderer:
    """Base of a set's renderer: structural facts from ``struct`` (shared by a pair), values from
    ``fill`` (per document). Subclasses implement :meth:`slot` for the ``{kindN.form}`` slots matched by
    :attr:`SLOT`."""

    #: A value slot: ``{kind}``, ``{kindN}`` or ``{kindN.form}``.
    SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([A-Za-z_]+))?\}")

    def __init__(self, struct: random.Random, fill: random.Random) -> None:
        self.struct, self.fill = struct, fill
        self.facts: dict[str, Any] = {}
        self.store: dict[str, Any] = {}
        self.pieces: list[tuple[str, tuple[str, str, str] | None]] = []

    def fact(self, key: str, options: Sequence[Any]) -> Any:
        """A structural choice, drawn once per key in template order (so both documents of a pair agree)."""
        if key not in self.facts:
            self.facts[key] = self.struct.choice(list(options))
        return self.facts[key]

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """A value drawn once per document and key (a value repeated in a document is written the same)."""
        if key not in self.store:
            self.store[key] = make()
        return self.store[key]

    def lit(self, s: str) -> None:
        self.pieces.append((s, None))

    def gold(self, s: str, typ: str, subtype: str, entity: str) -> None:
        self.pieces.append((s, (typ, subtype, entity)))

    def slot(self, kind: str, num: str, form: str | None) -> None:
        """Append the pieces of one slot; ``kind`` and ``num`` name the entity, ``form`` how it is written."""
        raise NotImplementedError

    def render(self, template: str) -> tuple[str, list[Mention]]:
        """Resolve the template's choices, then render its slots (:meth:`render_expanded`)."""
        return self.render_expanded(expand_choices(template, self.struct))

    def render_expanded(self, text: str) -> tuple[str, list[Mention]]:
        """Render a template whose choices are already resolved."""
        pos = 0
        for m in self.SLOT.finditer(text):
            if m.start() > pos:
                self.lit(text[pos:m.start()])
            self.slot(m.group(1), m.group(2), m.group(3))
            pos = m.end()
        self.lit(text[pos:])
        return assemble(self.pieces)


def _no_extra_meta() -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class HeldoutSetSpec:
    """Everything that tells one held-out set from another: where it is frozen, its seed and counts, the
    master RNG's key and document id prefix (both part of the frozen bytes), its renderer, a loader of its
    templates (imported lazily) and its own provenance fields for the ``.meta.json``."""

    name: str
    path: Path
    seed: int
    n_pairs: int
    n_public: int
    rng_key: str
    id_prefix: str
    render: Renderer
    templates: Callable[[], tuple[Sequence[Template], Sequence[Template]]]
    module: str
    meta: Callable[[], dict[str, Any]] = field(default=_no_extra_meta)


def _count(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidParameterError(f"{what} must be a non-negative integer")
    return value


def generate_set(spec: HeldoutSetSpec, seed: int | None = None, *, n_pairs: int | None = None,
                 n_public: int | None = None) -> list[HeldoutDocument]:
    """``2 * n_pairs`` private documents (pairs sharing a structure), then ``n_public`` public-only ones;
    deterministic given ``seed`` (the spec's frozen values by default) and the Faker version."""
    seed = spec.seed if seed is None else seed
    n_pairs = _count(spec.n_pairs if n_pairs is None else n_pairs, "n_pairs")
    n_public = _count(spec.n_public if n_public is None else n_public, "n_public")
    private_templates, public_templates = spec.templates()
    if (n_pairs and not private_templates) or (n_public and not public_templates):
        raise InvalidParameterError(f"{spec.name} has no templates for the documents asked for")
    master = random.Random(f"{spec.rng_key}:{seed}")
    private = list(private_templates)
    master.shuffle(private)
    docs: list[HeldoutDocument] = []
    for i in range(n_pairs):
        tid, domain, template = private[i % len(private)]
        structure = master.getrandbits(64)
        fills = (master.getrandbits(64), master.getrandbits(64))
        for tag, fill in zip("ab", fills, strict=True):
            text, mentions = spec.render(template, structure_seed=structure, filler_seed=fill)
            docs.append(HeldoutDocument(f"{spec.id_prefix}-{i:03d}{tag}", domain, tid, "private", f"pair-{i:03d}",
                                        text, tuple(mentions)))
    public = list(public_templates)
    master.shuffle(public)
    for j in range(n_public):
        tid, domain, template = public[j % len(public)]
        text, mentions = spec.render(template, structure_seed=master.getrandbits(64), filler_seed=0)
        if mentions:
            raise InvalidParameterError(f"public template {tid} produced private mentions")
        docs.append(HeldoutDocument(f"{spec.id_prefix}-pub-{j:03d}", domain, tid, "public", None, text, ()))
    return docs


def summarize(docs: Sequence[HeldoutDocument]) -> dict[str, Any]:
    """Aggregate counts of a set (no text): documents, domains, mentions per type and subtype, entities."""
    return {"documents": len(docs), "private": sum(d.kind == "private" for d in docs),
            "public": sum(d.kind == "public" for d in docs),
            "domains": dict(sorted(Counter(d.domain for d in docs).items())),
            "mentions": dict(sorted(Counter(m.type for d in docs for m in d.mentions).items())),
            "entities": len({(d.id, m.entity) for d in docs for m in d.mentions}),
            "subtypes": dict(sorted(Counter(f"{m.type}/{m.subtype}" for d in docs for m in d.mentions).items()))}


def freeze_set(spec: HeldoutSetSpec, path: str | Path | None = None, *, seed: int | None = None,
               n_pairs: int | None = None, n_public: int | None = None) -> str:
    """Generate the set and write it (JSONL) with a ``.meta.json`` beside it; returns the sha256."""
    import faker

    path = spec.path if path is None else Path(path)
    seed = spec.seed if seed is None else seed
    n_pairs = spec.n_pairs if n_pairs is None else n_pairs
    n_public = spec.n_public if n_public is None else n_public
    docs = generate_set(spec, seed, n_pairs=n_pairs, n_public=n_public)
    digest = save_heldout(docs, path)
    counts = summarize(docs)
    meta = {"version": Path(path).stem, "seed": seed, "n_pairs": n_pairs, "n_private": 2 * n_pairs,
            "n_public": n_public, "faker": faker.VERSION, "sha256": digest,
            "domains": sorted({d.domain for d in docs}), **spec.meta(),
            "mentions": counts["mentions"], "entities": counts["entities"], "subtypes": counts["subtypes"]}
    Path(path).with_suffix(".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    return digest


def main(spec: HeldoutSetSpec, argv: Sequence[str] | None = None) -> int:
    """The set's command line: counts (default), ``--out FILE`` (also writes a JSONL) or ``--freeze``."""
    parser = argparse.ArgumentParser(prog=f"python -m {spec.module}",
                                     description=f"Generate (or freeze) the {spec.name} held-out tagging documents.")
    parser.add_argument("--seed", type=int, default=spec.seed)
    parser.add_argument("--pairs", type=int, default=spec.n_pairs)
    parser.add_argument("--public", type=int, default=spec.n_public)
    parser.add_argument("--out", type=Path, default=None, help="write JSONL here")
    parser.add_argument("--freeze", action="store_true", help=f"write the frozen set to {spec.path}")
    args = parser.parse_args(argv)
    if args.freeze:
        print(freeze_set(spec, seed=args.seed, n_pairs=args.pairs, n_public=args.public))
        return 0
    docs = generate_set(spec, args.seed, n_pairs=args.pairs, n_public=args.public)
    if args.out is not None:
        print(save_heldout(docs, args.out))
    print(json.dumps(summarize(docs), indent=2))
    return 0
