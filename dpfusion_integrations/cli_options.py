"""Command-line options shared by the subcommands that decode (``privatize``,
``privatize-corpus``, ``synth``), so that they read and mean the same everywhere."""

from __future__ import annotations

import argparse

from dpfusion_integrations.tagging.profiles import TaggerProfile

__all__ = ["add_budget_options", "add_engine_options", "add_quiet_option", "add_release_options",
           "add_surrogates_option"]


def add_budget_options(p: argparse.ArgumentParser, *, epsilon_help: str, max_new_tokens: int | None,
                       output: str) -> None:
    """``--epsilon --delta --max-new-tokens --group-policy --relation``."""
    p.add_argument("--epsilon", type=float, required=True, help=epsilon_help)
    p.add_argument("--delta", type=float, default=1e-5, help="delta of the (epsilon, delta) guarantee (default 1e-5)")
    p.add_argument("--max-new-tokens", type=int, default=max_new_tokens,
                   help=f"token budget of each {output}" + ("" if max_new_tokens is None
                                                            else f" (default {max_new_tokens})"))
    p.add_argument("--group-policy", default="entity_type", choices=["entity_type", "entity", "single"],
                   help="how private spans form groups (default: one group per entity type)")
    p.add_argument("--relation", default="redaction", choices=["redaction", "substitution"],
                   help="neighbouring relation the guarantee covers (default: redaction)")


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """``--model --device --seed --ledger --tagger-profile --quiet``."""
    p.add_argument("--model", default=None, help="local model directory (default: embedded SmolLM2-135M-Instruct)")
    p.add_argument("--device", default=None, help="torch device, e.g. cpu or cuda (default: cpu)")
    p.add_argument("--seed", type=int, default=None, help="fixed seed (tests and demos only; reports say so)")
    p.add_argument("--ledger", default=None, metavar="URL",
                   help="enforce per-unit budgets in this existing ledger (create it once with `dpfusion ledger "
                        "init URL`): sqlite:///relative.db, sqlite:////absolute.db or postgresql://...")
    p.add_argument("--tagger-profile", default="recall", choices=[t.value for t in TaggerProfile],
                   help="how private spans are found when not marked: recall (default; a union of detectors "
                        "that redacts by default), recall-v6 ... recall-v3 (earlier detector sets) or precision "
                        "(Presidio's defaults; fewer spans, more misses)")
    add_quiet_option(p)


def add_language_option(p: argparse.ArgumentParser) -> None:
    """``--language-check {refuse,off}``: refuse text in a language the tagger does not support
    (default), or tag it anyway (the tagger may then miss most private values: check with ``dpfusion tag``)."""
    p.add_argument("--language-check", default="refuse", choices=["refuse", "off"],
                   help="refuse text in a language the tagger does not support (default: refuse); 'off' tags it "
                        "anyway, and the tagger may then miss most private values")


def add_quiet_option(p: argparse.ArgumentParser) -> None:
    """``-q/--quiet`` (alias ``--no-progress``, its older name): no progress on stderr. Both set
    ``args.no_progress``, which every subcommand reads. Results (stdout) and errors print either way."""
    p.add_argument("-q", "--quiet", "--no-progress", dest="no_progress", action="store_true",
                   help="no progress on stderr (stage lines, bars, token rates, the closing summary of privatize "
                        "and tag); the result on stdout and error messages print either way")


def add_release_options(p: argparse.ArgumentParser, *, default: str = "paraphrase") -> None:
    """``--release {paraphrase,faithful} --slot-tokens N``. Neither is checked here against
    ``--max-new-tokens``: the settings object of the subcommand refuses a parameter of the other mode
    (so give ``--max-new-tokens`` a default of None, or an explicit value could not be told apart)."""
    p.add_argument("--release", default=default, choices=["paraphrase", "faithful"],
                   help=f"paraphrase: the model rewrites each document; faithful: the public text is kept verbatim "
                        f"and only the private spans are resampled, charged --slot-tokens steps per private span "
                        f"(default {default})")
    p.add_argument("--slot-tokens", type=int, default=None, metavar="N",
                   help="faithful only: most tokens one private span may take, its charge per span "
                        "(default: DPFusion's DEFAULT_SLOT_TOKENS)")


def add_surrogates_option(p: argparse.ArgumentParser) -> None:
    """``--surrogates``: faithful release only (the subcommand refuses it with the paraphrase)."""
    p.add_argument("--surrogates", action="store_true",
                   help="faithful only: show each private span to the public context as a fixed fake of its type "
                        "(e.g. 'Alex Morgan') instead of its [PLACEHOLDER], so that the output reads naturally; "
                        "the fakes are public and chosen by type and position only, and the charge is the same")
