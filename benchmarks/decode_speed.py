"""Decode speed of DP-Fusion against plain generation, measured side by side in one run.

Lines (same model, same prompts, EOS disabled so every run emits exactly T tokens):
- plain          : ``model.generate`` sampling one stream, stock PyTorch kernels;
- plain, packed  : the same under ``packed_linears`` (CPU only: the oneDNN kernels the fused path
                   uses, which also speed up single-stream decoding, so ratios are given against
                   both plain lines; the stricter one is the fair one);
- naive          : DP-Fusion one context at a time, a Python loop over groups, one KV cache per context;
- fused          : the shared core, all N + 1 contexts in one forward per step (``stock kernels``:
                   the same with ``cpu_kernels=False``);
- fused×k        : k documents decoded together (throughput);
- dp-fusion-lib  : the peer package (``dp-fusion-lib``), as a black box through its public API, when it
                   is installed (never a dependency of this project; non-commercial licence). Its
                   tokenizer is wrapped so that EOS never ends a run, as for every other line.

Per-token latency excludes prefill: it is the slope between runs of T_short and T_long tokens
(median of --repeat runs). Peak memory: CUDA max allocated per line; on CPU the process's peak RSS
after each line (monotone, so only growth is informative).

    python benchmarks/decode_speed.py                     # CPU, embedded SmolLM2-135M-Instruct
    python benchmarks/decode_speed.py --device cuda --model /path/to/local/model --dtype bfloat16

``--random-weights`` builds the model from ``--model``'s config.json with random weights (for a
machine the weights cannot travel to: per-step time depends on the shapes, and every line decodes
exactly T tokens, so the figures are those of the real weights up to the data-dependent λ search,
whose iteration count is fixed). ``--profile FILE`` writes a CUDA/CPU kernel-time table of one fused
decode per N.
"""

from __future__ import annotations

import argparse
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

import torch

from dpfusion_integrations.accounting import calibrate, enforcement_order
from dpfusion_integrations.contexts import encode_chat, paraphrase_messages, render
from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.cpu_linear import packed_linears
from dpfusion_integrations.engine.reference import reference_decode
from dpfusion_integrations.models import load_model_and_tokenizer
from dpfusion_integrations.tagging import Span

NOTE = (Path(__file__).resolve().parents[1] / "cookbook" / "patient_note.txt").read_text()
VALUES = ["John Smith", "483920", "03/14/1962", "Boston", "11/02/2026", "Maria Garcia", "617-555-0199",
          "john.smith@example.com",
          # N > 8: more phrases of the note as groups of their own (a load test of many groups)
          "General Hospital", "chest pain", "shortness of breath", "ECG", "troponin", "aspirin",
          "two weeks", "stable condition"]


def request_for(tokenizer, n_groups: int, tokens: int, doc_index: int = 0) -> DecodeRequest:
    """The sample note with its first ``n_groups`` identifiers as groups (one span each)."""
    text = NOTE if doc_index == 0 else NOTE.replace("chest pain", f"chest pain (visit {doc_index})")
    spans = []
    for g, value in enumerate(VALUES[:n_groups]):
        start = text.index(value)
        spans.append(Span(start, start + len(value), f"G{g}"))
    spans.sort(key=lambda s: s.start)
    texts = [render(text, spans, [False] * len(spans))]
    texts += [render(text, spans, [s.entity_type == f"G{g}" for s in spans]) for g in range(n_groups)]
    cal = calibrate(epsilon=8.0, delta=1e-5, max_new_tokens=tokens, n_groups=n_groups)
    return DecodeRequest(contexts=tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts),
                         order=enforcement_order(alpha=cal.alpha, relation=cal.relation), cap=cal.cap,
                         max_new_tokens=tokens)


class _NoEos:
    """A tokenizer seen through a proxy whose ``eos_token_id`` no token has, so that a black-box
    decoder that stops at EOS emits exactly the requested number of tokens, like every other line."""

    eos_token_id = -1

    def __init__(self, tokenizer) -> None:
        self.__dict__["_tokenizer"] = tokenizer

    def __getattr__(self, name: str):
        return getattr(self.__dict__["_tokenizer"], name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self.__dict__["_tokenizer"], name, value)


def peer_runner(model, tokenizer, n_groups: int, requests: dict):
    """``run(t)`` decoding ``requests[t]`` with ``dp-fusion-lib`` (None when it is not installed)."""
    try:
        from dp_fusion_lib.utils import dp_fusion_groups_incremental
    except ImportError:
        return None
    device = next(model.parameters()).device
    no_eos = _NoEos(tokenizer)

    def run(t: int) -> None:
        req = requests[t]
        groups = {"PUBLIC": torch.tensor(req.contexts[0], device=device)}
        groups.update({f"G{g}": torch.tensor(c, device=device) for g, c in enumerate(req.contexts[1:])})
        dp_fusion_groups_incremental(token_ids_groups=groups, beta_dict={f"G{g}": req.cap for g in range(n_groups)},
                                     alpha=req.order, model=model, tokenizer=no_eos, temperature=0.5,
                                     max_new_tokens=t)
    return run


def load(args):
    """The model under test: local weights, or (``--random-weights``) its config with random ones."""
    if not args.random_weights:
        return load_model_and_tokenizer(args.model, device=args.device, dtype=args.dtype)
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    config = AutoConfig.from_pretrained(args.model, local_files_only=True)
    torch.manual_seed(0)
    with torch.device(args.device):  # initialised where it runs (a 1.7B model's init is slow on the host)
        model = AutoModelForCausalLM.from_config(config, dtype=getattr(torch, args.dtype or "float32")).eval()
    tokenizer = AutoTokenizer.from_pretrained(args.model, local_files_only=True)
    return model, tokenizer, f"{Path(args.model).name} (random weights)"


def profile_fused(model, tokenizer, groups: list[int], device: str, path: str) -> None:
    """Kernel-time tables of one fused decode (40 tokens) per N, for finding where a step goes."""
    from torch.profiler import ProfilerActivity, profile

    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if device.startswith("cuda") else [])
    decoder = FusedDecoder(model, eos_token_ids=[], temperature=0.5)
    key = "cuda_time_total" if device.startswith("cuda") else "cpu_time_total"
    with open(path, "w") as out:
        for n in groups:
            req = request_for(tokenizer, n, 40)
            decoder.decode([req], PrivateSampler(1, seed=0, device=device))
            with profile(activities=activities) as prof:
                decoder.decode([req], PrivateSampler(1, seed=0, device=device))
                sync(device)
            out.write(f"## N = {n}, 40 tokens\n\n{prof.key_averages().table(sort_by=key, row_limit=25)}\n\n")


def add(rows: list, row: tuple) -> None:
    """Append a table row and report it at once on stderr, so a run cut short keeps what it measured."""
    rows.append(row)
    print(f"# {row[0]}: {row[3] * 1000:.2f} ms / step, {row[5]}", file=sys.stderr, flush=True)


def sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def timed(fn, device: str) -> float:
    sync(device)
    start = time.perf_counter()
    fn()
    sync(device)
    return time.perf_counter() - start


def per_token(run, t_short: int, t_long: int, repeat: int, device: str) -> float:
    """Median over repeats of (time(T_long) − time(T_short)) / (T_long − T_short)."""
    run(t_short)  # warm-up
    slopes = [(timed(lambda: run(t_long), device) - timed(lambda: run(t_short), device)) / (t_long - t_short)
              for _ in range(repeat)]
    return statistics.median(slopes)


def peak_memory(device: str) -> str:
    if device.startswith("cuda"):
        value = torch.cuda.max_memory_allocated() / 2 ** 20
        torch.cuda.reset_peak_memory_stats()
        return f"{value:.0f} MiB (CUDA)"
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (RSS)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--dtype", default=None)
    parser.add_argument("--groups", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--docs", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--short", type=int, default=8)
    parser.add_argument("--long", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--naive-groups", type=int, default=None, metavar="MAX",
                        help="run the naive line only for N <= MAX (it is the slowest)")
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--skip-stock", action="store_true",
                        help="leave out the fused line with stock kernels (it only shows what packing buys)")
    parser.add_argument("--random-weights", action="store_true")
    parser.add_argument("--profile", default=None, metavar="FILE")
    parser.add_argument("--compiled-plain", action="store_true",
                        help="also plain generate with a static KV cache and torch.compile (CUDA graphs)")
    args = parser.parse_args()
    if args.random_weights and not args.model:
        parser.error("--random-weights needs --model (a directory with config.json and the tokenizer)")

    model, tokenizer, name = load(args)
    device = args.device
    print(f"# model {name} on {device} ({torch.get_num_threads()} threads, torch {torch.__version__}, "
          f"{platform.processor() or platform.machine()}, dtype {next(model.parameters()).dtype}); "
          "per-token latency excludes prefill")
    if device.startswith("cuda"):
        print(f"# device {torch.cuda.get_device_name()}")
    prompt = request_for(tokenizer, 1, args.long).contexts[0]
    ids = torch.tensor([prompt], device=device)

    def plain(t: int) -> None:
        with torch.inference_mode():
            model.generate(ids, do_sample=True, temperature=0.5, top_k=0, top_p=1.0, min_new_tokens=t,
                           max_new_tokens=t, pad_token_id=tokenizer.eos_token_id)

    base = per_token(plain, args.short, args.long, args.repeat, device)
    rows: list = []
    add(rows, ("plain model.generate", 1, 1, base, 1 / base, peak_memory(device)))
    if args.compiled_plain:
        def compiled(t: int) -> None:
            with torch.inference_mode():
                model.generate(ids, do_sample=True, temperature=0.5, top_k=0, top_p=1.0, min_new_tokens=t,
                               max_new_tokens=t, pad_token_id=tokenizer.eos_token_id,
                               cache_implementation="static", compile_config=None)
        lat = per_token(compiled, args.short, args.long, args.repeat, device)
        add(rows, ("plain model.generate, static cache + torch.compile", 1, 1, lat, 1 / lat, peak_memory(device)))
    packed_base = None
    with packed_linears(model) as packed:
        if packed:
            packed_base = per_token(plain, args.short, args.long, args.repeat, device)
            add(rows, ("plain model.generate, packed kernels", 1, 1, packed_base, 1 / packed_base,
                         peak_memory(device)))
    fused = FusedDecoder(model, eos_token_ids=[], temperature=0.5)
    stock = FusedDecoder(model, eos_token_ids=[], temperature=0.5, cpu_kernels=False)
    for n in args.groups:
        req = {t: request_for(tokenizer, n, t) for t in (args.short, args.long)}
        if not args.skip_naive and (args.naive_groups is None or n <= args.naive_groups):
            def naive(t: int, n: int = n) -> None:
                reference_decode(model, req[t], PrivateSampler(1, seed=0), eos_token_ids=[], temperature=0.5,
                                 use_cache=True)
            lat = per_token(naive, args.short, args.long, args.repeat, device)
            add(rows, (f"naive DP-Fusion N={n}", n, 1, lat, 1 / lat, peak_memory(device)))
        peer = None if args.skip_peer else peer_runner(model, tokenizer, n, req)
        if peer is not None:
            lat = per_token(peer, args.short, args.long, args.repeat, device)
            add(rows, (f"dp-fusion-lib N={n}", n, 1, lat, 1 / lat, peak_memory(device)))
        with_stock = packed_base is not None and not args.skip_stock
        lines = [(fused, "")] + ([(stock, ", stock kernels")] if with_stock else [])
        for decoder, label in lines:
            def one(t: int, decoder: FusedDecoder = decoder) -> None:
                decoder.decode([req[t]], PrivateSampler(1, seed=0, device=device))
            lat = per_token(one, args.short, args.long, args.repeat, device)
            add(rows, (f"fused DP-Fusion N={n}{label}", n, 1, lat, 1 / lat, peak_memory(device)))
    n = args.groups[0]
    for k in args.docs:
        if k == 1:
            continue
        reqs = {t: [request_for(tokenizer, n, t, d) for d in range(k)] for t in (args.short, args.long)}

        def many(t: int, k: int = k) -> None:
            fused.decode(reqs[t], PrivateSampler(k, seed=0, device=device))
        lat = per_token(many, args.short, args.long, args.repeat, device)
        add(rows, (f"fused DP-Fusion N={n}, k={k} docs", n, k, lat, k / lat, peak_memory(device)))

    ref = packed_base or base
    print("| line | N | docs | ms / step | tokens/s | × plain latency | × plain-packed latency "
          "| × plain throughput | × plain-packed throughput | peak memory |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, n, k, lat, tps, mem in rows:
        print(f"| {label} | {n} | {k} | {lat * 1000:.1f} | {tps:.1f} | {lat / base:.2f} | {lat / ref:.2f} "
              f"| {tps * base:.2f} | {tps * ref:.2f} | {mem} |")
    sys.stdout.flush()
    if args.profile:
        profile_fused(model, tokenizer, args.groups, device, args.profile)


if __name__ == "__main__":
    main()
