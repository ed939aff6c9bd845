"""Writing evaluation results: the JSON record and a Markdown table (numbers only; no document text
except, on request, the released texts of a synthetic corpus)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["markdown_report", "write_results"]


def _num(value: Any, digits: int = 3) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, float) and (abs(value) >= 1e4 or (0 < abs(value) < 1e-3)):
        return f"{value:.2e}"
    return f"{value:.{digits}g}" if isinstance(value, float) else str(value)


def _eps(row: Mapping[str, Any]) -> str:
    return "–" if row["epsilon"] is None else _num(float(row["epsilon"]))


def _claim(row: Mapping[str, Any]) -> str:
    if row["claimed_epsilon"] is None:
        return "none"
    delta = row.get("delta")
    suffix = f", δ={delta:g}" if delta else ""
    return f"{_num(row['claimed_epsilon'])}{suffix} ({row['notion']})"


def markdown_report(results: Mapping[str, Any]) -> str:
    """The results as Markdown: settings, the main table, DP-Fusion's release modes side by side per ε
    (if any ran), and the tagger table if present."""
    meta = results["meta"]
    settings = meta["settings"]
    rows = results["rows"]
    chance = next((r["attack"].get("chance") for r in rows if r["attack"].get("n")), None)
    lines = [
        "# DP-Fusion evaluation results", "",
        f"Model: {meta['model']}; {meta['documents']} documents ({meta['attacked_documents']} attacked, "
        f"{rows[0]['attack'].get('candidates', '–')} candidates each, chance = {_num(chance)}); "
        f"max_new_tokens = {settings['max_new_tokens']}; δ = {settings['delta']:g}; seed = {settings['seed']}; "
        f"sampling temperature {meta['temperature']:g}; DP-Fusion relation {meta['relation']}, groups by "
        f"{meta['group_policy']}.", "",
        "| mechanism | ε | claim | attack success [95% CI] | mean rank | ε lower bound | LOSS AUC | Min-K AUC "
        "| PPL (original) | PPL (text) | similarity | facts kept | placeholder leak | name leak |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for r in rows:
        a, u = r["attack"], r["utility"]
        success = (f"{_num(a['success_rate'])} [{_num(a['ci_low'])}, {_num(a['ci_high'])}]" if a.get("n") else "–")
        lines.append(
            f"| {r['mechanism']} | {_eps(r)} | {_claim(r)} | {success} | {_num(a.get('mean_rank'))} "
            f"| {_num(a.get('epsilon_lower_bound'))} | {_num(a.get('loss_auc'))} | {_num(a.get('min_k_auc'))} "
            f"| {_num(u['ppl_original'])} | {_num(u['ppl_text'])} | {_num(u['similarity'])} "
            f"| {_num(u.get('fact_retention'))} | {_num(u['placeholder_leak'])} | {_num(u['target_leak'])} |")
    lines += _release_mode_lines(results.get("release_modes") or [])
    tagger = results.get("tagger")
    if tagger:
        lines += ["", f"## Tagger: {tagger['tagger']}", "",
                  f"Matching: {tagger['matching']}. Untyped recall {_num(tagger['untyped_recall'])}, "
                  f"gold characters covered {_num(tagger['char_coverage'])}.", "",
                  "| entity type | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
        for name, s in [*tagger["per_type"].items(), ("all (micro)", tagger["micro"])]:
            lines.append(f"| {name} | {_num(s['precision'])} | {_num(s['recall'])} | {_num(s['f1'])} "
                         f"| {s['tp']} | {s['fp']} | {s['fn']} |")
    return "\n".join(lines) + "\n"


def _release_mode_lines(table: Sequence[Mapping[str, Any]]) -> list[str]:
    """DP-Fusion's release modes per ε (``release_modes`` of the results), or nothing if none ran."""
    if not table:
        return []
    lines = ["", "## DP-Fusion release modes", "",
             "Same corpus, gold spans, ε and seed. *facts kept*: share of the annotated public facts (drugs, "
             "diagnoses, amounts, actions) present in the release, pooled over documents; *values verbatim*: "
             "share of distinct gold values released verbatim; *sampled steps*: tokens sampled per document "
             "(the faithful modes force the public text and sample only the private slots).", "",
             "| ε | release mode | facts kept | similarity | values verbatim | name leak | sampled steps |",
             "|---|---|---|---|---|---|---|"]
    for entry in table:
        for label, m in entry["modes"].items():
            lines.append(f"| {_num(float(entry['epsilon']))} | {label} | {_num(m.get('fact_retention'))} "
                         f"| {_num(m.get('similarity'))} | {_num(m.get('span_leak'))} | {_num(m.get('target_leak'))} "
                         f"| {_num(m.get('sampled_steps'))} |")
    return lines


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def write_results(results: Mapping[str, Any], out_dir: str | Path, *, save_releases: bool = False) -> list[Path]:
    """Write ``results.json`` and ``results.md`` (and ``releases.json`` on request) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    record = {k: v for k, v in results.items() if k != "releases"}
    paths = [out / "results.json", out / "results.md"]
    paths[0].write_text(json.dumps(_jsonable(record), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    paths[1].write_text(markdown_report(record), encoding="utf-8")
    if save_releases and "releases" in results:
        paths.append(out / "releases.json")
        paths[-1].write_text(json.dumps(results["releases"], indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return paths
