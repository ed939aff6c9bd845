"""End to end on the held-out set: the share of documents whose DP release contains any gold
identifier verbatim, per tagger profile and release mode (issues 13 and 14). Run:
``python benchmarks/heldout_release.py --docs 40 --epsilon 8 --release paraphrase --release faithful``
(held-out v4 by default, ``--data v5`` or another frozen set's name for the others; the paraphrase budget is derived from each
document unless ``--max-new-tokens`` is given). ``--spread`` takes the ``--docs`` documents evenly
spaced over the set's private documents instead of its first ones (the sets are written domain by
domain, so the first ones come from a few domains). Prints one JSON line per profile and mode.

A value counts as leaked when its text (≥ 4 characters, compared case-insensitively) appears in the
released text. Values the tagger covered can still come out (DP-Fusion may mix them in within ε), so
the figure mixes tagger misses and the mechanism's own releases; the redacted text is reported beside
it (a value left in the public context is a tagger miss, whatever the model writes).
"""

from __future__ import annotations

import argparse
import json
import time

from dpfusion_integrations import DPFusion
from dpfusion_integrations.errors import UnsupportedLanguageError
from dpfusion_integrations.evaluation.heldout import FROZEN_SETS, load_heldout, resolve_heldout_path
from dpfusion_integrations.tagging.language import check_language
from dpfusion_integrations.tagging.profiles import TaggerProfile


def _leaks(text: str, values: list[str]) -> bool:
    low = text.casefold()
    return any(len(v) >= 4 and v.casefold() in low for v in values)


def _accepted(text: str, dp: DPFusion) -> bool:
    """Whether ``dp``'s tagger accepts ``text`` (its language check does not refuse it)."""
    try:
        check_language(text, dp.tagger)
    except UnsupportedLanguageError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=24)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--max-new-tokens", type=int, default=None, help="paraphrase budget (default: derived)")
    parser.add_argument("--release", action="append", choices=["paraphrase", "faithful"], default=None)
    parser.add_argument("--profile", action="append", choices=[p.value for p in TaggerProfile], default=None)
    parser.add_argument("--data", default="v4", help=f"JSONL set, or {', '.join(FROZEN_SETS)} (default: v4)")
    parser.add_argument("--surrogates", action="store_true", help="faithful release with surrogates")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spread", action="store_true", help="documents evenly spaced over the set, not its first")
    parser.add_argument("--language-check", choices=["refuse", "off"], default="refuse",
                        help="refuse (default, as the library does): a document the language check refuses is "
                             "released by no call and counted as 'refused', never as a leak; off: release it anyway")
    args = parser.parse_args()
    private = [d for d in load_heldout(resolve_heldout_path(args.data)) if d.kind == "private"]
    count = min(args.docs, len(private))
    docs = ([private[i * len(private) // count] for i in range(count)] if args.spread and count
            else private[:count])
    values = [[d.text[m.start:m.end] for m in d.mentions] for d in docs]
    base = DPFusion.from_pretrained()
    for profile in args.profile or ["recall", "precision"]:
        dp = DPFusion(base.model, base.tokenizer, tagger_profile=profile, model_name=base.model_name,
                      language_check=args.language_check)
        accepted = [k for k, d in enumerate(docs) if _accepted(d.text, dp)]
        for release in args.release or ["paraphrase"]:
            budget = ({"release": "faithful", "surrogates": args.surrogates} if release == "faithful"
                      else {"max_new_tokens": args.max_new_tokens})
            start = time.perf_counter()
            results = dp.privatize_many([docs[k].text for k in accepted], epsilon=args.epsilon, seed=args.seed,
                                        allow_no_spans=True, **budget)  # type: ignore[arg-type]
            seconds = time.perf_counter() - start
            kept_values = [values[k] for k in accepted]
            released = sum(_leaks(r.text, v) for r, v in zip(results, kept_values, strict=True))
            public = sum(_leaks(r.redacted_text, v) for r, v in zip(results, kept_values, strict=True))
            print(json.dumps({"profile": profile, "tagger": dp.tagger.name, "release": release, "surrogates": args.surrogates and release == "faithful", "data": str(args.data),
                              "documents": len(docs), "refused": len(docs) - len(accepted),
                              "language_check": args.language_check, "spread": args.spread, "seed": args.seed,
                              "epsilon": args.epsilon, "mean_step_budget": sum(r.report.max_new_tokens
                                                                              for r in results) / max(len(results), 1),
                              "mean_tokens_out": sum(len(base.tokenizer(r.text)["input_ids"])
                                                     for r in results) / max(len(results), 1),
                              "release_has_identifier": released / len(docs),
                              "released_documents_with_identifier": released / max(len(results), 1),
                              "public_context_has_identifier": public / len(docs),
                              "seconds": round(seconds, 1)}), flush=True)


if __name__ == "__main__":
    main()
