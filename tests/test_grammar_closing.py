"""The closing phase of grammar-constrained decoding (docs/guarantee.md, "Closing an output the budget
cut"): once ``max_new_tokens`` sampled steps are spent and the grammar does not accept yet, up to
``max_closing_tokens`` more steps release the masked public distribution ``q`` itself (λ = 0 for every
group), so the output is completed at no ε. The fused path equals the naive oracle through the phase,
its steps release exactly ``q``, the charge is unchanged, the phase is bounded and fails closed, and
its tokens do not move when only the private values change."""

from __future__ import annotations

import json

import jsonschema
import numpy as np
import pytest

from dpfusion_integrations.accounting.events import refunded_steps
from dpfusion_integrations.dpfusion import DEFAULT_CLOSING_TOKENS
from dpfusion_integrations.engine import (
    DecodeRequest,
    DecodeResult,
    FusedDecoder,
    PrivateSampler,
)
from dpfusion_integrations.engine.decode import next_phase
from dpfusion_integrations.engine.grammar import Grammar, compiler_for
from dpfusion_integrations.engine.reference import reference_decode
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger import PrivacyLedger
from dpfusion_integrations.report import PrivacyReport

NOTE = {"type": "object", "properties": {"level": {"enum": ["low", "medium", "high"]},
                                         "note": {"type": "string", "maxLength": 12}},
        "required": ["level", "note"], "additionalProperties": False}
MESSAGES = [{"role": "user", "content": "Book a visit for Ann Lee, MRN 483920, urgently."}]
SPANS = [[(19, 26, "PERSON"), (32, 38, "ID")]]


def _contexts(tokenizer, person: str, mrn: str):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    texts = ["[PERSON] has MRN [ID].", f"{person} has MRN [ID].", f"[PERSON] has MRN {mrn}."]
    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


@pytest.fixture(scope="module")
def compiled(tiny_model, tokenizer):
    compiler = compiler_for(tokenizer, vocab_size=tiny_model.config.vocab_size,
                            eos_token_ids=[tokenizer.eos_token_id])
    return {"note": compiler.compile(Grammar.json_schema(NOTE)), "long": compiler.compile(Grammar.regex("[a-z]{200}"))}


@pytest.fixture(scope="module")
def decoder(tiny_model, tokenizer):
    return FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)


def _request(contexts, grammar, **kwargs) -> DecodeRequest:
    return DecodeRequest(contexts=contexts, order=3.0, cap=0.3, grammar=grammar, **kwargs)


# ------------------------------------------------------------------------------ the rule (no model)
@pytest.mark.parametrize(("tokens", "forced", "closing", "accepting", "expected"), [
    (3, 0, 0, False, "sample"),   # within the sampled budget
    (8, 5, 0, False, "sample"),   # forced tokens are not sampled steps
    (4, 0, 0, False, "close"),    # budget spent, output incomplete: the closing phase
    (4, 0, 0, True, None),        # budget spent, output complete: done
    (4, 0, 0, None, None),        # no grammar: no closing phase
    (10, 2, 4, False, "close"),   # within the closing budget
    (10, 1, 5, False, None),      # closing budget spent: done, incomplete
    (10, 1, 5, None, None),
    (20, 16, 0, False, None),     # forced budget spent
])
def test_when_the_sampled_budget_is_spent_then_only_an_incomplete_grammar_enters_the_bounded_closing_phase(
        tokens, forced, closing, accepting, expected):
    request = DecodeRequest(contexts=((1, 2),), order=2.0, cap=0.1, max_new_tokens=4, max_forced_tokens=16,
                            max_closing_tokens=5)
    result = DecodeResult(tokens=list(range(tokens)), forced=forced, closing=closing)
    assert next_phase(request, result, accepting) == expected


def test_when_closing_tokens_were_released_then_the_refund_still_charges_the_whole_sampled_budget():
    # closing happens only once max_new_tokens sampled steps are spent
    assert refunded_steps(48, 48 + 30 + 7, tokens_forced=30, tokens_closing=7) == 48
    assert refunded_steps(48, 48 + 30 + 7, tokens_forced=30) == 48  # a reader unaware of closing agrees
    assert refunded_steps(48, 20 + 30, tokens_forced=30) == 21


def test_when_a_report_counts_more_free_tokens_than_it_emitted_then_it_is_refused():
    fields = {"relation": "redaction", "alpha": 4.0, "cap": 0.1, "delta": 1e-5, "n_groups": 1,
              "max_new_tokens": 8, "rdp": 0.8, "epsilon": 3.0, "epsilon_per_group": {"PERSON": 3.0},
              "conversion": "balle2020", "seeded": True, "tagger": "explicit", "model_name": "tiny"}
    PrivacyReport(**fields, tokens_emitted=12, tokens_forced=3, tokens_closing=1, grammar="json_schema")
    with pytest.raises(ValueError, match="tokens_closing"):
        PrivacyReport(**fields, tokens_emitted=12, tokens_forced=8, tokens_closing=5, grammar="json_schema")


# ------------------------------------------------------------------------------ the engine
@pytest.mark.parametrize("seed", [4])
def test_fused_closing_equals_the_oracle_and_its_steps_release_the_public_distribution(
        tiny_model, tokenizer, compiled, decoder, seed):
    request = _request(_contexts(tokenizer, "Ann Lee", "483920"), compiled["note"], max_new_tokens=2)
    record: list[dict] = []
    fused = decoder.decode([request], PrivateSampler(1, seed=seed), debug=True, record=record)[0]
    trace: list[dict] = []
    ref = reference_decode(tiny_model, request, PrivateSampler(1, seed=seed),
                           eos_token_ids=[tokenizer.eos_token_id], record=trace)
    assert fused.closing > 0, "with this seed the budget ends before the output is complete"
    assert (fused.tokens, fused.forced, fused.closing, fused.grammar_complete) == (
        ref.tokens, ref.forced, ref.closing, ref.grammar_complete)
    assert [s["closing"][0] for s in record] == [s["closing"] for s in trace]
    for step, expected in zip(record, trace, strict=True):
        np.testing.assert_allclose(np.exp(step["released"][0]), np.exp(expected["released"]), atol=1e-6)
    closing_steps = [t for t, s in enumerate(record) if s["closing"][0]]
    assert closing_steps and closing_steps == list(range(closing_steps[0], len(record)))  # a suffix of the decode
    for t in closing_steps:  # exactly q, λ = 0 and divergence 0 for every group
        assert np.array_equal(record[t]["released"][0], record[t]["logq"][0])
        assert not record[t]["lam"][0].any() and not trace[t]["lambdas"].any()
        assert fused.lambdas[t] == [0.0, 0.0] and fused.divergences[t] == [0.0, 0.0]
    assert any(min(fused.lambdas[t]) > 0 for t in range(closing_steps[0]))  # private steps did mix
    assert len(fused.tokens) - fused.forced - fused.closing == request.max_new_tokens


@pytest.mark.parametrize("seed", range(4))
def test_when_the_budget_cuts_a_string_then_closing_completes_a_valid_value_within_its_bound(
        tokenizer, compiled, decoder, seed):
    request = _request(_contexts(tokenizer, "Ann Lee", "483920"), compiled["note"], max_new_tokens=3,
                       max_closing_tokens=16)
    record: list[dict] = []
    res = decoder.decode([request], PrivateSampler(1, seed=seed), record=record)[0]
    assert res.grammar_complete and res.closing <= request.max_closing_tokens
    jsonschema.validate(json.loads(tokenizer.decode(res.tokens)), NOTE)
    start = next((t for t, s in enumerate(record) if s["closing"][0]), None)
    if start is not None and res.closing:  # the cut: inside the note string, not yet valid JSON
        cut = tokenizer.decode(res.tokens[:start])
        assert '"note":"' in cut
        with pytest.raises(json.JSONDecodeError):
            json.loads(cut)


def test_when_the_closing_budget_runs_out_then_the_output_is_reported_incomplete_and_no_grammar_means_no_closing(
        tokenizer, compiled, decoder):
    contexts = _contexts(tokenizer, "Ann Lee", "483920")
    long = _request(contexts, compiled["long"], max_new_tokens=1, max_closing_tokens=3)
    free = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=3)
    together = decoder.decode([long, free], PrivateSampler(2, seed=[7, 8]))
    cut, plain = together
    # 200 letters cannot fit in 4 tokens: the phase runs to its bound and stops, incomplete
    assert (cut.closing, cut.forced, len(cut.tokens), cut.grammar_complete) == (3, 0, 4, False)
    assert not cut.stopped_by_eos
    off = decoder.decode([_request(contexts, compiled["long"], max_new_tokens=1, max_closing_tokens=0)],
                         PrivateSampler(1, seed=7))[0]
    assert (off.closing, off.tokens, off.grammar_complete) == (0, cut.tokens[:1], False)
    assert plain.closing == 0 and plain.grammar_complete is None and len(plain.tokens) <= 3
    assert plain.tokens == decoder.decode([free], PrivateSampler(1, seed=8))[0].tokens


def test_closing_tokens_do_not_change_when_only_the_private_values_change(tokenizer, compiled, decoder):
    """Falsification: the same seed, two sets of private values, the same public context. Where the
    sampled prefix came out the same, the closing tokens must be the same; the control shows that
    private steps over the same positions do move with the values, so the check can fail."""
    values = [("Ann Lee", "483920"), ("Bob Ray", "771204")]
    contexts = [_contexts(tokenizer, *v) for v in values]
    assert contexts[0][0] == contexts[1][0] and contexts[0][1:] != contexts[1][1:]

    def both(seed: int, **kwargs) -> list[DecodeResult]:  # one request per set of values, each with `seed`
        requests = [DecodeRequest(contexts=c, order=2.0, cap=5.0, grammar=compiled["note"], **kwargs)
                    for c in contexts]
        return decoder.decode(requests, PrivateSampler(2, seed=[seed, seed]))

    compared = 0
    for seed in range(3):
        closed = both(seed, max_new_tokens=1)
        prefixes = [r.tokens[:len(r.tokens) - r.closing] for r in closed]
        if all(r.closing for r in closed) and prefixes[0] == prefixes[1]:
            compared += 1
            assert closed[0].tokens == closed[1].tokens
    assert compared >= 2
    # the control: private steps over the same positions do depend on the values (first seed that shows it)
    sampled = (both(seed, max_new_tokens=10, max_closing_tokens=0) for seed in range(8))
    assert any(a.tokens != b.tokens for a, b in sampled)


# ------------------------------------------------------------------------------ the API and the charge
def test_generate_completes_a_cut_output_at_no_extra_charge(tiny_dp, tmp_path):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as ledger:
        common = {"epsilon": 4.0, "max_new_tokens": 2, "spans": SPANS, "seed": 3, "ledger": ledger,
                  "grammar": Grammar.json_schema(NOTE)}
        cut = tiny_dp.generate(MESSAGES, units=["pat-1"], max_closing_tokens=0, **common)  # closing off
        closed = tiny_dp.generate(MESSAGES, units=["pat-2"], max_closing_tokens=DEFAULT_CLOSING_TOKENS, **common)
        assert cut.report.grammar_complete is False and cut.report.tokens_closing == 0
        assert closed.report.grammar_complete is True and closed.report.tokens_closing > 0
        jsonschema.validate(json.loads(closed.text), NOTE)
        assert closed.text.startswith(cut.text)  # closing only appends to what the budget released
        full = closed.report.spend_event(groups_changed=2).rdp
        assert closed.report.spend_event(refund_unused=True, groups_changed=2).rdp == full
        assert ledger.spent_rdp("pat-2") == pytest.approx(ledger.spent_rdp("pat-1"), abs=2e-6)
        assert ledger.spent_rdp("pat-2") == pytest.approx(full, abs=2e-6)
        plain = tiny_dp.generate(MESSAGES, epsilon=4.0, max_new_tokens=2, spans=SPANS, seed=3,
                                 max_closing_tokens=DEFAULT_CLOSING_TOKENS)
        assert plain.report.grammar_complete is None and plain.report.tokens_closing == 0


@pytest.mark.parametrize("bad", [-1, 1.5, True, 10**6, "64"])
def test_an_invalid_closing_budget_fails_before_anything_is_charged_or_decoded(tiny_dp, tmp_path, monkeypatch, bad):
    decoded = []
    monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: decoded.append(1))
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as ledger:
        with pytest.raises(InvalidParameterError, match="max_closing_tokens"):
            tiny_dp.generate(MESSAGES, epsilon=4.0, max_new_tokens=2, spans=SPANS, ledger=ledger, units=["pat-1"],
                             grammar=Grammar.json_schema(NOTE), max_closing_tokens=bad)
        assert decoded == [] and ledger.audit() == []


def test_closing_is_on_by_default_with_the_recommended_budget(tiny_dp):
    out = tiny_dp.generate(MESSAGES, epsilon=4.0, max_new_tokens=2, spans=SPANS, seed=3,
                           grammar=Grammar.json_schema(NOTE))
    assert out.report.grammar_complete is True and 0 < out.report.tokens_closing <= DEFAULT_CLOSING_TOKENS
    jsonschema.validate(json.loads(out.text), NOTE)
