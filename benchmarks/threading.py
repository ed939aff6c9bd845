"""Decode speed under OpenMP settings × CPU situations: does a decode survive a shared machine?

Each cell runs in a fresh subprocess (OpenMP reads its settings once, when torch loads), with the
embedded SmolLM2-135M-Instruct, EOS disabled, and measures the per-token slope between T_short
and T_long emitted tokens (prefill excluded, median of --repeat) of:

- plain ``model.generate`` (one stream, stock kernels, temperature 0.5), and
- the fused DP-Fusion decode at N = 1 (the cookbook note, its patient name as the one group),
  with the engine's defaults (packed CPU kernels).

Settings (``--settings``):

- ``default``: none of ``OMP_WAIT_POLICY`` / ``GOMP_SPINCOUNT`` / ``OMP_NUM_THREADS`` set, and
  the engine's policy off (``DPFUSION_THREADING=off``): stock PyTorch behaviour;
- ``passive``: ``OMP_WAIT_POLICY=PASSIVE``, policy off (what CI and the tests use);
- ``engine``: none of the OpenMP variables set, the engine's policy on (the library default:
  bounded spinning set when the package is imported, and the decoders' threads fitted to the free
  CPUs; see ``dpfusion_integrations/threading_policy.py``). The "fused threads" column shows the
  thread counts the fused decode ran with;
- ad hoc, for exploring: ``spin=N`` (``GOMP_SPINCOUNT=N``), ``threads=K`` (``OMP_NUM_THREADS=K``),
  joined with ``+`` (``spin=10000+threads=1``); the policy is off for these.

Situations (``--situations``): ``idle``, and ``shared``: a busy process (a bounded Python spin
loop, pinned with ``os.sched_setaffinity`` to the last CPU this process may use) runs for the
whole cell; the script starts and kills it. The decoding process itself is not pinned.

    python benchmarks/threading.py                      # the full table (about 10 minutes on 2 cores)
    python benchmarks/threading.py --short 4 --long 16 --repeat 1   # a quick check

Prints a markdown table: ms per token for each line, and the slowdown of "shared" against "idle"
under the same setting and against ``default``/idle. The numbers mean something only on a machine
with no other load: anything else running is a third situation.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Self

_OPENMP_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "OMP_NUM_THREADS", "OMP_DYNAMIC")
_POLICY_VARIABLE = "DPFUSION_THREADING"
_NOTE = Path(__file__).resolve().parents[1] / "cookbook" / "patient_note.txt"
_GROUP_VALUE = "John Smith"
_BUSY_SECONDS = 1800  # the busy process ends by itself after this, should the script be killed


# ----------------------------------------------------------------------------- parent: settings
def setting_environment(name: str, base: dict[str, str]) -> dict[str, str]:
    """The child's environment for setting ``name`` (see the module doc)."""
    env = {k: v for k, v in base.items() if k not in _OPENMP_VARIABLES and k != _POLICY_VARIABLE}
    if name == "engine":
        return env
    env[_POLICY_VARIABLE] = "off"
    if name == "default":
        return env
    if name == "passive":
        env["OMP_WAIT_POLICY"] = "PASSIVE"
        return env
    for part in name.split("+"):
        key, _, value = part.partition("=")
        if key == "spin" and value.isdigit():
            env["GOMP_SPINCOUNT"] = value
        elif key == "threads" and value.isdigit() and int(value) > 0:
            env["OMP_NUM_THREADS"] = value
        elif key == "policy" and value in ("on", "off"):
            env[_POLICY_VARIABLE] = value
        else:
            raise SystemExit(f"unknown setting {name!r}: use default, passive, engine, spin=N, threads=K")
    return env


class BusyCore:
    """A bounded busy process pinned to one CPU, for the "shared" situation (context manager)."""

    def __init__(self, cpu: int) -> None:
        self.cpu = cpu
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Self:
        code = ("import os, time\n"
                f"os.sched_setaffinity(0, {{{self.cpu}}})\n"
                f"end = time.monotonic() + {_BUSY_SECONDS}\n"
                "while time.monotonic() < end:\n"
                "    pass\n")
        self.process = subprocess.Popen([sys.executable, "-c", code])
        time.sleep(0.5)  # let it start spinning before the measurement loads
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()


def run_cell(setting: str, situation: str, args: argparse.Namespace) -> dict[str, Any]:
    """One child process: the setting's environment, in the situation; its JSON result."""
    env = setting_environment(setting, dict(os.environ))
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--short", str(args.short),
               "--long", str(args.long), "--repeat", str(args.repeat)]
    cpus = sorted(os.sched_getaffinity(0))

    def child() -> dict[str, Any]:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=args.cell_timeout,
                              check=False)
        if done.returncode != 0:
            raise SystemExit(f"cell {setting}/{situation} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    if situation == "idle":
        return child()
    if len(cpus) < 2:
        raise SystemExit("the shared situation needs at least 2 CPUs")
    with BusyCore(cpus[-1]):
        return child()


# ----------------------------------------------------------------------------- child: one cell
def _rss_mib() -> float:
    """Current resident set size in MiB (Linux ``/proc``; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_main(args: argparse.Namespace) -> None:
    """Measure plain and fused N = 1 per-token latency; print one JSON line."""
    # The package first, as a user's program would import it: the engine's threading policy (if on)
    # must run before torch loads its OpenMP runtime. This order is the point: do not sort.
    import dpfusion_integrations  # noqa: F401, I001
    from dpfusion_integrations import threading_policy

    import torch

    from dpfusion_integrations.accounting import calibrate, enforcement_order
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages, render
    from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
    from dpfusion_integrations.models import load_model_and_tokenizer
    from dpfusion_integrations.tagging import Span

    model, tokenizer, _ = load_model_and_tokenizer()
    rss_loaded = _rss_mib()
    note = _NOTE.read_text()
    start = note.index(_GROUP_VALUE)
    spans = [Span(start, start + len(_GROUP_VALUE), "G0")]

    def request(tokens: int) -> DecodeRequest:
        texts = [render(note, spans, [False]), render(note, spans, [True])]
        cal = calibrate(epsilon=8.0, delta=1e-5, max_new_tokens=tokens, n_groups=1)
        return DecodeRequest(contexts=tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts),
                             order=enforcement_order(alpha=cal.alpha, relation=cal.relation), cap=cal.cap,
                             max_new_tokens=tokens)

    requests = {t: request(t) for t in (args.short, args.long)}
    ids = torch.tensor([requests[args.short].contexts[0]])

    def plain(t: int) -> None:
        with torch.inference_mode():
            model.generate(ids, do_sample=True, temperature=0.5, top_k=0, top_p=1.0, min_new_tokens=t,
                           max_new_tokens=t, pad_token_id=tokenizer.eos_token_id)

    decoder = FusedDecoder(model, eos_token_ids=[], temperature=0.5)

    seen: set[int] = set()  # intra-op thread counts the fused decode ran with (the policy may fit them)

    def fused(t: int) -> None:
        decoder.decode([requests[t]], PrivateSampler(1, seed=0),
                       on_token=lambda _r, _t: seen.add(torch.get_num_threads()))

    def slope(run: Any) -> float:
        run(args.short)  # warm-up
        values = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            run(args.long)
            t1 = time.perf_counter()
            run(args.short)
            t2 = time.perf_counter()
            values.append(((t1 - t0) - (t2 - t1)) / (args.long - args.short))
        return statistics.median(values)

    plain_s = slope(plain)
    rss_plain = _rss_mib()
    fused_s = slope(fused)
    rss_fused = _rss_mib()
    print(json.dumps({"plain_ms": plain_s * 1000, "fused_ms": fused_s * 1000, "threads": torch.get_num_threads(),
                      "fused_threads": sorted(seen),
                      "policy": threading_policy.describe(), "rss_loaded": rss_loaded, "rss_plain": rss_plain,
                      "rss_fused": rss_fused,
                      "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


# ----------------------------------------------------------------------------- parent: table
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--settings", nargs="+", default=["default", "passive", "engine"])
    parser.add_argument("--situations", nargs="+", default=["idle", "shared"], choices=["idle", "shared"])
    parser.add_argument("--short", type=int, default=8)
    parser.add_argument("--long", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cell-timeout", type=float, default=1800.0, help="seconds before a cell is abandoned")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args)
        return
    for setting in args.settings:
        setting_environment(setting, {})  # fail before measuring anything
    print(f"# embedded SmolLM2-135M-Instruct, {len(os.sched_getaffinity(0))} CPUs; per-token slope T = "
          f"{args.short}..{args.long}, median of {args.repeat}; shared = a busy process pinned to one CPU")
    results: dict[tuple[str, str], dict[str, Any]] = {}
    for situation in args.situations:
        for setting in args.settings:
            results[setting, situation] = run_cell(setting, situation, args)
            cell = results[setting, situation]
            print(f"#   {setting:>18} / {situation:<6}: plain {cell['plain_ms']:.1f} ms, fused N=1 "
                  f"{cell['fused_ms']:.1f} ms ({cell['policy']})", flush=True)
    reference = results.get(("default", "idle"))
    print("| setting | situation | plain ms/token | fused N=1 ms/token | fused × own idle | fused × default idle "
          "| plain × own idle | fused threads | OpenMP setup | RSS loaded / after plain / after fused (MiB) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (setting, situation), cell in results.items():
        idle = results.get((setting, "idle"))
        own = f"{cell['fused_ms'] / idle['fused_ms']:.2f}" if idle else "–"
        plain_own = f"{cell['plain_ms'] / idle['plain_ms']:.2f}" if idle else "–"
        ref = f"{cell['fused_ms'] / reference['fused_ms']:.2f}" if reference else "–"
        print(f"| {setting} | {situation} | {cell['plain_ms']:.1f} | {cell['fused_ms']:.1f} | {own} | {ref} "
              f"| {plain_own} | {'/'.join(map(str, cell['fused_threads']))} | {cell['policy'].split(';')[0]} "
              f"| {cell['rss_loaded']:.0f} / {cell['rss_plain']:.0f} / "
              f"{cell['rss_fused']:.0f} |")
    if args.json is not None:
        args.json.write_text(json.dumps({f"{k[0]}/{k[1]}": v for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
