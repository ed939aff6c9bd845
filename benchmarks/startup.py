"""Cold start and time to first token, each measured in a fresh Python process.

Phases (each its own subprocess, ``--repeat`` times; the table shows the median):

- ``import``: ``import dpfusion_integrations`` (cheap by design), then ``from dpfusion_integrations
  import DPFusion`` (loads torch and the engine), then ``import transformers``;
- ``model``: loading the embedded SmolLM2-135M-Instruct from its local cache (imports done first);
- ``tagger``: building the default (recall) tagger, then its first ``tag`` call on the cookbook note;
- ``ttft``: ``DPFusion.from_pretrained()`` then ``privatize`` of a long synthetic note (about 2,000
  tokens: the cookbook notes concatenated, explicit spans in 6 groups, so no tagger is built), from
  the call to its first released token, split into preparation (contexts, calibration), prefill
  (the forward over all N + 1 contexts) and the first step; then the same call again in the same
  process (warm);
- ``quickstart``: what the README's Quickstart does on a fresh process: import, ``from_pretrained``,
  ``privatize`` of the cookbook note with the tagger, to its first released token.

    python benchmarks/startup.py                    # all phases, 3 runs each
    python benchmarks/startup.py --phases ttft --repeat 1

Numbers mean something only on a machine with no other load. The first run after installing also
pays one-off costs (the embedded model's de-quantization, cold OS file caches); run once before.
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
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
_PHASES = ("import", "model", "tagger", "ttft", "quickstart")
_TARGET_TOKENS = 2000
#: The sample note's identifiers and their groups (6 group types in all with the cookbook notes').
_NOTE_VALUES = {"John Smith": "PERSON", "483920": "ID", "03/14/1962": "DATE", "Boston": "LOCATION",
                "11/02/2026": "DATE", "Maria Garcia": "PERSON", "617-555-0199": "PHONE",
                "john.smith@example.com": "EMAIL"}
_PLANTED_GROUPS = {"name": "PERSON", "MRN": "ID", "phone": "PHONE"}


# ----------------------------------------------------------------------------- the long document
def long_note(tokenizer: Any, target_tokens: int = _TARGET_TOKENS) -> tuple[str, list[tuple[int, int, str]]]:
    """The cookbook notes concatenated (visit-numbered) until the text has ``target_tokens`` tokens,
    with explicit spans ``(start, end, group)`` for every identifier: 6 groups."""
    sys.path.insert(0, str(_ROOT / "cookbook"))
    from patient_notes import NOTES  # type: ignore[import-not-found]

    pieces = [((_ROOT / "cookbook" / "patient_note.txt").read_text().strip(), _NOTE_VALUES)]
    pieces += [(note.text, {value: _PLANTED_GROUPS[kind] for kind, value in note.planted.items()}) for note in NOTES]
    text, spans, visit = "", [], 0
    while len(tokenizer(text)["input_ids"]) < target_tokens:
        for body, values in pieces:
            visit += 1
            block = f"Visit {visit}. {body}\n\n"
            found = []
            for value, group in values.items():
                start = block.find(value)
                while start >= 0:
                    found.append((len(text) + start, len(text) + start + len(value), group))
                    start = block.find(value, start + len(value))
            spans.extend(sorted(found))
            text += block
    return text.rstrip(), sorted(spans)


# ----------------------------------------------------------------------------- children
def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_import() -> dict[str, float]:
    t0 = time.perf_counter()
    import dpfusion_integrations  # noqa: F401

    t1 = time.perf_counter()
    from dpfusion_integrations import DPFusion  # noqa: F401

    t2 = time.perf_counter()
    import transformers  # noqa: F401

    t3 = time.perf_counter()
    return {"package": t1 - t0, "engine (torch)": t2 - t1, "transformers": t3 - t2, "peak RSS MiB": _rss_mib()}


def phase_model() -> dict[str, float]:
    # The package before torch (as every phase here): its threading policy runs before OpenMP loads.
    import dpfusion_integrations  # noqa: F401, I001
    from dpfusion_integrations import DPFusion  # noqa: F401
    from dpfusion_integrations.models import load_model_and_tokenizer
    import transformers  # noqa: F401

    t0 = time.perf_counter()
    load_model_and_tokenizer()
    return {"load": time.perf_counter() - t0, "peak RSS MiB": _rss_mib()}


def phase_tagger() -> dict[str, float]:
    import dpfusion_integrations  # noqa: F401
    from dpfusion_integrations.tagging import default_tagger

    note = (_ROOT / "cookbook" / "patient_note.txt").read_text()
    t0 = time.perf_counter()
    tagger = default_tagger()
    t1 = time.perf_counter()
    tagger.tag(note)
    t2 = time.perf_counter()
    tagger.tag(note)
    t3 = time.perf_counter()
    return {"build": t1 - t0, "first tag": t2 - t1, "second tag": t3 - t2, "peak RSS MiB": _rss_mib()}


def _first_token(dp: Any, call: Any) -> dict[str, float]:
    """Run ``call(on_token)`` to its first released token; times of preparation, prefill, first step."""
    decoder = dp._decoder
    marks: dict[str, float] = {}
    shapes: dict[str, float] = {}
    real_decode, real_prefill = decoder.decode, getattr(decoder, "_prefill", None)

    def decode(requests: Any, *args: Any, **kwargs: Any) -> Any:
        marks.setdefault("decode", time.perf_counter())
        contexts = [c for r in requests for c in r.contexts]
        shapes["contexts"] = len(contexts)
        shapes["tokens per context (max)"] = max(len(c) for c in contexts)
        return real_decode(requests, *args, **kwargs)

    def prefill(*args: Any, **kwargs: Any) -> Any:
        marks.setdefault("prefill", time.perf_counter())
        out = real_prefill(*args, **kwargs)  # type: ignore[misc]
        marks.setdefault("prefilled", time.perf_counter())
        return out

    def on_token(_token: int) -> bool:
        marks.setdefault("token", time.perf_counter())
        return True  # a stopping rule on released tokens: stop after the first

    decoder.decode = decode
    if real_prefill is not None:
        decoder._prefill = prefill
    try:
        start = time.perf_counter()
        call(on_token)
    finally:
        del decoder.decode
        if real_prefill is not None:
            del decoder._prefill
    out = {"ttft": marks["token"] - start, "prepare": marks["decode"] - start, **shapes}
    if "prefilled" in marks:
        out.update({"prefill": marks["prefilled"] - marks["prefill"], "first step": marks["token"] - marks["prefilled"]})
    return out


def phase_ttft() -> dict[str, float]:
    import dpfusion_integrations  # noqa: F401
    from dpfusion_integrations import DPFusion

    dp = DPFusion.from_pretrained()
    text, spans = long_note(dp.tokenizer)
    n_groups = len({g for _, _, g in spans})

    def call(on_token: Any) -> Any:
        return dp.privatize(text, epsilon=8.0, spans=spans, max_new_tokens=64, seed=0, on_token=on_token)

    cold = _first_token(dp, call)
    warm = _first_token(dp, call)
    result = {f"cold {k}": v for k, v in cold.items()}
    result.update({f"warm {k}": v for k, v in warm.items() if k in ("ttft", "prepare", "prefill", "first step")})
    result.update({"groups": n_groups, "document tokens": len(dp.tokenizer(text)["input_ids"]),
                   "peak RSS MiB": _rss_mib()})
    return result


def phase_quickstart() -> dict[str, float]:
    t0 = time.perf_counter()
    from dpfusion_integrations import DPFusion

    dp = DPFusion.from_pretrained()
    t1 = time.perf_counter()
    note = (_ROOT / "cookbook" / "patient_note.txt").read_text()
    first: list[float] = []

    def on_token(_token: int) -> bool:
        first.append(time.perf_counter())
        return True

    dp.privatize(note, epsilon=8.0, seed=0, on_token=on_token)
    return {"import + from_pretrained": t1 - t0, "privatize to first token (tagger built)": first[0] - t1,
            "total to first token": first[0] - t0, "peak RSS MiB": _rss_mib()}


# ----------------------------------------------------------------------------- parent
def run_phase(phase: str, timeout: float) -> dict[str, float]:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", phase], capture_output=True,
                          text=True, timeout=timeout, env=dict(os.environ), check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phases", nargs="+", default=list(_PHASES), choices=_PHASES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds before one run is abandoned")
    parser.add_argument("--json", type=Path, default=None, help="also write every run's numbers here")
    parser.add_argument("--child", choices=_PHASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(globals()[f"phase_{args.child}"]()))
        return
    print(f"# fresh process per run, median of {args.repeat}; seconds unless named otherwise")
    print("| phase | measure | median | runs |")
    print("|---|---|---|---|")
    raw: dict[str, list[dict[str, float]]] = {}
    for phase in args.phases:
        runs = [run_phase(phase, args.timeout) for _ in range(args.repeat)]
        raw[phase] = runs
        for key in runs[0]:
            values = [r[key] for r in runs]
            shown = ", ".join(f"{v:.3g}" for v in values)
            print(f"| {phase} | {key} | {statistics.median(values):.3g} | {shown} |", flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps(raw, indent=1))


if __name__ == "__main__":
    main()
