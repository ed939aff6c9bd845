"""Grammar-constrained DP decoding: the fused path equals the naive oracle with masks, the mask is
the same on every context, the cap holds on the masked distributions, forced tokens are free and
bounded, a constrained request leaves the others of its batch unchanged, and the ledger is charged
the sampled steps only (docs/guarantee.md, "Grammar-constrained decoding")."""

from __future__ import annotations

import json

import jsonschema
import numpy as np
import pytest

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.grammar import Grammar, compiler_for
from dpfusion_integrations.engine.reference import np_renyi, reference_decode
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.ledger import PrivacyLedger

TOOL = {"type": "object", "properties": {
    "name": {"enum": ["lookup_patient", "schedule_visit"]},
    "arguments": {"type": "object", "properties": {"ref": {"type": "string", "maxLength": 6},
                                                   "urgent": {"type": "boolean"}},
                  "required": ["ref", "urgent"], "additionalProperties": False}},
    "required": ["name", "arguments"], "additionalProperties": False}
LEVEL = {"type": "object", "properties": {"level": {"enum": ["low", "medium", "high"]}},
         "required": ["level"], "additionalProperties": False}
MESSAGES = [{"role": "user", "content": "Book a visit for Ann Lee, MRN 483920, urgently."}]
SPANS = [[(19, 26, "PERSON"), (32, 38, "ID")]]


def _contexts(tokenizer, texts):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


@pytest.fixture(scope="module")
def compiled(tiny_model, tokenizer):
    compiler = compiler_for(tokenizer, vocab_size=tiny_model.config.vocab_size,
                            eos_token_ids=[tokenizer.eos_token_id])
    return {"tool": compiler.compile(Grammar.json_schema(TOOL)), "level": compiler.compile(Grammar.json_schema(LEVEL)),
            "xs": compiler.compile(Grammar.regex("x{40}"))}


@pytest.fixture(scope="module")
def request_(tokenizer, compiled):
    return DecodeRequest(contexts=_contexts(tokenizer, ["[PERSON] has MRN [ID].", "Ann Lee has MRN [ID].",
                                                       "[PERSON] has MRN 483920."]),
                         order=3.0, cap=0.3, max_new_tokens=40, grammar=compiled["tool"])


@pytest.mark.parametrize("seed", [3, 11])
def test_fused_constrained_decode_equals_the_oracle_and_masks_every_context(tiny_model, tokenizer, request_,
                                                                          compiled, seed):
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    record: list[dict] = []
    fused = decoder.decode([request_], PrivateSampler(1, seed=seed), record=record)[0]
    trace: list[dict] = []
    ref = reference_decode(tiny_model, request_, PrivateSampler(1, seed=seed),
                           eos_token_ids=[tokenizer.eos_token_id], record=trace)
    assert fused.tokens == ref.tokens and fused.forced == ref.forced and fused.stopped_by_eos == ref.stopped_by_eos
    for step, expected in zip(record, trace, strict=True):
        np.testing.assert_allclose(np.exp(step["released"][0]), np.exp(expected["released"]), atol=1e-6)
    matcher = compiled["tool"].matcher()
    forced_steps = 0
    for t, step in enumerate(record):
        allowed = matcher.allowed().numpy()[: step["logq"].shape[-1]]
        # the same grammar mask on the public and every group context
        assert np.isneginf(step["logq"][0][~allowed]).all() and np.isneginf(step["logp"][0][:, ~allowed]).all()
        assert np.isneginf(step["released"][0][~allowed]).all()
        if allowed.sum() == 1:  # a forced step releases its one token whatever the contexts
            forced_steps += t < len(fused.tokens)  # (a forced EOS ends the decode and is not a token)
            np.testing.assert_allclose(np.exp(step["released"][0][allowed]), [1.0])
        # the cap holds on the masked distributions that were mixed
        logq = step["logq"][0]
        for g, lam in enumerate(step["lam"][0]):
            with np.errstate(divide="ignore"):
                m = np.logaddexp(np.log(lam) + step["logp"][0, g], np.log1p(-lam) + logq)
            assert max(np_renyi(m, logq, 3.0), np_renyi(logq, m, 3.0)) <= 0.3 * (1 + 1e-9)
        if t < len(fused.tokens):
            matcher.consume(fused.tokens[t])
    assert forced_steps == fused.forced > 0
    assert len(fused.tokens) - fused.forced <= request_.max_new_tokens
    if fused.stopped_by_eos:
        jsonschema.validate(json.loads(tokenizer.decode(fused.tokens)), TOOL)


def test_a_constrained_request_leaves_the_rest_of_its_batch_unchanged(tiny_model, tokenizer, request_):
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    free = DecodeRequest(contexts=request_.contexts, order=3.0, cap=0.3, max_new_tokens=12)
    together = decoder.decode([request_, free], PrivateSampler(2, seed=5))
    alone_constrained = decoder.decode([request_], PrivateSampler(1, seed=5))[0]
    alone_free = decoder.decode([free], PrivateSampler(1, seed=6))[0]
    assert together[0].tokens == alone_constrained.tokens
    assert together[1].tokens == alone_free.tokens and together[1].forced == 0


def test_forced_tokens_do_not_count_against_the_budget_and_are_bounded(tiny_model, tokenizer, compiled):
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    contexts = _contexts(tokenizer, ["[PERSON] is here.", "Ann is here."])
    level = decoder.decode([DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=3,
                                          grammar=compiled["level"])], PrivateSampler(1, seed=2))[0]
    # '{"level":"' and '"}' are forced; one or two sampled steps choose the value, then EOS
    assert level.stopped_by_eos and len(level.tokens) > 3 and len(level.tokens) - level.forced <= 3
    assert json.loads(tokenizer.decode(level.tokens))["level"] in {"low", "medium", "high"}
    xs = decoder.decode([DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=5,
                                       grammar=compiled["xs"], max_forced_tokens=7)], PrivateSampler(1, seed=2))[0]
    assert xs.forced <= 7 and len(xs.tokens) - xs.forced <= 5 and not xs.stopped_by_eos


def test_generate_with_a_grammar_charges_the_sampled_steps_only(tiny_dp, tmp_path):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as ledger:
        res = tiny_dp.generate(MESSAGES, epsilon=4.0, max_new_tokens=6, spans=SPANS, seed=4, ledger=ledger,
                               units=["pat-1"], grammar=Grammar.json_schema(LEVEL))
        report = res.report
        assert json.loads(res.text)["level"] in {"low", "medium", "high"}
        assert report.grammar == "json_schema" and report.tokens_forced > 0
        sampled = report.tokens_emitted - report.tokens_forced
        assert report.spend_event(refund_unused=True).tokens == min(6, sampled + 1)
        refunded = report.spend_event(refund_unused=True, groups_changed=2).rdp
        assert ledger.spent_rdp("pat-1") == pytest.approx(refunded, abs=2e-6)  # the ledger stores 6 decimals
        assert refunded < report.spend_event(groups_changed=2).rdp


def test_an_invalid_grammar_fails_before_anything_is_charged_or_decoded(tiny_dp, tmp_path, monkeypatch):
    decoded = []
    monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: decoded.append(1))
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as ledger:
        with pytest.raises(GrammarError) as info:
            tiny_dp.generate(MESSAGES, epsilon=4.0, max_new_tokens=6, spans=SPANS, ledger=ledger, units=["pat-1"],
                             grammar=Grammar.regex("(unclosed"))
        assert decoded == [] and ledger.audit() == [] and "Ann" not in str(info.value)


def _forwards(model, monkeypatch):
    calls = []
    original = model.forward

    def counted(*args, **kwargs):
        calls.append(kwargs["input_ids"].shape[-1] if "input_ids" in kwargs else args[0].shape[-1])
        return original(*args, **kwargs)

    monkeypatch.setattr(model, "forward", counted)
    return calls


@pytest.mark.parametrize(("seed", "max_new", "max_forced", "max_closing", "stop_after"), [
    (3, 40, 1024, 64, None), (11, 40, 1024, 64, None),  # ordinary calls
    (5, 2, 1024, 16, None),  # the closing phase, with forced runs inside it
    (7, 40, 5, 64, None),  # the forced budget runs out inside a run
    (9, 40, 1024, 64, 6),  # the consumer stops inside a run
])
def test_a_forced_run_fed_in_one_forward_releases_what_one_step_per_token_releases(
        tiny_model, tokenizer, request_, seed, max_new, max_forced, max_closing, stop_after, monkeypatch):
    """With a lone constrained request, the tokens the grammar forces after a step are booked at once
    and fed in one forward; with ``record`` every step runs on its own. Same seed, same release (the
    two agree up to float rounding of the forward, which these draws are far from:
    ``tests/redteam/test_rt_fast_paths.py`` places one on a CDF edge)."""
    from dataclasses import replace

    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    req = replace(request_, max_new_tokens=max_new, max_forced_tokens=max_forced, max_closing_tokens=max_closing)

    def run(record):
        seen: list[int] = []
        stop = None if stop_after is None else (lambda _r, t: seen.append(t) or len(seen) >= stop_after)
        calls = _forwards(tiny_model, monkeypatch)
        result = decoder.decode([req], PrivateSampler(1, seed=seed), on_token=stop, record=record)[0]
        monkeypatch.undo()
        tiny_model.__dict__.pop("forward", None)  # undo leaves the bound method as an instance attribute
        return result, calls, seen

    fast, fast_calls, fast_seen = run(None)
    slow, slow_calls, slow_seen = run([])
    assert fast.tokens == slow.tokens and fast_seen == slow_seen
    assert (fast.forced, fast.closing, fast.stopped_by_eos, fast.grammar_complete) == (
        slow.forced, slow.closing, slow.stopped_by_eos, slow.grammar_complete)
    assert fast.forced > 0
    # one forward per step on the slow path; the fast path feeds runs of forced tokens together (and
    # none for a run that ends the decode), so it takes fewer forwards over no more tokens
    # (the first two forwards are the prefill: the shared prefix, then each context's own tokens)
    assert fast_calls[:2] == slow_calls[:2] and all(w == 1 for w in slow_calls[2:]) and max(fast_calls[2:]) > 1
    assert len(fast_calls) < len(slow_calls) and sum(fast_calls) <= sum(slow_calls)
