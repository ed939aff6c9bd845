"""Tagging time against privatization time on the same documents, measured in one run.

Tagging must not become the bottleneck: the recall profile (a union of detectors over one spaCy
parse) should stay under 5 % of the wall time of privatizing the same documents. Lines:

- build      : first construction of each profile's tagger (spaCy model, Presidio analyzer, word
               lists; once per process, not counted in the ratio);
- tag        : tagging every document once with a built, warmed-up tagger (median of --repeat runs), for the
               default ``recall`` profile, the previous detector set ``recall-v5`` (so a round's cost
               is measured in the same run) and ``precision``;
- privatize  : ``DPFusion.privatize_many`` of the same documents on the embedded model (or --model),
               one batched decode, tagging included, ε = 8, --max-new-tokens tokens each;
- privatize, one by one : ``privatize`` per document (what a simple loop does; optional, --sequential).

The documents are the cookbook patient note and the recall profile's development sentences joined
by domain (``tests/tagging/recall_dev_set.py``), so they look like clinical notes, tickets, HR
e-mails, legal memos, chats and reports.

    python benchmarks/tagging_speed.py                      # CPU, embedded SmolLM2-135M-Instruct
    python benchmarks/tagging_speed.py --docs 12 --max-new-tokens 256 --sequential
    python benchmarks/tagging_speed.py --device cuda --model /path/to/local/model --dtype bfloat16
    python benchmarks/tagging_speed.py --tag-only            # tagging lines only (no model is loaded)
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The detector set before the default one, timed in the same run so a round's cost shows.
PREVIOUS = "recall-v5"


def documents(limit: int) -> list[str]:
    """The cookbook note, then the development sentences joined into one document per domain."""
    sys.path.insert(0, str(ROOT / "tests" / "tagging"))
    from recall_dev_set import DEV_SENTENCES

    by_domain: dict[str, list[str]] = {}
    for sentence in DEV_SENTENCES:
        by_domain.setdefault(sentence.domain, []).append(sentence.text)
    docs = [(ROOT / "cookbook" / "patient_note.txt").read_text()]
    docs += [" ".join(texts) for texts in by_domain.values()]
    return docs[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=8, help="number of documents (default 8)")
    parser.add_argument("--max-new-tokens", type=int, default=128, help="tokens per document (default 128)")
    parser.add_argument("--repeat", type=int, default=3, help="tagging runs; the median is reported")
    parser.add_argument("--model", default=None, help="local model (default: embedded SmolLM2-135M-Instruct)")
    parser.add_argument("--device", default=None)
    parser.add_argument("--dtype", default=None)
    parser.add_argument("--sequential", action="store_true", help="also time privatize() one document at a time")
    parser.add_argument("--tag-only", action="store_true", help="time the taggers only; load no model")
    args = parser.parse_args()

    from dpfusion_integrations.tagging import default_tagger

    docs = documents(args.docs)
    words = sum(len(d.split()) for d in docs)
    print(f"# {len(docs)} documents, {words} words; {platform.machine()}")

    tag_seconds: dict[str, float] = {}
    for profile in ("recall", PREVIOUS, "precision"):
        start = time.perf_counter()
        tagger = default_tagger(profile)
        build = time.perf_counter() - start
        for doc in docs:  # warm-up, untimed: the first calls fill spaCy's and Presidio's caches
            tagger.tag(doc)
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for doc in docs:
                tagger.tag(doc)
            runs.append(time.perf_counter() - start)
        tag_seconds[profile] = statistics.median(runs)
        print(f"build {profile:9s}: {build:7.2f} s   tag {len(docs)} docs: {tag_seconds[profile]:7.3f} s "
              f"({tag_seconds[profile] / len(docs) * 1000:.1f} ms/doc)")
    print(f"recall / {PREVIOUS} tagging time: {tag_seconds['recall'] / tag_seconds[PREVIOUS]:.2f}")
    if args.tag_only:
        return 0

    import torch

    from dpfusion_integrations import DPFusion

    print(f"# torch {torch.__version__}, {torch.get_num_threads()} threads")
    dp = DPFusion.from_pretrained(args.model, device=args.device, dtype=args.dtype)
    dp.privatize(docs[0], epsilon=8.0, max_new_tokens=4, seed=0)  # warm-up: kernels, tagger, caches
    start = time.perf_counter()
    results = dp.privatize_many(docs, epsilon=8.0, max_new_tokens=args.max_new_tokens, seed=0)
    batched = time.perf_counter() - start
    emitted = sum(r.report.tokens_emitted for r in results)
    groups = [r.report.n_groups for r in results]
    print(f"privatize_many ({dp.model_name}, eps=8, {args.max_new_tokens} max tokens, N={min(groups)}..{max(groups)}): "
          f"{batched:.2f} s, {emitted} tokens emitted")
    lines = [("privatize_many", batched)]
    if args.sequential:
        start = time.perf_counter()
        for doc in docs:
            dp.privatize(doc, epsilon=8.0, max_new_tokens=args.max_new_tokens, seed=0)
        sequential = time.perf_counter() - start
        print(f"privatize one by one: {sequential:.2f} s")
        lines.append(("privatize one by one", sequential))

    print("\n| tagger | tag time | privatize line | privatize time | tag / privatize |")
    print("|---|---|---|---|---|")
    for profile, seconds in tag_seconds.items():
        if profile == PREVIOUS:
            continue
        for name, total in lines:
            print(f"| {profile} | {seconds:.3f} s | {name} | {total:.2f} s | {seconds / total:.2%} |")
    ratio = tag_seconds["recall"] / batched
    print(f"\nrecall tagging is {ratio:.2%} of the batched privatization time (target: under 5 %)")
    return 0 if ratio < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
