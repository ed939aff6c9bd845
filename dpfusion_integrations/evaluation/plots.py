"""PNG plots of an evaluation: attack and utility against ε, one line per mechanism (non-DP
baselines as horizontal dashed lines, since their output does not depend on ε). matplotlib is
imported here only, with the non-interactive Agg backend."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["plot_results"]

_COLORS = {"dp-fusion": "#1b6ac9", "dp-fusion-faithful": "#17becf", "dp-fusion-faithful-surrogates": "#9467bd", "redaction": "#555555", "paraphrase": "#d62728", "dp-prompt": "#ff7f0e",
           "dp-decoding": "#2ca02c"}
_MARKERS = {"dp-fusion": "o", "dp-fusion-faithful": "D", "dp-fusion-faithful-surrogates": "P", "dp-prompt": "s", "dp-decoding": "^"}
#: Horizontal offsets so that overlapping lines and error bars of the DP mechanisms stay visible.
_DODGE = {"dp-fusion": -0.15, "dp-fusion-faithful": -0.075, "dp-fusion-faithful-surrogates": 0.0, "dp-prompt": 0.075,
          "dp-decoding": 0.15}
_LABELS = {"dp-fusion": "DP-Fusion", "dp-fusion-faithful": "DP-Fusion (faithful)",
           "dp-fusion-faithful-surrogates": "DP-Fusion (faithful, surrogates)", "redaction": "redaction (no DP)", "paraphrase": "paraphrase (no DP)",
           "dp-prompt": "DP-Prompt", "dp-decoding": "DP-Decoding"}


def _panel(ax: Any, rows: Sequence[Mapping[str, Any]], epsilons: Sequence[float], value: Callable[[Any], Any],
           title: str, *, log: bool = False, errors: Callable[[Any], tuple[float, float]] | None = None) -> None:
    xs = list(range(len(epsilons)))
    for name in dict.fromkeys(r["mechanism"] for r in rows):
        mine = [r for r in rows if r["mechanism"] == name]
        color, label = _COLORS.get(name, None), _LABELS.get(name, name)
        if mine[0]["epsilon"] is None:
            y = value(mine[0])
            if y is not None:
                ax.axhline(y, color=color, linestyle="--", linewidth=1.5, label=label)
            continue
        by_eps = {float(r["epsilon"]): r for r in mine}
        pts = [(x, by_eps[e]) for x, e in zip(xs, epsilons) if e in by_eps and value(by_eps[e]) is not None]
        if not pts:
            continue
        px = [p[0] + _DODGE.get(name, 0.0) for p in pts]
        py = [value(p[1]) for p in pts]
        marker = _MARKERS.get(name, "o")
        if errors is not None:
            lo_hi = [errors(p[1]) for p in pts]
            yerr = [[y - lo for y, (lo, _) in zip(py, lo_hi)], [hi - y for y, (_, hi) in zip(py, lo_hi)]]
            ax.errorbar(px, py, yerr=yerr, color=color, marker=marker, linewidth=2, capsize=4, label=label)
        else:
            ax.plot(px, py, color=color, marker=marker, linewidth=2, label=label)
    ax.set_xticks(xs, [f"{e:g}" for e in epsilons])
    ax.set_xlabel("ε (requested, per document)")
    ax.set_title(title, fontsize=11)
    if log:
        ax.set_yscale("log")
    ax.grid(alpha=0.3)


def plot_results(results: Mapping[str, Any], out_dir: str | Path) -> list[Path]:
    """Write ``attack.png`` and ``utility.png`` into ``out_dir``; returns their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = results["rows"]
    epsilons = [float(e) for e in results["meta"]["settings"]["epsilons"]]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chance = next((r["attack"]["chance"] for r in rows if r["attack"].get("n")), None)

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    _panel(axes[0], rows, epsilons, lambda r: r["attack"].get("success_rate"),
           "Candidate-ranking attack success (95% CI)",
           errors=lambda r: (r["attack"]["ci_low"], r["attack"]["ci_high"]))
    if chance is not None:
        axes[0].axhline(chance, color="black", linestyle=":", linewidth=1.2, label=f"chance (1/m = {chance:.2g})")
    axes[0].set_ylim(-0.02, 1.02)
    _panel(axes[1], rows, epsilons, lambda r: r["attack"].get("epsilon_lower_bound"),
           "Empirical ε lower bound (97.5% one-sided)")
    axes[1].plot(range(len(epsilons)), epsilons, color="#7b3294", linestyle="-.", linewidth=1.2, label="claimed ε")
    _panel(axes[2], rows, epsilons, lambda r: r["attack"].get("loss_auc"), "LOSS attack AUC (true vs. distractor)")
    axes[2].axhline(0.5, color="#999999", linestyle=":", linewidth=1.5, label="AUC chance (0.5)")
    handles, labels = axes[0].get_legend_handles_labels()
    extra = {lab: h for ax in axes[1:] for h, lab in zip(*ax.get_legend_handles_labels())}
    merged = dict(zip(labels, handles)) | {k: v for k, v in extra.items() if k not in labels}
    fig.legend(merged.values(), merged.keys(), loc="lower center", ncol=min(len(merged), 8), frameon=False)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    attack_path = out / "attack.png"
    fig.savefig(attack_path, dpi=110)
    plt.close(fig)

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    _panel(axes[0], rows, epsilons, lambda r: r["utility"]["ppl_original"],
           "Perplexity given the original (lower is better)", log=True)
    _panel(axes[1], rows, epsilons, lambda r: r["utility"]["ppl_text"], "Perplexity of the text alone", log=True)
    _panel(axes[2], rows, epsilons, lambda r: r["utility"]["similarity"], "Semantic similarity to the original")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), frameon=False)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    utility_path = out / "utility.png"
    fig.savefig(utility_path, dpi=110)
    plt.close(fig)
    return [attack_path, utility_path]
