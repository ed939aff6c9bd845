"""Helpers of the evaluation tests: a corpus of one-sentence documents (cheap to score with SmolLM2)
whose subject is the attack target, and a synthetic leaky mechanism."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dpfusion_integrations.evaluation import pools
from dpfusion_integrations.evaluation.corpus import AttackTarget, CorpusDocument, GoldSpan
from dpfusion_integrations.mechanisms import PrivacyNotion, Release, SpannedText

_SENTENCES = (
    "Patient {} was admitted to the clinic today.",
    "Customer {} reported a lost card.",
    "{} asked for parental leave next month.",
    "The tenant {} signed the lease.",
)


def short_corpus(n: int, *, seed: int = 0, m: int = 5) -> list[CorpusDocument]:
    """``n`` one-sentence documents, each naming its subject once; true candidate uniformly placed."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        names: list[str] = []
        parts: set[str] = set()
        while len(names) < m:
            name = pools.full_name(rng)
            if not set(name.split()) & parts:
                parts.update(name.split())
                names.append(name)
        true = names[rng.randrange(m)]
        template = _SENTENCES[i % len(_SENTENCES)]
        start = template.index("{}")
        text = template.format(true)
        docs.append(CorpusDocument(f"s-{i}", "short", text,
                                   (GoldSpan(start, start + len(true), "PERSON", "DIRECT", f"s-{i}-subject"),),
                                   AttackTarget(f"s-{i}-subject", tuple(names))))
    return docs


def with_true_value(doc: CorpusDocument, value: str) -> CorpusDocument:
    """The same document with the attacked entity set to ``value`` (offsets shifted accordingly)."""
    parts, spans, cursor, shift = [], [], 0, 0
    for s in sorted(doc.spans, key=lambda s: s.start):
        parts.append(doc.text[cursor:s.start])
        new = value if s.entity_id == doc.target.entity_id else doc.text[s.start:s.end]
        spans.append(GoldSpan(s.start + shift, s.start + shift + len(new), s.entity_type, s.identifier_type,
                              s.entity_id))
        parts.append(new)
        shift += len(new) - (s.end - s.start)
        cursor = s.end
    parts.append(doc.text[cursor:])
    return CorpusDocument(doc.id, doc.domain, "".join(parts), tuple(spans), doc.target)


class LeakyMechanism:
    """Releases the original text verbatim (what an unprotected copy-paraphrase does); no claim."""

    name = "leaky"
    is_dp = False

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        return [Release(d.text, PrivacyNotion.NONE, None, None, 0) for d in documents]


def without_national_ids(doc) -> str:
    """A held-out document's text with its national-id values cut out: Faker's ids for several
    locales (de_AT, sv_SE, fi_FI, no_NO, ...) encode a birth date drawn relative to today, so the
    generator's values move with the calendar while everything else is reproducible."""
    text, cut = doc.text, 0
    for m in sorted(doc.mentions, key=lambda m: m.start):
        if m.subtype == "national":
            text = text[: m.start - cut] + text[m.end - cut:]
            cut += m.end - m.start
    return text


def assert_same_but_national_ids(new_docs, frozen_docs) -> None:
    """Regenerated documents equal the frozen ones except for national-id values."""
    assert len(new_docs) == len(frozen_docs)
    for new, old in zip(new_docs, frozen_docs, strict=True):
        assert [(m.type, m.subtype) for m in new.mentions] == [(m.type, m.subtype) for m in old.mentions]
        assert without_national_ids(new) == without_national_ids(old)
