"""RAG answer accuracy over released chunks: a fixed downstream reader, raw vs redacted vs each release mode
(issue 14).

Run: ``python benchmarks/rag_accuracy.py --docs 8 --epsilon 8 --json out.json``.

Each document of the evaluation corpus (seed 1, as in ``release_modes.py``) is one chunk. Conditions, on the
same documents with their gold spans (so the tagger is not what is measured): the raw chunk, the redacted
chunk (placeholders), the chunk with surrogates (the public context of the surrogate release), and the
releases of ``paraphrase``, ``faithful`` and ``faithful-surrogates`` at each ``--epsilon``. The questions are
fixed public templates per annotated fact kind and per direct-identifier slot
(``dpfusion_integrations.evaluation.rag_accuracy``). The reader is the embedded SmolLM2-135M-Instruct called
directly (plain greedy generation, no privacy mechanism: it is the downstream consumer), ``--answer-tokens``
new tokens. An answer is correct when it contains a gold answer (normalised, whole words). Reported per
condition: fact accuracy and private-value accuracy with Wilson 95 % intervals, pooled over questions.
No question, answer or value is printed: only counts and rates.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from dpfusion_integrations import DPFusion
from dpfusion_integrations.contexts.render import StandIn, render
from dpfusion_integrations.evaluation.corpus import generate_corpus
from dpfusion_integrations.evaluation.heldout_metrics import wilson_interval
from dpfusion_integrations.evaluation.rag_accuracy import (
    Question,
    document_questions,
    reader_prompt,
    score,
)
from dpfusion_integrations.tagging import Span

_MODES = ("paraphrase", "faithful", "faithful-surrogates")


def _stand_in_text(doc, style: StandIn) -> str:
    """The document with every gold span replaced by its placeholder or its fixed surrogate."""
    spans = [Span(s.start, s.end, s.entity_type) for s in doc.spans]
    return render(doc.text, spans, [False] * len(spans), style=style)


@torch.inference_mode()
def _read(dp: DPFusion, chunks: list[str], questions: list[list[Question]], *, answer_tokens: int,
          batch: int) -> list[list[str]]:
    """Greedy answers of the plain model to each document's questions over its chunk (left-padded batches)."""
    tok, model = dp.tokenizer, dp.model
    prompts = [tok.apply_chat_template([{"role": "user", "content": reader_prompt(c, q.text)}], tokenize=False,
                                       add_generation_prompt=True)
               for c, qs in zip(chunks, questions) for q in qs]
    side, tok.padding_side = tok.padding_side, "left"
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    flat: list[str] = []
    try:
        for i in range(0, len(prompts), batch):
            enc = tok(prompts[i:i + batch], return_tensors="pt", padding=True, add_special_tokens=False)
            enc = {k: v.to(model.device) for k, v in enc.items()}
            out = model.generate(**enc, max_new_tokens=answer_tokens, do_sample=False, pad_token_id=tok.pad_token_id)
            flat += tok.batch_decode(out[:, enc["input_ids"].shape[1]:], skip_special_tokens=True)
    finally:
        tok.padding_side = side
    answers, at = [], 0
    for qs in questions:
        answers.append(flat[at:at + len(qs)])
        at += len(qs)
    return answers


def _row(condition: str, epsilon: float | None, questions, answers, release_s: float) -> dict[str, object]:
    flat_q = [q for qs in questions for q in qs]
    flat_a = [a for ans in answers for a in ans]
    row: dict[str, object] = {"condition": condition, "epsilon": epsilon}
    for kind, (k, n) in score(flat_q, flat_a).items():
        lo, hi = wilson_interval(k, n)
        row[kind] = {"correct": k, "n": n, "rate": round(k / n, 4) if n else None, "lo": round(lo, 4),
                     "hi": round(hi, 4)}
    topics: dict[str, list[int]] = {}
    for q, a in zip(flat_q, flat_a):
        cell = topics.setdefault(f"{q.kind}:{q.topic}", [0, 0])
        cell[0] += int(score([q], [a])[q.kind][0])
        cell[1] += 1
    row["by_topic"] = {t: f"{k}/{n}" for t, (k, n) in sorted(topics.items())}
    row["release_s_per_doc"] = round(release_s / max(1, len(questions)), 2)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=8)
    parser.add_argument("--epsilon", default="8", help="comma-separated ε values for the three release modes")
    parser.add_argument("--max-new-tokens", type=int, default=128, help="paraphrase token budget")
    parser.add_argument("--answer-tokens", type=int, default=16, help="reader's answer budget (greedy)")
    parser.add_argument("--batch", type=int, default=8, help="reader batch size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--modes", default=",".join(_MODES))
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    started = time.perf_counter()
    docs = generate_corpus(args.docs, seed=args.seed + 1)
    questions = [document_questions(d) for d in docs]
    dp = DPFusion.from_pretrained()
    texts = [d.text for d in docs]
    spans = [[(s.start, s.end, s.entity_type) for s in d.spans] for d in docs]
    rows = []

    def add(condition: str, epsilon: float | None, chunks: list[str], release_s: float) -> None:
        answers = _read(dp, chunks, questions, answer_tokens=args.answer_tokens, batch=args.batch)
        rows.append(_row(condition, epsilon, questions, answers, release_s))
        print(json.dumps(rows[-1]), flush=True)
        write(time.perf_counter() - started)  # after every row: a cut-short run keeps what it measured

    def write(total: float) -> None:
        if args.json is not None:
            args.json.write_text(json.dumps({
                "docs": args.docs, "seed": args.seed, "corpus_seed": args.seed + 1,
                "max_new_tokens": args.max_new_tokens, "answer_tokens": args.answer_tokens,
                "questions": sum(len(q) for q in questions), "reader": "embedded SmolLM2-135M-Instruct, greedy",
                "total_s": round(total, 1), "rows": rows}, indent=2) + "\n", encoding="utf-8")

    add("raw", None, texts, 0.0)
    add("redacted", None, [_stand_in_text(d, StandIn.PLACEHOLDER) for d in docs], 0.0)
    add("surrogate-input", None, [_stand_in_text(d, StandIn.SURROGATE) for d in docs], 0.0)
    for eps in [float(x) for x in args.epsilon.split(",")]:
        for mode in args.modes.split(","):
            budget = ({"max_new_tokens": args.max_new_tokens} if mode == "paraphrase"
                      else {"release": "faithful", "surrogates": mode == "faithful-surrogates"})
            t0 = time.perf_counter()
            results = dp.privatize_many(texts, epsilon=eps, spans=spans, seed=args.seed, allow_no_spans=True,
                                        **budget)  # type: ignore[arg-type]
            add(mode, eps, [r.text for r in results], time.perf_counter() - t0)
    total = time.perf_counter() - started
    print(json.dumps({"total_s": round(total, 1)}), flush=True)
    write(total)


if __name__ == "__main__":
    main()
