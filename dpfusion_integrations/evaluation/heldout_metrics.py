"""Scores of taggers on the held-out set (``heldout``): what a tagger actually hides.

All figures are about *coverage*, because DP-Fusion protects the characters inside tagged spans
whatever label they carry:

* **strict mention recall**: a gold mention counts as found only if every non-space character of it
  lies inside some predicted span (of any type, possibly several spans together);
* **entity recall**: an entity (one private value of a document: a person with every form of their
  name, an address with all its parts) counts only if all its mentions are found;
* both per gold type (and per subtype) with Wilson 95 % intervals;
* **token precision**: the share of predicted non-space characters, on private documents, that lie
  inside gold mentions (separators between the parts of an address count as outside);
* **public words tagged**: on public-only documents, the share of words (runs of non-space
  characters) of which at least one character is tagged;
* **stability**: pairs of documents rendered from one template structure with different private
  values; each predicted span is replaced by one placeholder and the rest of the text kept; a pair is
  stable when both skeletons are identical (placeholder types ignored). Gold spans give 1.0 by
  construction. A missed value also makes the skeletons differ, so a second figure,
  **public stability**, looks only at the public text between gold mentions: a pair counts when the
  same public characters are tagged in both documents (what a value must not decide).

``python -m dpfusion_integrations.evaluation.heldout_metrics --tagger default`` prints a markdown
table and can save JSON and markdown (``--json``, ``--markdown``); :func:`evaluate_taggers` does the
same from Python. The reports contain aggregate figures only, never document text, so that nobody
tunes a tagger to the held-out documents by reading its misses.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import inspect
import json
import math
import re
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dpfusion_integrations.evaluation.heldout import (
    FROZEN_PATH,
    FROZEN_SETS,
    GOLD_TYPES,
    HeldoutDocument,
    document_sha256,
    load_heldout,
    resolve_heldout_path,
)

__all__ = [
    "EverythingTagger",
    "NothingTagger",
    "OracleTagger",
    "evaluate_heldout",
    "evaluate_taggers",
    "gazetteer_overlap",
    "markdown_report",
    "resolve_tagger",
    "skeleton",
    "wilson_interval",
]

_Z95 = 1.959963984540054
_WORD = re.compile(r"\S+")


def wilson_interval(successes: int, trials: int, *, z: float = _Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion (95 % by default); ``(0, 1)`` for no trials."""
    if trials < 0 or not 0 <= successes <= trials:
        raise ValueError("need 0 <= successes <= trials")
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    z2 = z * z
    denom = 1.0 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    lo, hi = max(0.0, centre - half), min(1.0, centre + half)
    if successes == 0:
        lo = 0.0
    if successes == trials:
        hi = 1.0
    return lo, hi


def _rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "rate": (k / n) if n else None, "lo": lo, "hi": hi}


# --------------------------------------------------------------------------------------------
# Span handling
# --------------------------------------------------------------------------------------------


def _ranges(spans: Iterable[Any], length: int) -> list[tuple[int, int]]:
    """``(start, end)`` of spans (``Span`` objects or tuples), clipped to the text."""
    out = []
    for s in spans:
        start, end = (s.start, s.end) if hasattr(s, "start") else (s[0], s[1])
        start, end = max(0, int(start)), min(length, int(end))
        if start < end:
            out.append((start, end))
    return sorted(out)


def _coverage(length: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    cov = bytearray(length)
    for start, end in ranges:
        cov[start:end] = b"\x01" * (end - start)
    return cov


def _covered(text: str, cov: bytearray, start: int, end: int) -> bool:
    return all(cov[i] or text[i].isspace() for i in range(start, end))


def _public_mask(text: str, cov: bytearray, doc: HeldoutDocument) -> tuple[tuple[str, bytes], ...]:
    """The public segments of a private document (text between gold mentions) with which of their
    characters are tagged: equal in both documents of a pair when the tagger's decisions on public
    text do not depend on the private values."""
    out, pos = [], 0
    for m in sorted(doc.mentions, key=lambda m: m.start):
        out.append((text[pos:m.start], bytes(cov[pos:m.start])))
        pos = m.end
    out.append((text[pos:], bytes(cov[pos:])))
    return tuple(out)


def skeleton(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with each (sorted, possibly overlapping) predicted range replaced by one placeholder;
    overlapping or nested ranges merge into one."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(text[pos:start])
        out.append("\x00")
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Reference taggers (for tests and sanity rows)
# --------------------------------------------------------------------------------------------


def _span(start: int, end: int, label: str) -> Any:
    from dpfusion_integrations.tagging.spans import Span

    return Span(start, end, label)


class NothingTagger:
    """Tags nothing."""

    name = "reference/nothing"

    def tag(self, text: str) -> list[Any]:
        return []


class EverythingTagger:
    """Tags every run of non-space characters."""

    name = "reference/everything"

    def tag(self, text: str) -> list[Any]:
        return [_span(m.start(), m.end(), "PRIVATE") for m in _WORD.finditer(text)]


class OracleTagger:
    """Returns the gold mentions of the documents it was built from (unknown texts: nothing)."""

    name = "reference/oracle"

    def __init__(self, documents: Iterable[HeldoutDocument]) -> None:
        self._gold = {d.text: [(m.start, m.end, m.type) for m in d.mentions] for d in documents}

    def tag(self, text: str) -> list[Any]:
        return [_span(s, e, t) for s, e, t in sorted(self._gold.get(text, []))]


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------


def evaluate_heldout(tagger: Any, documents: Sequence[HeldoutDocument] | None = None) -> dict[str, Any]:
    """All figures for one tagger (anything with ``tag(text) -> [Span]``) on ``documents``
    (the frozen v1 set by default). Aggregates only; no text."""
    docs = list(documents) if documents is not None else load_heldout()
    mention_k: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    subtype_k: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    entity_k: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    gold_chars = [0, 0]  # covered, total (non-space)
    pred_chars = [0, 0]  # inside gold, total (non-space), private docs
    public_words = [0, 0]
    public_docs = [0, 0]
    skeletons: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seconds = 0.0
    n_spans = 0

    for doc in docs:
        text = doc.text
        t0 = time.perf_counter()
        spans = tagger.tag(text)
        seconds += time.perf_counter() - t0
        ranges = _ranges(spans, len(text))
        n_spans += len(ranges)
        cov = _coverage(len(text), ranges)
        if doc.kind == "public":
            words = list(_WORD.finditer(text))
            tagged = sum(any(cov[m.start():m.end()]) for m in words)
            public_words[0] += tagged
            public_words[1] += len(words)
            public_docs[0] += bool(ranges)
            public_docs[1] += 1
            continue
        gold_cov = _coverage(len(text), ((m.start, m.end) for m in doc.mentions))
        entities: dict[str, tuple[str, bool]] = {}
        for m in doc.mentions:
            ok = _covered(text, cov, m.start, m.end)
            for key in ("ALL", m.type):
                mention_k[key][0] += ok
                mention_k[key][1] += 1
            subtype_k[f"{m.type}/{m.subtype}"][0] += ok
            subtype_k[f"{m.type}/{m.subtype}"][1] += 1
            prev = entities.get(m.entity)
            entities[m.entity] = (m.type, ok if prev is None else prev[1] and ok)
            for i in range(m.start, m.end):
                if not text[i].isspace():
                    gold_chars[1] += 1
                    gold_chars[0] += cov[i]
        for typ, ok in entities.values():
            for key in ("ALL", typ):
                entity_k[key][0] += ok
                entity_k[key][1] += 1
        for i, c in enumerate(cov):
            if c and not text[i].isspace():
                pred_chars[1] += 1
                pred_chars[0] += gold_cov[i]
        if doc.pair is not None:
            skeletons[doc.pair].append((skeleton(text, ranges),
                                        skeleton(text, [(m.start, m.end) for m in doc.mentions]),
                                        _public_mask(text, cov, doc)))

    pairs = [v for v in skeletons.values() if len(v) == 2]
    stable = sum(a[0] == b[0] for a, b in pairs)
    gold_stable = sum(a[1] == b[1] for a, b in pairs)
    public_stable = sum(a[2] == b[2] for a, b in pairs)
    order = ["ALL", *GOLD_TYPES]
    n_docs = len(docs)
    return {
        "tagger": str(getattr(tagger, "name", type(tagger).__name__)),
        "documents": {"private": sum(d.kind == "private" for d in docs),
                      "public": sum(d.kind == "public" for d in docs), "pairs": len(pairs)},
        "mention_recall": {k: _rate(*mention_k[k]) for k in order if k in mention_k},
        "entity_recall": {k: _rate(*entity_k[k]) for k in order if k in entity_k},
        "subtype_recall": {k: _rate(*subtype_k[k]) for k in sorted(subtype_k)},
        "gold_char_recall": _rate(*gold_chars),
        "token_precision": _rate(*pred_chars),
        "public_words_tagged": _rate(*public_words),
        "public_docs_with_spans": _rate(*public_docs),
        "stability": _rate(stable, len(pairs)),
        "gold_stability": _rate(gold_stable, len(pairs)),
        "public_stability": _rate(public_stable, len(pairs)),
        "spans_per_document": n_spans / n_docs if n_docs else 0.0,
        "seconds_per_document": seconds / n_docs if n_docs else 0.0,
    }


def evaluate_taggers(taggers: Mapping[str, Any], documents: Sequence[HeldoutDocument] | None = None,
                     *, data_path: str | Path | None = None) -> dict[str, Any]:
    """Evaluate several taggers on one set; returns ``{"meta": ..., "results": {label: figures}}``."""
    docs = list(documents) if documents is not None else load_heldout(data_path)
    results = {label: evaluate_heldout(t, docs) for label, t in taggers.items()}
    return {"meta": _meta(docs, data_path), "results": results}


def _git_commit() -> str:
    root = Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _meta(docs: Sequence[HeldoutDocument], data_path: str | Path | None) -> dict[str, Any]:
    return {"date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d"), "commit": _git_commit(),
            "dataset": str(Path(data_path).name if data_path else FROZEN_PATH.name),
            "dataset_sha256": document_sha256(docs)}


def gazetteer_overlap(first_names: Iterable[str], last_names: Iterable[str],
                      documents: Sequence[HeldoutDocument] | None = None,
                      safe_words: Iterable[str] = ()) -> dict[str, float | int]:
    """Aggregate overlap between the set's person names and external name lists (case-insensitive):
    shares of distinct name tokens found, of PERSON mentions whose tokens are all found, and of name
    tokens on a safe-word list. Counts only, never the names."""
    docs = list(documents) if documents is not None else load_heldout()
    first = {x.lower() for x in first_names}
    last = {x.lower() for x in last_names}
    safe = {x.lower() for x in safe_words}
    either = first | last
    ftoks: set[str] = set()
    ltoks: set[str] = set()
    mentions: list[list[str]] = []
    for doc in docs:
        for m in doc.mentions:
            if m.type != "PERSON":
                continue
            toks = [t.strip(".'") for t in re.split(r"[\s\-/,]+", doc.text[m.start:m.end].lower())]
            toks = [t for t in toks if len(t) > 1 and t not in ("bin", "ibn", "binti", "bint")]
            if not toks:
                continue
            mentions.append(toks)
            if m.subtype in ("first", "lower"):
                ftoks.update(toks)
            elif m.subtype in ("last", "initial"):
                ltoks.update(toks)
            else:
                ftoks.add(toks[0])
                ltoks.update(toks[1:])
    tokens = ftoks | ltoks

    def share(found: int, total: int) -> float:
        return found / total if total else float("nan")

    return {
        "distinct_first_tokens": len(ftoks),
        "first_in_first_list": share(sum(t in first for t in ftoks), len(ftoks)),
        "distinct_last_tokens": len(ltoks),
        "last_in_last_list": share(sum(t in last for t in ltoks), len(ltoks)),
        "tokens_in_either_list": share(sum(t in either for t in tokens), len(tokens)),
        "person_mentions": len(mentions),
        "mentions_fully_listed": share(sum(all(t in either for t in ts) for ts in mentions), len(mentions)),
        "mentions_partly_listed": share(sum(any(t in either for t in ts) for ts in mentions), len(mentions)),
        "tokens_on_safe_list": share(sum(t in safe for t in tokens), len(tokens)),
    }


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def _cell(r: dict[str, Any]) -> str:
    if not r or r["n"] == 0:
        return "–"
    return f"{r['rate']:.3f} [{r['lo']:.2f}, {r['hi']:.2f}]"


def markdown_report(report: Mapping[str, Any]) -> str:
    """A markdown table (one column per tagger) of the figures of :func:`evaluate_taggers`."""
    results = report["results"]
    labels = list(results)
    first = results[labels[0]]
    head = "| metric | n | " + " | ".join(f"{lab} (`{results[lab]['tagger']}`)" for lab in labels) + " |"
    rule = "|---|---:|" + "---|" * len(labels)
    rows = [head, rule]

    def row(title: str, get: Any) -> None:
        n = get(first)["n"] if get(first) else 0
        rows.append(f"| {title} | {n} | " + " | ".join(_cell(get(results[lab])) for lab in labels) + " |")

    for key in ["ALL", *GOLD_TYPES]:
        if key in first["mention_recall"]:
            name = "all types" if key == "ALL" else key
            row(f"strict mention recall, {name}", lambda r, k=key: r["mention_recall"].get(k))
    for key in ["ALL", *GOLD_TYPES]:
        if key in first["entity_recall"]:
            name = "all types" if key == "ALL" else key
            row(f"entity recall, {name}", lambda r, k=key: r["entity_recall"].get(k))
    row("gold characters covered", lambda r: r["gold_char_recall"])
    row("token precision (predicted chars inside gold)", lambda r: r["token_precision"])
    row("public-only docs: words tagged", lambda r: r["public_words_tagged"])
    row("public-only docs: any span", lambda r: r["public_docs_with_spans"])
    row("stability: identical skeleton pairs", lambda r: r["stability"])
    row("stability: same public characters tagged", lambda r: r["public_stability"])
    rows.append("| ms per document |  | " + " | ".join(f"{1000 * results[lab]['seconds_per_document']:.1f}"
                                                       for lab in labels) + " |")
    rows.append("")
    rows.append("Strict mention recall by subtype:")
    rows.append("")
    rows.append("| subtype | n | " + " | ".join(labels) + " |")
    rows.append("|---|---:|" + "---|" * len(labels))
    for key in first["subtype_recall"]:
        row_vals = " | ".join(_cell(results[lab]["subtype_recall"].get(key, {})) for lab in labels)
        rows.append(f"| {key} | {first['subtype_recall'][key]['n']} | {row_vals} |")
    meta = report.get("meta", {})
    rows.append("")
    rows.append(f"Dataset `{meta.get('dataset')}` (sha256 `{meta.get('dataset_sha256', '')[:16]}…`), "
                f"measured {meta.get('date')} at commit `{meta.get('commit')}`. Cells: rate [Wilson 95 %].")
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------------------------
# Tagger specs and the command line
# --------------------------------------------------------------------------------------------


def resolve_tagger(spec: str, documents: Sequence[HeldoutDocument] | None = None) -> Any:
    """A tagger from a command-line spec.

    ``default`` (``tagging.default_tagger()``); any other profile name ``P`` via
    ``tagging.P_tagger()`` or ``tagging.default_tagger(profile=P)`` when those exist;
    ``module:attribute`` (an object with ``tag``, or a factory called without arguments); and the
    references ``nothing``, ``everything``, ``oracle``.
    """
    if spec == "nothing":
        return NothingTagger()
    if spec == "everything":
        return EverythingTagger()
    if spec == "oracle":
        return OracleTagger(documents if documents is not None else load_heldout())
    if ":" in spec:
        module, _, attr = spec.partition(":")
        obj = getattr(importlib.import_module(module), attr)
        return obj if hasattr(obj, "tag") and not isinstance(obj, type) else obj()
    from dpfusion_integrations import tagging

    if spec == "default":
        return tagging.default_tagger()
    factory = getattr(tagging, f"{spec}_tagger", None)
    if callable(factory):
        return factory()
    default = getattr(tagging, "default_tagger", None)
    if default is not None and "profile" in inspect.signature(default).parameters:
        return default(profile=spec)
    raise ValueError(f"unknown tagger {spec!r}: use default, a profile the tagging package offers, "
                     "module:attribute, nothing, everything or oracle")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dpfusion_integrations.evaluation.heldout_metrics",
                                     description="Score taggers on the held-out tagging set.")
    parser.add_argument("--tagger", action="append", default=None,
                        help="default, a profile name, module:attribute, nothing, everything, oracle "
                             "(repeatable; label=spec to name a column)")
    parser.add_argument("--data", type=Path, default=None,
                        help=f"JSONL set, or a frozen set's name: {', '.join(FROZEN_SETS)} (default {FROZEN_PATH})")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--markdown", type=Path, default=None, help="write the table here")
    args = parser.parse_args(argv)
    data = resolve_heldout_path(args.data) if args.data is not None else None
    docs = load_heldout(data)
    taggers: dict[str, Any] = {}
    for item in args.tagger or ["default"]:
        label, _, spec = item.partition("=") if "=" in item else (item, "", item)
        taggers[label] = resolve_tagger(spec, docs)
    report = evaluate_taggers(taggers, docs, data_path=data)
    table = markdown_report(report)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if args.markdown is not None:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
