"""Cookbook: differentially private synthetic clinical notes, with a utility test and a membership probe.

Steps (offline, a few minutes on 2 CPU cores with the embedded SmolLM2-135M-Instruct):

1. Build a small labelled corpus of invented clinical notes (4 condition categories), split into a
   training part (to be released as synthetic data) and a held-out real part.
2. Make two synthetic versions of the training part with ``synthesize`` at the same ε per record:
   a) identifiers private (name, MRN, date, phone): the clinical content is public context;
   b) the whole record private: one span over the full note.
3. Train TF-IDF + logistic regression on the original and on each synthetic set; report accuracy
   on the held-out real notes ("train on synthetic, test on real").
4. Run a similarity-based membership-inference attack against each release (members: the training
   notes; non-members: the held-out notes) and report its ROC AUC (0.5 = no signal), plus the share
   of training notes whose identifiers appear verbatim in the release.
5. Print one table and save one plot.

Everything it writes (the plot, the synthetic sets and their manifests) goes to ``--out DIR``, or to a
fresh temporary directory; it prints where. It never writes into the checkout unless told to.

Run:  python cookbook/synthetic_data.py [--out DIR]            (options: --help)
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Passive OpenMP waits (set before torch loads): on a shared CPU, busy-waiting threads slow decoding down many times.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from dpfusion_integrations import DPFusion  # noqa: E402
from dpfusion_integrations.synthesis import (  # noqa: E402
    SyntheticDataset,
    classifier_accuracy,
    membership_auc,
    synthesize,
)

PLOT_NAME = "synthetic_data.png"
INSTRUCTION = "Paraphrase this clinical note. Keep the placeholders in square brackets."

FIRST = ["Maria", "Ahmed", "Chloe", "Oliver", "Sofia", "Johnathan", "Ingrid", "Tomasz", "Amara", "Kenji", "Lucia",
         "Rafael", "Elif", "Niamh", "Dmitri", "Priya", "Gustavo", "Hana", "Callum", "Zainab"]
LAST = ["Lindqvist", "Karimi", "Dubois", "Brennan", "Moreno", "Reyes", "Halvorsen", "Nowak", "Okafor", "Tanaka",
        "Ferreira", "Castillo", "Yilmaz", "Gallagher", "Volkov", "Raman", "Esposito", "Kowalczyk", "Mbeki", "Haddad"]
JOBS = ["baker", "welder", "teacher", "bus driver", "nurse", "farmer", "accountant", "chef", "plumber", "librarian",
        "carpenter", "pharmacist", "painter", "electrician", "gardener", "pilot", "tailor", "miner", "dentist",
        "cashier"]
CONDITIONS = {
    "cardiology": (["chest pain on exertion", "palpitations", "ankle swelling", "dizziness on standing",
                    "shortness of breath on stairs", "chest tightness after meals"],
                   ["ECG shows atrial fibrillation", "troponin mildly raised", "ejection fraction {n}%",
                    "blood pressure {n}/95"], ["apixaban", "metoprolol", "atorvastatin", "ramipril", "furosemide"]),
    "respiratory": (["wheezing at night", "a dry cough", "breathlessness on exertion", "chest tightness in cold air",
                     "green sputum", "a hoarse voice"],
                    ["SpO2 {n}% on room air", "peak flow {n}0 L/min", "chest X-ray shows hyperinflation",
                     "crackles at the left base"],
                    ["a salbutamol inhaler", "a budesonide inhaler", "amoxicillin", "montelukast", "prednisolone"]),
    "endocrine": (["increased thirst", "frequent urination", "weight loss", "fatigue", "feeling cold",
                   "blurred vision"], ["HbA1c {n}%", "fasting glucose {n} mmol/L", "TSH {n} mU/L", "BMI {n}"],
                  ["metformin", "levothyroxine", "insulin glargine", "gliclazide", "empagliflozin"]),
    "neurology": (["migraines", "numbness in the left hand", "a tremor at rest", "memory lapses",
                   "a seizure last week", "tingling in both feet"],
                  ["MRI shows no acute change", "EEG shows focal slowing", "reduced ankle reflexes",
                   "a normal CT head"], ["sumatriptan", "levetiracetam", "gabapentin", "propranolol", "topiramate"]),
}


@dataclass
class Note:
    """A sensitive record plus its identifiers (kept only to measure verbatim leaks)."""

    record: dict
    identifiers: list[str]


def make_note(index: int, label: str, rng: random.Random) -> Note:
    """One invented note; the spans of name, MRN, date and phone are recorded as they are written."""
    symptoms, findings, meds = CONDITIONS[label]
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    mrn = str(rng.randint(100000, 999999))
    date = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026"
    phone = f"{rng.randint(200, 989)}-555-{rng.randint(0, 9999):04d}"
    s1, s2 = rng.sample(symptoms, 2)
    finding = rng.choice(findings).format(n=rng.randint(12, 97))
    parts: list[tuple[str, str | None]] = [
        (name, "PERSON"), (f" ({rng.randint(28, 88)}, {rng.choice(JOBS)}), MRN ", None), (mrn, "ID"),
        (", seen ", None), (date, "DATE"), (f": {s1}, {s2}; {finding}; started {rng.choice(meds)}. Phone ", None),
        (phone, "PHONE"), (".", None)]
    text, spans = "", []
    for piece, group in parts:
        if group is not None:
            spans.append([len(text), len(text) + len(piece), group])
        text += piece
    return Note({"id": f"note-{index:03d}", "text": text, "label": label, "spans": spans}, [name, mrn, phone])


def make_corpus(per_class: int, seed: int) -> list[Note]:
    rng = random.Random(seed)
    labels = [label for label in CONDITIONS for _ in range(per_class)]
    rng.shuffle(labels)
    return [make_note(i, label, rng) for i, label in enumerate(labels)]


def whole_record(record: dict) -> dict:
    """The same record with one private span over the entire note (record-level privacy)."""
    return {**record, "spans": [[0, len(record["text"]), "RECORD"]]}


def leak_rate(notes: list[Note], released: list[str]) -> float:
    """Share of notes any of whose identifiers appears verbatim in any released text."""
    blob = "\n".join(released)
    return sum(any(i in blob for i in n.identifiers) for n in notes) / len(notes)


def plot(rows: list[tuple[str, float, float, float, float]], path: Path, n_classes: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r[0] for r in rows]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2))
    for ax, col, title, chance in ((axes[0], 2, "Accuracy on held-out real notes", 1 / n_classes),
                                   (axes[1], 3, "Membership-inference AUC (lower is better)", 0.5)):
        values = [r[col] for r in rows]
        bars = ax.bar(range(len(rows)), values, color=["#888888", "#3b7dd8", "#2a9d5b"][: len(rows)])
        ax.axhline(chance, ls="--", c="k", lw=1, label=f"chance ({chance:.2f})")
        ax.set_xticks(range(len(rows)), names, fontsize=8)
        ax.set_ylim(0, 1.12)
        ax.set_title(title, fontsize=10)
        ax.legend(fontsize=8, loc="upper right")
        for bar, v in zip(bars, values, strict=True):
            ax.text(bar.get_x() + bar.get_width() / 2, v + 0.02, f"{v:.2f}", ha="center", fontsize=9)
    fig.suptitle("DP-Fusion synthetic clinical notes: utility vs. membership inference", fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


Row = tuple[str, float, float, float, float]  # title, ε per record, accuracy, MIA AUC, identifiers leaked


def run(dp: DPFusion, *, train_per_class: int, test_per_class: int, epsilon: float, max_new_tokens: int, seed: int,
        plot_path: Path, out_dir: Path) -> list[Row]:
    """The whole experiment on one engine; prints the table and saves the plot."""
    notes = make_corpus(train_per_class + test_per_class, seed)
    train, test = [], []
    for label in CONDITIONS:  # stratified split
        of_label = [n for n in notes if n.record["label"] == label]
        train += of_label[:train_per_class]
        test += of_label[train_per_class:]
    train_records = [n.record for n in train]
    test_texts, test_labels = [n.record["text"] for n in test], [n.record["label"] for n in test]
    print(f"corpus: {len(train)} training notes (released as synthetic data), {len(test)} held-out real notes, "
          f"{len(CONDITIONS)} classes")

    kwargs = {"epsilon": epsilon, "max_new_tokens": max_new_tokens, "seed": seed, "batch_size": len(train_records),
              "group_policy": "single", "instruction": INSTRUCTION}
    releases: dict[str, SyntheticDataset] = {}
    for name, records in (("identifiers", train_records), ("whole-record", [whole_record(r) for r in train_records])):
        t0 = time.time()
        releases[name] = synthesize(dp, records, **kwargs)
        releases[name].write(out_dir / f"synthetic-{name}.jsonl")
        print(f"synthesized {len(records)} notes ({name} private) in {time.time() - t0:.0f} s")

    members = [r["text"] for r in train_records]
    rows: list[Row] = [("original\n(no DP)", float("inf"),
                        classifier_accuracy(members, [r["label"] for r in train_records], test_texts, test_labels),
                        membership_auc(members, test_texts, members), leak_rate(train, members))]
    for name, title in (("identifiers", "DP-Fusion\nidentifiers private"), ("whole-record", "DP-Fusion\nwhole record")):
        data = releases[name]
        texts, labels = [r.text for r in data.records], [r.label for r in data.records]
        rows.append((title, data.manifest.max_unit_epsilon, classifier_accuracy(texts, labels, test_texts, test_labels),
                     membership_auc(members, test_texts, texts), leak_rate(train, texts)))

    print(f"\nε per record at δ=1e-5, {max_new_tokens} new tokens; classifier: TF-IDF + logistic regression; "
          f"attack: max TF-IDF cosine similarity to the release")
    header = f"{'training set':<34}{'ε / record':>11}{'accuracy':>10}{'MIA AUC':>9}{'ids leaked':>12}"
    print(header)
    print("-" * len(header))
    for title, eps, acc, auc, leak in rows:
        eps_text = "∞" if eps == float("inf") else f"{eps:.2f}"
        print(f"{title.replace(chr(10), ' '):<34}{eps_text:>11}{acc:>10.3f}{auc:>9.3f}{leak:>12.0%}")
    print(f"(chance accuracy {1 / len(CONDITIONS):.2f}; AUC 0.5 = attack at chance)")

    for name in ("identifiers", "whole-record"):
        example = releases[name].records[0]
        print(f"{'' if name == 'whole-record' else chr(10)}example synthetic note ({example.label}, {name} private): "
              f"{example.text.strip()[:220]!r}")
    plot(rows, plot_path, len(CONDITIONS))
    print(f"\nplot: {plot_path}\nsynthetic sets and manifests: {out_dir}")
    return rows


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-per-class", type=int, default=12, help="training notes per class (released)")
    parser.add_argument("--test-per-class", type=int, default=8, help="held-out real notes per class")
    parser.add_argument("--epsilon", type=float, default=8.0, help="ε per record (default 8)")
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--seed", type=int, default=11, help="corpus and sampling seed (a demo: reports say so)")
    parser.add_argument("--out", "--out-dir", dest="out", type=Path, default=None, metavar="DIR",
                        help="where the plot, the synthetic sets and their manifests go (created if missing; "
                             "default: a fresh temporary directory)")
    parser.add_argument("--plot", type=Path, default=None, metavar="PATH",
                        help=f"the plot's path (default: DIR/{PLOT_NAME})")
    return parser.parse_args(argv)


def output_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    """(output directory, plot path): ``--out`` (created if missing) or a fresh temporary directory."""
    out_dir = args.out if args.out is not None else Path(tempfile.mkdtemp(prefix="dpfusion-synthetic-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir, args.plot if args.plot is not None else out_dir / PLOT_NAME


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    out_dir, plot_path = output_paths(args)
    print(f"output directory: {out_dir}")
    started = time.time()
    dp = DPFusion.from_pretrained()
    run(dp, train_per_class=args.train_per_class, test_per_class=args.test_per_class, epsilon=args.epsilon,
        max_new_tokens=args.max_new_tokens, seed=args.seed, plot_path=plot_path, out_dir=out_dir)
    print(f"total time: {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
