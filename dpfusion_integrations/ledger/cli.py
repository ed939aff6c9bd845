"""``dpfusion ledger show|export|set-cap``: inspect the ledger and set caps from the shell.

The main ``dpfusion`` command calls :func:`add_ledger_parser` with its sub-parsers; each command
sets ``func`` to a callable ``(args) -> int`` (the exit status). The ledger URL comes from
``--url``, else ``$DPFUSION_LEDGER_URL``, else ``sqlite:///$DPFUSION_HOME/ledger.db`` with
``DPFUSION_HOME`` defaulting to ``~/.cache/dpfusion``. Output names unit ids and numbers only.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from typing import Any, TextIO

from dpfusion_integrations.errors import DPFusionError
from dpfusion_integrations.ledger.ledger import PrivacyLedger
from dpfusion_integrations.ledger.models import MICRO_NATS_PER_NAT, LedgerEntry
from dpfusion_integrations.ledger.validation import check_delta, epsilon_of

__all__ = ["DEFAULT_SHOW_DELTA", "add_ledger_parser", "default_ledger_url"]

DEFAULT_SHOW_DELTA = 1e-5
"""δ at which ``ledger show`` reports ε for units without a cap, unless ``--delta`` is given."""

_EXPORT_FIELDS = tuple(LedgerEntry.model_fields)


def default_ledger_url() -> str:
    """``$DPFUSION_LEDGER_URL``, else the SQLite file ``ledger.db`` under ``$DPFUSION_HOME``."""
    url = os.environ.get("DPFUSION_LEDGER_URL")
    if url:
        return url
    home = os.environ.get("DPFUSION_HOME") or os.path.join("~", ".cache", "dpfusion")
    return "sqlite:///" + os.path.join(os.path.expanduser(home), "ledger.db")


def add_ledger_parser(subparsers: Any) -> None:
    """Add ``ledger`` and its sub-commands to the main CLI's ``argparse`` sub-parsers."""
    parser = subparsers.add_parser(
        "ledger",
        help="inspect the privacy-budget ledger and set caps",
        description="Inspect the durable privacy-budget ledger, export its audit log, set per-unit caps.",
    )
    commands = parser.add_subparsers(dest="ledger_command", metavar="{show,export,set-cap}", required=True)

    show = commands.add_parser("show", help="spent and remaining budget per privacy unit")
    _add_url_argument(show)
    show.add_argument(
        "--delta",
        type=float,
        default=None,
        help="report spent epsilon at this delta (default: each unit's cap delta, else 1e-5)",
    )
    show.set_defaults(func=_cmd_show)

    export = commands.add_parser("export", help="write the audit log to standard output")
    _add_url_argument(export)
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    export.set_defaults(func=_cmd_export)

    set_cap = commands.add_parser("set-cap", help="cap one privacy unit at (epsilon, delta)")
    set_cap.add_argument("unit", help="the privacy unit id (an opaque id, never raw private text)")
    set_cap.add_argument("--epsilon", type=float, required=True, help="the cap's epsilon (>= 0)")
    set_cap.add_argument("--delta", type=float, required=True, help="the cap's delta, in (0, 1)")
    _add_url_argument(set_cap)
    set_cap.set_defaults(func=_cmd_set_cap)


def _add_url_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        default=None,
        help="ledger URL: sqlite:///path, a path, or postgresql://... (default: $DPFUSION_LEDGER_URL, "
        "else sqlite:///$DPFUSION_HOME/ledger.db)",
    )


def _fail(exc: DPFusionError, err: TextIO) -> int:
    print(f"dpfusion ledger: error: {exc}", file=err)
    return 1


def _cmd_show(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        if args.delta is not None:
            check_delta(args.delta)
        with PrivacyLedger.open(args.url or default_ledger_url(), create=False) as ledger:
            balances = ledger.balances()
            outstanding = ledger.outstanding()
            alpha, url = ledger.alpha, ledger.url
    except DPFusionError as exc:
        return _fail(exc, err)
    print(f"ledger {url}  alpha={alpha:g}  units={len(balances)}  outstanding calls={len(outstanding)}", file=out)
    header = ("unit", "committed_rdp", "outstanding_rdp", "spent_eps", "at_delta", "cap_eps", "cap_delta", "remaining")
    rows = [header]
    for bal in balances:
        delta = args.delta or bal.cap_delta or DEFAULT_SHOW_DELTA
        spent = epsilon_of(bal.total_micro_nats, alpha=alpha, delta=delta)
        if bal.cap_epsilon is not None and bal.cap_delta is not None:
            left = max(0.0, bal.cap_epsilon - epsilon_of(bal.total_micro_nats, alpha=alpha, delta=bal.cap_delta))
            cap = (f"{bal.cap_epsilon:g}", f"{bal.cap_delta:g}", f"{left:.6g}")
        else:
            cap = ("-", "-", "-")
        rows.append(
            (
                bal.unit,
                f"{bal.committed_micro_nats / MICRO_NATS_PER_NAT:.6f}",
                f"{bal.reserved_micro_nats / MICRO_NATS_PER_NAT:.6f}",
                f"{spent:.6g}",
                f"{delta:g}",
                *cap,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=out)
    return 0


def _cmd_export(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        with PrivacyLedger.open(args.url or default_ledger_url(), create=False) as ledger:
            entries = ledger.audit()
    except DPFusionError as exc:
        return _fail(exc, err)
    if args.format == "jsonl":
        for entry in entries:
            out.write(entry.model_dump_json() + "\n")
    else:
        writer = csv.DictWriter(out, fieldnames=_EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        for entry in entries:
            writer.writerow(entry.model_dump(mode="json"))
    return 0


def _cmd_set_cap(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        with PrivacyLedger.open(args.url or default_ledger_url()) as ledger:
            ledger.set_cap(args.unit, args.epsilon, args.delta)
            remaining = ledger.remaining(args.unit)
    except DPFusionError as exc:
        return _fail(exc, err)
    print(f"capped {args.unit} at epsilon={args.epsilon:g}, delta={args.delta:g}; remaining {remaining:.6g}", file=out)
    return 0
