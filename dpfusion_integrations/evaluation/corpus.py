"""The synthetic PII corpus: seeded, offline, with gold spans in a TAB-like JSON file.

File format (a JSON list, one object per document, in the spirit of the Text Anonymization
Benchmark):

    {"id": "doc-000", "domain": "clinical", "text": "...",
     "spans": [{"start": 8, "end": 20, "entity_type": "PERSON", "identifier_type": "DIRECT",
                "entity_id": "doc-000-subject"}, ...],
     "attack": {"entity_id": "doc-000-subject", "candidates": ["...", "...", ...]},
     "facts": [{"start": 101, "end": 111, "kind": "diagnosis"}, ...]}

``attack`` (optional) names the attacked entity and its candidate values; the true value sits at
a uniformly random position among them, and all candidates come from the same pool, so that an
attacker who learns nothing succeeds with probability exactly ``1/m``. Every mention of an entity
carries the same ``entity_id`` and the same text.

``facts`` (optional) annotates public facts (drugs, diagnoses, amounts, actions): text outside every
span that a useful release keeps; the fact-retention metric counts them.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dpfusion_integrations.contexts import placeholder
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import pools
from dpfusion_integrations.evaluation.templates import DOMAINS, SLOTS, TEMPLATES
from dpfusion_integrations.mechanisms import SpannedText

__all__ = ["AttackTarget", "CorpusDocument", "FactSpan", "GoldSpan", "generate_corpus", "load_corpus", "save_corpus"]

_SLOT = re.compile(r"\{(\w+)\}")
#: A template's slot ``{key}`` or annotated fact ``[[kind:text]]``.
_MARK = re.compile(r"\{(?P<key>\w+)\}|\[\[(?P<kind>\w+):(?P<fact>[^\[\]{}]+)\]\]")


@dataclass(frozen=True)
class GoldSpan:
    """One annotated mention: offsets, entity type, DIRECT/QUASI identifier, and its entity."""

    start: int
    end: int
    entity_type: str
    identifier_type: str
    entity_id: str


@dataclass(frozen=True)
class FactSpan:
    """One annotated public fact: offsets and its kind (``drug``, ``diagnosis``, ``amount``, ``action``)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class AttackTarget:
    """The attacked entity and its ``m`` candidate values (the true one among them)."""

    entity_id: str
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class CorpusDocument:
    """A document with gold spans, an optional attack target and annotated public facts. ``repr``
    shows no text."""

    id: str
    domain: str
    text: str
    spans: tuple[GoldSpan, ...]
    target: AttackTarget | None = None
    facts: tuple[FactSpan, ...] = ()

    def __repr__(self) -> str:
        return f"CorpusDocument(id={self.id!r}, domain={self.domain!r}, {len(self.spans)} spans)"

    def fact_texts(self) -> list[str]:
        """The text of each annotated fact, in document order (public)."""
        return [self.text[f.start:f.end] for f in self.facts]

    def spanned(self) -> SpannedText:
        """The document as a mechanism input (gold spans, labelled by entity type)."""
        return SpannedText(self.text, tuple((s.start, s.end, s.entity_type) for s in self.spans))

    def target_spans(self) -> list[GoldSpan]:
        if self.target is None:
            return []
        return [s for s in self.spans if s.entity_id == self.target.entity_id]

    @property
    def true_value(self) -> str:
        """Text of the attacked entity (private)."""
        first = self.target_spans()[0]
        return self.text[first.start:first.end]

    @property
    def true_index(self) -> int:
        """Position of the true value among the candidates."""
        assert self.target is not None
        return self.target.candidates.index(self.true_value)

    def render(self, target_value: str | None, *, reveal_others: bool = False, end: int | None = None) -> str:
        """The text with the target's mentions set to ``target_value`` (its placeholder when ``None``)
        and every other span kept (``reveal_others``) or replaced by its placeholder. ``end`` stops
        the rendering at that offset of the original text (a span crossing it is rendered whole)."""
        target_id = None if self.target is None else self.target.entity_id
        parts: list[str] = []
        cursor = 0
        stop = len(self.text) if end is None else end
        for span in sorted(self.spans, key=lambda s: s.start):
            if span.start >= stop:
                break
            parts.append(self.text[cursor:span.start])
            if span.entity_id == target_id:
                parts.append(placeholder(span.entity_type) if target_value is None else target_value)
            else:
                parts.append(self.text[span.start:span.end] if reveal_others else placeholder(span.entity_type))
            cursor = span.end
        parts.append(self.text[cursor:max(cursor, stop)])
        return "".join(parts)


def _fill(template: str, values: Mapping[str, str], doc_id: str) -> tuple[str, list[GoldSpan], list[FactSpan]]:
    """The document a template gives with ``values``: slots filled, fact markers removed; its gold
    spans and its facts (annotated ``[[kind:text]]`` and public slots with a fact kind)."""
    parts: list[str] = []
    spans: list[GoldSpan] = []
    facts: list[FactSpan] = []
    cursor, length = 0, 0
    for match in _MARK.finditer(template):
        literal = template[cursor:match.start()]
        parts.append(literal)
        length += len(literal)
        key = match.group("key")
        if key is None:
            value = match.group("fact")
            facts.append(FactSpan(length, length + len(value), match.group("kind")))
        else:
            value = values[key]
            kind = SLOTS[key]
            if kind.entity_type is not None:
                spans.append(GoldSpan(length, length + len(value), kind.entity_type, kind.identifier_type,
                                      f"{doc_id}-{key}"))
            elif kind.fact is not None:
                facts.append(FactSpan(length, length + len(value), kind.fact))
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template[cursor:])
    return "".join(parts), spans, facts


def _distinct_names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Names sharing neither first nor last name with any name already ``taken`` (updated)."""
    names: list[str] = []
    while len(names) < count:
        name = pools.full_name(rng)
        parts = set(name.split())
        if not parts & taken:
            taken.update(parts)
            names.append(name)
    return names


def generate_corpus(n_documents: int, *, seed: int = 0, n_candidates: int = 5) -> list[CorpusDocument]:
    """``n_documents`` documents cycling through the domains and their templates; the subject of
    each is the attack target with ``n_candidates`` candidate names (true one uniformly placed)."""
    if isinstance(n_documents, bool) or not isinstance(n_documents, int) or n_documents < 1:
        raise InvalidParameterError("n_documents must be an integer >= 1")
    if isinstance(n_candidates, bool) or not isinstance(n_candidates, int) or n_candidates < 2:
        raise InvalidParameterError("n_candidates must be an integer >= 2")
    rng = random.Random(seed)
    docs: list[CorpusDocument] = []
    for i in range(n_documents):
        domain = DOMAINS[i % len(DOMAINS)]
        templates = TEMPLATES[domain]
        template = templates[(i // len(DOMAINS)) % len(templates)]
        doc_id = f"doc-{i:03d}"
        keys = list(dict.fromkeys(_SLOT.findall(template)))
        taken: set[str] = set()
        candidates = _distinct_names(rng, n_candidates, taken)
        values: dict[str, str] = {"subject": candidates[rng.randrange(n_candidates)]}
        for key in keys:
            if key in values:
                continue
            if SLOTS[key].entity_type == "PERSON":
                values[key] = _distinct_names(rng, 1, taken)[0]
            else:
                values[key] = SLOTS[key].make(rng)
        text, spans, facts = _fill(template, values, doc_id)
        docs.append(CorpusDocument(doc_id, domain, text, tuple(spans),
                                   AttackTarget(f"{doc_id}-subject", tuple(candidates)), tuple(facts)))
    return docs


def _doc_to_json(doc: CorpusDocument) -> dict[str, object]:
    record: dict[str, object] = {
        "id": doc.id, "domain": doc.domain, "text": doc.text,
        "spans": [{"start": s.start, "end": s.end, "entity_type": s.entity_type,
                   "identifier_type": s.identifier_type, "entity_id": s.entity_id} for s in doc.spans],
    }  # fmt: skip
    if doc.target is not None:
        record["attack"] = {"entity_id": doc.target.entity_id, "candidates": list(doc.target.candidates)}
    if doc.facts:
        record["facts"] = [{"start": f.start, "end": f.end, "kind": f.kind} for f in doc.facts]
    return record


def save_corpus(docs: Sequence[CorpusDocument], path: str | Path) -> None:
    """Write the TAB-like JSON file (UTF-8, indented)."""
    Path(path).write_text(json.dumps([_doc_to_json(d) for d in docs], indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")


def _doc_from_json(index: int, record: object) -> CorpusDocument:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InvalidParameterError(f"corpus document #{index} must be an object with a 'text' string")
    text = record["text"]
    spans = []
    for j, s in enumerate(record.get("spans", [])):
        try:
            span = GoldSpan(int(s["start"]), int(s["end"]), str(s["entity_type"]),
                            str(s.get("identifier_type", "DIRECT")), str(s.get("entity_id", f"{index}-{j}")))
        except (KeyError, TypeError, ValueError):
            raise InvalidParameterError(f"corpus document #{index}: span #{j} is malformed") from None
        if not 0 <= span.start < span.end <= len(text):
            raise InvalidParameterError(f"corpus document #{index}: span #{j} is out of bounds")
        spans.append(span)
    target = None
    attack = record.get("attack")
    if attack is not None:
        candidates = tuple(str(c) for c in attack.get("candidates", []))
        target = AttackTarget(str(attack.get("entity_id")), candidates)
        mentions = [text[s.start:s.end] for s in spans if s.entity_id == target.entity_id]
        if len(candidates) < 2 or not mentions or any(m != mentions[0] for m in mentions) \
                or mentions[0] not in candidates:
            raise InvalidParameterError(f"corpus document #{index}: the attack target needs >= 2 candidates, "
                                        "including the text of all its (identical) mentions")
    facts = []
    for j, f in enumerate(record.get("facts", [])):
        try:
            fact = FactSpan(int(f["start"]), int(f["end"]), str(f["kind"]))
        except (KeyError, TypeError, ValueError):
            raise InvalidParameterError(f"corpus document #{index}: fact #{j} is malformed") from None
        if not 0 <= fact.start < fact.end <= len(text):
            raise InvalidParameterError(f"corpus document #{index}: fact #{j} is out of bounds")
        facts.append(fact)
    return CorpusDocument(str(record.get("id", f"doc-{index:03d}")), str(record.get("domain", "unknown")), text,
                          tuple(sorted(spans, key=lambda s: s.start)), target,
                          tuple(sorted(facts, key=lambda f: f.start)))


def load_corpus(path: str | Path) -> list[CorpusDocument]:
    """Read a TAB-like JSON corpus; errors name document and span indices, never text."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise InvalidParameterError("the corpus file must hold a JSON list of documents")
    return [_doc_from_json(i, r) for i, r in enumerate(data)]
