"""``dpfusion privatize-corpus``: privatize a directory or a JSONL file, resumably, locally or on Ray."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dpfusion_integrations.cli_options import (
    add_budget_options,
    add_engine_options,
    add_release_options,
    add_surrogates_option,
)
from dpfusion_integrations.corpus.params import DEFAULT_MAX_NEW_TOKENS, DEFAULT_RELEASE

__all__ = ["add_privatize_corpus_parser"]

_EPILOG = """\
examples:
  dpfusion privatize-corpus notes/ --output private.jsonl --epsilon 8
  dpfusion ledger init sqlite:///budget.db        # once: a ledger is never created implicitly
  dpfusion privatize-corpus records.jsonl --output private.jsonl --epsilon 8 --ledger sqlite:///budget.db
  dpfusion privatize-corpus records.jsonl --output private.jsonl --epsilon 8 --ray --num-actors 4
  dpfusion privatize-corpus notes/ --output private.jsonl --epsilon 8 --release faithful   # keep public text
  dpfusion privatize-corpus notes/ --output private.jsonl --epsilon 8 --release faithful --surrogates

Input: a directory (every *.txt below it; id = relative path) or a JSONL file of
{"id", "text", optional "label", "unit"/"units", "spans"}. Each record is charged to its own
privacy unit (its id) unless it names "unit"/"units".

Resuming: run the same command again. Finished records are skipped and never charged again.
A record interrupted mid-decode keeps its ledger reservation (fail closed) and is not retried
unless you pass --retry-interrupted, which decodes it again under that same reservation.
Next to the output: OUTPUT.state.sqlite (progress) and OUTPUT.manifest.json (epsilon per unit).
"""


def add_privatize_corpus_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``privatize-corpus`` subcommand to an ``argparse`` subparsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "privatize-corpus", help="privatize a directory or JSONL corpus (resumable; Ray)",
        description="Rewrite every record of a corpus with DP-Fusion into a JSONL file, resumably, with per-record "
                    "privacy reports.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", metavar="INPUT", help="directory of .txt files, or a JSONL file of records")
    p.add_argument("--output", "-o", required=True, metavar="OUT.jsonl", help="output JSONL (appended to on resume)")
    # No default here: an explicit --max-new-tokens with --release faithful must be told apart and refused.
    add_budget_options(p, epsilon_help="privacy budget per record and unit (>= 0)", max_new_tokens=None,
                       output=f"output (paraphrase; default {DEFAULT_MAX_NEW_TOKENS})")
    add_release_options(p, default=DEFAULT_RELEASE)
    add_surrogates_option(p)
    p.add_argument("--allow-no-spans", action="store_true",
                   help="rewrite records without private spans as public text (default: fail them)")
    p.add_argument("--include-redacted", action="store_true",
                   help="also write each record's redacted input (its public context)")
    add_engine_options(p)
    p.add_argument("--state", default=None, metavar="PATH", help="progress file (default: OUTPUT.state.sqlite)")
    p.add_argument("--batch-size", type=int, default=8, help="records decoded together (default 8)")
    p.add_argument("--retry-interrupted", action="store_true",
                   help="decode records interrupted by a crash again, under their outstanding reservation")
    p.add_argument("--ray", action="store_true", help="decode on a Ray Data actor pool (pip install "
                                                     "'dpfusion-integrations[ray]')")
    p.add_argument("--num-actors", type=int, default=1, help="Ray actors, one engine each (default 1)")
    p.add_argument("--ray-address", default=None, help="Ray cluster address (default: start a local one)")
    p.set_defaults(func=run_privatize_corpus)
    return p


def run_privatize_corpus(args: argparse.Namespace) -> int:
    """Run the job; 0 when every record is done, 1 when some failed or were interrupted, 2 on a usage error."""
    from pydantic import ValidationError
    from tqdm import tqdm

    from dpfusion_integrations.corpus.engines import PretrainedEngineFactory
    from dpfusion_integrations.corpus.job import CorpusEvent, privatize_corpus
    from dpfusion_integrations.corpus.params import PrivatizeParams, params_error
    from dpfusion_integrations.errors import DPFusionError

    if args.batch_size < 1 or args.num_actors < 1:
        print("dpfusion: error: --batch-size and --num-actors must be >= 1", file=sys.stderr)
        return 2
    try:
        params = PrivatizeParams(epsilon=args.epsilon, delta=args.delta, max_new_tokens=args.max_new_tokens,
                                 seed=args.seed, group_policy=args.group_policy, relation=args.relation,
                                 allow_no_spans=args.allow_no_spans,
                                 include_redacted=args.include_redacted, release=args.release,
                                 slot_tokens=args.slot_tokens, surrogates=args.surrogates)
    except ValidationError as exc:
        print(f"dpfusion: error: {params_error(exc)}", file=sys.stderr)
        return 2
    factory = PretrainedEngineFactory(model=args.model, device=args.device, group_policy=args.group_policy,
                                      relation=args.relation, tagger_profile=args.tagger_profile)
    # The bar counts records; it never shows text or ids.
    with tqdm(desc="records", unit="rec", disable=args.no_progress, file=sys.stderr, leave=False) as bar:
        def on_event(event: CorpusEvent) -> None:
            if event.stage in ("committed", "failed"):
                bar.update(1)

        try:
            if args.ray:
                from dpfusion_integrations.corpus.ray_job import privatize_corpus_ray

                summary = privatize_corpus_ray(args.input, args.output, params, engine_factory=factory,
                                               ledger_url=args.ledger, state_path=args.state,
                                               batch_size=args.batch_size, num_actors=args.num_actors,
                                               retry_interrupted=args.retry_interrupted, on_event=on_event,
                                               ray_address=args.ray_address, show_progress=False)
            else:
                summary = privatize_corpus(args.input, args.output, params, engine_factory=factory,
                                           ledger=args.ledger, state_path=args.state, batch_size=args.batch_size,
                                           retry_interrupted=args.retry_interrupted, on_event=on_event)
        except (DPFusionError, ImportError) as exc:
            print(f"dpfusion: error: {exc}", file=sys.stderr)
            return 2
    print(f"{summary.records} records in {summary.output} ({summary.written_this_run} new); "
          f"max epsilon per unit {summary.max_unit_epsilon:.3g} (delta={params.delta:g}); "
          f"manifest {summary.manifest}", file=sys.stderr)
    if summary.failed:
        print(f"dpfusion: {summary.failed} record(s) failed; see the manifest (rerun to retry them)", file=sys.stderr)
    if summary.interrupted:
        print(f"dpfusion: {summary.interrupted} record(s) were interrupted by a crash; their reservations stay "
              "charged. Rerun with --retry-interrupted to decode them under the same reservation.", file=sys.stderr)
    return 0 if summary.complete else 1
