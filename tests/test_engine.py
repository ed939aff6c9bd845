"""The fused decode against the naive reference oracle, on a tiny random-weight Llama."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.reference import np_renyi, reference_decode


def _contexts(tokenizer, texts):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


@pytest.fixture(scope="module")
def requests_(tokenizer):
    doc = [
        ("Call [PERSON] at [PHONE_NUMBER] today.", "Call Ann Lee at [PHONE_NUMBER] today.",
         "Call [PERSON] at 555-0100 today."),
        ("[PERSON] was seen in [LOCATION].", "Maximilian Oberhauser-Smith was seen in [LOCATION].",
         "[PERSON] was seen in Rio."),
        ("No private data here.",),
    ]
    return [
        DecodeRequest(contexts=_contexts(tokenizer, doc[0]), order=3.0, cap=0.05, max_new_tokens=10),
        DecodeRequest(contexts=_contexts(tokenizer, doc[1]), order=8.0, cap=0.5, max_new_tokens=7),
        DecodeRequest(contexts=_contexts(tokenizer, doc[2]), order=2.0, cap=0.1, max_new_tokens=5),
    ]


def test_when_fused_then_tokens_and_distributions_match_the_reference(tiny_model, tokenizer, requests_):
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id])
    record: list[dict] = []
    fused = decoder.decode(requests_, PrivateSampler(len(requests_), seed=11), debug=True, record=record)
    for r, req in enumerate(requests_):
        trace: list[dict] = []
        ref = reference_decode(tiny_model, req, PrivateSampler(1, seed=11 + r), eos_token_ids=[tokenizer.eos_token_id],
                               record=trace)
        assert fused[r].tokens == ref.tokens
        assert fused[r].stopped_by_eos == ref.stopped_by_eos
        steps = [s for s in record if r in s["live"]]
        assert len(steps) == len(trace)
        for step, expected in zip(steps, trace):
            i = step["live"].index(r)  # finished requests leave the batch
            np.testing.assert_allclose(step["logq"][i], expected["logq"], atol=1e-4)
            np.testing.assert_allclose(np.exp(step["released"][i]), np.exp(expected["released"]), atol=1e-5)
            np.testing.assert_allclose(step["lam"][i][: req.n_groups], expected["lambdas"], atol=1e-4)
    assert any(lam < 1.0 for res in fused for step in res.lambdas for lam in step)  # the cap was binding


@st.composite
def span_cases(draw):
    words = draw(st.lists(st.sampled_from(["alpha", "Bob", "Smith", "in", "Paris", "on", "42", "x", "note", "."]),
                          min_size=3, max_size=10))
    text = " ".join(words)
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    chosen = draw(st.lists(st.integers(0, len(words) - 1), min_size=1, max_size=3, unique=True))
    labels = draw(st.lists(st.sampled_from(["A", "B", "C"]), min_size=len(chosen), max_size=len(chosen)))
    spans = [(starts[i], starts[i] + len(words[i]), g) for i, g in zip(sorted(chosen), labels)]
    return text, spans, draw(st.sampled_from([0.0, 0.5, 4.0, 40.0])), draw(st.integers(0, 2 ** 31))


@given(span_cases())
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_when_any_input_then_cap_holds_at_every_emitted_step(tiny_dp, case):
    """Recomputes every step's symmetric divergence in NumPy float64 from the exact distributions
    the engine used and the λ it chose."""
    text, spans, epsilon, seed = case
    record: list[dict] = []
    original = tiny_dp._decoder.decode

    def recording(requests, sampler, **kw):
        return original(requests, sampler, record=record, **kw)

    tiny_dp._decoder.decode = recording
    try:
        res = tiny_dp.privatize(text, epsilon=epsilon, spans=spans, max_new_tokens=6, seed=seed)
    finally:
        del tiny_dp._decoder.decode
    rep = res.report
    order = rep.alpha * (2 if rep.relation.value == "substitution" else 1)
    assert len(record) >= 1
    for step in record:
        logq = step["logq"][0]
        for g in range(rep.n_groups):
            lam = float(step["lam"][0][g])
            if rep.cap == 0:  # public-only: the released distribution is exactly q
                assert lam == 0.0
                continue
            with np.errstate(divide="ignore"):
                logm = np.logaddexp(np.log(lam) + step["logp"][0][g], np.log1p(-lam) + logq)
            assert max(np_renyi(logm, logq, order), np_renyi(logq, logm, order)) <= rep.cap


def test_when_many_documents_then_each_matches_its_lone_decode(tiny_dp):
    texts = ["Ann Lee lives in Oslo.", "Call Bob at 555-0100 now please.", "Zed went home."]
    spans = [[(0, 7, "PERSON"), (17, 21, "LOCATION")], [(5, 8, "PERSON"), (12, 20, "PHONE")], [(0, 3, "PERSON")]]
    together = tiny_dp.privatize_many(texts, epsilon=6.0, spans=spans, max_new_tokens=8, seed=5)
    for i, text in enumerate(texts):
        alone = tiny_dp.privatize(text, epsilon=6.0, spans=spans[i], max_new_tokens=8, seed=5 + i)
        assert together[i].text == alone.text
        # Unit aliases are fresh per call; everything else in the report is the same.
        same = {"units", "units_groups"}
        assert together[i].report.model_dump(exclude=same) == alone.report.model_dump(exclude=same)
        assert sorted(together[i].report.units_groups.values()) == sorted(alone.report.units_groups.values())


def test_when_eos_is_sampled_then_decoding_stops_without_emitting_it(tiny_model, tokenizer, requests_):
    eos = set(range(0, len(tokenizer), 2))  # half the vocabulary ends the turn
    decoder = FusedDecoder(tiny_model, eos_token_ids=eos)
    out = decoder.decode(requests_, PrivateSampler(len(requests_), seed=3))
    assert any(r.stopped_by_eos for r in out)
    for r, req in zip(out, requests_):
        assert not (set(r.tokens) & eos)
        assert len(r.tokens) <= req.max_new_tokens
        assert r.stopped_by_eos or len(r.tokens) == req.max_new_tokens


def test_when_temperature_is_not_positive_then_decoder_refuses(tiny_model):
    for t in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            FusedDecoder(tiny_model, eos_token_ids=[0], temperature=t)


def test_when_unseeded_then_two_runs_draw_independently(tiny_model, tokenizer, requests_):
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id])
    runs = {tuple(decoder.decode(requests_[:1], PrivateSampler(1))[0].tokens) for _ in range(4)}
    assert len(runs) > 1
    assert not PrivateSampler(1).seeded and PrivateSampler(1, seed=0).seeded


def test_when_prefix_is_shared_then_distributions_equal_the_unshared_decode(tiny_model, tokenizer, requests_):
    shared = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id])
    plain = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id])
    plain.MIN_SHARED_PREFIX = 10 ** 9  # never share
    rec_a, rec_b = [], []
    a = shared.decode(requests_, PrivateSampler(len(requests_), seed=2), record=rec_a)
    b = plain.decode(requests_, PrivateSampler(len(requests_), seed=2), record=rec_b)
    assert [r.tokens for r in a] == [r.tokens for r in b]
    for sa, sb in zip(rec_a, rec_b):
        np.testing.assert_allclose(np.exp(sa["released"]), np.exp(sb["released"]), atol=1e-5)


def test_when_contexts_share_a_prefix_then_its_length_leaves_each_one_token():
    from dpfusion_integrations.engine.decode import shared_prefix_length

    assert shared_prefix_length([(1, 2, 3, 4), (1, 2, 3, 5), (1, 2, 9)]) == 2
    assert shared_prefix_length([(1, 2, 3), (1, 2, 3)]) == 2
    assert shared_prefix_length([(7,), (7, 8)]) == 0
