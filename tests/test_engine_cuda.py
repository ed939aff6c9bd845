"""The fused decode on a CUDA device: the same oracle equivalence, cap and grammar properties as on
CPU, in float32 and bfloat16, and at most one host synchronisation per decode step.

Skipped without CUDA (CI has none). On a machine whose embedded model cannot be loaded, point
``DPFUSION_TEST_TOKENIZER`` at a directory holding the embedded model's tokenizer files.
"""

from __future__ import annotations

import json
import os
import warnings

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler  # noqa: E402
from dpfusion_integrations.engine.reference import np_renyi, reference_decode  # noqa: E402

TEXTS = [
    ("Call [PERSON] at [PHONE_NUMBER] today.", "Call Ann Lee at [PHONE_NUMBER] today.",
     "Call [PERSON] at 555-0100 today."),
    ("[PERSON] was seen in [LOCATION].", "Maximilian Oberhauser-Smith was seen in [LOCATION].",
     "[PERSON] was seen in Rio."),
    ("No private data here.",),
]
TOOL = {"type": "object", "properties": {
    "name": {"enum": ["lookup_patient", "schedule_visit"]},
    "arguments": {"type": "object", "properties": {"ref": {"type": "string", "maxLength": 6},
                                                   "urgent": {"type": "boolean"}},
                  "required": ["ref", "urgent"], "additionalProperties": False}},
    "required": ["name", "arguments"], "additionalProperties": False}


@pytest.fixture(scope="module")
def cuda_tokenizer(request):
    path = os.environ.get("DPFUSION_TEST_TOKENIZER")
    if path:
        from transformers import AutoTokenizer

        return AutoTokenizer.from_pretrained(path, local_files_only=True)
    return request.getfixturevalue("tokenizer")


def _tiny(tokenizer, dtype):
    """The CPU suite's tiny random Llama (tests/tiny_llama.py), on the GPU."""
    from tiny_llama import tiny_llama

    return tiny_llama(tokenizer).to("cuda", dtype)


@pytest.fixture(scope="module")
def cuda_model(cuda_tokenizer):
    return _tiny(cuda_tokenizer, torch.float32)


def _requests(tokenizer):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    def contexts(texts):
        return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)

    return [DecodeRequest(contexts=contexts(TEXTS[0]), order=3.0, cap=0.05, max_new_tokens=10),
            DecodeRequest(contexts=contexts(TEXTS[1]), order=8.0, cap=0.5, max_new_tokens=7),
            DecodeRequest(contexts=contexts(TEXTS[2]), order=2.0, cap=0.1, max_new_tokens=5)]


def test_on_cuda_the_fused_decode_matches_the_reference(cuda_model, cuda_tokenizer):
    requests = _requests(cuda_tokenizer)
    eos = [cuda_tokenizer.eos_token_id]
    record: list[dict] = []
    fused = FusedDecoder(cuda_model, eos_token_ids=eos).decode(requests, PrivateSampler(len(requests), seed=11),
                                                               debug=True, record=record)
    for r, req in enumerate(requests):
        trace: list[dict] = []
        ref = reference_decode(cuda_model, req, PrivateSampler(1, seed=11 + r), eos_token_ids=eos, record=trace)
        assert fused[r].tokens == ref.tokens
        steps = [s for s in record if r in s["live"]]
        assert len(steps) == len(trace)
        for step, expected in zip(steps, trace):
            i = step["live"].index(r)
            np.testing.assert_allclose(step["logq"][i], expected["logq"], atol=1e-4)
            np.testing.assert_allclose(np.exp(step["released"][i]), np.exp(expected["released"]), atol=1e-5)
            np.testing.assert_allclose(step["lam"][i][: req.n_groups], expected["lambdas"], atol=1e-4)
    assert any(lam < 1.0 for res in fused for step in res.lambdas for lam in step)  # the cap was binding


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_on_cuda_the_cap_holds_at_every_released_step(cuda_tokenizer, dtype):
    model = _tiny(cuda_tokenizer, getattr(torch, dtype))
    requests = _requests(cuda_tokenizer)
    record: list[dict] = []
    FusedDecoder(model, eos_token_ids=[cuda_tokenizer.eos_token_id]).decode(
        requests, PrivateSampler(len(requests), seed=5, device="cuda"), record=record)
    checked = 0
    for step in record:
        for i, r in enumerate(step["live"]):
            req = requests[r]
            for g in range(req.n_groups):
                lam = float(step["lam"][i][g])
                with np.errstate(divide="ignore"):
                    mix = np.logaddexp(np.log(lam) + step["logp"][i][g], np.log1p(-lam) + step["logq"][i])
                bound = max(np_renyi(mix, step["logq"][i], req.order), np_renyi(step["logq"][i], mix, req.order))
                assert bound <= req.cap
                checked += 1
    assert checked > 0


def test_on_cuda_a_grammar_constrained_decode_matches_the_reference(cuda_model, cuda_tokenizer):
    import jsonschema

    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages
    from dpfusion_integrations.engine.grammar import Grammar, compiler_for

    eos = [cuda_tokenizer.eos_token_id]
    compiled = compiler_for(cuda_tokenizer, vocab_size=cuda_model.config.vocab_size, eos_token_ids=eos).compile(
        Grammar.json_schema(TOOL))
    texts = ["[PERSON] has MRN [ID].", "Ann Lee has MRN [ID].", "[PERSON] has MRN 483920."]
    request = DecodeRequest(contexts=tuple(tuple(encode_chat(cuda_tokenizer, paraphrase_messages(t))) for t in texts),
                            order=3.0, cap=0.3, max_new_tokens=40, grammar=compiled)
    for seed in (3, 11):
        fused = FusedDecoder(cuda_model, eos_token_ids=eos).decode([request], PrivateSampler(1, seed=seed))[0]
        ref = reference_decode(cuda_model, request, PrivateSampler(1, seed=seed), eos_token_ids=eos)
        assert fused.tokens == ref.tokens
        if fused.stopped_by_eos:
            jsonschema.validate(json.loads(cuda_tokenizer.decode(fused.tokens)), TOOL)


def _engine_syncs(decoder, requests) -> tuple[int, dict[str, int]]:
    """Host synchronisations torch reports (sync debug mode "warn") during one decode, located by
    the Python frame that triggered them: (those in this project's engine, all by place)."""
    from collections import Counter

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        torch.cuda.set_sync_debug_mode("warn")
        try:
            decoder.decode(requests, PrivateSampler(len(requests), seed=3, device="cuda"))
        finally:
            torch.cuda.set_sync_debug_mode("default")
    where = Counter(f"{w.filename.rsplit('site-packages/', 1)[-1]}:{w.lineno}" for w in seen
                    if "synchroniz" in str(w.message).lower())
    return sum(n for place, n in where.items() if "dpfusion_integrations" in place), dict(where)


def test_on_cuda_the_engine_synchronises_the_host_once_per_step(cuda_model, cuda_tokenizer):
    """Two decodes of the same batch (one grammar-constrained request, one free) that differ only in
    their number of steps: the difference in the engine's own synchronisations is at most one per
    step (reading the sampled tokens back). Setting a batch up is not counted; the model's forward
    (transformers' mask checks) is reported, not asserted."""
    import dataclasses

    from dpfusion_integrations.engine.grammar import Grammar, compiler_for

    compiled = compiler_for(cuda_tokenizer, vocab_size=cuda_model.config.vocab_size, eos_token_ids=[]).compile(
        Grammar.regex("[a-z ]{0,200}"))
    base = _requests(cuda_tokenizer)[:2]
    decoder = FusedDecoder(cuda_model, eos_token_ids=[])  # no EOS: every request runs its budget

    def batch(steps: int) -> list[DecodeRequest]:
        return [dataclasses.replace(base[0], max_new_tokens=steps, grammar=compiled),
                dataclasses.replace(base[1], max_new_tokens=steps)]

    decoder.decode(batch(3), PrivateSampler(2, seed=3, device="cuda"))  # warm-up (lazy initialisation)
    short, where_short = _engine_syncs(decoder, batch(4))
    long, where_long = _engine_syncs(decoder, batch(12))
    print(f"host synchronisations, 4 steps: {where_short}; 12 steps: {where_long}")
    assert long - short <= 12 - 4, (where_short, where_long)
