"""Tool-call validity with and without grammar constraints, and the per-step cost of the mask (issue 16).

Run (30-45 minutes on the project's shared 2-core CPU under load)::

    OMP_WAIT_POLICY=PASSIVE python benchmarks/tool_calls.py --json benchmarks/results/tool_calls.json

Method. The fixed prompt set ``benchmarks/data/tool_prompts_v1.jsonl`` (pinned by its sha256 below,
checked before anything runs) holds 56 tool-use requests over 7 tool sets of 4 tools each (flat
arguments, nested objects, enums, arrays of strings / enums / objects, bounded numbers, booleans,
optional fields, patterns), 8 requests per set. Every user message carries private-looking details
(names, MRNs, dates, emails, account numbers) that the default tagger protects. The embedded SmolLM2
decodes each tool set's 8 requests together (``DPFusion.generate_many``: they share the tool list,
hence the grammar and the system-message prefix) in two modes, back to back, the order alternating
between runs so that load drift on the shared CPU hits both alike:

- ``constrained``: ``grammar=tool_call_grammar(tools, "required", parallel=False)``: exactly one call
  whose name is a bound tool and whose arguments validate against its schema (forced tokens free),
  with a closing phase of up to ``--closing-tokens`` steps (``max_closing_tokens``): a call the
  sampled budget cuts is completed from the public context's distribution alone, at no ε;
- ``unconstrained``: no grammar; the same conversation, stop string, seeds and budget.

Both modes see the same conversation: the LangChain adapter's tool system message
(``langchain_dpfusion._messages.tools_system_message``, built with ``tool_choice="auto"``: with
"required" it would add "You must call the tool <first tool> now", which names the first tool whatever
the request) and the user message. Both stop at ``</tool_call>`` and run with repetition control off
(constrained calls always do), so the grammar is the only difference. Both outputs are read by the
adapter's own parser (``parse_tool_calls``).

Scores per call: ``parsed`` (the parser finds a call to a bound tool), ``valid`` (its arguments
validate against the tool's declared JSON schema with ``jsonschema``), ``strict_valid`` (also against
the closed schema: no undeclared keys, what the grammar enforces), ``right_tool`` (the first call names
the expected tool), and ``valid if completed`` (schema-valid among the calls that ended before the
sampled-token budget did: the grammar's guarantee), ``valid if closed`` (schema-valid among the calls
the budget cut that the closing phase then completed). Rates carry Wilson 95 % intervals. Per call:
sampled, forced and closing tokens, whether the grammar was complete, ε reserved
(``report.epsilon``: the data-independent bound for the whole budget) and ε charged (what a ledger
keeps after the unused tail is refunded: sampled steps + 1).

Mask overhead: the wall time of every decode step (between consecutive sampler calls, so prefill is
excluded), step ``t`` of the constrained run against step ``t`` of the unconstrained run of the same
prompts while every request is live in both (same rows, same cache length: the grammar is the only
difference); the ratio of the totals (target ≤ 1.10 on CPU). Measured for the 8-request batches and
for single-stream calls (``--single-per-set`` requests per tool set, decoded one by one with
``DPFusion.generate``, ``--timing-reps`` times per mode with alternating order, each stopped after
``--timing-tokens`` released tokens; timing only, not scored). The grammar's own per-step work
(llguidance mask, masking every row, advancing the matcher) is also timed directly, which is less
sensitive to CPU noise.

A check at ε = 0 (public-only decoding, zero leakage) runs on a subset (``--check-sets``). Outputs
are scored but never stored or printed: results hold scores, tool names and counts only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import statistics
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
PROMPTS_PATH = ROOT / "benchmarks" / "data" / "tool_prompts_v1.jsonl"
#: sha256 of the frozen prompt set (version 1); a changed file is a new version, never an edit.
PROMPTS_SHA256 = "39c1e9a99141a6dd365e446f5c24a3e6d95f88ad0032d509f6a9f43f5259c820"
MODES = ("constrained", "unconstrained")


# ---------------------------------------------------------------------------------------- prompts
@dataclass(frozen=True)
class ToolPrompt:
    """One tool-use request: the tools offered, the conversation, and the tool it should call."""

    id: str
    tool_set: str
    tools: list[dict[str, Any]]
    messages: list[dict[str, Any]]
    expected_tool: str
    expected_features: list[str] = field(default_factory=list)

    @property
    def tool_names(self) -> list[str]:
        return [spec_of(t)["name"] for t in self.tools]


def spec_of(tool: Mapping[str, Any]) -> dict[str, Any]:
    """The function dict of an OpenAI-style tool (``{"type": "function", "function": {...}}`` or bare)."""
    return dict(tool.get("function", tool))


def file_sha256(path: Path) -> str:
    """Hex sha256 of the file's bytes (what ``PROMPTS_SHA256`` pins)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_prompts(path: Path = PROMPTS_PATH, sha256: str | None = PROMPTS_SHA256) -> list[ToolPrompt]:
    """The prompt set at ``path``; ``ValueError`` when its sha256 is not the pinned one (the set is frozen)."""
    if sha256 is not None and file_sha256(path) != sha256:
        raise ValueError(f"{path.name} does not match its pinned sha256: the prompt set is frozen; "
                         "publish a changed set as a new version")
    with path.open(encoding="utf-8") as fh:
        return [ToolPrompt(**json.loads(line)) for line in fh if line.strip()]


# ---------------------------------------------------------------------------------------- scoring
@dataclass(frozen=True)
class CallScore:
    """How one output fares: ``tool`` is the first parsed call's tool name (public), or None."""

    parsed: bool
    valid: bool
    strict_valid: bool
    right_tool: bool
    tool: str | None

    @property
    def failure(self) -> str:
        """``ok``, ``no_call``, ``invalid_args`` or ``wrong_tool`` (the first that applies)."""
        if not self.parsed:
            return "no_call"
        if not self.valid:
            return "invalid_args"
        return "ok" if self.right_tool else "wrong_tool"


def first_call(text: str, tools: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The first call the LangChain adapter's parser reads in ``text`` (``{"name", "args"}``), or None."""
    from langchain_dpfusion._messages import parse_tool_calls

    _, calls = parse_tool_calls(text, [spec_of(t)["name"] for t in tools])
    return {"name": calls[0]["name"], "args": calls[0]["args"]} if calls else None


def arguments_valid(call: Mapping[str, Any], tools: Sequence[Mapping[str, Any]], *, strict: bool = False) -> bool:
    """Whether ``call["args"]`` validates against its tool's parameters schema (``strict``: the closed
    schema the grammar enforces, with no undeclared keys). An unknown tool is never valid."""
    from dpfusion_integrations.tool_grammar import closed

    specs = {spec_of(t)["name"]: spec_of(t) for t in tools}
    spec = specs.get(call.get("name"))  # type: ignore[arg-type]
    if spec is None:
        return False
    schema = spec.get("parameters") or {"type": "object", "properties": {}}
    validator = jsonschema.Draft202012Validator(closed(schema) if strict else schema)
    return bool(validator.is_valid(call.get("args")))


def score_output(text: str, tools: Sequence[Mapping[str, Any]], expected_tool: str) -> CallScore:
    """Parse, validate and check the tool of one output."""
    call = first_call(text, tools)
    if call is None:
        return CallScore(parsed=False, valid=False, strict_valid=False, right_tool=False, tool=None)
    return CallScore(parsed=True, valid=arguments_valid(call, tools), strict_valid=arguments_valid(call, tools, strict=True),
                     right_tool=call["name"] == expected_tool, tool=call["name"])


def rate(successes: int, trials: int) -> dict[str, Any]:
    """``{"k", "n", "rate", "lo", "hi"}`` with a Wilson 95 % interval."""
    from dpfusion_integrations.evaluation.heldout_metrics import wilson_interval

    lo, hi = wilson_interval(successes, trials)
    return {"k": successes, "n": trials, "rate": round(successes / trials, 4) if trials else None,
            "lo": round(lo, 4), "hi": round(hi, 4)}


# ---------------------------------------------------------------------------------------- timing
class StepProbe:
    """Per decode step: when it ended, how many requests were live, and the grammar's own time so far.

    ``installed()`` wraps, for its duration, the engine function called once per step (the sampler,
    which holds the step's one host sync) and the two that do the grammar's per-step work (masking
    every row to the allowed tokens, advancing the matcher). Consecutive step ends bound one whole
    step (forward, distributions, mask, λ search, mixture, sampling, bookkeeping); the first step
    end comes after the prefill, which is therefore excluded.
    """

    def __init__(self) -> None:
        self.grammar_s = 0.0
        self.ends: list[tuple[float, int, float]] = []

    def reset(self) -> None:
        self.grammar_s, self.ends = 0.0, []

    def _timed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.grammar_s += time.perf_counter() - start
        return wrapper

    def _stamped(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(released: Any, *args: Any, **kwargs: Any) -> Any:
            out = fn(released, *args, **kwargs)
            self.ends.append((time.perf_counter(), int(released.shape[0]), self.grammar_s))
            return out
        return wrapper

    @contextmanager
    def installed(self) -> Iterator[StepProbe]:
        from dpfusion_integrations.engine import decode
        from dpfusion_integrations.engine.grammar import GrammarMatcher

        saved = decode._apply_grammars, GrammarMatcher.consume, decode.sample_released
        decode._apply_grammars = self._timed(saved[0])  # type: ignore[assignment]
        GrammarMatcher.consume = self._timed(saved[1])  # type: ignore[method-assign]
        decode.sample_released = self._stamped(saved[2])  # type: ignore[assignment]
        try:
            yield self
        finally:
            decode._apply_grammars, GrammarMatcher.consume, decode.sample_released = saved  # type: ignore[method-assign]

    def steps(self, started: float) -> dict[str, Any]:
        """``prefill_s`` (start to the first step end), then per later step its wall time, live
        requests and grammar time."""
        ends = self.ends
        return {"prefill_s": round(ends[0][0] - started, 3) if ends else None,
                "step_s": [round(b[0] - a[0], 5) for a, b in pairwise(ends)],
                "live": [b[1] for b in ends[1:]],
                "grammar_s": [round(b[2] - a[2], 6) for a, b in pairwise(ends)]}


# ---------------------------------------------------------------------------------------- decoding
def conversation(prompt: ToolPrompt) -> list[dict[str, Any]]:
    """The adapter's public tool system message, then the (private) user turn."""
    from langchain_dpfusion._messages import tools_system_message

    return [tools_system_message(prompt.tools, "auto"), *prompt.messages]


def committed_epsilon(report: Any) -> float:
    """ε a ledger keeps for the worst unit after refunding the unused tail (0 when nothing is charged)."""
    from dpfusion_integrations.accounting import rdp_to_epsilon
    from dpfusion_integrations.accounting.tracker import events_from_report

    events = events_from_report(report, refund_unused=True)
    if not events:
        return 0.0
    return rdp_to_epsilon(rdp=max(e.rdp for e in events.values()), alpha=report.alpha, delta=report.delta)


def decode_set(dp: Any, prompts: Sequence[ToolPrompt], *, mode: str, epsilon: float, max_new_tokens: int,
               seed: int, probe: StepProbe, batched: bool = True, stop_after: int | None = None,
               closing_tokens: int = 0) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Decode prompts that share one tool list in one mode: together in one ``generate_many`` batch
    (``batched``), or one ``generate`` call for a single prompt (``stop_after``: stop it after that
    many released tokens, for timing runs). Returns one record per prompt (scores, counts, ε; never
    the text) and the run's timing."""
    from dpfusion_integrations.tool_grammar import CALL_CLOSE, tool_call_grammar

    if any(p.tools != prompts[0].tools for p in prompts):
        raise ValueError("a batch must share one tool list (one grammar per batch)")
    options: dict[str, Any] = {
        "epsilon": epsilon, "max_new_tokens": max_new_tokens, "seed": seed, "stop": [CALL_CLOSE],
        "repetition_control": False, "allow_no_spans": True, "max_closing_tokens": closing_tokens,
        "grammar": tool_call_grammar(prompts[0].tools, "required", parallel=False) if mode == "constrained" else None,
    }
    probe.reset()
    started = time.perf_counter()
    if batched:
        results = dp.generate_many([conversation(p) for p in prompts], **options)
    else:
        if len(prompts) != 1:
            raise ValueError("an unbatched run decodes one prompt")
        released = [0]

        def enough(_token: int) -> bool:
            released[0] += 1
            return stop_after is not None and released[0] >= stop_after

        results = [dp.generate(conversation(prompts[0]), on_token=enough, **options)]
    wall = time.perf_counter() - started
    records = []
    for prompt, result in zip(prompts, results, strict=True):
        report, score = result.report, score_output(result.text, prompt.tools, prompt.expected_tool)
        sampled = report.tokens_emitted - report.tokens_forced - report.tokens_closing
        records.append({
            "id": prompt.id, "tool_set": prompt.tool_set, "mode": mode, "epsilon": epsilon,
            "expected_tool": prompt.expected_tool, "tool": score.tool, "parsed": score.parsed, "valid": score.valid,
            "strict_valid": score.strict_valid, "right_tool": score.right_tool, "failure": score.failure,
            "n_groups": report.n_groups, "tokens_emitted": report.tokens_emitted,
            "tokens_forced": report.tokens_forced, "tokens_sampled": sampled, "tokens_closing": report.tokens_closing,
            "budget_exhausted": sampled >= max_new_tokens, "grammar_complete": report.grammar_complete,
            "epsilon_reserved": round(report.epsilon, 4), "epsilon_charged": round(committed_epsilon(report), 4)})
    timing = {"tool_set": prompts[0].tool_set, "mode": mode, "epsilon": epsilon, "batched": batched,
              "stop_after": stop_after,
              "ids": [p.id for p in prompts], "wall_s": round(wall, 3), **probe.steps(started)}
    return records, timing


# ---------------------------------------------------------------------------------------- summary
def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def summarize_cell(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Rates (Wilson 95 %), token counts and ε of one (ε, mode) cell, overall and per tool set."""
    n = len(records)
    out: dict[str, Any] = {
        key: rate(sum(bool(r[key]) for r in records), n) for key in ("parsed", "valid", "strict_valid", "right_tool")
    }
    out["valid_and_right_tool"] = rate(sum(bool(r["valid"] and r["right_tool"]) for r in records), n)
    completed = [r for r in records if not r["budget_exhausted"]]
    out["valid_if_completed"] = rate(sum(bool(r["valid"]) for r in completed), len(completed))
    closed = [r for r in records if r["budget_exhausted"] and r.get("grammar_complete")]
    out["valid_if_closed"] = rate(sum(bool(r["valid"]) for r in closed), len(closed))
    out["grammar_incomplete"] = sum(r.get("grammar_complete") is False for r in records)
    out["failures"] = {f: sum(r["failure"] == f for r in records)
                       for f in ("ok", "no_call", "invalid_args", "wrong_tool")}
    out["budget_exhausted"] = sum(bool(r["budget_exhausted"]) for r in records)
    out["budget_exhausted_by_tool"] = dict(sorted(Counter(r["expected_tool"] for r in records
                                                          if r["budget_exhausted"]).items()))
    for key in ("tokens_sampled", "tokens_forced", "tokens_emitted", "epsilon_reserved", "epsilon_charged",
                "n_groups"):
        out[f"mean_{key}"] = _mean([float(r[key]) for r in records])
    out["max_tokens_sampled"] = max((int(r["tokens_sampled"]) for r in records), default=0)
    out["mean_tokens_closing"] = _mean([float(r.get("tokens_closing", 0)) for r in records])
    out["mean_tokens_closing_if_closed"] = _mean([float(r.get("tokens_closing", 0)) for r in closed])
    out["max_tokens_closing"] = max((int(r.get("tokens_closing", 0)) for r in records), default=0)
    out["per_tool_set"] = {
        s: {key: rate(sum(bool(r[key]) for r in records if r["tool_set"] == s),
                      sum(r["tool_set"] == s for r in records)) for key in ("parsed", "valid", "right_tool")}
        for s in sorted({r["tool_set"] for r in records})}
    return out


def paired_steps(timings: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Step times with and without the grammar, step ``t`` against step ``t`` of the same prompts.

    For each pair of runs of the same prompts (one per mode), steps are compared only while every
    request of the run is still live in both modes: the same rows and the same cache length, so the
    grammar is the only difference. ``ratio`` is the constrained over the unconstrained total over
    those steps; ``grammar_share`` is the grammar's own time (mask, row masking, matcher advance) over
    the constrained steps' wall time, a direct and less noise-prone measure of the same overhead.
    """
    runs: dict[tuple[Any, ...], dict[str, Mapping[str, Any]]] = {}
    for t in timings:
        runs.setdefault((tuple(t["ids"]), t["epsilon"], t.get("rep", 0)), {})[t["mode"]] = t
    con, unc, grammar, per_run = [], [], [], []
    for pair in runs.values():
        if set(pair) != set(MODES):
            continue
        a, b = pair["constrained"], pair["unconstrained"]
        size = len(a["ids"])
        n = 0
        while (n < min(len(a["step_s"]), len(b["step_s"])) and a["live"][n] == size and b["live"][n] == size):
            n += 1
        if n == 0:
            continue
        con += a["step_s"][:n]
        unc += b["step_s"][:n]
        grammar += a["grammar_s"][:n]
        per_run.append(sum(a["step_s"][:n]) / sum(b["step_s"][:n]))
    if not con:
        return {}
    return {
        "runs": len(per_run), "steps": len(con),
        "mean_step_ms": {"constrained": round(1e3 * statistics.fmean(con), 2),
                         "unconstrained": round(1e3 * statistics.fmean(unc), 2)},
        "median_step_ms": {"constrained": round(1e3 * statistics.median(con), 2),
                           "unconstrained": round(1e3 * statistics.median(unc), 2)},
        "ratio": round(sum(con) / sum(unc), 4),
        "ratio_median_of_runs": round(statistics.median(per_run), 4),
        "ratio_runs_min_max": [round(min(per_run), 4), round(max(per_run), 4)],
        "grammar_ms_per_step": round(1e3 * statistics.fmean(grammar), 3),
        "grammar_share": round(sum(grammar) / sum(con), 4),
    }


def _environment(dp: Any) -> dict[str, Any]:
    import torch

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                check=False, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"date": time.strftime("%Y-%m-%d"), "commit": commit, "model": dp.model_name,
            "device": str(next(dp.model.parameters()).device), "torch": torch.__version__,
            "threads": torch.get_num_threads(), "machine": platform.machine(), "temperature": dp.temperature}


def markdown_table(cells: Mapping[str, Mapping[str, Any]]) -> str:
    """The headline table (one row per ε and mode) as Markdown: rates with Wilson 95 % intervals."""
    def cell(r: Mapping[str, Any]) -> str:
        return f"{100 * r['rate']:.0f} % [{100 * r['lo']:.0f}, {100 * r['hi']:.0f}]"

    rows = [("| ε | mode | n | parsed | schema-valid | valid if completed | right tool | valid and right tool "
             "| sampled / forced tokens | closing tokens (calls closed) | ε charged (reserved) |"),
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, s in cells.items():
        eps, mode = key.split("/")
        completed = s["valid_if_completed"]
        done = (f"{cell(completed)} ({completed['n']} completed)" if completed["n"] else "— (none completed)")
        rows.append(f"| {eps} | {mode} | {s['parsed']['n']} | {cell(s['parsed'])} | {cell(s['valid'])} | {done} | "
                    f"{cell(s['right_tool'])} | {cell(s['valid_and_right_tool'])} | "
                    f"{s['mean_tokens_sampled']:.1f} / {s['mean_tokens_forced']:.1f} | "
                    f"{s.get('mean_tokens_closing') or 0.0:.1f} ({s.get('valid_if_closed', {}).get('n', 0)}) | "
                    f"{s['mean_epsilon_charged']:.2f} ({s['mean_epsilon_reserved']:.2f}) |")
    return "\n".join(rows)


# ---------------------------------------------------------------------------------------- main
def _by_set(prompts: Sequence[ToolPrompt]) -> dict[str, list[tuple[int, ToolPrompt]]]:
    groups: dict[str, list[tuple[int, ToolPrompt]]] = {}
    for i, p in enumerate(prompts):
        groups.setdefault(p.tool_set, []).append((i, p))
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--max-new-tokens", type=int, default=48, help="sampled-token budget per call")
    parser.add_argument("--closing-tokens", type=int, default=64,
                        help="closing budget (max_closing_tokens) of constrained calls; 0 turns closing off")
    parser.add_argument("--check-sets", default="clinical",
                        help="tool sets also decoded at ε = 0, comma-separated ('' skips the check)")
    parser.add_argument("--single-per-set", type=int, default=1,
                        help="prompts per tool set also decoded one by one, for single-stream step times")
    parser.add_argument("--timing-reps", type=int, default=3, help="single-stream runs per prompt and mode")
    parser.add_argument("--timing-tokens", type=int, default=24,
                        help="single-stream runs stop after this many released tokens (timing only)")
    parser.add_argument("--sets", default=None, help="only these tool sets (smoke runs)")
    parser.add_argument("--seed", type=int, default=0, help="prompt i uses seed + i in every run")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    from dpfusion_integrations import DPFusion

    prompts = load_prompts()
    groups = _by_set(prompts)
    chosen = [s for s in groups if args.sets is None or s in args.sets.split(",")]
    checks = [s for s in args.check_sets.split(",") if s and s in chosen]
    # (prompts, ε, batched, rep): every set at ε, the check sets at 0, then single-stream timing runs.
    plan = [(groups[s], args.epsilon, True, 0) for s in chosen]
    plan += [(groups[s], 0.0, True, 0) for s in checks]
    plan += [([item], args.epsilon, False, rep) for rep in range(args.timing_reps)
             for s in chosen for item in groups[s][: args.single_per_set]]
    dp = DPFusion.from_pretrained()
    probe = StepProbe()
    records: list[dict[str, Any]] = []
    timings: list[dict[str, Any]] = []
    started = time.perf_counter()
    with probe.installed():
        for n, (items, eps, batched, rep) in enumerate(plan):
            order = MODES if n % 2 == 0 else MODES[::-1]  # alternate which mode goes first
            for mode in order:
                recs, timing = decode_set(dp, [p for _, p in items], mode=mode, epsilon=eps,
                                          max_new_tokens=args.max_new_tokens, seed=args.seed + items[0][0] + 1000 * rep,
                                          probe=probe, batched=batched, stop_after=None if batched else args.timing_tokens,
                                          closing_tokens=args.closing_tokens)
                timings.append({**timing, "rep": rep})
                if batched:  # the single-stream runs repeat prompts: timing only, not scored twice
                    records += recs
                print(f"[{n + 1}/{len(plan)}] {items[0][1].tool_set} ε={eps:g} {mode} "
                      f"{'batch' if batched else 'single'}: "
                      f"{sum(r['failure'] == 'ok' for r in recs)}/{len(recs)} ok, {timing['wall_s']:.0f} s", flush=True)
    cells = {f"{eps:g}/{mode}": summarize_cell([r for r in records if r["epsilon"] == eps and r["mode"] == mode])
             for eps in sorted({e for _, e, _, _ in plan}, reverse=True) for mode in MODES}
    summary = {
        "meta": {**_environment(dp), "prompts": str(PROMPTS_PATH.relative_to(ROOT)), "prompts_sha256": PROMPTS_SHA256,
                 "n_prompts": sum(len(groups[s]) for s in chosen), "tool_sets": chosen, "epsilon": args.epsilon,
                 "check_epsilon_0_sets": checks, "max_new_tokens": args.max_new_tokens,
                 "max_closing_tokens": args.closing_tokens, "seed": args.seed,
                 "single_stream": {"per_set": args.single_per_set, "reps": args.timing_reps,
                                   "tokens": args.timing_tokens},
                 "wall_s": round(time.perf_counter() - started, 1),
                 "command": "OMP_WAIT_POLICY=PASSIVE python benchmarks/tool_calls.py "
                            "--json benchmarks/results/tool_calls.json"},
        "cells": cells,
        "mask_overhead": {
            "batched": paired_steps([t for t in timings if t["batched"] and t["epsilon"] == args.epsilon]),
            "single_stream": paired_steps([t for t in timings if not t["batched"]]),
        },
        "records": records,
        "timings": timings,
    }
    print(markdown_table(cells))
    print(json.dumps(summary["mask_overhead"], indent=2))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
