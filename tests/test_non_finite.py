"""Issue 12, findings 11 and 13: numerical and error-message paths fail closed.

11. ``divergence > bound`` is False for NaN: a private context with an ``inf`` logit (fp16 overflow)
    used to get its mixture released unchecked. Now NaN counts as a failed check (the group releases
    ``q``), and a non-finite *public* distribution stops the decode with a typed error.
13. ``ContextTooLongError`` used to report the raw text's or a revealed context's token count, i.e.
    private value lengths. It now carries public lengths only.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, LambdaSearch, PrivateSampler
from dpfusion_integrations.engine.reference import np_renyi
from dpfusion_integrations.errors import ContextTooLongError, NumericalError


def _search(logp: torch.Tensor, logq: torch.Tensor, order: float = 4.0, cap: float = 0.1):
    return LambdaSearch()(logp[None], logq[None, None], torch.tensor(order, dtype=torch.float64).view(1, 1, 1),
                          torch.tensor([[cap]], dtype=torch.float64))


@pytest.mark.parametrize("poison", ["nan", "inf_logit", "all_nan"])
@pytest.mark.parametrize("cap", [0.0, 0.1, 50.0])
def test_when_a_private_distribution_is_not_finite_then_its_group_releases_q(poison, cap):
    logq = torch.log_softmax(torch.tensor([1.0, 2.0, 0.5, -1.0], dtype=torch.float64), -1)
    good = torch.log_softmax(torch.tensor([2.0, 0.0, 0.5, 1.0], dtype=torch.float64), -1)
    logits = torch.tensor([3.0, 1.0, 0.0, 0.0], dtype=torch.float64)
    if poison == "inf_logit":
        logits[0] = float("inf")
    bad = torch.log_softmax(logits, -1)
    if poison == "nan":
        bad[2] = float("nan")
    if poison == "all_nan":
        bad[:] = float("nan")
    result = _search(torch.stack([bad, good]), logq, cap=cap)
    assert torch.isnan(bad).any()
    assert result.lam[0, 0].item() == 0.0
    assert torch.equal(result.log_mixture[0, 0], logq)
    assert torch.isfinite(result.divergence).all() and bool((result.divergence <= cap + 1e-12).all())
    assert torch.isfinite(result.log_mixture).all()


class _Poisoned(torch.nn.Module):
    """Wraps a model and makes the logits of chosen batch rows non-finite (an fp16 overflow)."""

    def __init__(self, model: torch.nn.Module, rows: list[int], value: float) -> None:
        super().__init__()
        self.inner, self.rows, self.value = model, rows, value

    @property
    def config(self):
        return self.inner.config

    def forward(self, **kwargs):
        out = self.inner(**kwargs)
        logits = out.logits.clone()
        for row in self.rows:
            if row < logits.shape[0]:
                logits[row, -1, 7] = self.value
        out.logits = logits
        return out


def _contexts(tokenizer):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    texts = ["Call [PERSON] at [PHONE_NUMBER].", "Call Ann Lee at [PHONE_NUMBER].", "Call [PERSON] at 555-0100."]
    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


@pytest.mark.parametrize("value", [float("inf"), float("nan")])
def test_when_a_group_context_overflows_then_every_released_step_is_checked(tiny_model, tokenizer, value):
    model = _Poisoned(tiny_model, rows=[1], value=value)
    decoder = FusedDecoder(model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    request = DecodeRequest(contexts=_contexts(tokenizer), order=4.0, cap=0.2, max_new_tokens=6)
    record: list[dict] = []
    out = decoder.decode([request], PrivateSampler(1, seed=3), record=record)[0]
    assert len(out.tokens) > 0 or out.stopped_by_eos
    for step in record:
        assert step["lam"][0][0] == 0.0  # the poisoned group falls back to q
        released, logq = step["released"][0], step["logq"][0]
        assert np.isfinite(np.logaddexp.reduce(released))
        assert max(np_renyi(released, logq, 4.0), np_renyi(logq, released, 4.0)) <= 0.2 + 1e-9


def test_when_the_public_context_overflows_then_decoding_stops_with_a_typed_error(tiny_model, tokenizer):
    model = _Poisoned(tiny_model, rows=[0], value=float("inf"))
    decoder = FusedDecoder(model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    request = DecodeRequest(contexts=_contexts(tokenizer), order=4.0, cap=0.2, max_new_tokens=4)
    emitted: list[int] = []
    with pytest.raises(NumericalError, match="public context"):
        decoder.decode([request], PrivateSampler(1, seed=3), on_token=lambda r, t: emitted.append(t))
    assert emitted == []


def test_when_a_private_value_makes_the_context_too_long_then_the_error_has_public_lengths_only(tiny_dp):
    long_value = "Bartholomew-" * 30
    text = f"Patient {long_value} was seen."
    span = [(8, 8 + len(long_value), "PERSON")]
    raw_tokens = len(tiny_dp.tokenizer(text, add_special_tokens=False)["input_ids"])
    limit = tiny_dp.context_limit
    budget = limit - raw_tokens - 5  # the raw text alone fits; the revealed context (with the prompt) does not
    with pytest.raises(ContextTooLongError) as info:
        tiny_dp.privatize(text, epsilon=4.0, spans=span, max_new_tokens=budget)
    err = info.value
    public = tiny_dp.privatize("Patient [PERSON] was seen.", epsilon=0, spans=[(8, 16, "PERSON")], max_new_tokens=1)
    assert err.context_tokens == public.input_tokens  # the public context's length, nothing else
    assert str(raw_tokens) not in str(err) and "Bartholomew" not in str(err)


def test_when_the_raw_text_alone_is_too_long_then_no_length_is_reported(tiny_dp):
    with pytest.raises(ContextTooLongError) as info:
        tiny_dp.privatize("Ann Lee " * 400, epsilon=4.0, spans=[(0, 7, "PERSON")], max_new_tokens=64)
    assert info.value.context_tokens is None and "Ann" not in str(info.value)
