"""Attack sanity on the embedded SmolLM2 (the attacker's model) over one-sentence documents:

- on unprotected output (the original copied) the candidate-ranking attack beats chance clearly,
  and so do LOSS and Min-K%;
- on DP-Fusion's ε = 0 release (public-only decoding: independent of the private values) it is
  within chance;
- the empirical ε lower bound never exceeds what DP-Fusion claims on this corpus, while a false
  claim on leaky output is caught.
"""

from __future__ import annotations

import numpy as np
import pytest

from dpfusion_integrations.evaluation.attacks import CandidateRanker, ReverseScorer, rank_of_true
from dpfusion_integrations.evaluation.lm_scoring import CausalScorer
from dpfusion_integrations.evaluation.stats import (
    clopper_pearson,
    epsilon_lower_bound,
    pairwise_auc,
    success_lower_limit,
)
from dpfusion_integrations.mechanisms import DPFusionMechanism, PrivacyNotion

from eval_helpers import LeakyMechanism, short_corpus, with_true_value

pytestmark = pytest.mark.e2e

M = 5
N_DOCS = 12  # enough: 12/12 successes put the 95% interval above 0.73; 0/12 leaves 1/5 inside
DP_EPSILONS = (0.0, 1.0)


@pytest.fixture(scope="module")
def game(smol_dp):
    """Releases of every mechanism and the attack scores on each (computed once)."""
    model, tokenizer = smol_dp.model, smol_dp.tokenizer
    docs = short_corpus(N_DOCS, seed=7, m=M)
    fusion = DPFusionMechanism(smol_dp)
    kw = {"delta": 1e-5, "max_new_tokens": 6, "seed": 0}  # a few tokens suffice: leaky copies, ε = 0 ignores the value
    inputs = [d.spanned() for d in docs]
    releases = {"leaky": LeakyMechanism().release(inputs, epsilon=0.0, **kw)}
    for eps in DP_EPSILONS:
        releases[f"dp-fusion@{eps:g}"] = fusion.release(inputs, epsilon=eps, **kw)
    # the same corpus with another candidate true in every document
    swapped = [with_true_value(d, d.target.candidates[(d.true_index + 1) % M]) for d in docs]
    swapped_release = fusion.release([d.spanned() for d in swapped], epsilon=0.0, **kw)
    scorer = CausalScorer(model, pad_id=tokenizer.pad_token_id or 0)
    ranker, reverse = CandidateRanker(scorer, tokenizer), ReverseScorer(scorer, tokenizer, k=0.2)
    ranking: dict[str, list[list[float]]] = {name: [] for name in releases}
    loss, min_k = [], []
    for i, doc in enumerate(docs):
        state = ranker.prepare(doc)
        for name, rel in releases.items():
            ranking[name].append(ranker.score(state, rel[i].text))
        lo, mk = reverse.score(doc, releases["leaky"][i].text)
        loss.append(lo)
        min_k.append(mk)
    return {"docs": docs, "releases": releases, "swapped_release": swapped_release, "ranking": ranking,
            "loss": loss, "min_k": min_k, "truth": [d.true_index for d in docs]}


def _successes(scores, truth, seed=0):
    rng = np.random.default_rng(seed)
    return sum(1 for s, t in zip(scores, truth) if rank_of_true(s, t, rng) == 1)


def test_when_output_is_unprotected_then_the_attack_beats_chance_clearly(game):
    k = _successes(game["ranking"]["leaky"], game["truth"])
    lo, _ = clopper_pearson(k, N_DOCS)
    assert lo > 2 / M, f"leaky success {k}/{N_DOCS}"
    assert pairwise_auc(game["loss"], game["truth"]) > 0.8
    assert pairwise_auc(game["min_k"], game["truth"]) > 0.8


def test_when_the_release_is_independent_of_the_private_value_then_the_attack_is_within_chance(game):
    k = _successes(game["ranking"]["dp-fusion@0"], game["truth"])
    lo, hi = clopper_pearson(k, N_DOCS)
    assert lo <= 1 / M <= hi, f"{k}/{N_DOCS}"
    assert epsilon_lower_bound(success_lower=lo, m=M, notion=PrivacyNotion.PURE_DOCUMENT) == 0.0
    # Exactly: the release is the same text whichever candidate is true, so every score of every
    # attack (ranking, LOSS, Min-K%) is a function of the candidates alone and carries no signal.
    assert [r.text for r in game["releases"]["dp-fusion@0"]] == [r.text for r in game["swapped_release"]]


def test_when_dp_fusion_claims_epsilon_then_the_empirical_lower_bound_stays_within_it(game):
    for eps in DP_EPSILONS:
        rel = game["releases"][f"dp-fusion@{eps:g}"]
        claimed = max(r.epsilon for r in rel)
        assert claimed <= eps + 1e-12
        k = _successes(game["ranking"][f"dp-fusion@{eps:g}"], game["truth"])
        lo = success_lower_limit(k, N_DOCS)
        eps_lb = epsilon_lower_bound(success_lower=lo, m=M, notion=rel[0].notion, delta=rel[0].delta)
        assert eps_lb <= claimed, f"epsilon={eps:g}: {k}/{N_DOCS} successes imply >= {eps_lb:.3f}"


def test_when_a_false_claim_is_made_on_leaky_output_then_the_lower_bound_exceeds_it(game):
    k = _successes(game["ranking"]["leaky"], game["truth"])
    lo = success_lower_limit(k, N_DOCS)
    false_claim = 0.5
    assert epsilon_lower_bound(success_lower=lo, m=M, notion=PrivacyNotion.PURE_DOCUMENT) > false_claim


def test_when_dp_fusion_epsilon_is_zero_then_the_subject_never_appears_in_its_output(game):
    for doc, rel in zip(game["docs"], game["releases"]["dp-fusion@0"]):
        assert doc.true_value not in rel.text
