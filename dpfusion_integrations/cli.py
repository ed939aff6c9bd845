"""The ``dpfusion`` command. Main job: privatize documents with DP-Fusion, offline."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dpfusion_integrations.cli_options import (
    add_budget_options,
    add_engine_options,
    add_language_option,
    add_quiet_option,
    add_surrogates_option,
)
from dpfusion_integrations.cli_progress import Progress, summary_text

if TYPE_CHECKING:
    from dpfusion_integrations.ledger import PrivacyLedger
    from dpfusion_integrations.report import PrivacyReport

__all__ = ["main", "build_parser"]

_DESCRIPTION = """\
Differentially private rewriting of sensitive text with DP-Fusion.

The private spans of each document (names, dates, phone numbers, record numbers... found by a
local PII tagger, or marked <private>like this</private>) are hidden behind placeholders, and a
local language model rewrites the document so that the output depends on each group of private
spans only within a bounded privacy loss (epsilon, delta). Everything runs on this machine; no
network is used. Spans the tagger misses are NOT protected: check the redacted text first with
`dpfusion tag FILE`.
"""

_PRIVATIZE_EPILOG = """\
examples:
  dpfusion privatize cookbook/patient_note.txt --epsilon 8
  dpfusion privatize notes/*.txt --epsilon 4 --json > private.jsonl
  dpfusion privatize note.txt --epsilon 0      # public-only: leaks nothing about private spans
  dpfusion privatize note.txt --epsilon 8 --release faithful   # keep the public text verbatim
  dpfusion privatize note.txt --epsilon 8 --release faithful --surrogates   # fakes, not [PLACEHOLDERS]
  dpfusion tag note.txt                         # first check what will be protected (no decoding)

epsilon: smaller is more private. 0 means the output ignores the private spans entirely;
around 8 hides names and identifiers while keeping the text useful; very large values
approach a plain paraphrase of the original.
"""


_EPILOG = """\
Progress (stages, token rates, a closing privacy summary) goes to standard error; standard output
carries only the result, so pipelines are unaffected. -q/--quiet turns progress off.

documentation: docs/index.md in the source tree (or the built site: mkdocs serve), and
`dpfusion COMMAND --help`.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dpfusion", description=_DESCRIPTION, epilog=_EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("privatize", help="rewrite documents with a differential-privacy guarantee",
                       description="Rewrite each FILE with DP-Fusion and print the private text and a "
                                   "one-line privacy summary.", epilog=_PRIVATIZE_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to privatize ('-' reads standard input)")
    add_budget_options(p, epsilon_help="privacy budget per privacy group (>= 0)", max_new_tokens=None,
                       output="output (paraphrase; default 256)")
    add_engine_options(p)
    add_language_option(p)
    p.add_argument("--release", default="paraphrase", choices=["paraphrase", "faithful"],
                   help="paraphrase (default): the model rewrites the document; faithful: the public text is "
                        "kept verbatim and only the private spans are resampled, charged --slot-tokens steps "
                        "per private span")
    p.add_argument("--slot-tokens", type=int, default=None, metavar="N",
                   help="faithful: most tokens one private span may take (default 12)")
    add_surrogates_option(p)
    p.add_argument("--unit", action="append", default=None, metavar="ID",
                   help="privacy unit charged for each file (repeatable; default: one per tagged value)")
    p.add_argument("--json", action="store_true", help="print one JSON object per file instead of text")
    p.set_defaults(func=_privatize)
    from dpfusion_integrations.tagging.cli import add_tag_parser

    add_tag_parser(sub)
    tag = sub.choices["tag"]
    add_quiet_option(tag)
    tag.set_defaults(func=_with_tag_progress(tag.get_default("func")))
    try:
        from dpfusion_integrations.ledger.cli import add_ledger_parser
    except ImportError:  # pragma: no cover - ledger is part of the package
        pass
    else:
        add_ledger_parser(sub)
    from dpfusion_integrations.corpus.cli import add_privatize_corpus_parser
    from dpfusion_integrations.evaluation.cli import add_eval_parser
    from dpfusion_integrations.synthesis.cli import add_synth_parser

    add_eval_parser(sub)
    add_synth_parser(sub)
    add_privatize_corpus_parser(sub)
    return parser


def _read(path: str) -> str:
    """A document's text: a UTF-8 file, or standard input for ``-``. Text that is not UTF-8 is an
    ``InvalidParameterError`` naming the file only: the decoder's own error quotes the bytes it
    stopped at, which are the document's."""
    from dpfusion_integrations.errors import InvalidParameterError

    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidParameterError("not UTF-8 text; convert it first (e.g. iconv -t UTF-8)") from None


def _all_files_exist(files: Sequence[str]) -> bool:
    return all(path == "-" or Path(path).is_file() for path in files)


def _with_tag_progress(tag: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``dpfusion tag`` with progress on stderr: the tagger's build (the slow part of a first run) as a
    stage, and a closing line with the file count and time. ``tag`` itself prints the result and errors."""

    def run(args: argparse.Namespace) -> int:
        from dpfusion_integrations.errors import DPFusionError
        from dpfusion_integrations.tagging import default_tagger

        if not _all_files_exist(args.files):
            return tag(args)  # it reports the missing file at once, before any build
        progress = Progress(enabled=not args.no_progress)
        try:
            with progress.stage(f"building tagger ({args.profile})"):
                default_tagger(args.profile)  # process-wide: ``tag`` reuses this one
        except DPFusionError:
            pass  # ``tag`` builds it again and reports the error in its own words
        status = tag(args)
        n = len(args.files)
        progress.line(f"done: {n} file{'' if n == 1 else 's'} tagged in {progress.elapsed():.1f} s"
                      + ("; see the errors above" if status else "") + " (no model loaded, no budget spent)")
        return status

    return run


def summary_line(report: object) -> str:
    """One line of privacy summary (only public quantities)."""
    r = report
    steps = (f"{r.tokens_emitted}/{r.max_new_tokens} sampled slot steps, public text kept"  # type: ignore[attr-defined]
             if getattr(r, "release", "paraphrase") == "faithful"
             else f"{r.tokens_emitted}/{r.max_new_tokens} tokens")  # type: ignore[attr-defined]
    if getattr(r, "surrogates", False):
        steps += "; surrogates (fixed fakes, not the true values)"
    return (f"privacy: epsilon={r.epsilon:.3g} delta={r.delta:g} per group ({r.relation.value}; "  # type: ignore[attr-defined]
            f"{r.n_groups} groups: {', '.join(r.epsilon_per_group) or 'none'}; alpha={r.alpha:.3g}, "  # type: ignore[attr-defined]
            f"cap={r.cap:.3g}/token; {steps}; tagger={r.tagger})")  # type: ignore[attr-defined]


def _privatize(args: argparse.Namespace) -> int:
    from dpfusion_integrations.errors import DPFusionError

    for path in args.files:
        if path != "-" and not Path(path).is_file():
            print(f"dpfusion: error: no such file: {path}", file=sys.stderr)
            return 2
    if args.surrogates and args.release != "faithful":  # before the model loads
        print("dpfusion: error: --surrogates belongs to --release faithful", file=sys.stderr)
        return 2
    ledger = None
    if args.ledger:  # opened before the model loads: a wrong URL fails at once, in one line
        from dpfusion_integrations.ledger import PrivacyLedger

        try:
            ledger = PrivacyLedger.open(args.ledger)
        except DPFusionError as exc:
            print(f"dpfusion: error: {exc}", file=sys.stderr)
            return 2
    try:
        return _privatize_files(args, ledger)
    finally:
        if ledger is not None:
            ledger.close()


def _privatize_files(args: argparse.Namespace, ledger: PrivacyLedger | None) -> int:
    from dpfusion_integrations import DPFusion
    from dpfusion_integrations.errors import DPFusionError

    # Stages, rates and the closing summary go to stderr (public quantities only); stdout is the result.
    progress = Progress(enabled=not args.no_progress)
    with progress.stage("loading model"):
        dp = DPFusion.from_pretrained(args.model, device=args.device, group_policy=args.group_policy,
                                      relation=args.relation, tagger_profile=args.tagger_profile,
                                      language_check=args.language_check)
    try:
        with progress.stage(f"building tagger ({args.tagger_profile})"):
            dp.tagger  # noqa: B018 - built once here, so the first document's time is its own
    except DPFusionError:
        pass  # each document's call raises it again and reports it (below), as without progress
    status, failed = 0, 0
    reports: list[PrivacyReport] = []
    for index, path in enumerate(args.files, start=1):
        meter = progress.meter(f"file {index}/{len(args.files)}")
        try:
            result = dp.privatize(_read(path), epsilon=args.epsilon, delta=args.delta,
                                  max_new_tokens=args.max_new_tokens, seed=args.seed,
                                  ledger=ledger, units=args.unit, on_token=meter.token, on_start=meter.started,
                                  release=args.release, slot_tokens=args.slot_tokens, surrogates=args.surrogates)
        except DPFusionError as exc:
            meter.failed()
            print(f"dpfusion: error: {path}: {exc}", file=sys.stderr)
            status, failed = 1, failed + 1
            continue
        except BaseException:  # e.g. Ctrl-C: end the progress line before the traceback
            meter.failed()
            raise
        meter.done()
        reports.append(result.report)
        if args.json:
            print(json.dumps({"file": path, **result.to_dict()}, ensure_ascii=False))
        else:
            if len(args.files) > 1:
                print(f"==> {path} <==")
            print(result.text.strip())
            print(summary_line(result.report))
        sys.stdout.flush()  # the result before the next file's progress, when both go to one terminal
    progress.line(summary_text(reports, failed=failed, seconds=progress.elapsed()))
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return 0
    from dpfusion_integrations.ledger.errors import LedgerError

    try:
        return int(args.func(args))
    except LedgerError as exc:  # e.g. a lost database mid-run: one line, no traceback
        print(f"dpfusion: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
