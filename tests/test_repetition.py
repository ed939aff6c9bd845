"""Repetition control from released tokens only: the n-gram ban (same mask on every context, fused
path = oracle, the cap enforced on the masked distributions) and the repeated-sentence stop."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.reference import np_renyi, reference_decode
from dpfusion_integrations.engine.repetition import NgramBan, apply_bans, banned_tokens
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.stopping import RepeatStop


def test_ngram_ban_lists_the_tokens_that_would_repeat_an_ngram():
    assert banned_tokens([1, 2, 3, 1, 2], 3) == [3]
    assert banned_tokens([1, 2, 3, 1, 2, 4, 1, 2], 3) == [3, 4]
    assert banned_tokens([1, 2, 3], 3) == [] and banned_tokens([5], 3) == []
    ban = NgramBan(2)
    for t in (7, 7):
        ban.push(t)
    assert ban.banned() == [7]
    with pytest.raises(ValueError):
        NgramBan(1)


def test_apply_bans_renormalises_and_keeps_a_fully_banned_row():
    logp = torch.log_softmax(torch.tensor([[0.0, 1.0, 2.0], [0.0, 0.0, float("-inf")]], dtype=torch.float64), -1)
    out = apply_bans(logp, [[2], [0, 1]])
    assert torch.isneginf(out[0, 2]) and torch.isclose(torch.logsumexp(out[0], -1), torch.zeros((), dtype=torch.float64))
    assert torch.equal(out[1], logp[1])  # nothing left to sample: unchanged, for every context alike
    assert apply_bans(logp, [[], []]) is logp


def _contexts(tokenizer, texts):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


class _FewTokens(torch.nn.Module):
    """The tiny model with a logit bonus on five tokens, so that unbanned decoding repeats itself."""

    def __init__(self, inner: torch.nn.Module, vocab: int) -> None:
        super().__init__()
        self.inner = inner
        bias = torch.zeros(vocab)
        bias[100:105] = 30.0
        self.register_buffer("bias", bias)

    def forward(self, **kwargs):
        out = self.inner(**kwargs)
        out.logits = out.logits + self.bias.to(out.logits.dtype)
        return out


def test_fused_ban_matches_the_oracle_and_never_repeats_an_ngram(tiny_model, tokenizer):
    model = _FewTokens(tiny_model, tiny_model.config.vocab_size).eval()
    req = DecodeRequest(contexts=_contexts(tokenizer, ["[PERSON] met [PERSON].", "Ann met [PERSON].",
                                                       "[PERSON] met Bo."]),
                        order=3.0, cap=0.4, max_new_tokens=24, no_repeat_ngram=2)
    decoder = FusedDecoder(model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    record: list[dict] = []
    fused = decoder.decode([req], PrivateSampler(1, seed=21), record=record)[0]
    trace: list[dict] = []
    ref = reference_decode(model, req, PrivateSampler(1, seed=21), eos_token_ids=[tokenizer.eos_token_id],
                           record=trace)
    assert fused.tokens == ref.tokens
    for step, expected in zip(record, trace, strict=True):
        np.testing.assert_allclose(np.exp(step["released"][0]), np.exp(expected["released"]), atol=1e-5)
    pairs = list(zip(fused.tokens, fused.tokens[1:]))
    assert len(pairs) == len(set(pairs))
    # the cap holds on the masked distributions that were mixed and sampled
    for step in record:
        logq = step["logq"][0]
        for g, lam in enumerate(step["lam"][0]):
            logp = step["logp"][0, g]
            with np.errstate(divide="ignore"):
                m = np.logaddexp(np.log(lam) + logp, np.log1p(-lam) + logq)
            assert max(np_renyi(m, logq, 3.0), np_renyi(logq, m, 3.0)) <= 0.4 * (1 + 1e-9)
    # the ban was applied to the public and every group context at every step where it had something
    checked = 0
    for t, step in enumerate(record):
        ban = banned_tokens(fused.tokens[:t], 2)
        if ban:
            assert np.isneginf(step["logq"][0][ban]).all() and np.isneginf(step["logp"][0][:, ban]).all()
            checked += 1
    assert checked > 5
    unbanned = decoder.decode([DecodeRequest(contexts=req.contexts, order=3.0, cap=0.4, max_new_tokens=24)],
                              PrivateSampler(1, seed=21))[0]
    assert len(set(zip(unbanned.tokens, unbanned.tokens[1:]))) < len(unbanned.tokens) - 1  # it would repeat


class _CharTokenizer:
    def decode(self, ids, skip_special_tokens=True):
        return "".join(chr(i) for i in ids)


def _ids(text):
    return [ord(c) for c in text]


def test_repeat_stop_fires_on_a_repeated_sentence_and_cuts_before_it():
    stop = RepeatStop(_CharTokenizer())
    looping = "Cardiology: no acute changes. Follow up in two weeks. Cardiology: no acute changes. More"
    assert stop.hit(_ids(looping)) and not stop.hit(_ids(looping[:60]))
    assert stop.cut(looping) == "Cardiology: no acute changes. Follow up in two weeks."
    assert stop.cut("Short. Short. Short.") == "Short. Short. Short."  # below min_chars: not a loop
    lines = "Patient seen today\nPatient seen today\n"
    assert stop.hit(_ids(lines)) and stop.cut(lines) == "Patient seen today"
    assert not RepeatStop(_CharTokenizer(), enabled=False).hit(_ids(looping))


def test_privatize_releases_no_repeated_sentence_and_refuses_the_flag_in_faithful(tiny_dp):
    text = "Patient Ann Lee was seen in Oslo. She is well."
    spans = [(8, 15, "PERSON"), (28, 32, "LOCATION")]
    res = tiny_dp.privatize(text, epsilon=4.0, spans=spans, max_new_tokens=40, seed=1)
    assert RepeatStop(tiny_dp.tokenizer).cut(res.text) == res.text
    off = tiny_dp.privatize(text, epsilon=4.0, spans=spans, max_new_tokens=40, seed=1, repetition_control=False)
    assert off.report.max_new_tokens == res.report.max_new_tokens
    with pytest.raises(InvalidParameterError, match="repetition_control"):
        tiny_dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", repetition_control=True)


@pytest.mark.parametrize("released, kept", [
    ("Rewrite the text in your own words:\nThe patient was seen.", "The patient was seen."),
    ("Rewrite the following text in your own words: The patient was seen.", "The patient was seen."),
    ("Here is the rewritten text:\n\nPatient [PERSON] came.", "Patient [PERSON] came."),
    ("The patient was seen.\nRewrite.", "The patient was seen.\nRewrite."),
    ("Patient: [PERSON] came in.", "Patient: [PERSON] came in."),
    ("Here is the plan: rest and fluids.", "Here is the plan: rest and fluids."),
])
def test_an_echo_of_the_instruction_is_cut_and_nothing_else(released, kept):
    from dpfusion_integrations.contexts.prompts import PARAPHRASE_INSTRUCTION, strip_echo

    assert strip_echo(released, PARAPHRASE_INSTRUCTION) == kept


def _first_token_only(_token: int) -> bool:
    """A caller that stops after the first released token: the budget (the report's
    ``max_new_tokens``) is fixed before decoding, so the rest of the decode would not change it."""
    return True


def test_paraphrase_budget_follows_the_public_length_when_none_is_given(tiny_dp):
    short = tiny_dp.privatize("Ann Lee is well.", epsilon=1.0, spans=[(0, 7, "PERSON")], seed=0,
                              on_token=_first_token_only)
    long_text = "Ann Lee is well. " + "She walked to the market and bought bread, milk and eggs. " * 3
    long = tiny_dp.privatize(long_text, epsilon=1.0, spans=[(0, 7, "PERSON")], seed=0, on_token=_first_token_only)
    assert 32 <= short.report.max_new_tokens < long.report.max_new_tokens <= 512
    # the budget depends on the public rendering only: other private values, same budget
    other = tiny_dp.privatize("Maximiliane Oberhauser is well.", epsilon=1.0, spans=[(0, 22, "PERSON")], seed=0,
                              on_token=_first_token_only)
    assert other.report.max_new_tokens == short.report.max_new_tokens
    assert tiny_dp.privatize("Ann Lee is well.", epsilon=1.0, spans=[(0, 7, "PERSON")], seed=0,
                             max_new_tokens=5).report.max_new_tokens == 5
