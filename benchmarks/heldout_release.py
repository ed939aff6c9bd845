"""End to end on the held-out set: the share of documents whose DP release contains any gold
identifier verbatim, per tagger profile (issue 13). Run: ``python benchmarks/heldout_release.py
--docs 24 --epsilon 8 --max-new-tokens 64``. Prints one JSON line per profile.

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
from dpfusion_integrations.evaluation.heldout import load_heldout


def _leaks(text: str, values: list[str]) -> bool:
    low = text.casefold()
    return any(len(v) >= 4 and v.casefold() in low for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=24)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    docs = [d for d in load_heldout() if d.kind == "private"][: args.docs]
    values = [[d.text[m.start:m.end] for m in d.mentions] for d in docs]
    base = DPFusion.from_pretrained()
    for profile in ("recall", "precision"):
        dp = DPFusion(base.model, base.tokenizer, tagger_profile=profile, model_name=base.model_name)
        start = time.perf_counter()
        results = dp.privatize_many([d.text for d in docs], epsilon=args.epsilon, max_new_tokens=args.max_new_tokens,
                                    seed=args.seed, allow_no_spans=True)
        seconds = time.perf_counter() - start
        released = sum(_leaks(r.text, v) for r, v in zip(results, values, strict=True))
        public = sum(_leaks(r.redacted_text, v) for r, v in zip(results, values, strict=True))
        print(json.dumps({"profile": profile, "documents": len(docs), "epsilon": args.epsilon,
                          "max_new_tokens": args.max_new_tokens, "release_has_identifier": released / len(docs),
                          "public_context_has_identifier": public / len(docs), "seconds": round(seconds, 1)}))


if __name__ == "__main__":
    main()
