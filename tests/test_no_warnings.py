"""Decoding on the current transformers KV-cache API: no warning of any kind, no deprecation log line,
and the suite's warning filters turn our own modules' warnings into errors."""

from __future__ import annotations

import warnings

import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.kv_cache import cache_kwargs, output_cache
from dpfusion_integrations.errors import DPFusionError


def _contexts(tokenizer, texts):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


def test_when_the_embedded_model_decodes_then_nothing_warns(smol, cache_deprecation_logs, one_torch_thread):
    model, tokenizer = smol
    requests = [  # the chat template is a shared prefix (one cache repeated into every row), and the
        # shorter request finishes first (its rows leave the cache): every cache operation runs
        DecodeRequest(contexts=_contexts(tokenizer, ["Call [PERSON] today.", "Call Ann Lee today."]), order=2.0,
                      cap=0.5, max_new_tokens=3),
        DecodeRequest(contexts=_contexts(tokenizer, ["[PERSON] was seen in [LOCATION].", "Bob was seen in [LOCATION].",
                                                     "[PERSON] was seen in Rio."]), order=2.0, cap=0.5,
                      max_new_tokens=1),
    ]
    decoder = FusedDecoder(model, eos_token_ids=[tokenizer.eos_token_id])
    record: list[dict] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        results = decoder.decode(requests, PrivateSampler(len(requests), seed=3), record=record)
    steps = [len(r.tokens) + r.stopped_by_eos for r in results]
    assert steps[1] == 1 and len(record) == steps[0] >= 2
    assert [s["live"] for s in record] == [[0, 1]] + [[0]] * (steps[0] - 1)  # the second request's rows left
    assert cache_deprecation_logs.messages == []


def test_when_released_faithfully_then_nothing_warns(smol_dp, cache_deprecation_logs, one_torch_thread):
    text = "Call Ann Lee at 555-0100 today."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        res = smol_dp.privatize(text, spans=[(5, 12, "PERSON")], epsilon=8.0, release="faithful", slot_tokens=2,
                                seed=1)
    assert res.text.startswith("Call") and res.text.endswith(" at 555-0100 today.")  # public text forced
    assert res.report.tokens_emitted >= 1
    assert cache_deprecation_logs.messages == []


class _PassThrough(torch.nn.Module):
    """A wrapper whose ``forward(**kwargs)`` forwards everything to a transformers model."""

    def __init__(self, inner: torch.nn.Module) -> None:
        super().__init__()
        self.inner = inner

    def forward(self, **kwargs):
        return self.inner(**kwargs)


class _LegacyModel(torch.nn.Module):
    """A model whose own code still names the cache argument ``past_key_values``."""

    def forward(self, input_ids=None, past_key_values=None, use_cache=None):
        return None


def test_when_models_name_the_cache_differently_then_each_gets_its_own_name(tiny_model):
    from dataclasses import fields

    from transformers.modeling_outputs import CausalLMOutputWithPast

    installed = "cache" if "cache" in {f.name for f in fields(CausalLMOutputWithPast)} else "past_key_values"
    marker = object()
    assert cache_kwargs(tiny_model, marker) == {installed: marker}
    assert cache_kwargs(_PassThrough(tiny_model), marker) == {installed: marker}
    assert cache_kwargs(_LegacyModel(), marker) == {"past_key_values": marker}


def test_when_an_output_has_no_cache_then_reading_it_fails_closed(tiny_model):
    ids = torch.tensor([[1, 2, 3]])
    with torch.inference_mode():
        with_cache = tiny_model(input_ids=ids, use_cache=True)
        without = tiny_model(input_ids=ids, use_cache=False)
    assert output_cache(with_cache).get_seq_length() == 3
    with pytest.raises(DPFusionError, match="no KV cache"):
        output_cache(without)
    with pytest.raises(DPFusionError, match="no KV cache"):
        output_cache((with_cache.logits,))  # a model returning tuples


@pytest.mark.parametrize("module", ["dpfusion_integrations.engine.decode", "langchain_dpfusion.chat_models",
                                    "llama_index.llms.dpfusion.base"])
def test_when_our_module_warns_then_the_suite_raises(module):
    with pytest.raises(UserWarning):
        warnings.warn_explicit("planted", UserWarning, "planted.py", 1, module=module)


def test_when_a_dependency_deprecates_an_api_we_call_then_the_suite_raises():
    # transformers' deprecated-argument FutureWarning is attributed to torch's module call, not to us
    with pytest.raises(FutureWarning):
        warnings.warn_explicit("planted", FutureWarning, "module.py", 1, module="torch.nn.modules.module")
