"""``dpfusion ledger init|show|export|set-cap``: create and inspect the ledger, set caps from the shell.

The main ``dpfusion`` command calls :func:`add_ledger_parser` with its sub-parsers; each command
sets ``func`` to a callable ``(args) -> int`` (the exit status). The ledger URL comes from
``--url`` (``init`` also takes it as its argument), else ``$DPFUSION_LEDGER_URL``, else
``sqlite:///$DPFUSION_HOME/ledger.db`` with ``DPFUSION_HOME`` defaulting to ``~/.cache/dpfusion``.
Only ``init`` creates a ledger (never a directory); every other command needs an existing one.
Errors are one line on standard error and exit status 1. Output names unit ids and numbers only.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from typing import Any, TextIO

from dpfusion_integrations.errors import DPFusionError
from dpfusion_integrations.ledger.errors import ACCEPTED_URL_FORMS, LedgerNotFoundError
from dpfusion_integrations.ledger.ledger import PrivacyLedger
from dpfusion_integrations.ledger.models import MICRO_NATS_PER_NAT, LedgerEntry
from dpfusion_integrations.ledger.store import DEFAULT_ALPHA
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
        help="create and inspect the privacy-budget ledger and set caps",
        description="Create the durable privacy-budget ledger, inspect it, export its audit log, set per-unit caps.",
    )
    commands = parser.add_subparsers(dest="ledger_command", metavar="{init,show,export,set-cap}", required=True)

    init = commands.add_parser(
        "init",
        help="create a new ledger (the only command that creates one)",
        description="Create a new, empty ledger at URL. The directory of an SQLite file must exist already. "
        f"URL forms: {ACCEPTED_URL_FORMS}.",
    )
    init.add_argument(
        "url_arg", nargs="?", default=None, metavar="URL", help="where to create it (default: as for --url)"
    )
    _add_url_argument(init)
    init.add_argument(
        "--alpha", type=float, default=None, help=f"the ledger's fixed Renyi order (default {DEFAULT_ALPHA:g})"
    )
    policy = init.add_mutually_exclusive_group()
    policy.add_argument(
        "--default-cap",
        type=float,
        default=None,
        metavar="EPS",
        help="cap every unit without its own cap at epsilon EPS (with --delta)",
    )
    policy.add_argument(
        "--require-caps",
        action="store_true",
        help="refuse to spend on any unit without its own cap (set them with set-cap)",
    )
    init.add_argument("--delta", type=float, default=None, help="the default cap's delta, in (0, 1)")
    init.set_defaults(func=_cmd_init)

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
        help="ledger URL: sqlite:///relative.db, sqlite:////absolute.db or postgresql://... "
        "(default: $DPFUSION_LEDGER_URL, else sqlite:///$DPFUSION_HOME/ledger.db)",
    )


def _fail(exc: DPFusionError, err: TextIO) -> int:
    print(f"dpfusion ledger: error: {exc}", file=err)
    return 1


def _cmd_init(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    if args.url_arg is not None and args.url is not None and args.url_arg != args.url:
        print("dpfusion ledger: error: give the URL once (as the argument or as --url)", file=err)
        return 2
    if (args.default_cap is None) != (args.delta is None):
        print("dpfusion ledger: error: --default-cap and --delta go together", file=err)
        return 2
    url = args.url_arg or args.url or default_ledger_url()
    default_cap = None if args.default_cap is None else (args.default_cap, args.delta)
    try:
        try:
            PrivacyLedger.open(url).close()
        except LedgerNotFoundError:
            pass
        else:
            print(f"dpfusion ledger: error: a ledger already exists at {url}; nothing was changed", file=err)
            return 1
        with PrivacyLedger.open(
            url, alpha=args.alpha, default_cap=default_cap, require_caps=args.require_caps, create=True
        ) as ledger:
            alpha, shown, policy = ledger.alpha, ledger.url, _policy_text(ledger)
    except DPFusionError as exc:
        return _fail(exc, err)
    print(f"created ledger {shown}  alpha={alpha:g}  {policy}", file=out)
    return 0


def _policy_text(ledger: PrivacyLedger) -> str:
    """How the ledger treats units without their own cap, in a few words."""
    if ledger.require_caps:
        return "units without a cap: refused (require-caps)"
    cap = ledger.default_cap
    if cap is not None:
        return f"units without a cap: default cap epsilon={cap[0]:g}, delta={cap[1]:g}"
    return "units without a cap: unlimited (tracked only)"


def _cmd_show(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        if args.delta is not None:
            check_delta(args.delta)
        with PrivacyLedger.open(args.url or default_ledger_url()) as ledger:
            balances = ledger.balances()
            outstanding = ledger.outstanding()
            alpha, url, default_cap, policy = ledger.alpha, ledger.url, ledger.default_cap, _policy_text(ledger)
    except DPFusionError as exc:
        return _fail(exc, err)
    print(
        f"ledger {url}  alpha={alpha:g}  units={len(balances)}  outstanding calls={len(outstanding)}  {policy}",
        file=out,
    )
    header = ("unit", "committed_rdp", "outstanding_rdp", "spent_eps", "at_delta", "cap_eps", "cap_delta", "remaining")
    rows = [header]
    for bal in balances:
        delta = args.delta or bal.cap_delta or (default_cap[1] if default_cap else None) or DEFAULT_SHOW_DELTA
        spent = epsilon_of(bal.total_micro_nats, alpha=alpha, delta=delta)
        if bal.cap_epsilon is not None and bal.cap_delta is not None:
            left = max(0.0, bal.cap_epsilon - epsilon_of(bal.total_micro_nats, alpha=alpha, delta=bal.cap_delta))
            cap = (f"{bal.cap_epsilon:g}", f"{bal.cap_delta:g}", f"{left:.6g}")
        elif default_cap is not None:  # the ledger's default cap, marked with a "*"
            left = max(0.0, default_cap[0] - epsilon_of(bal.total_micro_nats, alpha=alpha, delta=default_cap[1]))
            cap = (f"{default_cap[0]:g}*", f"{default_cap[1]:g}", f"{left:.6g}")
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
        with PrivacyLedger.open(args.url or default_ledger_url()) as ledger:
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
