"""``dpfusion synth``: a DP synthetic dataset (JSONL) and its privacy manifest from sensitive records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dpfusion_integrations.cli_options import (
    add_budget_options,
    add_engine_options,
    add_release_options,
    add_surrogates_option,
)
from dpfusion_integrations.synthesis.synthesize import DEFAULT_MAX_NEW_TOKENS, DEFAULT_RELEASE

__all__ = ["add_synth_parser"]

_EPILOG = """\
examples:
  dpfusion synth records.jsonl --output synthetic.jsonl --epsilon 8
  dpfusion synth records.jsonl --output synthetic.jsonl --epsilon 8 --ledger sqlite:///budget.db --skip-errors
  dpfusion synth records.jsonl --output synthetic.jsonl --epsilon 8 --release faithful   # keep public text
  dpfusion synth records.jsonl --output synthetic.jsonl --epsilon 8 --release faithful --surrogates

Input: JSONL of {"id", "text", "label", optional "unit"/"units", "spans"}. Each record is
rewritten under its own privacy units (its id unless it names "unit"/"units"); labels are kept
as given. The manifest (default OUTPUT.manifest.json) lists epsilon, delta, units and tokens per
record and the composed epsilon per unit; it never contains text.
"""


def add_synth_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``synth`` subcommand to an ``argparse`` subparsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "synth", help="make a DP synthetic dataset from sensitive labelled records",
        description="Rewrite each record of a JSONL file with DP-Fusion, keep its label, and write the synthetic "
                    "records and a privacy manifest.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", metavar="INPUT.jsonl", help="JSONL file of sensitive records")
    p.add_argument("--output", "-o", required=True, metavar="OUT.jsonl", help="synthetic records (JSONL)")
    p.add_argument("--manifest", default=None, metavar="PATH", help="manifest path (default: OUTPUT.manifest.json)")
    # No default here: an explicit --max-new-tokens with --release faithful must be told apart and refused.
    add_budget_options(p, epsilon_help="privacy budget per record and unit (>= 0)", max_new_tokens=None,
                       output=f"record (paraphrase; default {DEFAULT_MAX_NEW_TOKENS})")
    add_release_options(p, default=DEFAULT_RELEASE)
    add_surrogates_option(p)
    p.add_argument("--allow-no-spans", action="store_true",
                   help="rewrite records without private spans as public text (default: fail them)")
    p.add_argument("--skip-errors", action="store_true", help="leave failing records out (listed in the manifest)")
    p.add_argument("--batch-size", type=int, default=8, help="records decoded together (default 8)")
    add_engine_options(p)
    p.set_defaults(func=run_synth)
    return p


def run_synth(args: argparse.Namespace) -> int:
    """Run ``synth``; 0 on success, 1 when records were skipped, 2 on an error (nothing written)."""
    from tqdm import tqdm

    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.errors import DPFusionError
    from dpfusion_integrations.release_settings import check_release_settings
    from dpfusion_integrations.synthesis.synthesize import read_jsonl, synthesize

    if args.batch_size < 1:
        print("dpfusion: error: --batch-size must be >= 1", file=sys.stderr)
        return 2
    if not Path(args.input).is_file():
        print(f"dpfusion: error: no such file: {args.input}", file=sys.stderr)
        return 2
    ledger = None
    try:
        # Before the model loads: an option of the other release mode is refused, never dropped.
        check_release_settings(args.release, explicit={name for name in ("max_new_tokens", "slot_tokens")
                                                       if getattr(args, name) is not None},
                               surrogates=args.surrogates)
        records = read_jsonl(args.input)
        if args.ledger:  # before the model loads: a wrong URL fails at once, in one line
            from dpfusion_integrations.ledger import PrivacyLedger

            ledger = PrivacyLedger.open(args.ledger)
        dp = DPFusion.from_pretrained(args.model, device=args.device, group_policy=args.group_policy,
                                      relation=args.relation, tagger_profile=args.tagger_profile)
        # The bar counts records; it never shows text or ids.
        with tqdm(total=len(records), desc="records", unit="rec", disable=args.no_progress, file=sys.stderr,
                  leave=False) as bar:
            dataset = synthesize(dp, records, epsilon=args.epsilon, delta=args.delta,
                                 max_new_tokens=args.max_new_tokens, seed=args.seed, batch_size=args.batch_size,
                                 ledger=ledger, allow_no_spans=args.allow_no_spans,
                                 on_error="skip" if args.skip_errors else "raise", on_progress=bar.update,
                                 release=args.release, slot_tokens=args.slot_tokens, surrogates=args.surrogates)
    except DPFusionError as exc:
        print(f"dpfusion: error: {exc}", file=sys.stderr)
        return 2
    finally:
        if ledger is not None:
            ledger.close()
    manifest = dataset.write(args.output, args.manifest)
    m = dataset.manifest
    print(f"{len(dataset.records)} synthetic records in {args.output}; max epsilon per record "
          f"{m.max_record_epsilon:.3g}, per unit {m.max_unit_epsilon:.3g} (delta={m.delta:g}); manifest {manifest}",
          file=sys.stderr)
    if m.skipped:
        print(f"dpfusion: {len(m.skipped)} record(s) skipped; see the manifest", file=sys.stderr)
        return 1
    return 0
