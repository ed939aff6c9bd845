"""``dpfusion tag FILE...``: show what will be protected, without decoding.

Prints each file's public context (the text the model sees, every private span replaced by its
placeholder such as ``[PERSON]``) and a summary of the spans' types and groups; ``--json`` prints one
object per file with the spans' offsets, types and groups. No model is loaded and no budget is
spent. Private values are never printed: what is left in the public context is what a release may
contain verbatim, so read it before releasing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dpfusion_integrations.cli_options import add_language_option
from dpfusion_integrations.tagging.profiles import TaggerProfile

__all__ = ["add_tag_parser"]

_EPILOG = """\
examples:
  dpfusion tag cookbook/patient_note.txt
  dpfusion tag notes/*.txt --json > spans.jsonl
  dpfusion tag note.txt --profile precision     # the previous default: fewer spans, more misses

Spans the tagger misses are NOT protected: anything still readable in the output above will be
treated as public. Mark such values with <private>...</private> or pass explicit spans.
"""


def add_tag_parser(sub: Any) -> None:
    """Register ``tag`` on the ``dpfusion`` subparsers."""
    p = sub.add_parser("tag", help="show what will be protected (the public context), without decoding",
                       description="Tag each FILE and print its public context: the text with every private "
                                   "span replaced by a placeholder, and the spans' types and groups.",
                       epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="text files to tag ('-' reads standard input)")
    p.add_argument("--profile", default="recall", choices=[t.value for t in TaggerProfile],
                   help="tagging profile (default: recall, the union of detectors that redacts by default; "
                        "recall-v13 ... recall-v3 are earlier detector sets)")
    p.add_argument("--group-policy", default="entity_type", choices=["entity_type", "entity", "single"],
                   help="how private spans form groups (default: one group per entity type)")
    p.add_argument("--json", action="store_true", help="print one JSON object per file instead of text")
    add_language_option(p)
    p.set_defaults(func=_tag)


def _read(path: str) -> str:
    return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")


def _summary(preview: Any) -> str:
    counts = ", ".join(f"{t} {n}" for t, n in preview.type_counts().items()) or "none"
    return (f"protected: {len(preview.spans)} spans in {preview.n_groups} groups ({counts}); "
            f"tagger={preview.tagger}")


def _tag(args: argparse.Namespace) -> int:
    from dpfusion_integrations.errors import DPFusionError
    from dpfusion_integrations.tagging import default_tagger, preview_text

    for path in args.files:
        if path != "-" and not Path(path).is_file():
            print(f"dpfusion: error: no such file: {path}", file=sys.stderr)
            return 2
    status = 0
    try:
        tagger = default_tagger(args.profile, language_check=args.language_check)
    except DPFusionError as exc:
        print(f"dpfusion: error: {exc}", file=sys.stderr)
        return 1
    for path in args.files:
        try:
            preview = preview_text(_read(path), tagger=tagger, group_policy=args.group_policy)
        except (DPFusionError, UnicodeDecodeError) as exc:
            # DPFusionError messages never quote the text; a decode error names only its type here
            reason = exc if isinstance(exc, DPFusionError) else f"not UTF-8 text ({type(exc).__name__})"
            print(f"dpfusion: error: {path}: {reason}", file=sys.stderr)
            status = 1
            continue
        if args.json:
            print(json.dumps({"file": path, **preview.to_dict()}, ensure_ascii=False))
        else:
            if len(args.files) > 1:
                print(f"==> {path} <==")
            print(preview.redacted_text.rstrip())
            print(_summary(preview))
    return status
